import { afterAll, describe, expect, it } from 'vitest';
import { DROPPED, MIGRATIONS, migrate } from '../../src/graph/migrations.ts';
import { silentLogger } from '../../src/log.ts';
import { claimSearchKey, fulltextQuery, SEARCH_INDEX, searchText } from '../../src/search/search-text.ts';
import { testGraph, uniquePrefix } from '../support/graph.ts';

const graph = testGraph();
afterAll(() => graph.close());

describe('schema migrations', () => {
  it('are idempotent: running them again changes nothing', async () => {
    const schema = async () => {
      const constraints = await graph.rows<{ name: string }>('test.constraints', 'SHOW CONSTRAINTS YIELD name RETURN name');
      const indexes = await graph.rows<{ name: string; state: string }>('test.indexes', 'SHOW INDEXES YIELD name, state RETURN name, state');
      return { names: [...constraints, ...indexes].map((r) => r.name).sort(), states: indexes.map((i) => i.state) };
    };
    const before = await schema();
    await migrate(graph, silentLogger);
    const after = await schema();
    expect(after.names).toEqual(before.names);
    for (const m of MIGRATIONS) expect(after.names).toContain(m.name);
    expect(new Set(after.states)).toEqual(new Set(['ONLINE']));
  });

  it('give claims written before search keys existed their key, and drop the index the new one replaces', async () => {
    const id = uniquePrefix('nokey');
    await graph.write('test.create', (tx) => tx.rows('test.create', "CREATE (:Claim {id: $id, searchText: 'x'})", { id }));
    await migrate(graph, silentLogger);
    const [row] = await graph.rows<{ key: string | null }>('test.key', 'MATCH (c:Claim {id: $id}) RETURN c.searchKey AS key', { id });
    expect(row?.key).toBe(claimSearchKey(id));
    const indexes = (await graph.rows<{ name: string }>('test.indexes', 'SHOW INDEXES YIELD name RETURN name')).map((r) => r.name);
    for (const name of DROPPED) expect(indexes).not.toContain(name);
    expect(indexes).toContain(SEARCH_INDEX);
  });

  it('make ids unique', async () => {
    const id = uniquePrefix('dup');
    await graph.write('test.create', (tx) => tx.rows('test.create', 'CREATE (:Claim {id: $id})', { id }));
    await expect(graph.write('test.create', (tx) => tx.rows('test.create', 'CREATE (:Claim {id: $id})', { id }))).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
  });

  it('index claim text with the CJK analyzer: a 2-character Chinese term and an English word both match', async () => {
    const id = uniquePrefix('fts');
    const text = searchText(['聯邦政府停擺導致萬億財政存款凍結', 'The federal shutdown froze a trillion in fiscal deposits']);
    await graph.write('test.fts', (tx) => tx.rows('test.fts', 'CREATE (:Claim {id: $id, searchText: $text})', { id, text }));
    const hits = async (q: string) =>
      (
        await graph.rows<{ id: string }>(
          'test.fts.query',
          `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $q) YIELD node RETURN node.id AS id`,
          { q: fulltextQuery(q) },
        )
      ).map((r) => r.id);
    expect(await hits('停擺')).toContain(id);
    expect(await hits('停摆')).toContain(id); // Simplified finds the Traditional text
    expect(await hits('shutdown')).toContain(id);
    expect(await hits('Shutdown')).toContain(id);
    expect(await hits('停電')).not.toContain(id);
  });
});
