import { fromValues, mapEntries, pick, valueList, type ValueList } from '../graph/projection.ts';
import type { Graph } from '../graph/graph.ts';
import { RELATION_STATUS_CANDIDATE, type RelationStatus } from '../vocabulary.ts';
import { byIdsInOrder, grouped } from '../graph/grouped.ts';
import { FRAME_PROPERTIES } from '../quantities/frame.ts';
import { parseSearch, valueWindow, type NumberTerm } from '../search/number-search.ts';
import { fulltextQuery, SEARCH_INDEX } from '../search/search-text.ts';
import { searchPage, type SearchPageQuery } from './claim-search-store.ts';
import { FACTOR_FIELDS, pickFactor, resolveFoundIdFirst, resolveParams, type FactorRow } from '../factors/factor-store.ts';
import { REVIEW_FIELDS, type ReviewRow } from '../reviews/review-store.ts';
import { SOURCE_FIELDS, type SourceRow } from '../sources/source-store.ts';

export interface ClaimRow {
  id: string;
  quote: string;
  start: number;
  end: number;
  sentence: string;
  gloss: string | null;
  subject: string | null;
  time: string | null;
  kind: string;
  status: string;
  version: number;
  origin: string;
  candidate: string | null;
  extractorVersion: string | null;
  documentId: string;
}

export interface QuantityRow {
  id: string;
  surface: string;
  value: number;
  upper: number | null;
  unit: string;
  qualifier: string | null;
  date: string | null;
  kind?: string | null;
  direction?: string | null;
  calendar?: string | null;
  /** The frame's flat properties (frame.ts, FRAME_PROPERTIES); null on quantities without a frame. */
  [frameProperty: `frame${string}`]: string | number | null | undefined;
}

export const CLAIM_FIELDS =
  'id: c.id, quote: c.quote, start: c.start, end: c.end, sentence: coalesce(c.sentence, c.quote), gloss: c.gloss, subject: c.subject, ' +
  'time: c.time, kind: c.kind, status: c.status, version: c.version, origin: c.origin, candidate: c.candidate, ' +
  'extractorVersion: c.extractorVersion, documentId: c.documentId';

/** A validated claims filter with the factor already resolved to an id. */
export interface ClaimQuery {
  status?: string[] | undefined;
  factorId?: string | undefined;
  /**
   * A factor as the client named it (id, name or alias), resolved inside the listing's own
   * statement by resolveFactor's rules (listClaims only, without `search`; see listClaims).
   */
  factorTerm?: string | undefined;
  document?: string | undefined;
  attributedTo?: string | undefined;
  source?: string | undefined;
  kind?: string[] | undefined;
  unit?: string | undefined;
  valueMin?: number | undefined;
  valueMax?: number | undefined;
  search?: string | undefined;
  includeDiscarded?: boolean | undefined;
  /** With `unit`: also its flows (`USD` → `USD/day`, `USD/month`, …). */
  includeFlows?: boolean | undefined;
  /** true: attributed to someone; false: the document's own assertion. */
  hasAttribution?: boolean | undefined;
  /** false: nothing behind the claim but its document (no person, institution, model, memo, report or dataset). */
  hasSource?: boolean | undefined;
  /** The editors' queue: pending extracted candidates, and claims unreviewed or in review. */
  reviewQueue?: boolean | undefined;
  /** In a relation of one of these kinds with another document's claim (src/matching/). */
  related?: readonly string[] | undefined;
  /** In a relation in one of these statuses. */
  relatedStatus?: readonly RelationStatus[] | undefined;
}

/** Position in a listing: by id, or by relevance then id when searching. */
export interface Cursor {
  id: string;
  score?: number;
}

/**
 * The MATCH/WHERE for a filter. Fragments are fixed strings; every value is a
 * parameter. With `search`, the full-text index drives the match and yields `score`.
 */
