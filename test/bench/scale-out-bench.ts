/**
 * Issue 20's benchmark: live-event latency across API replicas (p50/p99), against the same
 * replica as the baseline; ingest jobs per minute with one and two workers; the cost of carrying a
 * bookmark on reads. Real processes on loopback: a Neo4j started for the run, Debian's
 * redis-server, two `node src/main.ts` replicas, `claimgraph worker` processes.
 *
 *   node test/bench/scale-out-bench.ts [--events 200] [--jobs 12] [--reads 200]
 *
 * Writes .claimgraph/bench/scale-out-<timestamp>.json and prints Markdown tables (outside the tracked tree).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createToken } from '../../src/auth/token-store.ts';
import { loadConfig } from '../../src/config.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';
import { startRedis } from '../support/redis-server.ts';
import { spawnServer, type SpawnedServer } from '../support/spawn-server.ts';
import { subscribe } from '../support/sse.ts';
import { percentile, printTable } from './stats.ts';

const { values } = parseArgs({ options: { events: { type: 'string', default: '200' }, jobs: { type: 'string', default: '12' }, reads: { type: 'string', default: '200' } } });
const EVENTS = Number(values.events);
const JOBS = Number(values.jobs);
const READS = Number(values.reads);

const log = createLogger('info');
const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
const dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-bench-scale-'));
const db = await openGraph(config, log, { persistent: false, dataDir });
const redis = await startRedis();
const children: ChildProcess[] = [];
const servers: SpawnedServer[] = [];
const progress = (what: string) => process.stderr.write(`scale-out bench: ${what}\n`);

const env = {
  ...process.env,
  NODE_ENV: 'production',
  // spawnServer waits for the info line that says where the server listens.
  LOG_LEVEL: 'info',
  HOST: '127.0.0.1',
  PORT: '0',
  SEED_ON_START: 'false',
  NEO4J_URI: db.target.uri,
  ...(db.target.auth ? { NEO4J_USERNAME: (db.target.auth as { principal: string }).principal, NEO4J_PASSWORD: (db.target.auth as { credentials: string }).credentials } : {}),
  REDIS_URL: redis.url,
  RATE_LIMIT_PER_MINUTE: '0',
  WORKER_CONCURRENCY: '1',
};

function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['src/cli/main.ts', 'worker'], { env: { ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('claimgraph worker ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${out.slice(-2000)}`)));
  });
}

const stopped = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null ? r() : (c.once('exit', () => r()), c.kill('SIGTERM'))));

try {
  const token = (await createToken(db.graph, 'bench-editor', 'EDITOR')).token;
  const call = async (server: SpawnedServer, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { body, headers: response.headers };
  };
  progress('starting two API replicas');
  const [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  servers.push(a!, b!);

  // --- Event latency: review on A, event on B (across replicas) and on A (the same replica).
  const ids = Array.from({ length: 2 * EVENTS }, (_, i) => `bench-claim-${i}`);
  await db.graph.write('bench.claims', (tx) =>
    tx.rows('bench.claims', `UNWIND $ids AS id CREATE (:Claim {id: id, quote: 'x', start: 0, end: 1, kind: 'LEVEL', status: 'UNREVIEWED', version: 1, origin: 'curated', documentId: 'bench-doc', searchText: id})`, { ids }),
  );
  const REVIEW = 'mutation($input: ReviewInput!) { reviewClaim(input: $input) { review { id } } }';
  async function latencies(subscriber: SpawnedServer, claims: string[]) {
    const stream = await subscribe(subscriber.url, 'subscription { reviewEvents { review { itemId } } }');
    await new Promise((r) => setTimeout(r, 500));
    const out: number[] = [];
    for (const id of claims) {
      const sent = performance.now();
      await call(a!, REVIEW, { input: { id, status: 'IN_REVIEW', expectedVersion: 1 } });
      for (;;) {
        const event = await stream.next(10_000);
        if (event.data?.['reviewEvents'].review.itemId === id) break;
      }
      out.push(performance.now() - sent);
    }
    stream.close();
    return out;
  }
  progress(`event latency: ${EVENTS} reviews on A seen on B, ${EVENTS} seen on A`);
  const across = await latencies(b!, ids.slice(0, EVENTS));
  const same = await latencies(a!, ids.slice(EVENTS));

  // --- Reads with and without a carried bookmark (read-your-writes across replicas).
  progress(`bookmarks: ${READS} reads on B with and without the bookmark of a write on A`);
  const CLAIM = 'query($id: ID!) { claim(id: $id) { status version } }';
  const written = await call(a!, REVIEW, { input: { id: ids[0], status: 'UNREVIEWED', expectedVersion: 2 } });
  const bookmark = written.headers.get('claimgraph-bookmark') ?? '';
  const timeReads = async (headers: Record<string, string>) => {
    const out: number[] = [];
    for (let i = 0; i < READS; i++) {
      const t = performance.now();
      await call(b!, CLAIM, { id: ids[i % ids.length] }, headers);
      out.push(performance.now() - t);
    }
    return out;
  };
  await timeReads({});
  await timeReads({ 'claimgraph-bookmark': bookmark });
  const plainReads = await timeReads({});
  const carriedReads = await timeReads({ 'claimgraph-bookmark': bookmark });

  // --- Jobs per minute with one and two workers: distinct small documents (the seed article, relabelled).
  const seed = await readFile('seeds/000_e9186e0bdc09d771.txt', 'utf8');
  const START = 'mutation($input: IngestDocumentInput!) { startIngest(input: $input) { id } }';
  async function jobsPerMinute(workers: number, round: string) {
    const started = await Promise.all(Array.from({ length: workers }, startWorker));
    const submit = async (prefix: string, n: number) => {
      const jobIds: string[] = [];
      for (let i = 0; i < n; i++) jobIds.push((await call(i % 2 ? a! : b!, START, { input: { text: `bench ${round} ${prefix} ${i}\n\n${seed}`, lang: 'zh-Hant' } })).body.data.startIngest.id);
      for (const id of jobIds) {
        for (;;) {
          const job = (await call(a!, 'query($id: ID!) { job(id: $id) { state error } }', { id })).body.data.job;
          if (job.state === 'FAILED') throw new Error(`job ${id} failed: ${job.error}`);
          if (job.state === 'SUCCEEDED') break;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    };
    // Warm-up, unmeasured: each worker's first job pays for compiling the extractor and loading the factors.
    await submit('warm-up', 2 * workers);
    const t = performance.now();
    await submit('document', JOBS);
    const minutes = (performance.now() - t) / 60_000;
    await Promise.all(started.map(stopped));
    return JOBS / minutes;
  }
  progress(`jobs: ${JOBS} ingests with one worker`);
  const one = await jobsPerMinute(1, 'one');
  progress(`jobs: ${JOBS} ingests with two workers`);
  const two = await jobsPerMinute(2, 'two');

  const f = (n: number) => n.toFixed(1);
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
    events: {
      n: EVENTS,
      acrossReplicas: { p50: percentile(across, 50), p99: percentile(across, 99) },
      sameReplica: { p50: percentile(same, 50), p99: percentile(same, 99) },
    },
    reads: { n: READS, plain: { p50: percentile(plainReads, 50), p99: percentile(plainReads, 99) }, withBookmark: { p50: percentile(carriedReads, 50), p99: percentile(carriedReads, 99) } },
    jobs: { n: JOBS, perMinuteOneWorker: one, perMinuteTwoWorkers: two },
  };
  printTable(`Live events (${EVENTS} reviews each; from sending the mutation on A to the event)`, ['subscriber', 'p50 ms', 'p99 ms'], [
    ['on replica B (across replicas)', f(result.events.acrossReplicas.p50), f(result.events.acrossReplicas.p99)],
    ['on replica A (baseline: same replica)', f(result.events.sameReplica.p50), f(result.events.sameReplica.p99)],
    ['ratio across / same', (result.events.acrossReplicas.p50 / result.events.sameReplica.p50).toFixed(2), (result.events.acrossReplicas.p99 / result.events.sameReplica.p99).toFixed(2)],
  ]);
  printTable(`Reads on B (${READS} each)`, ['read', 'p50 ms', 'p99 ms'], [
    ['without a bookmark (baseline)', f(result.reads.plain.p50), f(result.reads.plain.p99)],
    ["with A's write bookmark", f(result.reads.withBookmark.p50), f(result.reads.withBookmark.p99)],
  ]);
  printTable(`Ingest jobs (${JOBS} documents of ${seed.length} characters, WORKER_CONCURRENCY=1)`, ['workers', 'jobs per minute'], [
    ['1', f(one)],
    ['2', f(two)],
    ['ratio 2 / 1', (two / one).toFixed(2)],
  ]);
  await mkdir('.claimgraph/bench', { recursive: true });
  const file = `.claimgraph/bench/scale-out-${result.date.replace(/[:.]/g, '-')}.json`;
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  progress(`written to ${file}`);
} finally {
  for (const c of children) c.kill('SIGKILL');
  await Promise.all(servers.map((s) => s.stop()));
  await redis.stop();
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
}
