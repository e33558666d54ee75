import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listClaims, type ClaimQuery } from '../../src/claims/claim-store.ts';
import { bulkLoad, type NodeRow } from '../../src/graph/bulk-load.ts';
import { Graph, type QueryRecord } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { claimSearchKey, fulltextQuery, SEARCH_INDEX } from '../../src/search/search-text.ts';
import { testGraph, uniquePrefix } from '../support/graph.ts';

// Full-text search reads a page as top-k (src/claims/claim-search-store.ts): the hits above the
// fetch's lowest score, then the hits tied at it in id order through their `searchKey`. Every page
// must be exactly the page of reading all matches and ordering them by (score desc, id).
const setup = testGraph();
let recorded: QueryRecord[] = [];
const graph = new Graph(setup.driver, { database: inject('neo4j').database, queryTimeoutMs: 60_000, log: createLogger('warn'), onQuery: (q) => recorded.push(q) });
afterAll(() => setup.close());

// '!~' sorts before every other test's ids but the claim walk's ('!t-walk-…', which must come first for its own
// walk), so a page continuing a tie walks these; '~~' after every other test's, so a walk from the start spends
// its budget before reaching them.
const first = `!~${uniquePrefix('fts')}`;
const last = `~~${uniquePrefix('fts')}`;
// One index term of the test's own, so only its claims match.
// (Letters only: a token with digits is searched as a number, by substring.)
const word = `zq${uniquePrefix('w').slice(-8).replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!)}`;
const rare = `${word}x`;
// More than the first fetch (1,024 hits), so pages past the best scores read the tie through the id ranges.
const TIED = 1100;

beforeAll(async () => {
  const claims: NodeRow[] = [];
  const claim = (id: string, text: string, i: number, candidate?: string) =>
    claims.push({
      id,
      props: { quote: text, start: 0, end: 1, sentence: text, kind: 'LEVEL', origin: 'extracted', documentId: `${first}-d`, searchText: text, searchKey: claimSearchKey(id), ...(candidate ? { candidate } : {}) },
      onCreate: { status: i % 3 === 0 ? 'VERIFIED' : 'UNREVIEWED', version: 1 },
    });
  // Claims with the same text length and term count: one score, tied.
  for (let i = 0; i < TIED; i++) claim(`${first}-t${String(i).padStart(4, '0')}`, `${word} alpha beta`, i);
  // Higher scores (shorter texts, the word twice) and lower ones (longer texts), several of each.
  for (let i = 0; i < 12; i++) claim(`${first}-h${i}`, i % 2 ? `${word}` : `${word} ${word} gamma`, i);
  for (let i = 0; i < 30; i++) claim(`${first}-l${String(i).padStart(2, '0')}`, `${word} ${'delta '.repeat(3 + (i % 5))}`.trim(), i);
  // Discarded candidates, found only with includeDiscarded.
  for (let i = 0; i < 10; i++) claim(`${first}-x${i}`, i % 2 ? `${word}` : `${word} alpha beta`, i, 'DISCARDED');
  for (let i = 0; i < 5; i++) claim(`${first}-p${i}`, `${word} alpha beta`, i, 'PENDING');
  // Claims tied on another word, with ids after every other claim's.
  for (let i = 0; i < TIED; i++) claim(`${last}-t${String(i).padStart(4, '0')}`, `${rare} alpha beta`, i);
  await bulkLoad(setup, {
    nodes: [
      { label: 'Claim', rows: claims },
      // Not a claim: never in a claims search.
      { label: 'Factor', rows: [{ id: `${first}-f`, props: { name: `${first} factor`, namesZh: [], aliases: [], matchKeys: [], searchText: word } }] },
    ],
    relationships: [],
  }, { batchSize: 500 });
}, 120_000);