function filterClause(
  q: ClaimQuery,
  anchor: 'seek' | 'test' = 'seek',
  factorRef = '$factorId',
): { cypher: string; where: string[]; params: Record<string, unknown>; fulltext?: string } {
  // `factorRef` is the Cypher naming the factor's id: the parameter, or a variable bound earlier
  // in the statement (a factor resolved in the listing's own statement), carried through.
  const carried = factorRef.startsWith('$') ? '' : `, ${factorRef}`;
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  let match = 'MATCH (c:Claim)';
  let fulltext: string | undefined;
  if (q.search) {
    const parsed = parseSearch(q.search);
    const numbers = parsed.numbers.map((n, i) => numberTerm(n, `n${i}`, params));
    if (parsed.text || !numbers.length) {
      // Discarded candidates are left out by the index (its `candidate` field), not by reading each match.
      fulltext = fulltextQuery(parsed.text || q.search);
      match = `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $search) YIELD node, score
WITH node AS c, score WHERE c:Claim`;
      params['search'] = `+(${fulltext})${q.includeDiscarded ? '' : ' -candidate:discarded'}`;
      where.push(...numbers.map((n) => n.condition));
    } else {
      // Numbers only: the first one drives the match (text index for the number as written,
      // value index for its normalised value); a claim found both ways ranks first.
      const [first, ...others] = numbers as [NumberMatch, ...NumberMatch[]];
      match = `CALL () {
  MATCH (c:Claim) WHERE c.searchText CONTAINS ${first.literal} RETURN c, 2.0 AS score
  UNION
  MATCH (q:Quantity) WHERE ${first.value} MATCH (c:Claim)-[:HAS_QUANTITY]->(q) RETURN c, 1.0 AS score
}
WITH c, max(score) AS score WHERE c IS NOT NULL`;
      where.push(...others.map((n) => n.condition));
    }
  }
  if (!q.includeDiscarded && fulltext === undefined) where.push("coalesce(c.candidate, '') <> 'DISCARDED'");
  if (q.status?.length) {
    where.push('c.status IN $status');
    params['status'] = q.status;
  }
  if (q.kind?.length) {
    where.push('c.kind IN $kind');
    params['kind'] = q.kind;
  }
  if (q.document) {
    where.push('c.documentId = $document');
    params['document'] = q.document;
  }
  // With neither search nor unit the match starts from the factor (below); else it is a test.
  // (`test`: every condition a test on the claim, for listClaims' walk along the id index, see walkBudget.)
  const hasFactor = Boolean(q.factorId || (carried && q.factorTerm));
  const factorFirst = anchor === 'seek' && hasFactor && !q.search && !q.unit;
  if (hasFactor) {
    if (!factorFirst) where.push(`EXISTS { (c)-[:ABOUT]->(:Factor {id: ${factorRef}}) }`);
    if (!carried) params['factorId'] = q.factorId;
  }
  // A source by id, English name (any case) or Chinese name, as the document names it.
  if (q.attributedTo) {
    where.push('EXISTS { MATCH (c)-[:ATTRIBUTED_TO]->(s:Source) WHERE s.id = $attributedTo OR toLower(s.name) = toLower($attributedTo) OR s.nameZh = $attributedTo }');
    params['attributedTo'] = q.attributedTo;
  }
  if (q.source) {
    where.push('EXISTS { MATCH (c)-[:ATTRIBUTED_TO|SOURCED_FROM]->(s:Source) WHERE s.id = $source OR toLower(s.name) = toLower($source) OR s.nameZh = $source }');
    params['source'] = q.source;
  }
  if (q.hasAttribution != null) where.push(q.hasAttribution ? 'EXISTS { (c)-[:ATTRIBUTED_TO]->(:Source) }' : 'NOT EXISTS { (c)-[:ATTRIBUTED_TO]->(:Source) }');
  if (q.hasSource != null) {
    const behind = "EXISTS { MATCH (c)-[:ATTRIBUTED_TO|SOURCED_FROM]->(s:Source) WHERE s.kind <> 'DOCUMENT' }";
    where.push(q.hasSource ? behind : `NOT ${behind}`);
  }
  if (q.related?.length || q.relatedStatus?.length) {
    where.push('EXISTS { MATCH (c)<-[:EARLIER|LATER]-(x:ClaimRelation) WHERE ($related IS NULL OR x.kind IN $related) AND ($relatedStatus IS NULL OR x.candidate IN $relatedStatus) }');
    params['related'] = q.related?.length ? q.related : null;
    // Relations keep their state as candidates (a rejection is DISCARDED): src/vocabulary.ts.
    params['relatedStatus'] = q.relatedStatus?.length ? q.relatedStatus.map((s) => RELATION_STATUS_CANDIDATE[s]) : null;
  }
  if (q.reviewQueue) where.push("(c.candidate = 'PENDING' OR c.status IN ['UNREVIEWED', 'IN_REVIEW'])");
  if (q.unit && !q.search && anchor === 'seek') {
    match = `${quantitySeek(q, carried)}
MATCH (c:Claim)-[:HAS_QUANTITY]->(q)
WITH DISTINCT c${carried}`;
  } else if (factorFirst) {
    // Start from the factor's unique id: its claims, not every claim of a status tested for the factor.
    match = `MATCH (:Factor {id: ${factorRef}})<-[:ABOUT]-(c:Claim)`;
  } else if (q.unit) {
    where.push(`EXISTS { MATCH (c)-[:HAS_QUANTITY]->(q:Quantity) WHERE (q.unit = $unit OR ($includeFlows AND q.unit STARTS WITH $unit + '/'))
  AND ($valueMin IS NULL OR coalesce(q.upper, q.value) >= $valueMin)
  AND ($valueMax IS NULL OR q.value <= $valueMax) }`);
  }
  if (q.unit) {
    // A range counts when it overlaps [valueMin, valueMax].
    params['unit'] = q.unit;
    params['includeFlows'] = q.includeFlows ?? false;
    params['valueMin'] = q.valueMin ?? null;
    params['valueMax'] = q.valueMax ?? null;
  }
  // After a full-text CALL or a WITH, conditions continue that clause's WHERE or start one.
  const continues = q.search !== undefined && q.search !== '';
  const joiner = continues ? (where.length ? ' AND ' : '') : where.length ? '\nWHERE ' : '';
  return { cypher: `${match}${joiner}${where.join('\n  AND ')}`, where, params, ...(fulltext !== undefined ? { fulltext } : {}) };
}

