import { LINK_FIELDS, type CausalLinkRow } from '../causal/causal-link-store.ts';
import { CLAIM_FIELDS, type ClaimRow } from '../claims/claim-store.ts';
import { FACTOR_FIELDS, resolveFoundIdFirst, resolveParams, type FactorRow } from '../factors/factor-store.ts';
import type { Graph } from '../graph/graph.ts';
import { fromValues, mapEntries, pick, valueList } from '../graph/projection.ts';
import { REVIEW_FIELDS, type ReviewRow } from '../reviews/review-store.ts';
import { STATUS_SCORE, type Hop } from './rank-paths.ts';

export interface FoundPath {
  factorIds: string[];
  hops: Hop[];
}

/**
 * Cypher does not take parameters in path-length bounds, so the bound is spliced in —
 * only after checking it is a small integer, never from raw input.
 */
function hopBound(maxHops: number): number {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 8) throw new Error(`maxHops out of range: ${maxHops}`);
  return maxHops;
}

/**
 * Which CAUSES hops a walk may take: curated links and confirmed candidates, plus pending
 * extracted candidates only when asked. An unconfirmed extraction (a guessed direction, a
 * misread sentence) must never lengthen or outrank a curated chain by default.
 */
export const WALKABLE = "($includeCandidates OR coalesce(r.candidate, 'CONFIRMED') = 'CONFIRMED')";

/**
 * How many trails (chains that take no link twice) out of `from` a trace may list before it hands
 * the search to `SHORTEST k`. Below it, listing them is cheaper than the shortest-path search's own
 * fixed cost; above it (a hub within reach, or many hops), listing could grow with every path a hub
 * opens, which `SHORTEST k` does not — so the listing stops there, and the work it may do before
 * the hand-over is bounded by this number, whatever the graph.
 */
export const TRAIL_BUDGET = 1000;

/**
 * Traces of at most this many hops list their trails first (candidatePaths). Trails multiply with
 * every hop while the bidirectional search meets halfway: at 6 hops on the benchmark's graph the
 * listing read twice the search's rows (1,723 against 853 db hits at 100k), so longer traces
 * search from the start.
 */
export const LISTED_HOPS = 3;

/**
 * The candidate chains between the bound factors `a` and `b`, keeping simple paths only, as `p` and
 * `factorIds`: the `candidates` shortest trails of at most `maxHops` hops, ranked by strength in code.
 *
 * `SHORTEST k` searches breadth-first from both ends, so a dense graph cannot make it enumerate every
 * path; but it costs the same fixed work on a short trace between quiet factors (most traces), where
 * it was most of the statement's time. So the trails out of `a` are listed first, at most
 * TRAIL_BUDGET + 1 of them: when they are all listed (at most TRAIL_BUDGET) and at most k of them
 * end at `b`, those are every trail from `a` to `b` within the hops — exactly what `SHORTEST k`
 * answers when there are no more than k (both match trails: no relationship twice). Otherwise
 * (more trails than the budget, or more than k to `b`, whose k shortest `SHORTEST k` chooses) the
 * search is `SHORTEST k`'s, as before. Only short traces list (LISTED_HOPS).
 */
const candidatePaths = (a: string, b: string, maxHops: number, candidates: number) => {
  const hops = `-[r:CAUSES WHERE ${WALKABLE}]->{1,${hopBound(maxHops)}}`;
  const k = Math.floor(candidates);
  const simple = `WITH p, [n IN nodes(p) | n.id] AS factorIds
// Simple paths only: a chain that returns to a factor explains nothing more.
WHERE size(factorIds) = size(reduce(seen = [], id IN factorIds | CASE WHEN id IN seen THEN seen ELSE seen + id END))`;
  if (maxHops > LISTED_HOPS) return `MATCH p = SHORTEST ${k} (${a})${hops}(${b})\n${simple}`;
  const handOver = `reached > ${TRAIL_BUDGET} OR size(listed) > ${k}`;
  return `CALL (${a}, ${b}) {
  MATCH p = (${a})${hops}(z)
  WITH p, z, ${b} LIMIT ${TRAIL_BUDGET + 1}
  RETURN count(p) AS reached, collect(CASE WHEN z = ${b} THEN p END) AS listed
}
CALL (${a}, ${b}, reached, listed) {
  WITH ${a}, ${b} WHERE ${handOver}
  MATCH p = SHORTEST ${k} (${a})${hops}(${b})
  RETURN collect(p) AS searched
}
UNWIND CASE WHEN ${handOver} THEN searched ELSE listed END AS p
${simple}`;
};

