import type { Tx } from '../graph/graph.ts';
import { claimSearchKey, SEARCH_INDEX } from '../search/search-text.ts';

/**
 * A page of full-text search results in the order (score descending, id ascending), read as
 * top-k: what the page needs, not every match.
 *
 * The index returns its best hits by score up to a limit (Lucene's top-k, skipping what cannot
 * compete), but breaks ties in its own order, and ties are common: BM25 gives every claim with
 * the same term count and length the same score, so a term in a few thousand claims of similar
 * length is a few thousand equal scores. The page therefore comes in two parts:
 *
 * 1. **Above the floor.** A fetch of the best `fetch` hits has a lowest score, the floor; every
 *    hit scoring above it is in the fetch, so those are ordered exactly (score, then id).
 * 2. **At the floor, in id order.** Hits tied at the floor are read in id order through the
 *    claims' `searchKey` (their id as an index term, src/search/search-text.ts): the claims in
 *    the next span of ids come from the id index, and the full-text query restricted to that
 *    range of keys returns every hit among them (at most the span). A span is sized from the
 *    share of claims found tied so far, so a page of a term in 5% of claims reads about 20
 *    claims per row, whatever the graph's size. When ties are rare among the claims (the walk
 *    covers its budget, √(4·limit·claims), without filling the page), the fetch grows instead
 *    until it passes the tie: then every tie is in it.
 *
 * A cursor (score, id) continues with the ties at its score after its id, then below its score.
 * Discarded candidates are left out by the query (`-candidate:discarded`); conditions the index
 * cannot express (status, kind, factor, numbers, …) are tested on the fetched hits, and a
 * selective one makes the fetch grow (an over-fetch bounded by the matches).
 */
export interface SearchPageQuery {
  /** The Lucene query (fulltextQuery), without the candidate exclusion. */
  text: string;
  includeDiscarded: boolean;
  /** Conditions on the claim `c` that the index cannot express, with their parameters. */
  where: readonly string[];
  params: Record<string, unknown>;
  /**
   * The page's row for a claim `c` with `score` (a map expression): every statement returns rows
   * known to be on the page already projected, so the page needs no statement of its own.
   */
  row: string;
}

/** One span of the tie walk: its last id (null: no claims after the walk's start), size and hits; page null when the last claim has no key. */
interface SpanRow<R> {
  hi: string | null;
  n: number;
  page: R[] | null;
}

/**
 * Hits in the first fetch: enough that a term in up to a thousand claims is answered by one
 * statement, few enough to cost little when the page then reads a tie.
 */
const FIRST_FETCH = 1024;
/** How fast the fetch grows when a page needs more. */
const GROWTH = 4;

/**
 * `reader` runs each statement: the Graph itself (one auto-commit round trip each) or a transaction.
 * With the Graph, the statements of one page may read different snapshots, as successive pages do
 * (a claim edited in between may move in the order); most pages are one or two statements.
 */