/**
 * When a page's anchor is broad — a hub factor's 100k claims, a unit and bound that most
 * amounts meet — starting from it reads every claim it matches to sort them by id for a page
 * of 50, so the time grows with the graph. Walking the claims in id order (the id index
 * serves them sorted) and testing each stops after the page instead: with an anchor matching
 * a share s of all claims that is about 51/s claims for a page of 50, whatever the graph's size.
 *
 * The walk is chosen only when it should read at most a quarter of what the anchor matches:
 * limit·total/matches < matches/4, that is matches ≥ T = √(4·limit·total) (14k of 1M claims for a
 * page of 50), so the probe counts the anchor's matches only up to T. The walk then reads at
 * most T claims (four times its expected reads); when the other conditions are rarer than that
 * and the page is not full, the anchored plan answers instead, so the worst case is about twice
 * the anchored plan's reads, never a scan of every claim. The budget T, a LIMIT, has to be a
 * parameter, so the number of claims comes from a count kept for a while (claimTotal); the
 * anchor's own count, the choice, the walk and the fallback all run in the listing's statement.
 */
function walkBudget(total: number, limit: number): number {
  return Math.ceil(Math.sqrt(4 * limit * Math.max(1, total)));
}

/**
 * How many claims there are, from Neo4j's count store, kept per driver for up to a minute: it
 * only sizes the walk's budget (a stale count changes which plan reads a page, never the page),
 * and asking each time would cost a listing a round trip.
 */
const totals = new WeakMap<object, { total: number; at: number }>();
const TOTAL_TTL_MS = 60_000;
async function claimTotal(graph: Graph): Promise<number> {
  const kept = totals.get(graph.driver);
  if (kept && Date.now() - kept.at < TOTAL_TTL_MS) return kept.total;
  const [row] = await graph.rows<{ total: number }>('claim.total', 'RETURN COUNT { (:Claim) } AS total');
  const total = row?.total ?? 0;
  totals.set(graph.driver, { total, at: Date.now() });
  return total;
}

/**
 * The quantities a unit/value filter selects, as index seeks on (unit, value) and (unit, upper):
 * one UNION branch per unit form and bound, each a plain equality or prefix plus a range (a
 * disjunction or a `$x IS NULL OR …` test would turn the seek into a scan of every quantity).
 * A range counts when it overlaps [valueMin, valueMax], so a range starting below valueMin is
 * found by its upper end; the exact test is applied once after the UNION.
 */
