// npm run soak [-- --connections 50 --load-seconds 60 --soak-minutes 10]
// Starts `npm start`'s entry point as a child (its own local Neo4j in a temp dir, seeded, or
// NEO4J_URI), drives it with `connections` concurrent clients doing mixed reads and reviews —
// first a load phase, then a soak — and prints throughput, p50/p99, errors and the server's
// RSS per minute, each as a ratio against the run's own first minute. Memory must stay flat.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnServer } from '../support/spawn-server.ts';
import { percentile, printTable } from './stats.ts';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    'load-seconds': { type: 'string', default: '60' },
    'soak-minutes': { type: 'string', default: '10' },
    // Caps the server's V8 old space (MB), to tell heap sizing from a leak: a leak fails under a cap.
    'server-heap': { type: 'string' },
  },
});
const connections = Number(values.connections);
const loadMs = Number(values['load-seconds']) * 1000;
const soakMs = Number(values['soak-minutes']) * 60_000;

const dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-soak-'));
const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'warn', CLAIMGRAPH_DATA_DIR: dataDir };
if (!env['NEO4J_URI']) env['CLAIMGRAPH_NEO4J'] = 'local';
process.stderr.write('soak: starting the server (local Neo4j, seeded)…\n');
const heapFlag = values['server-heap'] ? [`--max-old-space-size=${Number(values['server-heap'])}`] : [];
const spawned = await spawnServer({ ...env, LOG_LEVEL: 'info' }, { cmd: process.execPath, args: [...heapFlag, 'src/main.ts'] });
const server = spawned.child;
const url = spawned.url;
const token = /cg_[A-Za-z0-9_-]+/.exec(execFileSync(process.execPath, ['src/cli/main.ts', 'token', 'create', '--name', 'soak', '--role', 'EDITOR'], { env, encoding: 'utf8' }))?.[0];
if (!token) throw new Error('could not create a token');

