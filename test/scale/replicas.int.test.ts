import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createClaim } from '../support/fixtures.ts';
import { testGraph, testToken, uniquePrefix } from '../support/graph.ts';
import { startRedis, type RedisServer } from '../support/redis-server.ts';
import { spawnServer, type SpawnedServer } from '../support/spawn-server.ts';
import { subscribe } from '../support/sse.ts';
import { neo4jEnv } from '../support/neo4j-env.ts';

/**
 * Issue 20: two API replicas (`node src/main.ts`) and a worker (`claimgraph worker`) on the run's
 * Neo4j and a redis-server this file starts on loopback. Real processes, real Redis: events,
 * jobs, limits and keys cross process boundaries as in production.
 */
const graph = testGraph();
const n = inject('neo4j');
let redis: RedisServer;
let a: SpawnedServer;
let b: SpawnedServer;
let worker: ChildProcess | undefined;
let token: string;

const RATE = 40;
const env = () => ({
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: 'info',
  HOST: '127.0.0.1',
  PORT: '0',
  SEED_ON_START: 'false',
  ...neo4jEnv(n),
  REDIS_URL: redis.url,
  // A dead worker's job is taken back after 6 s instead of 30 s. Not much less: a worker renews its
  // lock between pieces of work, and extraction holds the event loop for a while on a busy machine.
  JOB_LOCK_MS: '6000',
  RATE_LIMIT_PER_MINUTE: String(RATE),
});

/** `claimgraph worker`, resolved once it says it is ready. */
function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['src/cli/main.ts', 'worker'], { env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('claimgraph worker ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the worker exited (${code}):\n${log.slice(-3000)}`)));
  });
}

const killed = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

