import type { Graph } from '../graph/graph.ts';
import { modelObservations } from '../scenarios/series-source.ts';
import { identityRecord } from './identity-record.ts';
import { IDENTITY_FACTORS, jointFindings, type JointFinding } from './joint-check.ts';
import { figuresOf } from './relation-store.ts';

/**
 * The joint findings of the graph's claims against the balance-sheet identity, largest miss first; with `documentId`,
 * only the sets holding a figure of that document. Computed on request: the claims and the record are read, the pure
 * check runs (src/matching/joint-check.ts).
 */
export async function findJointFindings(graph: Graph, documentId?: string): Promise<JointFinding[]> {
  const figures = await figuresOf(graph, Object.values(IDENTITY_FACTORS));
  if (!figures.length) return [];
  const { observations } = await modelObservations(graph);
  const found = jointFindings(figures, identityRecord(observations));
  return found.filter((f) => !documentId || f.terms.some((t) => t.figure?.documentId === documentId || t.alsoStatedBy.some((x) => x.documentId === documentId))).sort((a, b) => b.excess - a.excess || (a.id < b.id ? -1 : 1));
}
