import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.ts';
import { testGraph, testToken, uniquePrefix } from '../support/graph.ts';
import { gql, testServer } from '../support/server.ts';

// Issue 19, recall pass of the ninth session (docs/matching.md, "Recall pass (ninth session)"): a level reached at a
// round line ("the debt hit $37 trillion") reports that line's crossing, through the product's own ingest, in either
// order — ingest fetches such reports as it fetches lines crossed, so it finds what `claimgraph match` finds.
let graph: Graph;
let server: ReturnType<typeof testServer>;
let token: string;
/** Letters only, so the nonce that makes each run's texts new holds no number the extractor would read. */
const nonce = uniquePrefix('l').replace(/[^a-z]/g, '') + uniquePrefix('r').slice(-8).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] as string);

interface Related {
  kind: string;
  why: string;
  other: { document: { id: string } };
  earlierQuantity: { surface: string };
  laterQuantity: { surface: string };
}
interface Doc {
  id: string;
  claims: { quantities: { surface: string }[]; related: Related[] }[];
}
const RELATED = 'kind why other { document { id } } earlierQuantity { surface } laterQuantity { surface }';

async function ingest(text: string, lang: string, published: string | null): Promise<Doc> {
  const r = await gql<{ ingestDocument: { document: Doc } }>(
    server,
    `mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { document { id claims { quantities { surface } related { ${RELATED} } } } } }`,
    { i: { text: `${text}\n\nFiled by ${nonce}.`, lang, ...(published ? { published } : {}) } },
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.ingestDocument.document;
}

async function between(a: Doc, surface: string, b: Doc): Promise<Related[]> {
  const r = await gql<{ claims: { edges: { node: Doc['claims'][number] }[] } }>(
    server,
    `query($d: ID!) { claims(filter: { document: $d }, first: 100) { edges { node { quantities { surface } related { ${RELATED} } } } } }`,
    { d: a.id },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.claims.edges
    .map((e) => e.node)
    .filter((c) => c.quantities.some((q) => q.surface === surface))
    .flatMap((c) => c.related)
    .filter((x) => x.other.document.id === b.id && (x.earlierQuantity.surface === surface || x.laterQuantity.surface === surface));
}

const hit = (tail: string) => `The US gross national debt hit $37 trillion, the Treasury said. ${tail}`;
const crossed = (tail: string) => `美國國債規模已經突破 37 兆美元，有史以來首次突破這個門檻。${tail}`;
let dated: Doc;
let undated: Doc;

beforeAll(async () => {
  graph = testGraph();
  server = testServer(graph);
  token = await testToken(graph);
  // The crossing first, the level reached last (the first ingest also loads the record: the hook's longer timeout).
  dated = await ingest(crossed('市場關注。'), 'zh-Hant', '2025-08-13');
  undated = await ingest(hit('Markets shrugged.'), 'en', null);
});
afterAll(async () => graph?.close());

describe('a level reached at a round line reports its crossing, through ingest in either order (issue 19, ninth session)', () => {
  it('issue 19: "the debt hit $37 trillion" on a page with no date was never the same event as 突破 37 兆美元 of 13 August 2025', async () => {
    const [r, ...more] = await between(undated, '$37 trillion', dated);
    expect(more).toEqual([]);
    expect(r?.kind).toBe('SAME_FIGURE');
    expect(r?.why).toContain('the record of the measure crosses it once');
  });

  it('…and the level reached first, the crossing last', async () => {
    const b = await ingest(hit('Investors noticed.'), 'en', null);
    const a = await ingest(crossed('投資人注意。'), 'zh-Hant', '2025-08-13');
    expect((await between(a, '37 兆美元', b)).map((r) => r.kind)).toEqual(['SAME_FIGURE']);
  });
});
