import type { Graph } from '../graph/graph.ts';
import { byIdsInOrder, grouped } from '../graph/grouped.ts';
import { fromValues, valueList } from '../graph/projection.ts';
import type { Polarity } from '../vocabulary.ts';

export interface CausalLinkRow {
  id: string;
  fromId: string;
  toId: string;
  polarity: Polarity;
  polarityStated: boolean;
  quote: string;
  start: number;
  end: number;
  gloss: string | null;
  status: string;
  version: number;
  origin: string;
  candidate: string | null;
  documentId: string;
}

/** The projection every CausalLink query returns; `l` is the link, `a`/`b` its factors. */
export const LINK_FIELDS =
  'id: l.id, fromId: a.id, toId: b.id, polarity: l.polarity, polarityStated: coalesce(l.polarityStated, true), quote: l.quote, start: l.start, end: l.end, gloss: l.gloss, ' +
  'status: l.status, version: l.version, origin: l.origin, candidate: l.candidate, documentId: l.documentId';

const LINK_MATCH = '(a:Factor)<-[:FROM]-(l:CausalLink)-[:TO]->(b:Factor)';
/** The loaders' rows, sent as lists of values (src/graph/projection.ts). */
const LINK_ITEM = valueList('l', LINK_FIELDS);

export async function linksByIds(graph: Graph, ids: readonly string[]): Promise<(CausalLinkRow | null)[]> {
  const rows = await graph.rows<{ l: unknown[] }>(
    'causalLink.byIds',
    `MATCH ${LINK_MATCH} WHERE l.id IN $ids RETURN ${LINK_ITEM.cypher} AS l`,
    { ids },
  );
  return byIdsInOrder(ids, rows.map((r) => fromValues<CausalLinkRow>(LINK_ITEM.keys, r.l)));
}

export const outgoingByFactors = (graph: Graph, factorIds: readonly string[]) =>
  grouped<CausalLinkRow>(
    graph,
    'causalLink.outgoingByFactors',
    `MATCH ${LINK_MATCH} WHERE a.id IN $keys RETURN a.id AS key, ${LINK_ITEM.cypher} AS item ORDER BY l.id`,
    factorIds,
    LINK_ITEM.keys,
  );

export const incomingByFactors = (graph: Graph, factorIds: readonly string[]) =>
  grouped<CausalLinkRow>(
    graph,
    'causalLink.incomingByFactors',
    `MATCH ${LINK_MATCH} WHERE b.id IN $keys RETURN b.id AS key, ${LINK_ITEM.cypher} AS item ORDER BY l.id`,
    factorIds,
    LINK_ITEM.keys,
  );

export const linksByDocuments = (graph: Graph, documentIds: readonly string[]) =>
  grouped<CausalLinkRow>(
    graph,
    'causalLink.byDocuments',
    // A link this document asserts is listed too when its passage was merged into a link first asserted elsewhere.
    `CALL () {
  MATCH (l:CausalLink) WHERE l.documentId IN $keys RETURN l.documentId AS key, l, l.start AS at
  UNION
  MATCH (x:LinkAssertion)<-[:ASSERTED_BY]-(l:CausalLink) WHERE x.documentId IN $keys RETURN x.documentId AS key, l, x.start AS at
}
WITH key, l, min(at) AS at
MATCH ${LINK_MATCH}
RETURN key, ${LINK_ITEM.cypher} AS item ORDER BY at`,
    documentIds,
    LINK_ITEM.keys,
  );

/** The causal links each claim supports. */
export const supportedLinksByClaims = (graph: Graph, claimIds: readonly string[]) =>
  grouped<CausalLinkRow>(
    graph,
    'causalLink.supportedByClaims',
    `MATCH ${LINK_MATCH}, (l)-[:SUPPORTED_BY]->(c:Claim) WHERE c.id IN $keys RETURN c.id AS key, ${LINK_ITEM.cypher} AS item ORDER BY l.id`,
    claimIds,
    LINK_ITEM.keys,
  );

/** A validated causal-links filter, factors already resolved to ids. */
export interface CausalLinkQuery {
  status?: string[] | undefined;
  polarity?: string | undefined;
  fromId?: string | undefined;
  toId?: string | undefined;
  factorId?: string | undefined;
  document?: string | undefined;
  reviewQueue?: boolean | undefined;
  includeDiscarded?: boolean | undefined;
}

/** The WHERE for a links filter: fixed fragments, every value a parameter. */
function linkWhere(q: CausalLinkQuery): { where: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (!q.includeDiscarded) where.push("coalesce(l.candidate, '') <> 'DISCARDED'");
  if (q.status?.length) {
    where.push('l.status IN $status');
    params['status'] = q.status;
  }
  if (q.polarity) {
    where.push('l.polarity = $polarity');
    params['polarity'] = q.polarity;
  }
  if (q.fromId) {
    where.push('a.id = $fromId');
    params['fromId'] = q.fromId;
  }
  if (q.toId) {
    where.push('b.id = $toId');
    params['toId'] = q.toId;
  }
  if (q.factorId) {
    where.push('(a.id = $factorId OR b.id = $factorId)');
    params['factorId'] = q.factorId;
  }
  if (q.document) {
    where.push('l.documentId = $document');
    params['document'] = q.document;
  }
  if (q.reviewQueue) where.push("(l.candidate = 'PENDING' OR l.status IN ['UNREVIEWED', 'IN_REVIEW'])");
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** One page of causal links in id order, after `afterId`; one row more than asked tells whether more follow. */
export async function listLinks(graph: Graph, q: CausalLinkQuery, first: number, afterId?: string): Promise<{ rows: CausalLinkRow[]; hasNextPage: boolean }> {
  const { where, params } = linkWhere(q);
  const rows = await graph.rows<{ l: CausalLinkRow }>(
    'causalLink.list',
    `MATCH ${LINK_MATCH}
${where}
WITH a, l, b WHERE $afterId IS NULL OR l.id > $afterId
RETURN l {${LINK_FIELDS}} AS l ORDER BY l.id LIMIT toInteger($limit)`,
    { ...params, afterId: afterId ?? null, limit: first + 1 },
  );
  return { rows: rows.slice(0, first).map((r) => r.l), hasNextPage: rows.length > first };
}

export async function countLinks(graph: Graph, q: CausalLinkQuery): Promise<number> {
  const { where, params } = linkWhere(q);
  const [row] = await graph.rows<{ n: number }>('causalLink.count', `MATCH ${LINK_MATCH}\n${where}\nRETURN count(l) AS n`, params);
  return row?.n ?? 0;
}
