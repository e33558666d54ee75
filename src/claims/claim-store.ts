import type { Graph } from '../graph/graph.ts';
import { byIdsInOrder, grouped } from '../graph/grouped.ts';
import { fulltextQuery } from '../search/search-text.ts';
import type { FactorRow } from '../factors/factor-store.ts';

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
}

export const CLAIM_FIELDS =
  'id: c.id, quote: c.quote, start: c.start, end: c.end, sentence: coalesce(c.sentence, c.quote), gloss: c.gloss, subject: c.subject, ' +
  'time: c.time, kind: c.kind, status: c.status, version: c.version, origin: c.origin, candidate: c.candidate, ' +
  'extractorVersion: c.extractorVersion, documentId: c.documentId';

/** A validated claims filter with the factor already resolved to an id. */
export interface ClaimQuery {
  status?: string[] | undefined;
  factorId?: string | undefined;
  document?: string | undefined;
  attributedTo?: string | undefined;
  source?: string | undefined;
  kind?: string[] | undefined;
  unit?: string | undefined;
  valueMin?: number | undefined;
  valueMax?: number | undefined;
  search?: string | undefined;
  includeDiscarded?: boolean | undefined;
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
function filterClause(q: ClaimQuery): { cypher: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  let match = 'MATCH (c:Claim)';
  if (q.search) {
    match = `CALL db.index.fulltext.queryNodes('search_text_v1', $search) YIELD node, score
WITH node AS c, score WHERE c:Claim`;
    params['search'] = fulltextQuery(q.search);
  }
  if (!q.includeDiscarded) where.push("coalesce(c.candidate, '') <> 'DISCARDED'");
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
  if (q.factorId) {
    where.push('EXISTS { (c)-[:ABOUT]->(:Factor {id: $factorId}) }');
    params['factorId'] = q.factorId;
  }
  if (q.attributedTo) {
    where.push('EXISTS { (c)-[:ATTRIBUTED_TO]->(:Source {id: $attributedTo}) }');
    params['attributedTo'] = q.attributedTo;
  }
  if (q.source) {
    where.push('EXISTS { (c)-[:ATTRIBUTED_TO|SOURCED_FROM]->(:Source {id: $source}) }');
    params['source'] = q.source;
  }
  if (q.unit && !q.search) {
    // Start from the quantity index (unit, value) rather than testing every claim.
    match = `MATCH (q:Quantity {unit: $unit})
WHERE ($valueMin IS NULL OR coalesce(q.upper, q.value) >= $valueMin) AND ($valueMax IS NULL OR q.value <= $valueMax)
MATCH (c:Claim)-[:HAS_QUANTITY]->(q)
WITH DISTINCT c`;
  } else if (q.unit) {
    where.push(`EXISTS { MATCH (c)-[:HAS_QUANTITY]->(q:Quantity) WHERE q.unit = $unit
  AND ($valueMin IS NULL OR coalesce(q.upper, q.value) >= $valueMin)
  AND ($valueMax IS NULL OR q.value <= $valueMax) }`);
  }
  if (q.unit) {
    // A range counts when it overlaps [valueMin, valueMax].
    params['unit'] = q.unit;
    params['valueMin'] = q.valueMin ?? null;
    params['valueMax'] = q.valueMax ?? null;
  }
  // After a full-text CALL or a WITH, conditions continue that clause's WHERE or start one.
  const continues = q.search !== undefined && q.search !== '';
  const joiner = continues ? (where.length ? ' AND ' : '') : where.length ? '\nWHERE ' : '';
  return { cypher: `${match}${joiner}${where.join('\n  AND ')}`, params };
}

/** One page of claims plus one extra row, to tell whether another page follows. */
export async function listClaims(graph: Graph, q: ClaimQuery, first: number, after: Cursor | undefined): Promise<{ rows: (ClaimRow & { score?: number })[]; hasNextPage: boolean }> {
  const { cypher, params } = filterClause(q);
  const scoreOrder = Boolean(q.search);
  const afterClause = after
    ? scoreOrder
      ? 'WITH c, score WHERE score < $afterScore OR (score = $afterScore AND c.id > $afterId)'
      : 'WITH c WHERE c.id > $afterId'
    : '';
  const rows = await graph.rows<{ c: ClaimRow; score: number | null }>(
    'claim.list',
    `${cypher}
${afterClause}
RETURN c {${CLAIM_FIELDS}} AS c, ${scoreOrder ? 'score' : 'null AS score'}
ORDER BY ${scoreOrder ? 'score DESC, ' : ''}c.id
LIMIT toInteger($limit)`,
    { ...params, afterId: after?.id ?? null, afterScore: after?.score ?? null, limit: first + 1 },
  );
  return {
    rows: rows.slice(0, first).map((r) => (r.score === null ? r.c : { ...r.c, score: r.score })),
    hasNextPage: rows.length > first,
  };
}

export async function countClaims(graph: Graph, q: ClaimQuery): Promise<number> {
  const { cypher, params } = filterClause(q);
  const [row] = await graph.rows<{ n: number }>('claim.count', `${cypher}\nRETURN count(c) AS n`, params);
  return row?.n ?? 0;
}

export async function claimsByIds(graph: Graph, ids: readonly string[]): Promise<(ClaimRow | null)[]> {
  const rows = await graph.rows<{ c: ClaimRow }>('claim.byIds', `MATCH (c:Claim) WHERE c.id IN $ids RETURN c {${CLAIM_FIELDS}} AS c`, { ids });
  return byIdsInOrder(ids, rows.map((r) => r.c));
}

export const quantitiesByClaims = (graph: Graph, claimIds: readonly string[]) =>
  grouped<QuantityRow>(
    graph,
    'quantity.byClaims',
    `MATCH (c:Claim)-[:HAS_QUANTITY]->(q:Quantity) WHERE c.id IN $keys
RETURN c.id AS key, q {.id, .surface, .value, .upper, .unit, .qualifier, .date} AS item ORDER BY q.position, q.id`,
    claimIds,
  );

export const factorsByClaims = (graph: Graph, claimIds: readonly string[]) =>
  grouped<FactorRow>(
    graph,
    'factor.byClaims',
    `MATCH (c:Claim)-[:ABOUT]->(f:Factor) WHERE c.id IN $keys
RETURN c.id AS key, f {.id, .name, namesZh: coalesce(f.namesZh, []), aliases: coalesce(f.aliases, []), .description} AS item ORDER BY f.name`,
    claimIds,
  );

export const claimsByFactors = (graph: Graph, factorIds: readonly string[]) =>
  grouped<ClaimRow>(
    graph,
    'claim.byFactors',
    `MATCH (c:Claim)-[:ABOUT]->(f:Factor) WHERE f.id IN $keys RETURN f.id AS key, c {${CLAIM_FIELDS}} AS item ORDER BY c.id`,
    factorIds,
  );

export const claimsByDocuments = (graph: Graph, documentIds: readonly string[]) =>
  grouped<ClaimRow>(
    graph,
    'claim.byDocuments',
    `MATCH (c:Claim) WHERE c.documentId IN $keys RETURN c.documentId AS key, c {${CLAIM_FIELDS}} AS item ORDER BY c.start, c.id`,
    documentIds,
  );

export const claimsBySources = (graph: Graph, sourceIds: readonly string[]) =>
  grouped<ClaimRow>(
    graph,
    'claim.bySources',
    `MATCH (c:Claim)-[:ATTRIBUTED_TO]->(s:Source) WHERE s.id IN $keys RETURN s.id AS key, c {${CLAIM_FIELDS}} AS item ORDER BY c.id`,
    sourceIds,
  );

/** The claims supporting each causal link. */
export const supportingClaimsByLinks = (graph: Graph, linkIds: readonly string[]) =>
  grouped<ClaimRow>(
    graph,
    'claim.supportingLinks',
    `MATCH (l:CausalLink)-[:SUPPORTED_BY]->(c:Claim) WHERE l.id IN $keys RETURN l.id AS key, c {${CLAIM_FIELDS}} AS item ORDER BY c.id`,
    linkIds,
  );