export async function searchPage<R extends { score: number | null }>(tx: Pick<Tx, 'rows'>, q: SearchPageQuery, limit: number, after: { id: string; score: number } | undefined): Promise<R[]> {
  const base = `+(${q.text})${q.includeDiscarded ? '' : ' -candidate:discarded'}`;
  const filters = q.where.length ? ` AND ${q.where.join(' AND ')}` : '';
  const out: R[] = [];
  // The walk's budget, √(4·limit·claims), from the count store: read by the first statement that runs.
  let budget = 0;
  const setBudget = (claims: number) => {
    budget ||= Math.ceil(Math.sqrt(4 * limit * Math.max(1, claims)));
  };

  /**
   * One span of the tie walk: the next `span` claims in id order after `lo`, then the hits tied at
   * `tie` among them (the range of their keys), in id order, up to `need`. Each argument is a
   * Cypher expression, so the first span can run inside the fetch's own statement (fetchTop).
   */
  const spanCypher = (a: { lo: string; loKey: string; span: string; fetch: string; tie: string; need: string }) => `CALL () {
  MATCH (k:Claim) WHERE k.id > ${a.lo}
  WITH k.id AS id ORDER BY id LIMIT toInteger(${a.span})
  RETURN max(id) AS hi, count(id) AS n
}
OPTIONAL MATCH (h:Claim {id: hi})
CALL (*) {
  WITH * WHERE h.searchKey IS NOT NULL
  CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query + ' +searchKey:[' + ${a.loKey} + ' TO ' + h.searchKey + ']^0', {limit: toInteger(${a.fetch})}) YIELD node, score
  WITH node AS c, score
  WHERE score = ${a.tie} AND c:Claim AND c.id > ${a.lo} AND c.id <= hi${filters}
  WITH c, ${a.tie} AS score ORDER BY c.id LIMIT toInteger(${a.need})
  RETURN collect(${q.row}) AS tied
}`;
  const firstSpan = (need: number) => Math.max(256, 32 * need);

  /**
   * The best `fetch` hits: their number, lowest score, and the page's hits strictly above it (and
   * below `below`). When the fetch is full and those hits do not fill the page, the page goes on
   * with the hits tied at the floor in id order (ties): the walk's first span is read in the same
   * statement, saving a round trip on every page of a term shared by more claims than the fetch
   * (the common case for a one-word search in a large graph).
   */
  const fetchTop = async (fetch: number, below: number | null, need: number) => {
    const span = firstSpan(need);
    const [row] = await tx.rows<{ fetched: number; floor: number | null; page: R[]; claims: number; tie: SpanRow<R> | null }>(
      'claim.search.top',
      `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query, {limit: toInteger($fetch)}) YIELD node, score
WITH collect([node, score]) AS hits, count(*) AS fetched, min(score) AS floor
CALL (hits, fetched, floor) {
  UNWIND hits AS hit
  WITH hit[0] AS c, hit[1] AS score
  WHERE c:Claim AND (fetched < $fetch OR score > floor) AND ($below IS NULL OR score < $below)${filters}
  WITH c, score ORDER BY score DESC, c.id LIMIT toInteger($need)
  RETURN collect(${q.row}) AS page
}
OPTIONAL CALL (fetched, floor, page) {
  WITH fetched, floor, page WHERE fetched = $fetch AND size(page) < $need AND ($below IS NULL OR floor < $below)
  // LIMIT takes no variable: up to $need ties, cut to what the page lacks below.
  WITH floor
  ${spanCypher({ lo: "''", loKey: "'*'", span: '$span', fetch: '$spanFetch', tie: 'floor', need: '$need' }).replaceAll('\n', '\n  ')}
  RETURN {hi: hi, n: n, page: CASE WHEN h.searchKey IS NULL THEN null ELSE tied END} AS tie
}
RETURN fetched, floor, page, tie, COUNT { (:Claim) } AS claims`,
      { ...q.params, query: base, fetch, below, need, span, spanFetch: span * 2 + 64 },
    );
    setBudget(row?.claims ?? 0);
    const page = row?.page ?? [];
    const tie = row?.tie?.hi === undefined ? undefined : { ...row.tie, page: row.tie.page?.slice(0, need - page.length) ?? null, span };
    return { fetched: row?.fetched ?? 0, floor: row?.floor ?? null, page, tie };
  };

  /**
   * Hits scoring exactly `tie` with an id after `afterId`, in id order, up to `need` (fewer: there
   * are no more); `first` is the walk's first span when fetchTop has read it already.
   */
  const ties = async (tie: number, afterId: string, need: number, first?: SpanRow<R> & { span: number }): Promise<R[]> => {
    const found: R[] = [];
    let lo = afterId;
    let span = first?.span ?? firstSpan(need);
    let covered = 0;
    let read: SpanRow<R> | undefined = first;
    while (found.length < need) {
      if (budget && covered >= budget) return [...found, ...(await tiesByFetch(tie, lo, need - found.length))];
      if (!read) {
        const [row] = await tx.rows<SpanRow<R> & { claims: number }>(
          'claim.search.ties',
          `${spanCypher({ lo: '$lo', loKey: '$loKey', span: '$span', fetch: '$fetch', tie: '$tie', need: '$need' })}
RETURN hi, n, CASE WHEN h.searchKey IS NULL THEN null ELSE tied END AS page, COUNT { (:Claim) } AS claims`,
          // Keys cut at 120 bytes may bring a few more claims than the span: they are filtered by id.
          { ...q.params, query: base, loKey: lo === '' ? '*' : claimSearchKey(lo), span, fetch: span * 2 + 64, tie, lo, need: need - found.length },
        );
        setBudget(row?.claims ?? 0);
        read = row;
      }
      const range = read;
      read = undefined;
      if (!range?.hi) return found;
      // A claim written without its key (not by the product's writers): the range from the id instead.
      found.push(...(range.page ?? (await tiesInRange(tie, lo, range.hi, span, need - found.length))));
      covered += range.n;
      if (range.n < span) return found;
      lo = range.hi;
      // The next span from the share of claims found tied so far (at most 8× the last).
      const share = found.length / covered;
      const wanted = share > 0 ? Math.ceil((2 * (need - found.length)) / share) : span * 8;
      span = Math.min(span * 8, Math.max(256, wanted), Math.max(256, budget - covered));
    }
    return found;
  };

  /** The hits tied at `tie` among the claims with ids in (lo, hi], the range's keys computed here. */
  const tiesInRange = async (tie: number, lo: string, hi: string, span: number, need: number): Promise<R[]> => {
    const keys = `+searchKey:[${lo === '' ? '*' : claimSearchKey(lo)} TO ${claimSearchKey(hi)}]^0`;
    const [row] = await tx.rows<{ page: R[] }>(
      'claim.search.tiesInRange',
      `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query, {limit: toInteger($fetch)}) YIELD node, score
WITH node AS c, score
WHERE score = $tie AND c:Claim AND c.id > $lo AND c.id <= $hi${filters}
WITH c, score ORDER BY c.id LIMIT toInteger($need)
RETURN collect(${q.row}) AS page`,
      { ...q.params, query: `${base} ${keys}`, fetch: span * 2 + 64, tie, lo, hi, need },
    );
    return row?.page ?? [];
  };

  /** The same ties, from fetches grown until they pass the tie: for ties rare among the claims. */
  const tiesByFetch = async (tie: number, afterId: string, need: number): Promise<R[]> => {
    for (let fetch = Math.max(budget, 64); ; fetch *= GROWTH) {
      const [row] = await tx.rows<{ fetched: number; floor: number | null; page: R[] }>(
        'claim.search.tieFetch',
        `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query, {limit: toInteger($fetch)}) YIELD node, score
WITH collect([node, score]) AS hits, count(*) AS fetched, min(score) AS floor
CALL (hits) {
  UNWIND hits AS hit
  WITH hit[0] AS c, hit[1] AS score
  WHERE score = $tie AND c:Claim AND c.id > $lo${filters}
  WITH c, score ORDER BY c.id LIMIT toInteger($need)
  RETURN collect(${q.row}) AS page
}
RETURN fetched, floor, page`,
        { ...q.params, query: base, fetch, tie, lo: afterId, need },
      );
      if (!row || row.fetched < fetch || (row.floor !== null && row.floor < tie)) return row?.page ?? [];
    }
  };

  let below: number | null = null;
  if (after) {
    out.push(...(await ties(after.score, after.id, limit)));
    if (out.length >= limit) return out.slice(0, limit);
    below = after.score;
  }
  for (let fetch = Math.max(FIRST_FETCH, 4 * limit); ; fetch *= GROWTH) {
    const top = await fetchTop(fetch, below, limit - out.length);
    out.push(...top.page);
    if (out.length >= limit || top.fetched < fetch || top.floor === null) return out.slice(0, limit);
    if (below === null || top.floor < below) {
      // Everything above the floor (and below the cursor) is in; next, the hits tied at the floor
      // (their first span read already by fetchTop's statement).
      out.push(...(await ties(top.floor, '', limit - out.length, top.tie)));
      if (out.length >= limit) return out.slice(0, limit);
      below = top.floor;
    }
  }
}
