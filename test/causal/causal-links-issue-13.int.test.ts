import { describe, expect, it } from 'vitest';
import { loadCausalFixture } from '../support/fixtures.ts';
import { uniquePrefix } from '../support/graph.ts';
import { inProcessApi } from '../support/in-process-api.ts';
import { errorCodes, gql } from '../support/server.ts';

// Issue 13: causal links listed and filtered at the top level, like claims.
const { graph, server } = inProcessApi();

type Page = { causalLinks: { totalCount: number; edges: { cursor: string; node: { id: string; polarity: string; status: string; from: { id: string }; to: { id: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const LIST = `query($f: CausalLinkFilter, $first: Int, $after: String) { causalLinks(filter: $f, first: $first, after: $after) {
  totalCount edges { cursor node { id polarity status from { id } to { id } } } pageInfo { hasNextPage endCursor } } }`;

describe('causalLinks', () => {
  it('filters by factor, direction, polarity and status, and pages by cursor', async () => {
    const p = uniquePrefix('links');
    const f = (n: string) => `${p}-${n}`;
    await loadCausalFixture(
      graph,
      ['a', 'b', 'c'].map((n) => ({ id: f(n), name: `${p} ${n}`, aliases: [`${p}-別名-${n}`] })),
      [
        { id: f('l1'), from: f('a'), to: f('b') },
        { id: f('l2'), from: f('b'), to: f('c'), polarity: 'DECREASES' },
        { id: f('l3'), from: f('a'), to: f('c'), status: 'VERIFIED' },
      ],
    );
    const ids = async (filter: Record<string, unknown>) => {
      const r = await gql<Page>(server, LIST, { f: filter, first: 200 });
      expect(r.errors).toBeUndefined();
      expect(r.data!.causalLinks.totalCount).toBe(r.data!.causalLinks.edges.length);
      return r.data!.causalLinks.edges.map((e) => e.node.id);
    };
    expect(await ids({ factor: f('a') })).toEqual([f('l1'), f('l3')]);
    expect(await ids({ from: `${p}-別名-a`, to: f('c') })).toEqual([f('l3')]);
    expect(await ids({ factor: f('c'), polarity: 'DECREASES' })).toEqual([f('l2')]);
    expect(await ids({ factor: f('c'), status: ['VERIFIED'] })).toEqual([f('l3')]);
    expect(await ids({ factor: f('c'), reviewQueue: true })).toEqual([f('l2')]);

    const first = await gql<Page>(server, LIST, { f: { factor: f('a') }, first: 1 });
    expect(first.data!.causalLinks.pageInfo.hasNextPage).toBe(true);
    const second = await gql<Page>(server, LIST, { f: { factor: f('a') }, first: 1, after: first.data!.causalLinks.pageInfo.endCursor });
    expect(second.data!.causalLinks.edges.map((e) => e.node.id)).toEqual([f('l3')]);
    expect(second.data!.causalLinks.pageInfo.hasNextPage).toBe(false);
  });

  it('lists the seed document’s links as the document does, and refuses bad input with stable codes', async () => {
    const doc = await gql<{ document: { causalLinks: { id: string }[] } }>(server, `{ document(id: "doc-e9186e0b") { causalLinks { id } } }`);
    const r = await gql<Page>(server, LIST, { f: { document: 'doc-e9186e0b' }, first: 200 });
    expect(r.data!.causalLinks.edges.map((e) => e.node.id).sort()).toEqual(doc.data!.document.causalLinks.map((l) => l.id).sort());
    expect(errorCodes(await gql(server, LIST, { f: { factor: 'no such factor at all' } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(server, LIST, { after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(server, LIST, { first: 0 }))).toEqual(['BAD_USER_INPUT']);
  });
});