const rssMb = async (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const jvm = Number(execFileSync('pgrep', ['-f', `claimgraph.runner.Main --data ${dataDir}`], { encoding: 'utf8' }).trim().split('\n')[0] ?? 0);

const gql = async (query: string, variables: Record<string, unknown> = {}, auth = false) => {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
  return { status: r.status, body };
};

const seedClaims = ((await gql('{ claims(filter: { document: "doc-e9186e0b" }, first: 50) { edges { node { id version } } } }')).body.data?.['claims'].edges ?? []).map(
  (e: { node: { id: string; version: number } }) => e.node,
) as { id: string; version: number }[];
const versions = new Map(seedClaims.map((c) => [c.id, c.version]));

/** The mixed workload: mostly reads of what the page shows, some reviews (conflicts expected and counted). */
const OPERATIONS: [number, string, () => Promise<{ status: number; body: { errors?: { extensions?: { code?: string } }[] } }>][] = [
  [30, 'claims page', () => gql('{ claims(first: 50) { totalCount edges { node { id quote status quantities { value unit } factors { id } } } } }')],
  [15, 'claims USD ≥ 1e11', () => gql('{ claims(filter: { unit: "USD", valueMin: 1e11 }) { totalCount edges { node { id } } } }')],
  [15, 'trace', () => gql('{ trace(from: "政府停擺", to: "bank reserves", maxHops: 6) { hops links { id status } } }')],
  [10, 'search', () => gql('{ claims(filter: { search: "準備金" }) { totalCount } }')],
  [10, 'claim by id', () => gql('query($id: ID!) { claim(id: $id) { id quote reviews { id } } }', { id: seedClaims[Math.floor(Math.random() * seedClaims.length)]?.id ?? 'x' })],
  [15, 'review', async () => {
    const c = seedClaims[Math.floor(Math.random() * seedClaims.length)]!;
    const v = versions.get(c.id)!;
    const r = await gql('mutation($i: ReviewInput!) { reviewClaim(input: $i) { claim { version } } }', { i: { id: c.id, status: v % 2 ? 'IN_REVIEW' : 'UNREVIEWED', rationale: 'soak', expectedVersion: v } }, true);
    const next = r.body.data?.['reviewClaim']?.claim.version;
    if (typeof next === 'number') versions.set(c.id, Math.max(versions.get(c.id)!, next));
    else if (r.body.errors?.[0]?.extensions?.code === 'CONFLICT') versions.set(c.id, v + 1);
    return r;
  }],
  [5, 'health', async () => ({ status: (await fetch(`${url}/health`)).status, body: {} })],
];
const totalWeight = OPERATIONS.reduce((n, [w]) => n + w, 0);
const pick = () => {
  let r = Math.random() * totalWeight;
  for (const op of OPERATIONS) if ((r -= op[0]) < 0) return op;
  return OPERATIONS[0]!;
};

interface Minute { phase: string; latencies: number[]; errors: number; conflicts: number; rss: number[]; heap: number[]; jvmRss: number[]; startedAt: number }
const minutes: Minute[] = [];
const minuteAt = (phase: string, t: number): Minute => {
  const last = minutes.at(-1);
  if (last && last.phase === phase && t - last.startedAt < 60_000) return last;
  const m: Minute = { phase, latencies: [], errors: 0, conflicts: 0, rss: [], heap: [], jvmRss: [], startedAt: t };
  minutes.push(m);
  return m;
};

/** Errors by operation, with the first few distinct reasons, so a failing run says what failed. */
const errorsByOp = new Map<string, { count: number; reasons: Set<string> }>();
function noteError(op: string, reason: string): void {
  const e = errorsByOp.get(op) ?? { count: 0, reasons: new Set<string>() };
  e.count++;
  if (e.reasons.size < 3) e.reasons.add(reason.slice(0, 120));
  errorsByOp.set(op, e);
}

const idleRss = await rssMb(server.pid!);
async function phase(name: string, durationMs: number): Promise<void> {
  const until = Date.now() + durationMs;
  const sampler = setInterval(async () => {
    const m = minuteAt(name, Date.now());
    m.rss.push(await rssMb(server.pid!));
    const health = (await (await fetch(`${url}/health`)).json().catch(() => ({}))) as { memory?: { heapUsedMb: number } };
    if (health.memory) m.heap.push(health.memory.heapUsedMb);
    if (jvm) m.jvmRss.push(await rssMb(jvm).catch(() => 0));
  }, 5_000);
  const client = async () => {
    while (Date.now() < until) {
      const [, opName, run] = pick();
      const started = performance.now();
      let ok = false;
      let conflict = false;
      try {
        const r = await run();
        const code = r.body.errors?.[0]?.extensions?.code;
        conflict = code === 'CONFLICT';
        ok = r.status < 500 && (!code || conflict);
        if (!ok) noteError(opName, `HTTP ${r.status} ${code ?? ''}`);
      } catch (error) {
        ok = false;
        noteError(opName, error instanceof Error ? error.message : String(error));
      }
      const m = minuteAt(name, Date.now());
      m.latencies.push(performance.now() - started);
      if (!ok) m.errors++;
      if (conflict) m.conflicts++;
    }
  };
  process.stderr.write(`soak: ${name}: ${connections} connections for ${(durationMs / 1000).toFixed(0)} s\n`);
  await Promise.all(Array.from({ length: connections }, client));
  clearInterval(sampler);
}

try {
  await phase('load', loadMs);
  await phase('soak', soakMs);
  const afterRss = await rssMb(server.pid!);
  const first = minutes[0]!;
  // A trailing minute cut short by the end of the run has no samples to compare.
  const complete = minutes.filter((m) => m.rss.length > 0);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const rps = (m: Minute) => m.latencies.length / 60;
  // RSS at the end of each minute: the first minute's mean is mostly the ramp from idle to the
  // working set of 50 clients, so its end is the baseline a leak would grow away from.
  const end = (m: Minute) => m.rss.at(-1) ?? 0;
  const row = (m: Minute, i: number) => [
    `${m.phase} ${i + 1}`,
    m.latencies.length,
    rps(m).toFixed(1),
    (rps(m) / rps(first)).toFixed(2),
    percentile(m.latencies, 50).toFixed(1),
    percentile(m.latencies, 99).toFixed(1),
    (percentile(m.latencies, 99) / percentile(first.latencies, 99)).toFixed(2),
    m.errors,
    m.conflicts,
    mean(m.rss).toFixed(0),
    (mean(m.rss) / mean(first.rss)).toFixed(2),
    end(m).toFixed(0),
    (end(m) / end(first)).toFixed(2),
    mean(m.heap).toFixed(0),
    mean(m.jvmRss).toFixed(0),
  ];
  printTable(
    `Soak: ${connections} connections, mixed reads and reviews (ratios against the first minute of this run)`,
    ['minute', 'requests', 'req/s', '× first', 'p50 ms', 'p99 ms', 'p99 × first', 'errors', 'conflicts', 'server RSS MB (mean)', 'mean × first', 'RSS at end MB', 'end × first', 'V8 heap used MB', 'Neo4j RSS MB'],
    complete.map(row),
  );
  const lastRss = mean(complete.at(-1)!.rss);
  const errors = minutes.reduce((n, m) => n + m.errors, 0);
  const lastEnd = end(complete.at(-1)!);
  process.stdout.write(
    `\nserver RSS: idle after start ${idleRss.toFixed(0)} MB, after the run ${afterRss.toFixed(0)} MB; last minute / first minute: mean ${(lastRss / mean(first.rss)).toFixed(2)}, at the minute's end ${(lastEnd / end(first)).toFixed(2)}\n`,
  );
  for (const [op, e] of errorsByOp) process.stdout.write(`errors in ${op}: ${e.count} (${[...e.reasons].join('; ')})\n`);
  process.stdout.write(`errors: ${errors} of ${minutes.reduce((n, m) => n + m.latencies.length, 0)} requests (conflicts are expected and not errors)\n`);
  process.stdout.write(`${lastEnd / end(first) <= 1.25 && errors === 0 ? 'PASS' : 'FAIL'}: RSS at the end of the last minute within 25% of the first minute's end, and no errors\n`);
} finally {
  await spawned.stop();
  await rm(dataDir, { recursive: true, force: true });
}
