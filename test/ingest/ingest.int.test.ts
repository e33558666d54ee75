import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../src/seed/load-seed.ts';
import { testConfig, testGraph, testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql, testServer } from '../support/server.ts';
import { runCli } from '../support/cli.ts';

const graph = testGraph();
const server = testServer(graph);
let token: string;
let dir: string;
beforeAll(async () => {
  token = await testToken(graph);
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-ingest-'));
});
afterAll(async () => {
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  created alreadyPresent language claims quantities causalLinks previousVersion { id }
  document { id origin text claims { id quote span { start end } status origin candidate extractorVersion quantities { surface value unit qualifier } factors { id } }
    causalLinks { id from { id } to { id } polarity polarityStated candidate } } } }`;

type Ingested = {
  ingestDocument: {
    created: boolean;
    alreadyPresent: boolean;
    language: string;
    claims: number;
    quantities: number;
    causalLinks: number;
    previousVersion: { id: string } | null;
    document: {
      id: string;
      origin: string;
      text: string;
      claims: { id: string; quote: string; span: { start: number; end: number }; status: string; origin: string; candidate: string; extractorVersion: string; quantities: { surface: string; value: number; unit: string; qualifier: string | null }[]; factors: { id: string }[] }[];
      causalLinks: { id: string; from: { id: string }; to: { id: string }; polarity: string; candidate: string }[];
    };
  };
};

const article = (tag: string) =>
  `Liquidity watch ${tag}\nThe government shutdown leads to the TGA balance to rise by about $200 billion. ` +
  `Bank reserves fell below $2.8 trillion in November, and nearly 30% of money funds saw outflows.`;

async function countDocuments(): Promise<number> {
  const [row] = await graph.rows<{ n: number }>('test.docs', 'MATCH (d:Document) RETURN count(d) AS n');
  return row!.n;
}

describe('ingestDocument', () => {
  it('stores candidate claims with exact spans, normalised quantities, factor links and causal links', async () => {
    const tag = uniquePrefix('doc');
    const r = await gql<Ingested>(server, INGEST, { input: { text: article(tag), url: `https://example.org/${tag}`, published: '2025-11-20' } }, token);
    expect(r.errors).toBeUndefined();
    const result = r.data!.ingestDocument;
    expect(result).toMatchObject({ created: true, alreadyPresent: false, language: 'en', previousVersion: null });
    const { document } = result;
    expect(document.origin).toBe('extracted');
    expect(document.claims).toHaveLength(result.claims);
    expect(document.claims.flatMap((c) => c.quantities)).toHaveLength(result.quantities);
    for (const c of document.claims) {
      expect(document.text.slice(c.span.start, c.span.end)).toBe(c.quote);
      expect(c).toMatchObject({ status: 'UNREVIEWED', origin: 'extracted', candidate: 'PENDING' });
      expect(c.extractorVersion).toMatch(/^claimgraph-extract\//);
    }
    const quantities = document.claims.flatMap((c) => c.quantities);
    expect(quantities).toEqual(
      expect.arrayContaining([
        { surface: '$200 billion', value: 2e11, unit: 'USD', qualifier: 'ABOUT' },
        { surface: '$2.8 trillion', value: 2.8e12, unit: 'USD', qualifier: 'BELOW' },
        { surface: '30%', value: 30, unit: '%', qualifier: 'NEARLY' },
      ]),
    );
    const tgaClaim = document.claims.find((c) => c.quote.includes('TGA'))!;
    expect(tgaClaim.factors.map((f) => f.id)).toEqual(expect.arrayContaining(['f-government-shutdown', 'f-tga-balance']));
    // Issue 19: the seed already holds this link (curated), so the document's passage supports it instead of a twin.
    expect(document.causalLinks).toEqual([
      expect.objectContaining({ id: 'e9186e0b-l002', from: { id: "f-government-shutdown" }, to: { id: "f-tga-balance" }, polarity: "INCREASES", polarityStated: true, candidate: null }),
    ]);
  });

  it('changes nothing when the same text comes again, and versions a changed text under the same URL', async () => {
    const tag = uniquePrefix('doc');
    const input = { text: article(tag), url: `https://example.org/${tag}` };
    const first = await gql<Ingested>(server, INGEST, { input }, token);
    const before = await countDocuments();
    const again = await gql<Ingested>(server, INGEST, { input }, token);
    expect(again.data!.ingestDocument).toMatchObject({ created: false, alreadyPresent: true });
    expect(again.data!.ingestDocument.document.id).toBe(first.data!.ingestDocument.document.id);
    expect(await countDocuments()).toBe(before);

    const changed = await gql<Ingested>(server, INGEST, { input: { ...input, text: `${input.text} Gold fell 3%.` } }, token);
    expect(changed.data!.ingestDocument.created).toBe(true);
    expect(changed.data!.ingestDocument.previousVersion).toEqual({ id: first.data!.ingestDocument.document.id });
  });

  it('never overwrites curated data: the seed article ingests as "already present"', async () => {
    const { text } = (await readSeeds())[0]!;
    const before = await countDocuments();
    const r = await gql<Ingested>(server, INGEST, { input: { text, title: 'seed again' } }, token);
    expect(r.data!.ingestDocument).toMatchObject({ created: false, alreadyPresent: true });
    expect(r.data!.ingestDocument.document.id).toBe('doc-e9186e0b');
    expect(r.data!.ingestDocument.document.claims.every((c) => c.origin === 'curated')).toBe(true);
    expect(await countDocuments()).toBe(before);
  });

  it('refuses bad input with a clear code and writes nothing', async () => {
    const before = await countDocuments();
    const ingest = (input: Record<string, unknown>, srv = server) => gql(srv, INGEST, { input }, token);
    expect(errorCodes(await ingest({ text: '   ' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await ingest({ text: 'PK\u0003\u0004\u0000binary' }))).toEqual(['BAD_USER_INPUT']);
    const badLang = await ingest({ text: 'Gold fell 3%.', lang: 'fr' });
    expect(errorCodes(badLang)).toEqual(['BAD_USER_INPUT']);
    expect(badLang.errors![0]!.extensions!['fields']).toEqual([expect.objectContaining({ path: 'input.lang' })]);
    const small = testServer(graph, testConfig({ INGEST_MAX_BYTES: '64' }));
    expect(errorCodes(await ingest({ text: 'x'.repeat(65) }, small))).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(errorCodes(await gql(server, INGEST, { input: { text: 'Gold fell 3%.' } }))).toEqual(['UNAUTHENTICATED']);
    expect(await countDocuments()).toBe(before);
  });
});