function quantitySeek(q: ClaimQuery, carried = ''): string {
  const units = ['q.unit = $unit', ...(q.includeFlows ? ["q.unit STARTS WITH $unit + '/'"] : [])];
  const max = q.valueMax != null ? ' AND q.value <= $valueMax' : '';
  const branches: string[] = [];
  for (const unit of units) {
    // `q.value IS NOT NULL` names the index's second property, so a unit alone still seeks.
    if (q.valueMin == null) branches.push(`MATCH (q:Quantity) WHERE ${unit}${max || ' AND q.value IS NOT NULL'} RETURN q`);
    else {
      branches.push(`MATCH (q:Quantity) WHERE ${unit} AND q.value >= $valueMin${max} RETURN q`);
      branches.push(`MATCH (q:Quantity) WHERE ${unit} AND q.upper >= $valueMin${max} RETURN q`);
    }
  }
  const exact = q.valueMin != null ? `\nWITH q${carried} WHERE coalesce(q.upper, q.value) >= $valueMin` : '';
  return `CALL () {\n  ${branches.join('\n  UNION\n  ')}\n}${exact}`;
}

interface NumberMatch {
  /** The parameter holding the number as written. */
  literal: string;
  /** A predicate on a Quantity `q` with the same normalised value (`false` when the surface has none). */
  value: string;
  /** A predicate on a Claim `c`: the number as written, or a quantity of that value. */
  condition: string;
}

/** Cypher fragments for one number of a search; its values go into `params` under `key`. */
function numberTerm(n: NumberTerm, key: string, params: Record<string, unknown>): NumberMatch {
  params[`${key}lit`] = n.literal;
  const literal = `$${key}lit`;
  let value = 'false';
  const v = n.value;
  if (v?.yearless) {
    // 11月5日 without a year: that day in any year (dates are stored as YYYYMMDD).
    params[`${key}md`] = v.value;
    value = `q.unit = 'date' AND q.value % 10000 = $${key}md`;
  } else if (v) {
    [params[`${key}lo`], params[`${key}hi`]] = valueWindow(v.value);
    const parts = [`q.value >= $${key}lo AND q.value <= $${key}hi`];
    if (v.upper !== undefined) {
      [params[`${key}ulo`], params[`${key}uhi`]] = valueWindow(v.upper);
      parts.push(`q.upper >= $${key}ulo AND q.upper <= $${key}uhi`);
    }
    if (v.unit) {
      // A flow (USD/month) is still an amount of its currency.
      params[`${key}unit`] = v.unit;
      parts.push(`(q.unit = $${key}unit OR q.unit STARTS WITH $${key}unit + '/')`);
    }
    value = parts.join(' AND ');
  }
  const condition =
    value === 'false' ? `c.searchText CONTAINS ${literal}` : `(c.searchText CONTAINS ${literal} OR EXISTS { MATCH (c)-[:HAS_QUANTITY]->(q:Quantity) WHERE ${value} })`;
  return { literal, value, condition };
}

/** A quantity's own fields, each a GraphQL field of `Quantity` resolved from the row as it is. */
export const QUANTITY_PLAIN_FIELDS = ['id', 'surface', 'value', 'upper', 'unit', 'qualifier', 'date', 'kind', 'direction', 'calendar'] as const;
const QUANTITY_PLAIN = QUANTITY_PLAIN_FIELDS.map((f) => `.${f}`).join(', ');
const QUANTITY_FIELDS = `${QUANTITY_PLAIN}, ${FRAME_PROPERTIES.map((p) => `.${p}`).join(', ')}`;
const FACTOR_FIELDS_OF_ITEM = '.id, .name, namesZh: coalesce(f.namesZh, []), aliases: coalesce(f.aliases, []), .description';
/** The per-claim loaders' rows, sent as lists of values (projection.ts). */
const FACTOR_ITEM = valueList('f', FACTOR_FIELDS_OF_ITEM);
const QUANTITY_ITEM = valueList('q', QUANTITY_FIELDS);
const CLAIM_ITEM = valueList('c', CLAIM_FIELDS);

