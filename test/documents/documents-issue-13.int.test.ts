import { describe, expect, it } from 'vitest';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { inProcessApi } from '../support/in-process-api.ts';
import { errorCodes, gql } from '../support/server.ts';

// Issue 13: `documents` as a connection like `claims`.
const { graph, server } = inProcessApi();

type Page = { documents: { totalCount: number; edges: { cursor: string; node: { id: string; published: string | null; language: string; origin: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const LIST = `query($f: DocumentFilter, $first: Int, $after: String) { documents(filter: $f, first: $first, after: $after) {
  totalCount edges { cursor node { id published language origin } } pageInfo { hasNextPage endCursor } } }`;

describe('documents', () => {
  it('pages newest first with cursors, every document once, and filters by language and origin', async () => {
    const token = await testToken(graph);
    for (const [i, lang] of (['en', 'en', 'zh-Hant'] as const).entries()) {
      const p = uniquePrefix(`docs${i}`);
      const text = lang === 'en' ? `${p}: reserves fell to about $2.8 trillion.` : `${p}：銀行準備金跌破2.8萬億美元。`;
      const r = await gql(server, `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { created } }`, { input: { text, title: p, published: `2026-0${i + 1}-15` } }, token);
      expect(r.errors).toBeUndefined();
    }
    const all = await gql<Page>(server, LIST, { first: 200 });
    const whole = all.data!.documents;
    expect(whole.totalCount).toBe(whole.edges.length);
    // Newest first: published descending, undated last, ties by id.
    const keys = whole.edges.map((e) => [e.node.published ?? '', e.node.id] as const);
    const sorted = [...keys].sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? 1 : -1));
    expect(keys).toEqual(sorted);
    // Two at a time, the pages add up to the whole listing.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: Page } = await gql<Page>(server, LIST, { first: 2, after });
      seen.push(...page.data!.documents.edges.map((e) => e.node.id));
      if (!page.data!.documents.pageInfo.hasNextPage) break;
      after = page.data!.documents.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((e) => e.node.id));
    for (const [filter, test] of [
      [{ language: 'zh-Hant' }, (n: Page['documents']['edges'][number]['node']) => n.language === 'zh-Hant'],
      [{ origin: 'curated' }, (n: Page['documents']['edges'][number]['node']) => n.origin === 'curated'],
    ] as const) {
      const r = await gql<Page>(server, LIST, { f: filter, first: 200 });
      expect(r.data!.documents.edges.map((e) => e.node.id)).toEqual(whole.edges.filter((e) => test(e.node)).map((e) => e.node.id));
    }
    expect(errorCodes(await gql(server, LIST, { f: { language: 'fr' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(server, LIST, { after: 'nope' }))).toEqual(['BAD_USER_INPUT']);
  });
});
