import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig, testGraph, testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql, testServer } from '../support/server.ts';

/**
 * Issue 20 without Redis: one process runs jobs itself with the same API, and keeps rate limits
 * and idempotency keys in memory.
 */
const graph = testGraph();
const RATE = 8;
const server = testServer(graph, testConfig({ RATE_LIMIT_PER_MINUTE: String(RATE) }));
afterAll(() => graph.close());

const SEED_TEXT = readFileSync('seeds/000_e9186e0bdc09d771.txt', 'utf8');
const START = 'mutation($input: IngestDocumentInput!) { startIngest(input: $input) { id kind state attempts } }';
const JOB = 'query($id: ID!) { job(id: $id) { state progress attempts result error document { id } } }';

async function post(body: object, headers: Record<string, string>) {
  const response = await server.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { data?: any; errors?: { extensions: { code: string } }[] } };
}

describe('background jobs in one process (no REDIS_URL)', () => {
  it('answers at once with a job id and runs the ingest in the background, reported by job(id) and jobEvents', async () => {
    const token = await testToken(graph);
    const text = `${uniquePrefix('jobs')}\n\n${SEED_TEXT}`;
    const abort = new AbortController();
    const events = await server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { jobEvents { sequence job { id state } } }' }),
      signal: abort.signal,
    });
    const submitted = await gql<{ startIngest: { id: string; kind: string; state: string; attempts: number } }>(server, START, { input: { text, lang: 'zh-Hant' } }, token);
    expect(submitted.data?.startIngest).toMatchObject({ kind: 'ingest', state: 'QUEUED', attempts: 0 });
    const id = submitted.data!.startIngest.id;

    const reader = events.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const states: string[] = [];
    const sequences: number[] = [];
    while (!states.includes('SUCCEEDED') && !states.includes('FAILED')) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      for (const m of buffer.matchAll(/event: next\ndata: (.*)\n\n/g)) {
        const e = JSON.parse(m[1]!).data.jobEvents;
        if (e.job.id !== id) continue;
        states.push(e.job.state);
        sequences.push(e.sequence);
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
    }
    abort.abort();
    expect(states).toContain('RUNNING');
    expect(states.at(-1)).toBe('SUCCEEDED');
    expect(sequences).toEqual([...sequences].sort((x, y) => x - y));

    const job = (await gql<{ job: any }>(server, JOB, { id })).data!.job;
    const documentId = `doc-${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12)}`;
    expect(job).toMatchObject({ state: 'SUCCEEDED', progress: 1, attempts: 1, error: null, document: { id: documentId } });
    expect(JSON.parse(job.result)).toMatchObject({ documentId, created: true });
    expect((await gql(server, JOB, { id: 'no-such-job' })).data).toEqual({ job: null });
  });

  it('exports a document in the background and serves the file at /jobs/<id>/output', async () => {
    const token = await testToken(graph);
    const doc = (await gql<{ document: { id: string; claims: { id: string }[] } }>(server, '{ document(id: "doc-e9186e0b") { id claims { id } } }')).data!.document;
    expect(doc.claims.length).toBeGreaterThan(0);
    const started = await gql<{ startExport: { id: string } }>(server, 'mutation($d: ID!) { startExport(format: "json", scope: { document: $d }) { id } }', { d: doc.id }, token);
    expect(started.errors).toBeUndefined();
    const id = started.data!.startExport.id;
    let job: any;
    for (let i = 0; i < 300 && job?.state !== 'SUCCEEDED' && job?.state !== 'FAILED'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await gql<{ job: any }>(server, 'query($id: ID!) { job(id: $id) { state result error } }', { id })).data!.job;
    }
    expect(job).toMatchObject({ state: 'SUCCEEDED', error: null });
    const result = JSON.parse(job.result);
    expect(result.download).toBe(`/jobs/${id}/output`);
    const file = await server.fetch(`http://claimgraph.test${result.download}`);
    expect(file.status).toBe(200);
    const body = await file.text();
    expect(Buffer.byteLength(body)).toBe(result.bytes);
    const exported = JSON.parse(body) as { nodes: { id: string; labels: string[] }[] };
    const claimIds = exported.nodes.filter((n) => n.labels.includes('Claim')).map((n) => n.id).sort();
    expect(claimIds).toEqual(doc.claims.map((c) => c.id).sort());
    expect((await server.fetch('http://claimgraph.test/jobs/no-such-job/output')).status).toBe(404);
    expect(errorCodes(await gql(server, 'mutation { startExport(format: "pdf") { id } }', {}, token))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses bad input when submitted, not in the background', async () => {
    const token = await testToken(graph);
    expect(errorCodes(await gql(server, START, { input: { text: '   ' } }, token))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(server, START, { input: { text: 'x' } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('replays the reply of a request sent again with the same Idempotency-Key, refuses the key for another request', async () => {
    const token = await testToken(graph);
    const headers = { authorization: `Bearer ${token}`, 'idempotency-key': uniquePrefix('key') };
    const text = `${uniquePrefix('idem')}\n\n${SEED_TEXT}`;
    const first = await post({ query: START, variables: { input: { text } } }, headers);
    const again = await post({ query: START, variables: { input: { text } } }, headers);
    expect(again.body.data.startIngest.id).toBe(first.body.data.startIngest.id);
    const other = await post({ query: START, variables: { input: { text: `${text}!` } } }, headers);
    expect(other.body.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    // Another token's same key is its own.
    const mine = await post({ query: START, variables: { input: { text } } }, { ...headers, authorization: `Bearer ${await testToken(graph)}` });
    expect(mine.body.data.startIngest.id).not.toBe(first.body.data.startIngest.id);
    const bad = await post({ query: START, variables: { input: { text } } }, { ...headers, 'idempotency-key': 'x'.repeat(201) });
    expect(bad.body.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });

  it(`limits a token to ${RATE} mutations a minute with RATE_LIMITED, HTTP 429 and Retry-After; queries are not counted`, async () => {
    const token = await testToken(graph);
    const headers = { authorization: `Bearer ${token}` };
    const addSource = () => post({ query: 'mutation($u: String!) { addSource(input: { url: $u, title: "rate" }) { id } }', variables: { u: `https://example.org/${uniquePrefix('rate')}` } }, headers);
    for (let i = 0; i < 3; i++) expect((await post({ query: '{ about { version } }' }, headers)).status).toBe(200);
    for (let i = 0; i < RATE; i++) expect((await addSource()).status).toBe(200);
    const refused = await addSource();
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors?.map((e) => e.extensions.code)).toEqual(['RATE_LIMITED']);
    // Another token is not affected.
    expect((await post({ query: 'mutation { addSource(input: { url: "https://example.org/other-token", title: "rate" }) { id } }' }, { authorization: `Bearer ${await testToken(graph)}` })).status).toBe(200);
  });
});