/** What a page of claims can carry with it, in the order and shape the per-claim loaders return. */
export interface ClaimNested {
  quantities: QuantityRow[];
  factors: FactorRow[];
  sources: SourceRow[];
  reviews: ReviewRow[];
}
export type ClaimNestedField = keyof ClaimNested;

/** What a page of claims projects: each map's own fields (all of them when not given). */
export interface PageFields {
  claim?: readonly string[] | undefined;
  quantities?: readonly string[] | undefined;
  factors?: readonly string[] | undefined;
  sources?: readonly string[] | undefined;
  reviews?: readonly string[] | undefined;
}

/** Each row's own fields, by type: the keys a page may project alone (listClaims' `fields`). */
export const PLAIN_FIELDS = {
  claim: [...mapEntries(CLAIM_FIELDS).keys()],
  quantities: [...QUANTITY_PLAIN_FIELDS],
  factors: [...mapEntries(FACTOR_FIELDS_OF_ITEM).keys()],
  sources: [...mapEntries(SOURCE_FIELDS).keys()],
  reviews: [...mapEntries(REVIEW_FIELDS).keys()],
};

/**
 * Each nested list as a COLLECT subquery on the page's claims, after ORDER BY and LIMIT: the
 * listing and its nested fields in one statement (one round trip) instead of one batch per field.
 * Orders match quantitiesByClaims, factorsByClaims, sourcesByClaims and reviewsByItems.
 */
const nestedCypher = (f: ClaimNestedField, keys?: readonly string[]): ValueList & { field: ClaimNestedField } => {
  const item = {
    quantities: () => valueList('q', keys ? pick(QUANTITY_PLAIN, keys) : QUANTITY_FIELDS),
    factors: () => valueList('f', pick(FACTOR_FIELDS_OF_ITEM, keys)),
    sources: () => valueList('s', pick(SOURCE_FIELDS, keys)),
    reviews: () => valueList('r', pick(REVIEW_FIELDS, keys)),
  }[f]();
  const cypher = {
    quantities: `COLLECT { MATCH (c)-[:HAS_QUANTITY]->(q:Quantity) WITH q ORDER BY q.position, q.id RETURN ${item.cypher} }`,
    factors: `COLLECT { MATCH (c)-[:ABOUT]->(f:Factor) WITH f ORDER BY f.name RETURN ${item.cypher} }`,
    sources: `COLLECT { MATCH (c)-[:SOURCED_FROM|ATTRIBUTED_TO]->(s:Source) WITH DISTINCT s ORDER BY s.kind = 'DOCUMENT' DESC, s.id RETURN ${item.cypher} }`,
    reviews: `COLLECT { MATCH (r:Review)-[:REVIEWS]->(c) WITH r ORDER BY r.at, r.version RETURN ${item.cypher} }`,
  }[f];
  return { field: f, cypher, keys: item.keys };
};

/**
 * A page's projection: the claim `c` (CLAIM_FIELDS picked) and its nested lists, each sent as a
 * list of values (valueList), and how to put their keys back (pageOf).
 */
interface PageProjection {
  claim: ValueList;
  nested: (ValueList & { field: ClaimNestedField })[];
  /** The nested lists' expression, one list per field in `nested`'s order. */
  nestedCypher: string;
}

/** A row of a page as the statement sends it (see PageProjection). */
type PageRow = { c: unknown[]; score?: number | null; nested: unknown[][][] };
const NESTED_FIELDS: readonly ClaimNestedField[] = ['quantities', 'factors', 'sources', 'reviews'];

/** Which plan read a page (listClaims, for tests and the benchmark's plans). */
export type ListPlan = 'anchored' | 'walk' | 'walk, then anchored' | 'page' | 'search';

export interface ClaimPage {
  rows: (ClaimRow & { score?: number })[];
  nested: Partial<ClaimNested>[];
  hasNextPage: boolean;
  plan: ListPlan;
  /** The factor the filter named, resolved (`factorTerm`), for counting the same claims. */
  factorId?: string | undefined;
}