const HOPS = '[x IN relationships(p) | {linkId: x.linkId, polarity: x.polarity, status: x.status}]';

/**
 * Rows as lists of values (src/graph/projection.ts): the driver decodes every key of every map it
 * receives, and a trace answers a map per hop, factor, link, supporting claim and review. A hop is
 * sent as [linkId, polarity, status]; the rest as their projections' values, keys put back here.
 */
const hopOf = (v: unknown[]): Hop => ({ linkId: v[0] as string, polarity: v[1] as Hop['polarity'], status: v[2] as string });
const CLAIM_VALUES = valueList('c', CLAIM_FIELDS);
const REVIEW_VALUES = valueList('r', REVIEW_FIELDS);
const NAME_VALUES = valueList('f', '.id, .name');
const FACTOR_VALUES = valueList('f', FACTOR_FIELDS);
const LINK_VALUES = valueList('l', LINK_FIELDS);

/**
 * The paths of the page's chains among the candidate paths `f` ({p, ids, hops}: a path, its factor
 * ids and hops), as `page`, and whether any chain was left out, as `cut`. A chain is a factor path with one polarity sequence
 * (groupByFactorPath); its strength is the product, hop by hop, of its best link's status score,
 * as assessPath computes it for the chain's strongest links — the same doubles multiplied in the
 * same order, so the scores are equal bit for bit. rankPaths orders chains by strength, then
 * length, then link ids; a chain is left out only when `$first` chains are better than it on
 * strength and length alone, so whatever rankPaths then picks is among those kept (it breaks the
 * remaining ties by link ids in JS: Cypher's string order is not localeCompare's).
 */
const PAGE_OF_CHAINS = `// One chain per factor path and polarity sequence, its paths together.
WITH f.ids AS factorIds, [h IN f.hops | h.polarity] AS polarities, collect(f) AS fs
WITH fs, size(factorIds) AS n, [g IN fs | [h IN g.hops | coalesce($statusScores[h.status], $unreviewedScore)]] AS scores
WITH fs, n, reduce(s = 1.0, i IN range(0, n - 2) | s * reduce(best = 0.0, hs IN scores | CASE WHEN hs[i] > best THEN hs[i] ELSE best END)) AS score
ORDER BY score DESC, n
WITH collect({fs: fs, score: score, n: n}) AS chains
// The page's chains and those tied with its last on strength and length.
WITH chains, chains[toInteger($first) - 1] AS last
WITH chains, [c IN chains WHERE last IS NULL OR c.score > last.score OR (c.score = last.score AND c.n <= last.n)] AS kept
RETURN reduce(page = [], c IN kept | page + c.fs) AS page, size(kept) < size(chains) AS cut`;

/** Candidate chains from one factor to another over the CAUSES projection (see candidatePaths). */
export async function findPaths(
  graph: Graph,
  fromId: string,
  toId: string,
  maxHops: number,
  candidates: number,
  includeCandidates = false,
): Promise<FoundPath[]> {
  const rows = await graph.rows<{ factorIds: string[]; hops: Hop[] }>(
    'path.trace',
    `MATCH (a:Factor {id: $fromId}), (b:Factor {id: $toId})
${candidatePaths('a', 'b', maxHops, candidates)}
RETURN factorIds, ${HOPS} AS hops`,
    { fromId, toId, includeCandidates },
  );
  return rows;
}

