import type { Graph } from '../../src/graph/graph.ts';

/**
 * Runs `fn` while a CAUSES hop from `from` to `to` carries a link that is no longer a CausalLink — the state a trace
 * can read beside a concurrent fold, which relabels the folded link (CausalLink → LinkAssertion) and drops its hop:
 * under read committed the trace may walk the hop and then find no link. Made directly, and undone after.
 */
export async function withFoldedHop(graph: Graph, hop: { from: string; to: string; ghost: string; survivor: string; status: string }, fn: () => Promise<void>): Promise<void> {
  await graph.write('test.foldedHop', (tx) =>
    tx.rows(
      'test.foldedHop',
      `MATCH (a:Factor {id: $from}), (d:Factor {id: $to})
CREATE (a)-[:CAUSES {linkId: $ghost, polarity: 'INCREASES', status: $status}]->(d)
CREATE (:LinkAssertion {id: $ghost, linkId: $survivor})`,
      hop,
    ),
  );
  try {
    await fn();
  } finally {
    const undo = 'MATCH ()-[r:CAUSES {linkId: $ghost}]->() DELETE r WITH count(*) AS n MATCH (y:LinkAssertion {id: $ghost}) DELETE y';
    await graph.write('test.foldedHop.undo', (tx) => tx.rows('test.foldedHop.undo', undo, { ghost: hop.ghost }));
  }
}
