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

/** Neo4j's own count of what a statement wrote, summed over the load's write transactions. */
async function loadCountingWrites(p: LoadPlan): Promise<{ writes: number; statements: number }> {
  let writes = 0;
  let statements = 0;
  const counting = new Proxy(graph, {
    get(target, key, receiver) {
      if (key !== 'write') return Reflect.get(target, key, receiver);
      return (name: string, work: (tx: Parameters<Parameters<typeof graph.write>[1]>[0]) => Promise<unknown>) =>
        target.write(name, async (tx) => {
          statements++;
          const result = await work({
            raw: tx.raw,
            rows: async (n, cypher, params) => {
              const r = await tx.raw.run(`// ${n}\n${cypher}`, params);
              const u = r.summary.counters.updates();
              writes += Object.values(u).reduce((a, b) => a + b, 0);
              return r.records.map((x) => x.toObject()) as never;
            },
          });
          return result;
        });
    },
  });
  await bulkLoad(counting, p);
  return { writes, statements };
}

describe('bulkLoad re-load checks the graph, not a record of the last load (issue 14)', () => {
  const reviewed = (p: string) => ({
    ...plan(p, 'a', { description: 'first' }, 'INCREASES'),
    relationships: [
      ...plan(p, 'a', { description: 'first' }, 'INCREASES').relationships,
      { type: 'CAUSES' as const, fromLabel: 'Factor' as const, toLabel: 'Factor' as const, rows: [{ from: `${p}-b`, to: `${p}-a`, key: { linkId: `${p}-back` }, props: { polarity: 'DECREASES' }, onCreate: { status: 'UNREVIEWED' } }] },
    ],
  });

  it('re-loading unchanged data runs no write transaction at all', async () => {
    const p = uniquePrefix('reload-none');
    const first = await loadCountingWrites(reviewed(p));
    expect(first.writes).toBeGreaterThan(0);
    expect(await loadCountingWrites(reviewed(p))).toEqual({ writes: 0, statements: 0 });
  });

  it('writes back a property edited in the graph since the last load, and keeps onCreate state', async () => {
    const p = uniquePrefix('reload-edit');
    await bulkLoad(graph, reviewed(p));
    await graph.write('test.reload.edit', (tx) =>
      tx.rows('test.reload.edit', 'MATCH (f:Factor {id: $id}) SET f.name = $name, f.version = 5 REMOVE f.description WITH f MATCH ()-[c:CAUSES {linkId: $link}]->() SET c.polarity = $name', { id: `${p}-a`, name: 'edited', link: `${p}-back` }),
    );
    const again = await loadCountingWrites(reviewed(p));
    expect(again.statements).toBe(2);
    const [after] = await graph.rows<{ a: Record<string, unknown>; back: string; status: string }>(
      'test.reload.edited',
      'MATCH (a:Factor {id: $a}) MATCH ()-[c:CAUSES {linkId: $link}]->() RETURN properties(a) AS a, c.polarity AS back, c.status AS status',
      { a: `${p}-a`, link: `${p}-back` },
    );
    expect(after?.a).toMatchObject({ name: 'a', description: 'first', version: 5 });
    expect(after).toMatchObject({ back: 'DECREASES', status: 'UNREVIEWED' });
  });

  it('recreates a node and relationships deleted since the last load, with their onCreate state', async () => {
    const p = uniquePrefix('reload-delete');
    await bulkLoad(graph, reviewed(p));
    await graph.write('test.reload.delete', (tx) => tx.rows('test.reload.delete', 'MATCH (b:Factor {id: $id}) DETACH DELETE b', { id: `${p}-b` }));
    await bulkLoad(graph, reviewed(p));
    const [after] = await graph.rows<{ b: Record<string, unknown>; links: string[]; status: string | null }>(
      'test.reload.deleted',
      'MATCH (b:Factor {id: $b}) OPTIONAL MATCH (b)-[c:CAUSES]-(:Factor {id: $a}) WITH b, collect(c) AS cs RETURN properties(b) AS b, [c IN cs | c.linkId] AS links, [c IN cs WHERE c.linkId = $back][0].status AS status',
      { a: `${p}-a`, b: `${p}-b`, back: `${p}-back` },
    );
    expect(after?.b).toMatchObject({ name: 'b', aliases: ['B'] });
    expect(after?.links.sort()).toEqual([`${p}-back`, `${p}-l`].sort());
    expect(after?.status).toBe('UNREVIEWED');
  });

  it('recreates one deleted relationship among unchanged ones, and fails on a row naming a missing node', async () => {
    const p = uniquePrefix('reload-rel');
    await bulkLoad(graph, reviewed(p));
    await graph.write('test.reload.delrel', (tx) => tx.rows('test.reload.delrel', 'MATCH ()-[c:CAUSES {linkId: $link}]->() DELETE c', { link: `${p}-l` }));
    const again = await loadCountingWrites(reviewed(p));
    expect(again.statements).toBe(1);
    expect(await read(p)).toMatchObject([{ polarity: 'INCREASES', rels: 1 }]);
    const dangling = { nodes: [], relationships: [{ type: 'CAUSES' as const, fromLabel: 'Factor' as const, toLabel: 'Factor' as const, rows: [{ from: `${p}-a`, to: `${p}-nowhere`, key: { linkId: `${p}-x` } }] }] };
    await expect(bulkLoad(graph, dangling)).rejects.toThrow(/does not exist/);
  });
});