/** A link on a traced path, with the nested lists asked for (see traceByNames). */
export interface TracedLink {
  link: CausalLinkRow;
  supportedBy?: ClaimRow[];
  reviews?: ReviewRow[];
}

export interface TraceAnswer {
  /** What each name resolved to by resolveFactor's lookups, in id order (pickFactor decides): ids and names. */
  from: FactorName[];
  to: FactorName[];
  /** Empty unless each name picked one factor and they differ. */
  paths: FoundPath[];
  /** Every factor and link on the paths, once each. */
  factors: FactorRow[];
  links: TracedLink[];
}

export type FactorName = Pick<FactorRow, 'id' | 'name'>;

/** The own fields of the rows a trace can project alone (see TraceFields). */
export const TRACE_PLAIN_FIELDS = { factor: [...mapEntries(FACTOR_FIELDS).keys()], link: [...mapEntries(LINK_FIELDS).keys()] };

/**
 * Which fields of the paths' factors and links to project (lighter rows); all of them when not
 * given. Rows projected in part are the request's own: never prime the shared loaders with them.
 */
export interface TraceFields {
  factor?: readonly string[] | undefined;
  link?: readonly string[] | undefined;
}

/** Nested lists of a path's links that can come with the trace. */
export type TraceNestedField = 'supportedBy' | 'reviews';

const LINK_NESTED: Record<TraceNestedField, string> = {
  supportedBy: `COLLECT { MATCH (l)-[:SUPPORTED_BY]->(c:Claim) WITH c ORDER BY c.id RETURN ${CLAIM_VALUES.cypher} }`,
  reviews: `COLLECT { MATCH (r:Review)-[:REVIEWS]->(l) WITH r ORDER BY r.at, r.version RETURN ${REVIEW_VALUES.cypher} }`,
};

export interface TraceQuery {
  from: string;
  to: string;
  maxHops: number;
  /** How many shortest paths to search for (SHORTEST k; see candidatePaths). */
  candidates: number;
  /**
   * The page: when given, the statement answers only the paths of the chains that can be on it
   * (PAGE_OF_CHAINS), and loads only their factors and links; all the candidates otherwise.
   */
  first?: number | undefined;
  includeCandidates: boolean;
  nested?: readonly TraceNestedField[];
  fields?: TraceFields;
}

/**
 * trace in one statement: both names resolved by resolveFactor's own index lookups and choice
 * (an exact id first, else the only match), the candidate chains between them when each picked
 * one factor and they differ, and every factor and link on those chains (with `nested` lists of
 * the links) — one round trip where resolving, searching and loading took five. What the names
 * matched comes back so the caller raises the same errors as resolveFactor (pickFactor).
 */
