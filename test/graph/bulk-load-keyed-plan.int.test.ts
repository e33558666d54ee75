import { afterAll, describe, expect, it } from 'vitest';
import { bulkLoad, relationshipWrite, type LoadPlan, type RelBatch, type RelationshipType } from '../../src/graph/bulk-load.ts';
import { testGraph, uniquePrefix, uniqueWord } from '../support/graph.ts';

const graph = testGraph();
afterAll(() => graph.close());

/** The operators of a statement's plan, planned now (`replan=force`: not a plan cached under older statistics). */
async function operators(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const session = graph.driver.session();
  try {
    const result = await session.run(`CYPHER replan=force EXPLAIN ${cypher}`, params);
    const out: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      out.push(p.operatorType.replace(/@.*$/, ''));
      p.children.forEach((c) => walk(c as typeof p));
    };
    walk(result.summary.plan as never);
    return out;
  } finally {
    await session.close();
  }
}

const factors = (p: string, n: number): LoadPlan => ({
  nodes: [{ label: 'Factor', rows: Array.from({ length: n }, (_, i) => ({ id: `${p}-f${i}`, props: { name: `${p} ${i}`, namesZh: [], aliases: [] } })) }],
  relationships: [],
});

const links = (p: string, type: string, from: number, to: number, polarity = 'INCREASES'): RelBatch => ({
  type: type as RelationshipType,
  fromLabel: 'Factor',
  toLabel: 'Factor',
  rows: Array.from({ length: to - from }, (_, k) => {
    const i = from + k;
    // Two parallel links between the same factors for every other row: the key tells them apart.
    return { from: `${p}-f${Math.floor(i / 2)}`, to: `${p}-f${Math.floor(i / 2) + 1}`, key: { linkId: `${p}-l${i}` }, props: { polarity }, onCreate: { status: 'UNREVIEWED' } };
  }),
});

const RELATIONSHIP_LOOKUPS = /RelationshipIndex|RelationshipTypeScan|AllRelationshipsScan/;

describe('bulkLoad of keyed relationships (a CAUSES batch of 5,000 at 1M claims took 244 s on a plan made before the index was sampled)', () => {
  it('finds an existing keyed relationship by expanding between its two ends, on a type with no relationships yet and after its first batch', async () => {
    // A relationship type of this test alone with its own linkId index, as CAUSES has: its statistics start empty.
    const type = `TEST_KEYED_${uniqueWord().toUpperCase()}`;
    const p = uniquePrefix('keyed');
    const index = `test_keyed_${type.toLowerCase()}`;
    const schema = async (cypher: string) => {
      const session = graph.driver.session();
      try {
        await session.run(cypher);
        await session.run('CALL db.awaitIndexes(60)');
      } finally {
        await session.close();
      }
    };
    await schema(`CREATE INDEX ${index} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.linkId)`);
    try {
      await bulkLoad(graph, factors(p, 12));
      const first = links(p, type, 0, 10);
      const statement = relationshipWrite(first);
      const planned = await operators(statement, { rows: first.rows });
      expect(planned.filter((o) => RELATIONSHIP_LOOKUPS.test(o))).toEqual([]);
      expect(planned).toContain('Expand(Into)');

      const write = (batch: RelBatch) => graph.write('test.keyed', (tx) => tx.rows<{ merged: number }>('test.keyed', relationshipWrite(batch), { rows: batch.rows }));
      expect(await write(first)).toEqual([{ merged: 10 }]);
      // Planned again right after the batch landed (the index not sampled yet): still the expansion.
      const again = await operators(statement, { rows: first.rows });
      expect(again.filter((o) => RELATIONSHIP_LOOKUPS.test(o))).toEqual([]);

      // The same ten again (with a new polarity) and ten more: each key once, the old ones updated, onCreate kept.
      const second = links(p, type, 0, 20, 'DECREASES');
      expect(await write(second)).toEqual([{ merged: 20 }]);
      const rows = await graph.rows<{ n: number; keys: number; polarities: string[]; statuses: string[] }>(
        'test.keyed.read',
        `MATCH (a:Factor)-[r:${type}]->(:Factor) WHERE a.id STARTS WITH $p
RETURN count(r) AS n, count(DISTINCT r.linkId) AS keys, collect(DISTINCT r.polarity) AS polarities, collect(DISTINCT r.status) AS statuses`,
        { p: `${p}-` },
      );
      expect(rows).toEqual([{ n: 20, keys: 20, polarities: ['DECREASES'], statuses: ['UNREVIEWED'] }]);
      // Nothing of the lock is left on the ends.
      const [locks] = await graph.rows<{ n: number }>('test.keyed.locks', 'MATCH (f:Factor) WHERE f.id STARTS WITH $p AND f._LOCK_ IS NOT NULL RETURN count(f) AS n', { p: `${p}-` });
      expect(locks?.n).toBe(0);
    } finally {
      await graph.write('test.keyed.clean', (tx) => tx.rows('test.keyed.clean', 'MATCH (f:Factor) WHERE f.id STARTS WITH $p DETACH DELETE f', { p: `${p}-` }));
      await schema(`DROP INDEX ${index} IF EXISTS`);
    }
  });

  it('makes each keyed relationship once when two loads of the same rows run at once', async () => {
    const p = uniquePrefix('keyed-twice');
    await bulkLoad(graph, factors(p, 21));
    const plan: LoadPlan = { nodes: [], relationships: [links(p, 'CAUSES', 0, 40)] };
    await Promise.all([bulkLoad(graph, plan, { batchSize: 10 }), bulkLoad(graph, plan, { batchSize: 10 })]);
    const [row] = await graph.rows<{ n: number; keys: number }>(
      'test.keyed.twice',
      'MATCH (a:Factor)-[r:CAUSES]->(:Factor) WHERE a.id STARTS WITH $p RETURN count(r) AS n, count(DISTINCT r.linkId) AS keys',
      { p: `${p}-` },
    );
    expect(row).toEqual({ n: 40, keys: 40 });
    await graph.write('test.keyed.clean', (tx) => tx.rows('test.keyed.clean', 'MATCH (f:Factor) WHERE f.id STARTS WITH $p DETACH DELETE f', { p: `${p}-` }));
  });
});
