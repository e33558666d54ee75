import { beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../src/seed/load-seed.ts';
import type { SeedFile } from '../../src/seed/seed-file.ts';
import { foldScript } from '../../src/search/search-text.ts';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();
const DOC = 'doc-e9186e0b';
let seed: SeedFile;
let text: string;
beforeAll(async () => {
  [{ seed, text }] = (await readSeeds()) as [{ seed: SeedFile; text: string }];
});

type Page = { claims: { totalCount: number; edges: { node: { id: string; quote: string } }[] } };

/** The seed claims a search finds (restricted to the seed document: other tests ingest their own). */
async function found(search: string, document: string | null = DOC): Promise<string[]> {
  const r = await gql<Page>(server, 'query($f: ClaimFilter) { claims(filter: $f, first: 200) { totalCount edges { node { id quote } } } }', {
    f: { search, ...(document ? { document } : {}) },
  });
  expect(r.errors, search).toBeUndefined();
  expect(r.data!.claims.totalCount, search).toBe(r.data!.claims.edges.length);
  return r.data!.claims.edges.map((e) => e.node.id).sort();
}

/** Seed claims whose quote contains the surface as written, in either script. */
const containing = (surface: string) =>
  seed.claims.filter((c) => c.quote.includes(surface) || foldScript(c.quote).includes(foldScript(surface))).map((c) => c.id);

describe('search for numbers as written', () => {
  it('finds the claims of the numbers the issue names, copied from the article, in either script', async () => {
    for (const surface of ['9800億', '9800億美元', '2026年', '11月5日', '2.7萬億', '18%-25%']) {
      expect(text, surface).toContain(surface);
      const expected = containing(surface);
      expect(expected.length, surface).toBeGreaterThan(0);
      const hits = await found(surface);
      expect(hits, surface).toEqual(expect.arrayContaining(expected));
      // The same number typed in Simplified script finds the same claims.
      expect(await found(foldScript(surface)), `${surface} (zh-Hans)`).toEqual(hits);
    }
  });

  it('finds every number of every curated claim when copied as written', async () => {
    const misses: string[] = [];
    for (const c of seed.claims) {
      for (const q of c.quantities) {
        if (!(await found(q.surface)).includes(c.id)) misses.push(`${q.surface} (${c.id})`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('matches the normalised value too: 980 billion finds 9800億美元, 2.7 trillion finds 2.7萬億美元', async () => {
    const tga = seed.claims.find((c) => c.quote.includes('9800億美元'))!;
    expect(await found('980 billion')).toContain(tga.id);
    expect(await found('$980 billion')).toContain(tga.id);
    expect(await found('9,800億')).toContain(tga.id);
    const waller = seed.claims.find((c) => c.quote.includes('2.7萬億美元'))!;
    expect(await found('2.7 trillion USD')).toContain(waller.id);
    expect(await found('2.7万亿美元')).toContain(waller.id);
  });

  it('finds a date written another way: 2025年11月5日, Nov 5, 5 November 2025 all find 11月5日', async () => {
    const nikkei = seed.claims.find((c) => c.quote.includes('11月5日'))!;
    for (const q of ['2025年11月5日', 'Nov 5', '5 November 2025']) expect(await found(q), q).toContain(nikkei.id);
    expect(await found('6 November 2025')).not.toContain(nikkei.id);
  });

  it('reads numbers written in Chinese numerals by value: 九千八百億美元, 兩萬七千億', async () => {
    const tga = seed.claims.find((c) => c.quote.includes('9800億美元'))!;
    expect(await found('九千八百億美元')).toContain(tga.id);
    const waller = seed.claims.find((c) => c.quote.includes('2.7萬億美元'))!;
    expect(await found('兩萬七千億')).toContain(waller.id);
  });

  it('finds a number copied with a word glued to it, and numbers inside names (日經225, GPT-5)', async () => {
    const tga = seed.claims.find((c) => c.quote.includes('9800億美元卻'))!;
    expect(await found('9800億美元卻')).toEqual([tga.id]);
    // Every excluded number that sits inside a claim's quote still finds that claim as written.
    for (const x of seed.exclusions) {
      const holder = seed.claims.find((c) => c.start <= x.start && x.start + x.surface.length <= c.end);
      if (!holder || !/\d/.test(x.surface)) continue;
      expect(await found(x.surface), `${x.surface} at ${x.start}`).toContain(holder.id);
    }
  });

  it('keeps units apart when the query names one: 980 billion percent finds nothing, 150億美元 is not 150億人', async () => {
    expect(await found('980 billion %')).toEqual([]);
    const lockheed = seed.claims.find((c) => c.quote.includes('150億美元'))!;
    expect(await found('15 billion USD')).toContain(lockheed.id);
    expect(await found('15 billion t')).not.toContain(lockheed.id);
  });

  it('reads a range as a range: 18%-25% by value, not 18% alone', async () => {
    const sp = seed.claims.find((c) => c.quote.includes('18%-25%'))!;
    expect(await found('18% to 25%')).toContain(sp.id);
    expect(await found('18%至25%')).toContain(sp.id);
    expect(await found('18% to 30%')).not.toContain(sp.id);
  });

  it('combines a number with words: both must match', async () => {
    const hits = await found('TGA 9800億美元');
    expect(hits).toEqual(seed.claims.filter((c) => c.quote.includes('9800億美元')).map((c) => c.id).sort());
    expect(await found('比特幣 9800億美元')).toEqual([]);
  });

  it('searches tokens with digits that are not quantities as written (GPT-5, H100)', async () => {
    expect(await found('GPT-5')).toEqual(containing('GPT-5').sort());
    expect(await found('H100')).toEqual(containing('H100').sort());
  });

  it('finds numbers in ingested documents too, with a date written without its year', async () => {
    const token = await testToken(graph);
    const tag = uniquePrefix('numsearch');
    const doc = `${tag}\n據報導,該基金11月5日淨流出4.5億美元,較上月增加三成。`;
    const r = await gql<{ ingestDocument: { document: { id: string } } }>(
      server,
      'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { id } } }',
      { input: { text: doc, title: tag, published: '2025-11-20' } },
      token,
    );
    expect(r.errors).toBeUndefined();
    const id = r.data!.ingestDocument.document.id;
    expect(await found('4.5億美元', id)).toHaveLength(1);
    expect(await found('450 million', id)).toHaveLength(1);
    expect(await found('11月5日', id)).toHaveLength(1);
    expect(await found('11月6日', id)).toEqual([]);
  });

  it('refuses an empty search with BAD_USER_INPUT', async () => {
    const r = await gql(server, '{ claims(filter: { search: "   " }) { totalCount } }');
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });
});
