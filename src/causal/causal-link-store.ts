import type { Graph } from '../graph/graph.ts';
import { byIdsInOrder, grouped } from '../graph/grouped.ts';

export interface CausalLinkRow {
  id: string;
  fromId: string;
  toId: string;
  polarity: 'INCREASES' | 'DECREASES';
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

export async function linksByIds(graph: Graph, ids: readonly string[]): Promise<(CausalLinkRow | null)[]> {
  const rows = await graph.rows<{ l: CausalLinkRow }>(
    'causalLink.byIds',
    `MATCH ${LINK_MATCH} WHERE l.id IN $ids RETURN l {${LINK_FIELDS}} AS l`,
    { ids },
  );
  return byIdsInOrder(ids, rows.map((r) => r.l));
}

export const outgoingByFactors = (graph: Graph, factorIds: readonly string[]) =>
  grouped<CausalLinkRow>(
    graph,
    'causalLink.outgoingByFactors',
    `MATCH ${LINK_MATCH} WHERE a.id IN $keys RETURN a.id AS key, l {${LINK_FIELDS}} AS item ORDER BY l.id`,
    factorIds,
  );

export const incomingByFactors = (graph: Graph, factorIds: readonly string[]) =>
  grouped<CausalLinkRow>(
    graph,
    'causalLink.incomingByFactors',
    `MATCH ${LINK_MATCH} WHERE b.id IN $keys RETURN b.id AS key, l {${LINK_FIELDS}} AS item ORDER BY l.id`,
    factorIds,
  );

export const linksByDocuments = (graph: Graph, documentIds: readonly string[]) =>
  grouped<CausalLinkRow>(
    graph,
    'causalLink.byDocuments',
    `MATCH ${LINK_MATCH} WHERE l.documentId IN $keys RETURN l.documentId AS key, l {${LINK_FIELDS}} AS item ORDER BY l.start`,
    documentIds,
  );

/** The causal links each claim supports. */
export const supportedLinksByClaims = (graph: Graph, claimIds: readonly string[]) =>
  grouped<CausalLinkRow>(
    graph,
    'causalLink.supportedByClaims',
    `MATCH ${LINK_MATCH}, (l)-[:SUPPORTED_BY]->(c:Claim) WHERE c.id IN $keys RETURN c.id AS key, l {${LINK_FIELDS}} AS item ORDER BY l.id`,
    claimIds,
  );
