import { afterAll, describe, expect, it } from 'vitest';
import { bulkLoad, type LoadPlan } from '../../src/graph/bulk-load.ts';
import { testGraph, uniquePrefix } from '../support/graph.ts';

const graph = testGraph();
afterAll(() => graph.close());

const plan = (p: string, name: string, extra: Record<string, unknown>, polarity: string): LoadPlan => ({
  nodes: [
    {
      label: 'Factor',
      rows: [
        { id: `${p}-a`, props: { name, namesZh: ['甲'], aliases: [], ...extra }, onCreate: { version: 1 } },
        { id: `${p}-b`, props: { name: 'b', namesZh: [], aliases: ['B'] } },
      ],
    },
  ],
  relationships: [{ type: 'CAUSES', fromLabel: 'Factor', toLabel: 'Factor', rows: [{ from: `${p}-a`, to: `${p}-b`, key: { linkId: `${p}-l` }, props: { polarity } }] }],
});

const read = (p: string) =>
  graph.rows<{ a: Record<string, unknown>; polarity: string; rels: number }>(
    'test.reload',
    'MATCH (a:Factor {id: $a})-[r:CAUSES]->(:Factor {id: $b}) RETURN properties(a) AS a, r.polarity AS polarity, count(r) AS rels',
    { a: `${p}-a`, b: `${p}-b` },
  );

describe('bulkLoad re-load (issue 14: unchanged rows are not rewritten)', () => {
  it('leaves unchanged data as it was, and still writes what changed, removes what became null, keeps onCreate state', async () => {
    const p = uniquePrefix('reload');
    await bulkLoad(graph, plan(p, 'a', { description: 'first' }, 'INCREASES'));
    await graph.write('test.reload.version', (tx) => tx.rows('test.reload.version', 'MATCH (f:Factor {id: $id}) SET f.version = 7', { id: `${p}-a` }));
    const before = await read(p);
    await bulkLoad(graph, plan(p, 'a', { description: 'first' }, 'INCREASES'));
    expect(await read(p)).toEqual(before);
    await bulkLoad(graph, plan(p, 'a renamed', { description: null }, 'DECREASES'));
    const [after] = await read(p);
    expect(after).toMatchObject({ polarity: 'DECREASES', rels: 1 });
    expect(after?.a).toMatchObject({ name: 'a renamed', namesZh: ['甲'], version: 7 });
    expect(after?.a).not.toHaveProperty('description');
  });
});