/** The page out of the `first + 1` rows a listing fetched, each claim with its search score when it has one. */
function pageOf(rows: readonly PageRow[], first: number, p: PageProjection): Omit<ClaimPage, 'plan'> {
  const page = rows.slice(0, first);
  return {
    rows: page.map((r) => {
      const c = fromValues<ClaimRow>(p.claim.keys, r.c);
      return r.score == null ? c : { ...c, score: r.score };
    }),
    nested: page.map((r) => Object.fromEntries(p.nested.map((n, i) => [n.field, r.nested[i]!.map((v) => fromValues(n.keys, v))])) as Partial<ClaimNested>),
    hasNextPage: rows.length > first,
  };
}

/**
 * One page of claims plus one extra row, to tell whether another page follows; with `nested`,
 * each claim's lists of those fields too — one statement. A listing anchored on a factor or a
 * unit resolves the factor's name, counts the anchor, walks the id index or starts from the
 * anchor (see walkBudget) in that same statement: one round trip where it took three.
 */
export async function listClaims(
  graph: Graph,
  q: ClaimQuery,
  first: number,
  after: Cursor | undefined,
  nested: readonly ClaimNestedField[] = [],
  fields: PageFields = {},
): Promise<ClaimPage> {
  if (q.factorTerm !== undefined && q.search) throw new Error('listClaims: resolve the factor before a search listing');
  const lists = [...new Set(nested)].filter((f) => NESTED_FIELDS.includes(f));
  const parts = lists.map((f) => nestedCypher(f, fields[f]));
  const projection: PageProjection = { claim: valueList('c', pick(CLAIM_FIELDS, fields.claim)), nested: parts, nestedCypher: `[${parts.map((n) => n.cypher).join(', ')}]` };
  const paging = { afterId: after?.id ?? '', afterScore: after?.score ?? null, limit: first + 1 };
  if (!q.search && (q.unit || q.factorId || q.factorTerm !== undefined)) return anchoredPage(graph, q, first, paging, projection);
  const { cypher, params, where, fulltext } = filterClause(q);
  if (fulltext !== undefined) return searchListing(graph, { text: fulltext, includeDiscarded: Boolean(q.includeDiscarded), where, params }, first, after, projection);
  const scoreOrder = Boolean(q.search);
  // Without a search the first page is `c.id > ''`: a range the id index serves in order, so
  // an unfiltered listing reads 51 claims instead of sorting all of them.
  const afterClause = scoreOrder
    ? after
      ? 'WITH c, score WHERE score < $afterScore OR (score = $afterScore AND c.id > $afterId)'
      : ''
    : 'WITH c WHERE c.id > $afterId';
  // Sort and limit first, then project: the 15-field map and the nested lists are built for
  // the page's 51 claims only, never for every claim the filter matches.
  const rows = await graph.rows<PageRow>(
    'claim.list',
    `${cypher}
${afterClause}
WITH c, ${scoreOrder ? 'score' : 'null AS score'}
ORDER BY ${scoreOrder ? 'score DESC, ' : ''}c.id
LIMIT toInteger($limit)
RETURN ${projection.claim.cypher} AS c, score, ${projection.nestedCypher} AS nested`,
    { ...params, ...paging },
  );
  return { ...pageOf(rows, first, projection), plan: 'page' };
}

/**
 * Full-text search as top-k (claim-search-store.ts): the page in (score, id) order without reading
 * every match; each statement returns its rows of the page projected, the nested lists included.
 */
async function searchListing(
  graph: Graph,
  q: Omit<SearchPageQuery, 'row'>,
  first: number,
  after: Cursor | undefined,
  projection: PageProjection,
): Promise<ClaimPage> {
  const row = `{c: ${projection.claim.cypher}, score: score, nested: ${projection.nestedCypher}}`;
  const cursor = after?.score != null ? { id: after.id, score: after.score } : undefined;
  const rows = await searchPage<PageRow & { score: number | null }>(graph, { ...q, row }, first + 1, cursor);
  return { ...pageOf(rows, first, projection), plan: 'search' };
}

/**
 * A listing anchored on a factor and/or a unit, in one statement: (1) the factor's name resolved
 * by resolveFactor's rules (or the id given) into `factorId`; (2) the anchor's matches counted up
 * to the walk's budget; (3) when they reach it, the walk along the id index, testing each claim;
 * (4) when the walk did not fill the page (or was not chosen), the anchored plan; then the page
 * projected. Each step is a subquery whose first clause filters on what came before, so the
 * steps not taken read nothing.
 */
