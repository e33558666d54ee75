import type { Graph } from '../graph/graph.ts';
import { grouped } from '../graph/grouped.ts';

export interface ScoredClaim {
  id: string;
  status: string;
}

/** A document's claims (discarded candidates left out), for its scorecard. */
export const claimStatusesByDocuments = (graph: Graph, documentIds: readonly string[]) =>
  grouped<ScoredClaim>(
    graph,
    'scorecard.byDocuments',
    `MATCH (c:Claim) WHERE c.documentId IN $keys AND coalesce(c.candidate, '') <> 'DISCARDED'
RETURN c.documentId AS key, c {.id, .status} AS item ORDER BY c.id`,
    documentIds,
  );

/** A source's claims: those taken from it (a document's own source) or attributed to it (a person, an institution). */
export const claimStatusesBySources = (graph: Graph, sourceIds: readonly string[]) =>
  grouped<ScoredClaim>(
    graph,
    'scorecard.bySources',
    `MATCH (c:Claim)-[:SOURCED_FROM|ATTRIBUTED_TO]->(s:Source) WHERE s.id IN $keys AND coalesce(c.candidate, '') <> 'DISCARDED'
RETURN DISTINCT s.id AS key, c {.id, .status} AS item ORDER BY key, item.id`,
    sourceIds,
  );