/** Every page of a search, `size` claims a page, and the statements each page ran. */
async function allPages(q: ClaimQuery, size: number): Promise<{ ids: string[]; statements: string[] }> {
  const ids: string[] = [];
  const statements: string[] = [];
  let after: { id: string; score: number } | undefined;
  for (;;) {
    recorded = [];
    const page = await listClaims(graph, q, size, after);
    statements.push(...recorded.map((r) => r.name));
    ids.push(...page.rows.map((r) => r.id));
    if (!page.hasNextPage) return { ids, statements };
    const end = page.rows.at(-1)! as { id: string; score?: number };
    expect(end.score).toBeTypeOf('number');
    after = { id: end.id, score: end.score! };
  }
}

/** Every match read and ordered in Cypher: the order a page must follow. */
async function expected(text: string, where = "coalesce(c.candidate, '') <> 'DISCARDED'"): Promise<string[]> {
  const rows = await setup.rows<{ id: string }>(
    'test.search.expected',
    `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $q) YIELD node AS c, score WHERE c:Claim AND ${where} RETURN c.id AS id ORDER BY score DESC, id`,
    { q: fulltextQuery(text) },
  );
  return rows.map((r) => r.id);
}

describe('full-text search as top-k, ties in id order (issue 21)', () => {
  it('pages of 30 are exactly the matches by score then id; ties are read through the id ranges', async () => {
    const want = await expected(word);
    expect(want.length).toBe(TIED + 12 + 30 + 5);
    const { ids, statements } = await allPages({ search: word }, 30);
    expect(ids).toEqual(want);
    expect(statements).toContain('claim.search.ties');
  });

  it('the first page is the best scores, then the first ids of the tie', async () => {
    const page = await listClaims(graph, { search: word }, 20, undefined);
    expect(page.rows.map((r) => r.id)).toEqual((await expected(word)).slice(0, 20));
    expect(page.rows.slice(0, 12).every((r) => r.id.startsWith(`${first}-h`))).toBe(true);
    expect(page.hasNextPage).toBe(true);
  });

  it('a first page that reaches into a tie larger than the first fetch is one statement: the fetch and the first span of the tie walk', async () => {
    // A page of 150 makes the first span 32 × 151 claims in id order: past the claim walk's 3,000 ('!t-walk-…', the
    // only ids before this test's) and into this test's tie.
    recorded = [];
    const page = await listClaims(graph, { search: word }, 150, undefined);
    expect(page.rows.map((r) => r.id)).toEqual((await expected(word)).slice(0, 150));
    expect(recorded.map((r) => r.name)).toEqual(['claim.search.top']);
  });

  it('discarded candidates are left out by the index, and in with includeDiscarded', async () => {
    const { ids } = await allPages({ search: word }, 100);
    expect(ids.some((id) => id.includes('-x'))).toBe(false);
    expect(ids.filter((id) => id.includes('-p'))).toHaveLength(5);
    const all = await allPages({ search: word, includeDiscarded: true }, 100);
    expect(all.ids).toEqual(await expected(word, 'true'));
    expect(all.ids.filter((id) => id.includes('-x'))).toHaveLength(10);
  });

  it('a filter the index cannot express is applied to what it returns, with nothing missed', async () => {
    const { ids } = await allPages({ search: word, status: ['VERIFIED'] }, 40);
    expect(ids).toEqual(await expected(word, "coalesce(c.candidate, '') <> 'DISCARDED' AND c.status = 'VERIFIED'"));
    expect(ids.length).toBeGreaterThan(300);
  });

  it('ties far along the id index: past the walk budget, the fetch grows until it passes the tie', async () => {
    const { ids, statements } = await allPages({ search: rare }, 9);
    expect(ids).toEqual(await expected(rare));
    expect(ids).toHaveLength(TIED);
    expect(statements).toContain('claim.search.tieFetch');
  });

  it('every term must match, and quotes in a term are escaped, not Lucene syntax', async () => {
    const { ids } = await allPages({ search: `${word} beta` }, 200);
    expect(ids).toEqual(await expected(`${word} beta`));
    expect(ids).toHaveLength(TIED + 5);
    const quoted = await allPages({ search: `${word} "beta\\` }, 200);
    expect(quoted.ids).toEqual(await expected(`${word} "beta\\`));
  });
});