async function anchoredPage(
  graph: Graph,
  q: ClaimQuery,
  first: number,
  paging: { afterId: string; afterScore: number | null; limit: number },
  projection: PageProjection,
): Promise<ClaimPage> {
  const resolving = q.factorTerm !== undefined && !q.factorId;
  const budget = walkBudget(await claimTotal(graph), paging.limit);
  const params: Record<string, unknown> = { ...paging, budget, factorId: q.factorId ?? null, hasFactor: Boolean(q.factorId || resolving) };
  if (resolving) Object.assign(params, resolveParams(q.factorTerm!, 'filter.factor', ''));
  // (1) An exact id wins, then a single match (pickFactor's rules; it explains any other outcome).
  const resolve = resolving
    ? `${resolveFoundIdFirst('', 'found')}
WITH [f IN found | f {${FACTOR_FIELDS}}] AS factors
WITH factors, CASE WHEN any(x IN factors WHERE x.id = $term) THEN $term WHEN size(factors) = 1 THEN factors[0].id END AS factorId`
    : 'WITH [] AS factors, $factorId AS factorId';
  // (2) The anchor's matches, counted up to the budget: a factor's degree from the count store,
  // or the amounts of the unit from the (unit, value) index (ranges reaching the bound and flows
  // not counted, so it errs towards the anchored plan, which is always right).
  const probe = q.unit
    ? `CALL () {
  MATCH (q:Quantity) WHERE q.unit = $unit AND ${q.valueMin != null ? 'q.value >= $valueMin' : 'q.value IS NOT NULL'}${q.valueMax != null ? ' AND q.value <= $valueMax' : ''}
  WITH q LIMIT toInteger($budget)
  RETURN count(q) AS anchored
}`
    : `OPTIONAL MATCH (anchor:Factor {id: factorId})
WITH factors, factorId, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:ABOUT]-() } END AS anchored`;
  const walk = filterClause(q, 'test', 'factorId');
  const anchored = filterClause(q, 'seek', 'factorId');
  Object.assign(params, walk.params, anchored.params);
  const tests = walk.where.length ? `\n  WITH c, factorId WHERE ${walk.where.join('\n    AND ')}` : '';
  type Row = { factors: FactorRow[]; factorId: string | null; walk: boolean; walked: number; page: PageRow[] };
  const [row] = await graph.rows<Row>(
    'claim.list.anchored',
    `${resolve}
${probe}
WITH factors, factorId, factorId IS NOT NULL OR NOT $hasFactor AS resolved, anchored >= $budget AS walk
CALL (factorId, resolved, walk) {
  // The seek's bound is null unless walking: the planner tests the condition only after seeking,
  // and a null bound makes the seek read nothing.
  MATCH (c:Claim) WHERE c.id > CASE WHEN resolved AND walk THEN $afterId END
  WITH c, factorId ORDER BY c.id LIMIT toInteger($budget)${tests}
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(c) AS walked
}
CALL (factorId, resolved, walked) {
  CALL (factorId, resolved, walked) {
    WITH walked WHERE size(walked) >= $limit
    UNWIND walked AS c
    RETURN c
    UNION
    WITH factorId, resolved, walked WHERE resolved AND size(walked) < $limit
    ${anchored.cypher.replaceAll('\n', '\n    ')}
    WITH c WHERE c.id > $afterId
    WITH c ORDER BY c.id LIMIT toInteger($limit)
    RETURN c
  }
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  WITH ${projection.claim.cypher} AS c, ${projection.nestedCypher} AS nested
  RETURN collect({c: c, nested: nested}) AS page
}
RETURN factors, factorId, walk, size(walked) AS walked, page`,
    params,
  );
  if (!row) throw new Error('claim.list.anchored returned no row');
  // A name that resolves to no factor, or to several: pickFactor says which, as resolveFactor would.
  if (resolving && row.factorId === null) await pickFactor(graph, q.factorTerm!, row.factors, 'filter.factor');
  return {
    ...pageOf(row.page, first, projection),
    plan: row.walk ? (row.walked >= paging.limit ? 'walk' : 'walk, then anchored') : 'anchored',
    factorId: row.factorId ?? undefined,
  };
}