async function call(server: SpawnedServer, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, headers: response.headers, ...body };
}
const codes = (r: { errors?: { extensions?: { code?: string } }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

const START_INGEST = 'mutation($input: IngestDocumentInput!) { startIngest(input: $input) { id state } }';
const JOB = 'query($id: ID!) { job(id: $id) { id kind state progress message attempts result error document { id claims { id } } } }';
const REVIEW = 'mutation($input: ReviewInput!) { reviewClaim(input: $input) { review { id version } } }';
const SEED_TEXT = readFileSync('seeds/000_e9186e0bdc09d771.txt', 'utf8');

/** A document no other test has: the seed article under a unique first line, `copies` times over. */
const uniqueDocument = (copies: number) => `${uniquePrefix('scale')} 測試文件\n\n${Array.from({ length: copies }, (_, i) => `第${i + 1}部分\n${SEED_TEXT}`).join('\n\n')}`;
const documentIdOf = (text: string) => `doc-${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12)}`;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const visibleNodes = async (documentId: string) =>
  (
    await graph.rows<{ documents: number; claims: number; staged: number }>(
      'test.scale.visible',
      `OPTIONAL MATCH (d:Document {id: $id}) WITH count(d) AS documents
OPTIONAL MATCH (c:Claim {documentId: $id}) WITH documents, count(c) AS claims
OPTIONAL MATCH (s:Staged {stagedBatch: $id}) WHERE NOT s:Document AND NOT s:Claim
RETURN documents, claims, count(s) AS staged`,
      { id: documentId },
    )
  )[0]!;

beforeAll(async () => {
  redis = await startRedis();
  token = await testToken(graph, 'EDITOR', uniquePrefix('scale-editor'));
  [a, b, worker] = await Promise.all([spawnServer(env()), spawnServer(env()), startWorker()]);
}, 120_000);

afterAll(async () => {
  worker?.kill('SIGKILL');
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
  await graph.close();
});

describe('scaling out: two API replicas and a worker sharing Redis (issue 20)', () => {
  it('delivers a review saved on replica A to a subscriber on replica B within a second, numbered', async () => {
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const stream = await subscribe(b.url, 'subscription($id: ID) { reviewEvents(itemId: $id) { sequence review { itemId toStatus version } } }', { id });
    // The subscription is taken on B's Redis connection when its stream opens; give it a moment.
    await new Promise((r) => setTimeout(r, 300));
    const saved = await call(a, REVIEW, { input: { id, status: 'IN_REVIEW', expectedVersion: 1 } });
    const replied = performance.now();
    expect(saved.errors).toBeUndefined();
    const event = await stream.next(5_000);
    const latency = performance.now() - replied;
    expect(event.data?.['reviewEvents']).toMatchObject({ review: { itemId: id, toStatus: 'IN_REVIEW', version: 2 } });
    expect(event.data?.['reviewEvents'].sequence).toBeGreaterThan(0);
    expect(latency).toBeLessThan(1_000);

    // The next review's event is the next number (the page refetches on a gap).
    await call(b, REVIEW, { input: { id, status: 'UNREVIEWED', expectedVersion: 2 } });
    const second = await stream.next(5_000);
    expect(second.data?.['reviewEvents'].sequence).toBe(event.data?.['reviewEvents'].sequence + 1);
    stream.close();
  });

  it('runs an ingest submitted on A on the worker, its progress seen from B, the document visible when done', async () => {
    const text = uniqueDocument(4);
    const events = await subscribe(b.url, 'subscription { jobEvents { sequence job { id state progress attempts } } }');
    await new Promise((r) => setTimeout(r, 300));
    const submitted = await call(a, START_INGEST, { input: { text, title: 'scale-out test', lang: 'zh-Hant' } });
    expect(submitted.errors).toBeUndefined();
    const jobId = submitted.data?.['startIngest'].id as string;
    expect(submitted.data?.['startIngest'].state).toBe('QUEUED');

    const seen: { state: string; progress: number }[] = [];
    for (;;) {
      const event = await events.next(60_000);
      const job = event.data?.['jobEvents'].job;
      if (job?.id !== jobId) continue;
      seen.push(job);
      if (job.state === 'SUCCEEDED' || job.state === 'FAILED') break;
    }
    events.close();
    expect(seen.map((s) => s.state)).toContain('RUNNING');
    expect(seen.at(-1)?.state).toBe('SUCCEEDED');

    const done = await call(b, JOB, { id: jobId });
    const job = done.data?.['job'];
    expect(job).toMatchObject({ id: jobId, kind: 'ingest', state: 'SUCCEEDED', progress: 1, attempts: 1, error: null });
    expect(job.document.id).toBe(documentIdOf(text));
    expect(JSON.parse(job.result).claims).toBe(job.document.claims.length);
    expect(job.document.claims.length).toBeGreaterThan(0);
  });

  it('runs an export job on the worker and serves its file from the other replica', async () => {
    const started = await call(a, 'mutation { startExport(format: "graphml", scope: { document: "doc-e9186e0b" }) { id } }');
    expect(started.errors).toBeUndefined();
    const id = started.data?.['startExport'].id as string;
    const job = await waitFor('the export job', async () => {
      const r = (await call(b, 'query($id: ID!) { job(id: $id) { state result error } }', { id })).data?.['job'];
      return r?.state === 'SUCCEEDED' || r?.state === 'FAILED' ? r : undefined;
    });
    expect(job).toMatchObject({ state: 'SUCCEEDED', error: null });
    const file = await fetch(`${b.url}${JSON.parse(job.result).download}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('graphml');
    const text = await file.text();
    expect(Buffer.byteLength(text)).toBe(JSON.parse(job.result).bytes);
    expect(text).toContain('<graphml');
  });

  it('retries a job whose worker was killed (-9) mid-ingest: nothing half-visible meanwhile, one document in the end', async () => {
    const text = uniqueDocument(40);
    const documentId = documentIdOf(text);
    const events = await subscribe(b.url, 'subscription { jobEvents { job { id state progress attempts } } }');
    await new Promise((r) => setTimeout(r, 300));
    const submitted = await call(a, START_INGEST, { input: { text, title: 'scale-out kill test', lang: 'zh-Hant' } });
    const jobId = submitted.data?.['startIngest'].id as string;
    // Killed once it is writing (progress reported), not before it started.
    for (;;) {
      const job = (await events.next(60_000)).data?.['jobEvents'].job;
      if (job?.id === jobId && job.state === 'RUNNING' && job.progress > 0) break;
    }
    events.close();
    worker!.kill('SIGKILL');
    await killed(worker!);
    expect(await visibleNodes(documentId)).toMatchObject({ documents: 0, claims: 0 });
    expect((await call(b, 'query($id: ID!) { document(id: $id) { id } }', { id: documentId })).data?.['document']).toBeNull();

    worker = await startWorker();
    const job = await waitFor('the retried job', async () => {
      const r = (await call(b, JOB, { id: jobId })).data?.['job'];
      return r?.state === 'SUCCEEDED' || r?.state === 'FAILED' ? r : undefined;
    }, 120_000);
    expect({ state: job.state, error: job.error }).toEqual({ state: 'SUCCEEDED', error: null });
    expect(job.attempts).toBeGreaterThanOrEqual(2);
    const after = await visibleNodes(documentId);
    expect(after.documents).toBe(1);
    expect(after.claims).toBe(JSON.parse(job.result).claims);
    expect(after.claims).toBeGreaterThan(0);
  }, 240_000);

  it('holds idempotency keys and the rate limit across replicas', async () => {
    const text = uniqueDocument(1);
    const key = { 'idempotency-key': uniquePrefix('key') };
    const first = await call(a, START_INGEST, { input: { text } }, key);
    const again = await call(b, START_INGEST, { input: { text } }, key);
    expect(first.errors).toBeUndefined();
    expect(again.data?.['startIngest'].id).toBe(first.data?.['startIngest'].id);
    const other = await call(b, START_INGEST, { input: { text: `${text}\nmore` } }, key);
    expect(codes(other)).toEqual(['BAD_USER_INPUT']);

    // A fresh token: RATE mutations across both replicas pass, the next is refused on either.
    const limited = await testToken(graph, 'EDITOR', uniquePrefix('rate'));
    const addSource = (server: SpawnedServer) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${limited}` },
        body: JSON.stringify({ query: 'mutation($u: String!) { addSource(input: { url: $u, title: "rate" }) { id } }', variables: { u: `https://example.org/${uniquePrefix('rate')}` } }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < RATE; i++) statuses.push((await addSource(i % 2 ? a : b)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await addSource(a);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
  });

  it('carries the bookmark of a write in the reply, and takes it back on the next request to any replica', async () => {
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const saved = await call(a, REVIEW, { input: { id, status: 'IN_REVIEW', expectedVersion: 1 } });
    const bookmark = saved.headers.get('claimgraph-bookmark');
    expect(bookmark).toMatch(/\S/);
    const read = await call(b, 'query($id: ID!) { claim(id: $id) { status version } }', { id }, { 'claimgraph-bookmark': bookmark! });
    expect(read.data?.['claim']).toEqual({ status: 'IN_REVIEW', version: 2 });
    // Reads carry none back; a header that is not bookmarks is refused, not passed to Neo4j.
    expect(read.headers.get('claimgraph-bookmark')).toBeNull();
    expect(codes(await call(b, '{ about { version } }', {}, { 'claimgraph-bookmark': 'not a bookmark; DROP' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('goes on reading and reviewing without Redis, answers UNAVAILABLE for events and jobs, says why in /health, and recovers by itself', async () => {
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const open = await subscribe(b.url, 'subscription { reviewEvents { sequence review { itemId } } }');
    await new Promise((r) => setTimeout(r, 300));

    await redis.kill();
    // An open stream ends with UNAVAILABLE: the page's cue to reconnect and refetch.
    expect(codes(await open.next(10_000))).toEqual(['UNAVAILABLE']);
    open.close();

    await waitFor('/health to report Redis down', async () => {
      const health = (await (await fetch(`${a.url}/health`)).json()) as { status: string; redis?: { connected: boolean } };
      return health.redis?.connected === false;
    }, 15_000);
    const health = await fetch(`${a.url}/health`);
    expect(health.status).toBe(200);
    const report = (await health.json()) as { status: string; neo4j: { connected: boolean }; redis: { connected: boolean; error: string; needs: string } };
    expect(report).toMatchObject({ status: 'degraded', neo4j: { connected: true }, redis: { connected: false } });
    expect(report.redis.error).toMatch(/Redis/);
    expect(report.redis.needs).toMatch(/events and jobs are unavailable/);

    const reviewed = await call(a, REVIEW, { input: { id, status: 'IN_REVIEW', expectedVersion: 1 } });
    expect(reviewed.errors).toBeUndefined();
    expect((await call(b, 'query($id: ID!) { claim(id: $id) { version } }', { id })).data?.['claim'].version).toBe(2);
    expect(codes(await call(a, START_INGEST, { input: { text: uniqueDocument(1) } }))).toEqual(['UNAVAILABLE']);
    expect(codes(await call(b, JOB, { id: 'any' }))).toEqual(['UNAVAILABLE']);
    const refused = await subscribe(b.url, 'subscription { reviewEvents { review { itemId } } }');
    expect(codes(await refused.next(5_000))).toEqual(['UNAVAILABLE']);
    refused.close();

    await redis.start();
    await waitFor('both replicas to reconnect', async () => {
      const reports = await Promise.all([a, b].map(async (s) => (await (await fetch(`${s.url}/health`)).json()) as { status: string }));
      return reports.every((r) => r.status === 'ok');
    }, 30_000);
    const stream = await subscribe(b.url, 'subscription($id: ID) { reviewEvents(itemId: $id) { review { itemId version } } }', { id });
    await new Promise((r) => setTimeout(r, 300));
    await call(a, REVIEW, { input: { id, status: 'UNREVIEWED', expectedVersion: 2 } });
    expect((await stream.next(5_000)).data?.['reviewEvents'].review).toEqual({ itemId: id, version: 3 });
    stream.close();
    const text = uniqueDocument(1);
    const submitted = await call(a, START_INGEST, { input: { text } });
    expect(submitted.errors).toBeUndefined();
    const job = await waitFor('the job after Redis returned', async () => {
      const r = (await call(b, JOB, { id: submitted.data?.['startIngest'].id })).data?.['job'];
      return r?.state === 'SUCCEEDED' ? r : undefined;
    }, 60_000);
    expect(job.document.id).toBe(documentIdOf(text));
  }, 180_000);
});