describe('candidate decisions', () => {
  it('confirms and discards candidates with history; discarded ones leave listings and traces', async () => {
    const tag = uniquePrefix('doc');
    // A link no other document asserts, so it stays a pending candidate of its own (issue 19).
    const novel = `${tag.replace(/[^a-z]/g, '')} rates`;
    const r = await gql<Ingested>(server, INGEST, { input: { text: `${article(tag)} The government shutdown leads to higher ${novel}.` } }, token);
    const doc = r.data!.ingestDocument.document;
    const [keep, drop] = doc.claims;
    const decide = (op: string, id: string, expectedVersion = 1) =>
      gql<Record<string, { review: { action: string; editor: string }; claim: { candidate: string; version: number } | null }>>(
        server,
        `mutation($input: CandidateDecisionInput!) { ${op}(input: $input) { review { action editor } claim { candidate version } } }`,
        { input: { id, expectedVersion, reason: 'checked against the text' } },
        token,
      );
    const confirmed = await decide('confirmCandidate', keep!.id);
    expect(confirmed.data!['confirmCandidate']!.claim).toEqual({ candidate: 'CONFIRMED', version: 2 });
    expect(confirmed.data!['confirmCandidate']!.review.action).toBe('CONFIRM');
    expect(errorCodes(await decide('discardCandidate', keep!.id, 2))).toEqual(['CONFLICT']); // no longer pending

    expect((await decide('discardCandidate', drop!.id)).errors).toBeUndefined();
    const listed = async (includeDiscarded: boolean) =>
      (
        await gql<{ claims: { edges: { node: { id: string } }[] } }>(server, 'query($f: ClaimFilter) { claims(filter: $f) { edges { node { id } } } }', {
          f: { document: doc.id, includeDiscarded },
        })
      ).data!.claims.edges.map((e) => e.node.id);
    expect(await listed(false)).not.toContain(drop!.id);
    expect(await listed(true)).toContain(drop!.id);

    const link = doc.causalLinks.find((l) => l.candidate === 'PENDING')!;
    expect((await decide('discardCandidate', link.id)).errors).toBeUndefined();
    const [rel] = await graph.rows<{ n: number }>('test.causes', 'MATCH ()-[c:CAUSES {linkId: $id}]->() RETURN count(c) AS n', { id: link.id });
    expect(rel!.n).toBe(0);
  });
});

describe('claimgraph ingest and extract (CLI)', () => {
  const cli = (args: string[], input?: string | Buffer) => runCli(args, input === undefined ? {} : { input });

  it('prints extracted claims with --dry-run and writes nothing', async () => {
    const file = join(dir, 'dry.txt');
    await writeFile(file, article(uniquePrefix('dry')));
    const before = await countDocuments();
    const r = cli(['ingest', file, '--dry-run']);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout) as { claims: { quote: string; quantities: { surface: string }[] }[]; language: string };
    expect(x.language).toBe('en');
    expect(x.claims.flatMap((c) => c.quantities.map((q) => q.surface))).toEqual(['$200 billion', '$2.8 trillion', 'November', '30%']);
    expect(await countDocuments()).toBe(before);
  });

  it('ingests a file, and refuses invalid UTF-8 with a clear message', async () => {
    const file = join(dir, 'doc.txt');
    await writeFile(file, `政府停擺導致TGA帳戶餘額飆升至9800億美元。${uniquePrefix('zh')}`);
    const r = cli(['ingest', file, '--title', 'zh test']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ created: true, language: 'zh-Hant', claims: 1, quantities: 1 });
    const bad = join(dir, 'bad.txt');
    await writeFile(bad, Buffer.from([0x41, 0xff, 0xfe, 0x42]));
    const refused = cli(['ingest', bad]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('not valid UTF-8');
  });

  it('extract reads stdin and prints quantities with UTF-16 offsets', () => {
    const text = '美國債務約38萬億美元,標普500指數下跌18%-25%。';
    const r = cli(['extract'], text);
    expect(r.status).toBe(0);
    const found = JSON.parse(r.stdout) as { start: number; end: number; surface: string; value: number; upper?: number; unit: string; qualifier?: string }[];
    expect(found.map((q) => text.slice(q.start, q.end))).toEqual(found.map((q) => q.surface));
    expect(found).toEqual([
      expect.objectContaining({ surface: '38萬億美元', value: 3.8e13, unit: 'USD', qualifier: 'ABOUT' }),
      expect.objectContaining({ surface: '18%-25%', value: 18, upper: 25, unit: '%' }),
    ]);
  });
});