export async function traceByNames(graph: Graph, q: TraceQuery): Promise<TraceAnswer> {
  const nested = [...new Set(q.nested ?? [])].filter((f) => f in LINK_NESTED) as TraceNestedField[];
  const factor = valueList('f', pick(FACTOR_FIELDS, q.fields?.factor));
  const link = valueList('l', pick(LINK_FIELDS, q.fields?.link));
  type PathValues = [string[], unknown[][]];
  const [row] = await graph.rows<{ from: unknown[][]; to: unknown[][]; paths: PathValues[]; factors: unknown[][]; links: unknown[][][]; cut: boolean }>(
    'path.traceByNames',
    `${resolveFoundIdFirst('from', 'fromFound')}
${resolveFoundIdFirst('to', 'toFound')}
// A found list holds the exact id alone when there is one, so pickFactor picks its only factor or none.
// An aggregate with no grouping key answers one row, so the statement does too when nothing was searched.
CALL (fromFound, toFound) {
  WITH fromFound, toFound WHERE size(fromFound) = 1 AND size(toFound) = 1 AND fromFound[0] <> toFound[0]
  WITH fromFound[0] AS a, toFound[0] AS b
  ${candidatePaths('a', 'b', q.maxHops, q.candidates).replaceAll('\n', '\n  ')}
  WITH collect({p: p, ids: factorIds, hops: ${HOPS}}) AS found
  // More paths than the page: only the chains that can be on it (ordering in Cypher only then).
  OPTIONAL CALL (found) {
    WITH found WHERE size(found) > $first
    UNWIND found AS f
    ${PAGE_OF_CHAINS.replaceAll('\n', '\n    ')}
  }
  // (The subquery answers a row either way: its collect has no grouping key.)
  WITH CASE WHEN size(found) > $first THEN page ELSE found END AS page, coalesce(cut, false) AS cut
  RETURN [f IN page | [f.ids, [h IN f.hops | [h.linkId, h.polarity, h.status]]]] AS paths,
    [f IN page | nodes(f.p)] AS nodeLists, [f IN page | relationships(f.p)] AS relLists, cut
}
CALL (nodeLists) {
  UNWIND nodeLists AS ns UNWIND ns AS f
  WITH DISTINCT f
  RETURN collect(${factor.cypher}) AS factors
}
// A CAUSES relationship is written from its link's FROM and TO factors (and rewritten when a
// confirmation corrects them), so its own endpoints are the link's: no expansion to find them.
CALL (relLists) {
  UNWIND relLists AS rs UNWIND rs AS x
  WITH DISTINCT x
  WITH x, startNode(x) AS a, endNode(x) AS b
  MATCH (l:CausalLink {id: x.linkId})
  RETURN collect([${[link.cypher, ...nested.map((f) => LINK_NESTED[f])].join(', ')}]) AS links
}
RETURN [f IN fromFound | ${NAME_VALUES.cypher}] AS from, [f IN toFound | ${NAME_VALUES.cypher}] AS to, paths, factors, links, cut`,
    {
      ...resolveParams(q.from, 'from', 'from'),
      ...resolveParams(q.to, 'to', 'to'),
      includeCandidates: q.includeCandidates,
      // No page: every candidate (more paths than any page has).
      first: q.first ?? q.candidates, statusScores: STATUS_SCORE, unreviewedScore: STATUS_SCORE.UNREVIEWED,
    },
  );
  if (!row) return { from: [], to: [], paths: [], factors: [], links: [] };
  const nestedKeys = { supportedBy: CLAIM_VALUES.keys, reviews: REVIEW_VALUES.keys };
  const answer = {
    from: row.from.map((v) => fromValues<FactorName>(NAME_VALUES.keys, v)),
    to: row.to.map((v) => fromValues<FactorName>(NAME_VALUES.keys, v)),
    factors: row.factors.map((v) => fromValues<FactorRow>(factor.keys, v)),
    links: row.links.map(([l, ...lists]) => {
      const traced: TracedLink = { link: fromValues<CausalLinkRow>(link.keys, l!) };
      nested.forEach((f, i) => Object.assign(traced, { [f]: (lists[i] as unknown[][]).map((v) => fromValues(nestedKeys[f], v)) }));
      return traced;
    }),
  };
  const found = row.paths.map(([factorIds, hops]): FoundPath => ({ factorIds, hops: hops.map(hopOf) }));
  // Reads see each committed write as it lands (read committed): a link folded into another by a concurrent ingest
  // can lose its CausalLink label after its CAUSES hop was walked, so the statement found the path but not the link.
  // Such a path is not answered, rather than answered with a step whose link is gone.
  const loaded = new Set(answer.links.map((l) => l.link.id));
  const paths = found.filter((p) => p.hops.every((h) => loaded.has(h.linkId)));
  // A chain left out of the page was ranked against the paths found, one of them now gone: rank them all again.
  if (row.cut && paths.length < found.length) return traceByNames(graph, { ...q, first: undefined });
  return { ...answer, paths };
}

/**
 * The causal neighbourhood of a bound `root` within `maxHops` links, downstream (effects) or
 * upstream (causes): at most `$limit` reached factors besides the root as `members`, how many
 * were reached as `total`, and every walkable CAUSES relationship among the members as `rels`.
 */