export async function countClaims(graph: Graph, q: ClaimQuery): Promise<number> {
  const { cypher, params } = filterClause(q);
  const [row] = await graph.rows<{ n: number }>('claim.count', `${cypher}\nRETURN count(c) AS n`, params);
  return row?.n ?? 0;
}

export async function claimsByIds(graph: Graph, ids: readonly string[]): Promise<(ClaimRow | null)[]> {
  const rows = await graph.rows<{ c: unknown[] }>('claim.byIds', `MATCH (c:Claim) WHERE c.id IN $ids RETURN ${CLAIM_ITEM.cypher} AS c`, { ids });
  return byIdsInOrder(ids, rows.map((r) => fromValues<ClaimRow>(CLAIM_ITEM.keys, r.c)));
}

export const quantitiesByClaims = (graph: Graph, claimIds: readonly string[]) =>
  grouped<QuantityRow>(
    graph,
    'quantity.byClaims',
    `MATCH (c:Claim)-[:HAS_QUANTITY]->(q:Quantity) WHERE c.id IN $keys
RETURN c.id AS key, ${QUANTITY_ITEM.cypher} AS item ORDER BY q.position, q.id`,
    claimIds,
    QUANTITY_ITEM.keys,
  );

export interface AssertionRow {
  id: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  factorId: string | null;
}

/** Each claim's assertions (`(:Claim)-[:ASSERTS]->(:Assertion)`), in text order. */
export const assertionsByClaims = (graph: Graph, claimIds: readonly string[]) =>
  grouped<AssertionRow>(
    graph,
    'assertion.byClaims',
    `MATCH (c:Claim)-[:ASSERTS]->(a:Assertion) WHERE c.id IN $keys
RETURN c.id AS key, a {.id, .kind, .text, .start, .end, .factorId} AS item ORDER BY a.start, a.id`,
    claimIds,
  );

export const factorsByClaims = (graph: Graph, claimIds: readonly string[]) =>
  grouped<FactorRow>(
    graph,
    'factor.byClaims',
    `MATCH (c:Claim)-[:ABOUT]->(f:Factor) WHERE c.id IN $keys
RETURN c.id AS key, ${FACTOR_ITEM.cypher} AS item ORDER BY f.name`,
    claimIds,
    FACTOR_ITEM.keys,
  );

export const claimsByFactors = (graph: Graph, factorIds: readonly string[]) =>
  grouped<ClaimRow>(
    graph,
    'claim.byFactors',
    `MATCH (c:Claim)-[:ABOUT]->(f:Factor) WHERE f.id IN $keys RETURN f.id AS key, ${CLAIM_ITEM.cypher} AS item ORDER BY c.id`,
    factorIds,
    CLAIM_ITEM.keys,
  );

export const claimsByDocuments = (graph: Graph, documentIds: readonly string[]) =>
  grouped<ClaimRow>(
    graph,
    'claim.byDocuments',
    `MATCH (c:Claim) WHERE c.documentId IN $keys RETURN c.documentId AS key, ${CLAIM_ITEM.cypher} AS item ORDER BY c.start, c.id`,
    documentIds,
    CLAIM_ITEM.keys,
  );

export const claimsBySources = (graph: Graph, sourceIds: readonly string[]) =>
  grouped<ClaimRow>(
    graph,
    'claim.bySources',
    `MATCH (c:Claim)-[:ATTRIBUTED_TO]->(s:Source) WHERE s.id IN $keys RETURN s.id AS key, ${CLAIM_ITEM.cypher} AS item ORDER BY c.id`,
    sourceIds,
    CLAIM_ITEM.keys,
  );

/** The claims supporting each causal link. */
export const supportingClaimsByLinks = (graph: Graph, linkIds: readonly string[]) =>
  grouped<ClaimRow>(
    graph,
    'claim.supportingLinks',
    `MATCH (l:CausalLink)-[:SUPPORTED_BY]->(c:Claim) WHERE l.id IN $keys RETURN l.id AS key, ${CLAIM_ITEM.cypher} AS item ORDER BY c.id`,
    linkIds,
    CLAIM_ITEM.keys,
  );
