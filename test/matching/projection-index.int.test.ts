import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { testGraph } from '../support/graph.ts';

// A relation's RELATED edge (and a causal link's CAUSES edge) is found by the id of what it projects whenever the
// relation is saved, decided or removed. With no index on `linkId` each such look-up read every RELATED edge of the
// graph: one ingest's matching.save (hundreds of look-ups) grew with the graph until it hit the query timeout on the
// shared CI graph (2026-12-07, "The query took too long and was cancelled (matching.save)").
const graph = testGraph();
afterAll(() => graph.close());

type PlanNode = { operatorType: string; children: PlanNode[] };
const operators = (p: PlanNode): string[] => [p.operatorType, ...p.children.flatMap(operators)];

async function planOf(cypher: string): Promise<string[]> {
  const session = graph.driver.session({ database: inject('neo4j').database });
  try {
    const result = await session.run(`EXPLAIN ${cypher}`, { id: 'rel-none' });
    return operators(result.summary.plan as unknown as PlanNode);
  } finally {
    await session.close();
  }
}

describe('projection edges are found by index', () => {
  it.each([
    ['RELATED', 'MATCH (:Claim)-[p:RELATED {linkId: $id}]->(:Claim) RETURN p'],
    ['CAUSES', 'MATCH (:Factor)-[p:CAUSES {linkId: $id}]->(:Factor) RETURN p'],
  ])('%s {linkId} is a relationship index seek, not a scan of every edge', async (_type, cypher) => {
    const ops = await planOf(cypher);
    expect(ops.some((o) => /RelationshipIndexSeek/.test(o)), ops.join(' > ')).toBe(true);
    expect(ops.some((o) => /AllNodesScan|NodeByLabelScan|RelationshipTypeScan/.test(o)), ops.join(' > ')).toBe(false);
  });
});
