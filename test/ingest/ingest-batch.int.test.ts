import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderBatch, jsonLinesBatch, pathsBatch } from '../../src/ingest/batch-source.ts';
import { ingestBatch, type BatchSummary } from '../../src/ingest/ingest-batch.ts';
import { testGraph, testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql, testServer } from '../support/server.ts';
import { runCli } from '../support/cli.ts';

const graph = testGraph();
const server = testServer(graph);
const MAX = 4_000;
let dir: string;
let editor: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-batch-'));
  editor = await testToken(graph);
});
afterAll(async () => {
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

/** A short article with checkable figures; `tag` makes its text (and so its SHA-256) unique. */
const article = (tag: string, reserves = '2.8') =>
  `Liquidity note ${tag}\nThe government shutdown leads to the TGA balance to rise by about $200 billion. ` +
  `Bank reserves fell below $${reserves} trillion in November, and nearly 30% of money funds saw outflows.`;

/** Everything in the graph that mentions a tag: documents by title or text, claims by quote. */
async function traces(tag: string): Promise<{ documents: number; claims: number; staged: number }> {
  const [row] = await graph.rows<{ documents: number; claims: number; staged: number }>(
    'test.batchTraces',
    `CALL () { MATCH (d:Document) WHERE d.title CONTAINS $tag OR d.text CONTAINS $tag RETURN count(d) AS documents }
CALL () { MATCH (c:Claim) WHERE c.quote CONTAINS $tag RETURN count(c) AS claims }
CALL () { MATCH (s:Staged) WHERE s.title CONTAINS $tag OR s.text CONTAINS $tag RETURN count(s) AS staged }
RETURN documents, claims, staged`,
    { tag },
  );
  return row!;
}

async function documentOf(id: string) {
  const [row] = await graph.rows<{ title: string; url: string | null; published: string | null; language: string; claims: number }>(
    'test.batchDocument',
    `MATCH (d:Document {id: $id}) RETURN d.title AS title, d.url AS url, d.published AS published, d.language AS language, COUNT { (:Claim)-[:STATED_IN]->(d) } AS claims`,
    { id },
  );
  return row;
}

const statuses = (s: BatchSummary) => s.items.map((i) => [i.source.split('/').pop(), i.status, i.error?.code ?? null]);

describe('ingestBatch from a folder', () => {
  let folder: string;
  let tag: string;
  beforeAll(async () => {
    tag = uniquePrefix('folder');
    folder = join(dir, tag);
    await mkdir(folder);
    await writeFile(join(folder, 'a.txt'), article(`${tag}-a`));
    await writeFile(join(folder, 'b.md'), article(`${tag}-b`, '2.9'));
    // Not UTF-8: Latin-1 bytes of "café" in the middle of a text.
    await writeFile(join(folder, 'c-latin1.txt'), Buffer.concat([Buffer.from(`Bad bytes ${tag}-c `), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from(' cost $5 billion.')]));
    await writeFile(join(folder, 'd-large.txt'), `${tag}-d ${'Reserves were $3 trillion. '.repeat(200)}`);
    await writeFile(join(folder, 'e-bad-date.txt'), article(`${tag}-e`));
    await writeFile(join(folder, 'ignored.csv'), 'a,b\n1,2\n');
    await writeFile(
      join(folder, 'manifest.yaml'),
      [
        'documents:',
        '  - file: a.txt',
        `    title: "Note A ${tag}"`,
        `    url: https://example.org/${tag}/a`,
        '    published: 2025-11-03',
        '    lang: en',
        '    publisher: Example desk',
        '  - file: e-bad-date.txt',
        '    published: 2025-13-45',
        '  - file: missing.txt',
        '    title: Listed but absent',
      ].join('\n'),
    );
  });

  it('ingests the good files with the manifest’s metadata, skips the bad ones with a code, writes nothing of them', async () => {
    const source = await folderBatch(folder, MAX);
    expect(source.total).toBe(6);
    const progress: number[] = [];
    const summary = await ingestBatch(graph, source.entries, (p) => progress.push(p.done), { maxBytes: MAX, total: source.total });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    expect(statuses(summary)).toEqual([
      ['a.txt', 'CREATED', null],
      ['b.md', 'CREATED', null],
      ['c-latin1.txt', 'SKIPPED', 'BAD_USER_INPUT'],
      ['d-large.txt', 'SKIPPED', 'PAYLOAD_TOO_LARGE'],
      ['e-bad-date.txt', 'SKIPPED', 'BAD_USER_INPUT'],
      ['missing.txt', 'SKIPPED', 'NOT_FOUND'],
    ]);
    expect(summary).toMatchObject({ created: 2, unchanged: 0, newVersions: 0, skipped: 4 });
    expect(summary.items[4]!.error!.fields).toEqual([{ path: 'input.published', message: 'must be a date YYYY-MM-DD' }]);
    expect(summary.items[2]!.error!.message).toMatch(/UTF-8/);

    const a = summary.items[0]!;
    expect(a.claims).toBeGreaterThan(0);
    expect(a.quantities).toBeGreaterThanOrEqual(a.claims);
    expect(await documentOf(a.documentId!)).toEqual({ title: `Note A ${tag}`, url: `https://example.org/${tag}/a`, published: '2025-11-03', language: 'en', claims: a.claims });
    // Without a manifest entry the title is the first line, as for a single ingest.
    expect((await documentOf(summary.items[1]!.documentId!))!.title).toBe(`Liquidity note ${tag}-b`);

    for (const bad of ['c', 'd', 'e']) expect(await traces(`${tag}-${bad}`)).toEqual({ documents: 0, claims: 0, staged: 0 });
  });

  it('is idempotent: the same folder again is all UNCHANGED (the bad files still skipped), and a changed text under a known URL is a NEW_VERSION', async () => {
    const again = await folderBatch(folder, MAX);
    const summary = await ingestBatch(graph, again.entries, undefined, { maxBytes: MAX });
    expect(statuses(summary).slice(0, 2)).toEqual([
      ['a.txt', 'UNCHANGED', null],
      ['b.md', 'UNCHANGED', null],
    ]);
    expect(summary).toMatchObject({ created: 0, unchanged: 2, skipped: 4 });
    expect(await traces(`${tag}-a`)).toMatchObject({ documents: 1 });

    await writeFile(join(folder, 'a.txt'), article(`${tag}-a`, '2.7'));
    const changed = await ingestBatch(graph, (await folderBatch(folder, MAX)).entries, undefined, { maxBytes: MAX });
    const first = changed.items[0]!;
    expect(first.status).toBe('NEW_VERSION');
    expect(first.previousVersionId).toBe(summary.items[0]!.documentId);
    expect(first.documentId).not.toBe(first.previousVersionId);
  });

  it('refuses a manifest it cannot trust before writing anything', async () => {
    const t = uniquePrefix('manifest');
    const bad = join(dir, t);
    await mkdir(bad);
    await writeFile(join(bad, 'a.txt'), article(t));
    await writeFile(join(bad, 'manifest.json'), JSON.stringify({ documents: [{ file: '../a.txt' }] }));
    await expect(folderBatch(bad, MAX)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await writeFile(join(bad, 'manifest.json'), '{ not json');
    await expect(folderBatch(bad, MAX)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await traces(t)).toEqual({ documents: 0, claims: 0, staged: 0 });
  });
});

describe('ingestBatch from JSON Lines', () => {
  it('ingests the good lines, reports each bad one by its line number, and goes on', async () => {
    const tag = uniquePrefix('jsonl');
    const file = join(dir, `${tag}.jsonl`);
    const line = (o: unknown) => Buffer.from(`${JSON.stringify(o)}\n`);
    await writeFile(
      file,
      Buffer.concat([
        line({ text: article(`${tag}-1`), title: `JSONL one ${tag}`, url: `https://example.org/${tag}/1`, published: '2025-10-29', lang: 'en', extra: 'ignored' }),
        Buffer.from('{"text": "truncated\n'),
        Buffer.from('\n'),
        line({ text: article(`${tag}-3`), published: '29/10/2025' }),
        Buffer.concat([Buffer.from(`{"text": "${tag}-4 caf`), Buffer.from([0xe9]), Buffer.from(' $5 billion"}\n')]),
        line([article(`${tag}-5`)]),
        line({ text: 42 }),
        line({ text: article(`${tag}-7`), lang: 'fr' }),
        line({ text: article(`${tag}-8`) }),
      ]),
    );
    const source = await jsonLinesBatch(file, MAX);
    expect(source.total).toBe(8);
    const summary = await ingestBatch(graph, source.entries, undefined, { maxBytes: MAX, total: source.total });
    expect(summary.items.map((i) => [i.source.split(':').pop(), i.status, i.error?.code ?? null])).toEqual([
      ['1', 'CREATED', null],
      ['2', 'SKIPPED', 'BAD_USER_INPUT'],
      ['4', 'SKIPPED', 'BAD_USER_INPUT'],
      ['5', 'SKIPPED', 'BAD_USER_INPUT'],
      ['6', 'SKIPPED', 'BAD_USER_INPUT'],
      ['7', 'SKIPPED', 'BAD_USER_INPUT'],
      ['8', 'SKIPPED', 'BAD_USER_INPUT'],
      ['9', 'CREATED', null],
    ]);
    expect(summary.items[1]!.error!.message).toBe('The line is not valid JSON');
    expect(summary.items[3]!.error!.message).toBe('The line is not valid UTF-8');
    expect(summary.items[2]!.error!.fields).toEqual([{ path: 'input.published', message: 'must be a date YYYY-MM-DD' }]);
    expect(summary.items[6]!.error!.fields![0]!.path).toBe('input.lang');
    expect(await documentOf(summary.items[0]!.documentId!)).toMatchObject({ title: `JSONL one ${tag}`, published: '2025-10-29', language: 'en' });
    for (const n of [3, 4, 5, 7]) expect(await traces(`${tag}-${n}`)).toEqual({ documents: 0, claims: 0, staged: 0 });

    const again = await ingestBatch(graph, (await jsonLinesBatch(file, MAX)).entries, undefined, { maxBytes: MAX });
    expect(again).toMatchObject({ created: 0, unchanged: 2, skipped: 6 });
  });

  it('reports a line too long to be a document without holding it', async () => {
    const file = join(dir, `${uniquePrefix('long')}.jsonl`);
    await writeFile(file, `${'x'.repeat(200_000)}\n{"text": "short"}`);
    const entries = [];
    for await (const e of (await jsonLinesBatch(file, MAX)).entries) entries.push(e);
    expect(entries.map((e) => [e.source.split(':').pop(), e.error?.code ?? null, e.input?.text ?? null])).toEqual([
      ['1', 'PAYLOAD_TOO_LARGE', null],
      ['2', null, 'short'],
    ]);
  });

  it('reads a list of files, a JSON Lines file among them, and reports a missing one', async () => {
    const tag = uniquePrefix('files');
    const a = join(dir, `${tag}-a.txt`);
    const l = join(dir, `${tag}.jsonl`);
    await writeFile(a, article(`${tag}-a`));
    await writeFile(l, `${JSON.stringify({ text: article(`${tag}-l`) })}\n`);
    const source = await pathsBatch([a, join(dir, `${tag}-missing.txt`), l], MAX);
    expect(source.total).toBe(3);
    const summary = await ingestBatch(graph, source.entries, undefined, { maxBytes: MAX });
    expect(summary.items.map((i) => [i.status, i.error?.code ?? null])).toEqual([
      ['CREATED', null],
      ['SKIPPED', 'NOT_FOUND'],
      ['CREATED', null],
    ]);
  });
});

describe('claimgraph ingest-batch', () => {
  const cli = (args: string[]) => runCli(['ingest-batch', ...args], { env: { INGEST_MAX_BYTES: String(MAX) } });

  it('prints a table per document and exits 1 when a document was skipped; --json prints one object per document', async () => {
    const tag = uniquePrefix('cli');
    const folder = join(dir, tag);
    await mkdir(folder);
    await writeFile(join(folder, '1.txt'), article(`${tag}-1`));
    await writeFile(join(folder, '2.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const r = cli([folder]);
    expect(r.stderr).toContain('ingest-batch:');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^#\s+source\s+document\s+lang\s+claims\s+quantities\s+links\s+status$/);
    expect(lines[1]).toMatch(/1\.txt\s+doc-[0-9a-f]{12}\s+en\s+\d+\s+\d+\s+\d+\s+created$/);
    expect(lines[2]).toMatch(/2\.txt\s+-\s+-\s+0\s+0\s+0\s+skipped: BAD_USER_INPUT /);
    expect(lines[3]).toBe('2 document(s): 1 created, 0 unchanged, 0 new version(s), 1 skipped');

    const again = cli([join(folder, '1.txt'), '--json']);
    expect(again.status).toBe(0);
    const [item] = again.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; documentId: string });
    expect(item).toMatchObject({ status: 'UNCHANGED', documentId: expect.stringMatching(/^doc-/) });
  });

  it('exits 2 with its usage when given nothing', () => {
    const r = cli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: claimgraph ingest-batch');
  });
});

describe('the ingestBatch mutation', () => {
  const BATCH = `mutation($input: [IngestDocumentInput!]!) { ingestBatch(input: $input) {
    created unchanged newVersions skipped
    items { index status language claims quantities causalLinks document { id title } previousVersion { id } error { code message fields { path message } } } } }`;
  type Result = {
    ingestBatch: {
      created: number;
      unchanged: number;
      newVersions: number;
      skipped: number;
      items: { index: number; status: string; language: string | null; claims: number; document: { id: string; title: string } | null; error: { code: string; message: string; fields: { path: string; message: string }[] } | null }[];
    };
  };

  it('answers item by item, with a stable code for each skipped item, and writes nothing of those', async () => {
    const tag = uniquePrefix('api');
    const input = [
      { text: article(`${tag}-0`), title: `API zero ${tag}`, published: '2025-12-10' },
      { text: article(`${tag}-1`), published: '2025-02-30x' },
      { text: '   ' },
      { text: `${tag}-3 \u0000\u0001 binary` },
      { text: article(`${tag}-4`), url: 'ftp://example.org/x' },
    ];
    const r = await gql<Result>(server, BATCH, { input }, editor);
    expect(r.errors).toBeUndefined();
    const b = r.data!.ingestBatch;
    expect(b).toMatchObject({ created: 1, unchanged: 0, newVersions: 0, skipped: 4 });
    expect(b.items.map((i) => [i.index, i.status, i.error?.code ?? null, i.error?.fields.map((f) => f.path) ?? null])).toEqual([
      [0, 'CREATED', null, null],
      [1, 'SKIPPED', 'BAD_USER_INPUT', ['input.published']],
      [2, 'SKIPPED', 'BAD_USER_INPUT', ['input.text']],
      [3, 'SKIPPED', 'BAD_USER_INPUT', ['input.text']],
      [4, 'SKIPPED', 'BAD_USER_INPUT', ['input.url']],
    ]);
    expect(b.items[0]!.document!.title).toBe(`API zero ${tag}`);
    expect(b.items[0]!.claims).toBeGreaterThan(0);
    expect(b.items[1]!.document).toBeNull();
    // No reply echoes the input.
    expect(JSON.stringify(b.items.slice(1))).not.toContain(tag);
    for (const n of [1, 3, 4]) expect(await traces(`${tag}-${n}`)).toEqual({ documents: 0, claims: 0, staged: 0 });

    const again = await gql<Result>(server, BATCH, { input: input.slice(0, 1) }, editor);
    expect(again.data!.ingestBatch.items[0]).toMatchObject({ status: 'UNCHANGED', document: { id: b.items[0]!.document!.id } });
  });

  it('skips a text over INGEST_MAX_BYTES with PAYLOAD_TOO_LARGE and goes on', async () => {
    const small = testServer(graph, (await import('../support/graph.ts')).testConfig({ INGEST_MAX_BYTES: '2000' }));
    const tag = uniquePrefix('api-large');
    // Under 2,000 characters but over 2,000 bytes: CJK is three bytes a character.
    const r = await gql<Result>(small, BATCH, { input: [{ text: `${tag} ${'準備金'.repeat(300)}` }, { text: article(tag) }] }, editor);
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingestBatch.items.map((i) => [i.status, i.error?.code ?? null])).toEqual([
      ['SKIPPED', 'PAYLOAD_TOO_LARGE'],
      ['CREATED', null],
    ]);
  });

  it('refuses the whole request when it is too long, and needs an editor', async () => {
    const tag = uniquePrefix('api-bounds');
    const many = Array.from({ length: 51 }, (_, i) => ({ text: article(`${tag}-${i}`) }));
    expect(errorCodes(await gql(server, BATCH, { input: many }, editor))).toEqual(['BAD_USER_INPUT']);
    expect(await traces(tag)).toEqual({ documents: 0, claims: 0, staged: 0 });
    expect(errorCodes(await gql(server, BATCH, { input: [{ text: article(tag) }] }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(server, BATCH, { input: [{ text: article(tag) }] }, await testToken(graph, 'READER')))).toEqual(['FORBIDDEN']);
    expect(await traces(tag)).toEqual({ documents: 0, claims: 0, staged: 0 });
  });
});

describe('startIngestBatch (a background job)', () => {
  it('runs the batch as a job whose result is the per-document summary, a bad document skipped in it', async () => {
    const tag = uniquePrefix('job');
    const started = await gql<{ startIngestBatch: { id: string; kind: string } }>(
      server,
      'mutation($input: [IngestDocumentInput!]!) { startIngestBatch(input: $input) { id kind } }',
      { input: [{ text: article(`${tag}-0`), published: '2025-11-05' }, { text: article(`${tag}-1`), published: '2025-11-31' }] },
      editor,
    );
    expect(started.errors).toBeUndefined();
    expect(started.data!.startIngestBatch.kind).toBe('ingest-batch');
    let job: { state: string; progress: number; result: string | null } | undefined;
    for (let i = 0; i < 600 && !['SUCCEEDED', 'FAILED'].includes(job?.state ?? ''); i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await gql<{ job: typeof job }>(server, 'query($id: ID!) { job(id: $id) { state progress result } }', { id: started.data!.startIngestBatch.id })).data!.job;
    }
    expect(job).toMatchObject({ state: 'SUCCEEDED', progress: 1 });
    const result = JSON.parse(job!.result!) as BatchSummary;
    expect(result).toMatchObject({ created: 1, skipped: 1 });
    expect(result.items.map((i) => [i.status, i.error?.code ?? null])).toEqual([
      ['CREATED', null],
      ['SKIPPED', 'BAD_USER_INPUT'],
    ]);
    expect(await traces(`${tag}-1`)).toEqual({ documents: 0, claims: 0, staged: 0 });
  });
});