function reach(direction: 'downstream' | 'upstream', maxHops: number): string {
  const pattern = direction === 'downstream' ? `(root)-[rs:CAUSES*1..${hopBound(maxHops)}]->(f:Factor)` : `(root)<-[rs:CAUSES*1..${hopBound(maxHops)}]-(f:Factor)`;
  // DISTINCT endpoints let the planner prune the expansion (a breadth-first search), instead of enumerating paths.
  return `OPTIONAL MATCH ${pattern} WHERE all(r IN rs WHERE ${WALKABLE})
WITH root, collect(DISTINCT f) AS reached
WITH [root] + reached[0..toInteger($limit)] AS members, size(reached) AS total
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r:CAUSES]->(b) WHERE b IN members AND ${WALKABLE}
  RETURN collect(DISTINCT r) AS rels
}`;
}

/** The causal neighbourhood within `maxHops` links, downstream (effects) or upstream (causes). */
export async function neighbourhood(
  graph: Graph,
  rootId: string,
  direction: 'downstream' | 'upstream',
  maxHops: number,
  limit: number,
  includeCandidates = false,
): Promise<{ factorIds: string[]; linkIds: string[]; truncated: boolean }> {
  const [row] = await graph.rows<{ factorIds: string[]; linkIds: string[]; total: number }>(
    `path.${direction}`,
    `MATCH (root:Factor {id: $rootId})
${reach(direction, maxHops)}
RETURN [m IN members | m.id] AS factorIds, [x IN rels | x.linkId] AS linkIds, total`,
    { rootId, limit, includeCandidates },
  );
  return { factorIds: row?.factorIds ?? [rootId], linkIds: row?.linkIds ?? [], truncated: (row?.total ?? 0) > limit };
}

/** A neighbourhood with its root resolved and its factors and links loaded (see neighbourhoodByName). */
export interface NeighbourhoodAnswer {
  /** What the name resolved to by resolveFactor's lookups, in id order (pickFactor decides). */
  found: FactorRow[];
  /** The root first, then the reached factors; empty unless the name picked one factor. */
  factors: FactorRow[];
  links: CausalLinkRow[];
  total: number;
}

/**
 * upstream/downstream in one statement: the name resolved by resolveFactor's own lookups and
 * choice, the neighbourhood of the factor it picked, and its factors and links, where resolving,
 * walking and loading took four round trips.
 */
export async function neighbourhoodByName(
  graph: Graph,
  q: { factor: string; direction: 'downstream' | 'upstream'; maxHops: number; limit: number; includeCandidates: boolean },
): Promise<NeighbourhoodAnswer> {
  const [row] = await graph.rows<{ found: unknown[][]; factors: unknown[][] | null; links: unknown[][] | null; total: number | null }>(
    `path.${q.direction}ByName`,
    `${resolveFoundIdFirst('root', 'found')}
// As in trace: the found list holds the exact id alone when there is one.
OPTIONAL CALL (found) {
  WITH found WHERE size(found) = 1
  WITH found[0] AS root
  ${reach(q.direction, q.maxHops).replaceAll('\n', '\n  ')}
  // As in trace: a CAUSES relationship's endpoints are its link's FROM and TO factors.
  CALL (rels) {
    UNWIND rels AS x
    WITH x, startNode(x) AS a, endNode(x) AS b
    MATCH (l:CausalLink {id: x.linkId})
    RETURN collect(${LINK_VALUES.cypher}) AS links
  }
  RETURN [f IN members | ${FACTOR_VALUES.cypher}] AS factors, links, total
}
RETURN [f IN found | ${FACTOR_VALUES.cypher}] AS found, factors, links, total`,
    { ...resolveParams(q.factor, 'factor', 'root'), limit: q.limit, includeCandidates: q.includeCandidates },
  );
  const factors = (values: unknown[][] | null | undefined) => (values ?? []).map((v) => fromValues<FactorRow>(FACTOR_VALUES.keys, v));
  return { found: factors(row?.found), factors: factors(row?.factors), links: (row?.links ?? []).map((v) => fromValues<CausalLinkRow>(LINK_VALUES.keys, v)), total: row?.total ?? 0 };
}
