// npm run bench -- --scale 10k|100k|1m [--runs 60] [--data-dir DIR] [--ingest-mb 50] [--connections 50]
//                    [--load-seconds 60] [--export-formats json,graphml,cytoscape,csv,cypher] [--only load]
// The whole issue-14 benchmark in one run, up to the target scale:
//  1. loading the target graph: a hand-tuned UNWIND loader and the product's bulk loader, each on
//     an empty database of its own, then the bulk loader again on the unchanged data;
//  2. claimgraph side by side with @neo4j/graphql and one hand-written Cypher query, at every
//     scale of the curve (10k, 100k, 1m claims, up to the target), each on its own database;
//  3. the scaling curve of those p50s, and PROFILE plans of the target written to .claimgraph/bench/plans/<scale>/ (or --plans-dir);
//  4. peak RSS of exporting the target graph and of ingesting a large document;
//  5. throughput and p99 of the server under 50 concurrent connections on the target graph.
// --workloads search,trace keeps the workloads whose name contains one of the words; --only side-by-side
// runs part 2 alone (and the target's plans): no load comparison, load, export or ingest;
// --only side-by-side,under-load adds part 5 (the mixed load at 1 and 50 connections) on the target.
// --warm-up 2000 and --warm-up-seconds 10 (the defaults): before each workload's timed rounds, that many passes of every side's
// request, one side after the other (or that many seconds per side, if sooner).
// --curve 1m runs only the scales listed (default: every scale of the curve up to the target); with
// NEO4J_URI and --data-dir of a graph kept by keep-graph.ts, the bench reuses that running Neo4j
// and reads its JVM's CPU counters from the runner's marker in that directory.
// With --data-dir the target graph is kept and reused by the next run (the load comparison is
// then skipped: it needs empty databases).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';
import { bulkLoad, type LoadPlan } from '../../src/graph/bulk-load.ts';
import { openGraph, type OpenGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';
import { benchConcurrency } from './concurrency-bench.ts';
import { runnerPid } from './cpu.ts';
import { benchExport } from './export-bench.ts';
import { generateGraph } from './generate-graph.ts';
import { benchIngestMemory } from './ingest-memory-bench.ts';
import { benchLoad, planRows, timed, unwindLoad } from './load-bench.ts';
import { benchSideBySide, DEFAULT_WARM_UP, type SideBySideResult, type WarmUp } from './neo4j-graphql-bench.ts';
import { plansDir, profileWorkloads } from './profile-workloads.ts';
import { printTable } from './stats.ts';
import { hasGenerated, loadGenerated, parseScale, type Scale } from './workloads.ts';

export interface ScaleOptions {
  runs: number;
  dataDir?: string;
  /** Where the PROFILE plans go (default .claimgraph/bench/plans/<scale>/, never the committed ones). */
  plansDir?: string;
  only?: string;
  ingestMb: number[];
  connections: number;
  loadSeconds: number;
  exportFormats: string[];
  /** Only the workloads whose name contains one of these (any case), e.g. `search`. */
  workloads?: string[];
  /** Only these scales of the curve (labels, e.g. `1m`); the target is always among them. */
  curve?: string[];
  /** The side-by-side warm-up (DEFAULT_WARM_UP where not given): passes of every side's request, or seconds per side. */
  warmUp?: Partial<WarmUp>;
}

const CURVE = ['10k', '100k', '1m'];

function benchConfig(): Config {
  return loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    QUERY_TIMEOUT_MS: '600000',
    NEO4J_RUNNER_HEAP: process.env['NEO4J_RUNNER_HEAP'] ?? '2g',
    NEO4J_RUNNER_PAGECACHE: process.env['NEO4J_RUNNER_PAGECACHE'] ?? '3g',
  });
}

/** A local Neo4j on a data directory of its own (kept when `keep`, else removed on close). */
async function openDatabase(config: Config, keepDir?: string): Promise<{ db: OpenGraph; close: () => Promise<void>; pid: number | undefined }> {
  const dataDir = keepDir ?? (await mkdtemp(join(tmpdir(), 'claimgraph-bench-')));
  const db = await openGraph(config, createLogger('warn'), { persistent: keepDir !== undefined, dataDir });
  return {
    db,
    // Neo4j's JVM, for its CPU counters (undefined with NEO4J_URI: its CPU is then not measured).
    pid: runnerPid(dataDir),
    close: async () => {
      await db.close();
      if (!keepDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Part 1: both loaders on empty databases of their own, then the bulk loader again; leaves the graph loaded in `db`. */
async function compareLoaders(config: Config, db: OpenGraph, scale: Scale, plan: LoadPlan): Promise<void> {
  const rows = planRows(plan);
  const other = await openDatabase(config);
  let unwind: number;
  try {
    unwind = await timed('hand-tuned UNWIND … CREATE (its own empty database)', (progress) => unwindLoad(other.db.graph, plan, progress));
  } finally {
    await other.close();
  }
  const first = await timed('bulk load', (progress) => bulkLoad(db.graph, plan, { batchSize: 5000, onProgress: (p) => progress(`${p.phase} ${p.what}`, p.done, p.total) }));
  const again = await timed('bulk load again, unchanged data', () => bulkLoad(db.graph, plan, { batchSize: 5000 }));
  printTable(`Loading ${scale.label} claims (${rows.toLocaleString('en')} nodes and relationships), each loader on an empty database`, ['loader', 'time', 'vs hand-tuned UNWIND', 'rows/s'], [
    ['hand-tuned UNWIND … CREATE (baseline)', `${unwind.toFixed(1)} s`, '1.00×', Math.round(rows / unwind).toLocaleString('en')],
    ['bulkLoad (MERGE)', `${first.toFixed(1)} s`, `${(first / unwind).toFixed(2)}×`, Math.round(rows / first).toLocaleString('en')],
    ['bulkLoad again, unchanged data', `${again.toFixed(1)} s`, `${(again / unwind).toFixed(2)}× (${(first / again).toFixed(1)}× faster than the first load; goal ≥ 5×)`, Math.round(rows / again).toLocaleString('en')],
  ]);
}

async function countGraph(db: OpenGraph): Promise<{ nodes: number; relationships: number }> {
  const [count] = await db.graph.rows<{ nodes: number; relationships: number }>('bench.count', 'MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS relationships');
  return count ?? { nodes: 0, relationships: 0 };
}

/** The parts `--only` selects (a comma-separated list); every part when not given. */
function parts(only: string | undefined): (part: 'loaders' | 'side-by-side' | 'under-load' | 'export' | 'ingest') => boolean {
  const chosen = only?.split(',').map((p) => p.trim());
  return (part) => !chosen || chosen.includes(part);
}

export async function benchScale(scaleText: string, options: ScaleOptions): Promise<void> {
  const target = parseScale(scaleText);
  const runs = parts(options.only);
  const config = benchConfig();
  if (options.only === 'load') {
    if (options.dataDir) throw new Error('--only load starts from an empty database: leave out --data-dir');
    const { db, close } = await openDatabase(config);
    try {
      await benchLoad(db.graph, target);
    } finally {
      await close();
    }
    return;
  }
  const started = Date.now();
  const onCurve = (label: string) => !options.curve?.length || options.curve.some((c) => c.toLowerCase() === label.toLowerCase());
  const scales = [...CURVE.map(parseScale).filter((s) => s.size.claims < target.size.claims && onCurve(s.label)), target];
  const curve: { scale: Scale; nodes: number; results: SideBySideResult[] }[] = [];
  for (const scale of scales) {
    const isTarget = scale === target;
    const { db, close, pid } = await openDatabase(config, isTarget ? options.dataDir : undefined);
    try {
      process.stderr.write(`\n== ${scale.label} claims: Neo4j at ${db.target.uri} ==\n`);
      if (isTarget && (await hasGenerated(db.graph, scale))) {
        process.stdout.write(`\n${scale.label}: reusing the graph kept in ${options.dataDir} (no load comparison)\n`);
      } else if (isTarget && runs('loaders')) {
        await compareLoaders(config, db, scale, generateGraph(scale.size));
      } else {
        await loadGenerated(db.graph, scale);
      }
      const count = await countGraph(db);
      const label = `${scale.label} claims / ${scale.size.factors / 1000}k factors (${count.nodes.toLocaleString('en')} nodes, ${count.relationships.toLocaleString('en')} relationships)`;
      const results = await benchSideBySide(db.graph.driver, db.target.database, config, label, options.runs, pid, options.workloads, { ...DEFAULT_WARM_UP, ...options.warmUp });
      curve.push({ scale, nodes: count.nodes, results });
      if (!isTarget) continue;
      const outDir = plansDir(scale.label, options.plansDir);
      const plans = await profileWorkloads(db.graph.driver, db.target.database, config, outDir, scale.label, options.workloads);
      printTable(`PROFILEd plans at ${scale.label} claims (written to ${outDir})`, ['workload', 'statements', 'db hits'], plans.map((p) => [p.workload, p.statements, p.dbHits.toLocaleString('en')]));
      if (runs('under-load')) await benchConcurrency(db.target.uri, options.connections, options.loadSeconds, label, pid);
      if (runs('export') && options.exportFormats.length) benchExport(db.target.uri, count.nodes, count.relationships, options.exportFormats);
      // Last: the ingest adds a large document to the graph.
      if (runs('ingest') && options.ingestMb.length) benchIngestMemory(db.target.uri, options.ingestMb);
    } finally {
      await close();
    }
  }
  printCurve(curve);
  process.stdout.write(`\nwhole run: ${((Date.now() - started) / 60_000).toFixed(1)} minutes\n`);
}

/** Part 3: each workload's p50 at every scale, against the smallest, beside how much the graph grew. */
function printCurve(curve: { scale: Scale; nodes: number; results: SideBySideResult[] }[]): void {
  if (curve.length < 2) return;
  const base = curve[0]!;
  const last = curve.at(-1)!;
  const grew = last.nodes / base.nodes;
  // The growth exponent k in latency ∝ size^k between the smallest and largest graph: 1 is
  // linear, 0 flat; an anchored, bounded query should stay near 0.
  const header = ['workload', ...curve.map((c) => `${c.scale.label}: ours (@neo4j/graphql / Cypher)`), ...curve.slice(1).map((c) => `ours ${c.scale.label} / ${base.scale.label}`), `growth exponent (graph ${grew.toFixed(0)}×)`];
  const rows = base.results.map((r, i) => {
    const at = curve.map((c) => c.results[i]!);
    const ratios = at.slice(1).map((x) => x.ours.p50 / r.ours.p50);
    const k = Math.log(Math.max(1e-9, ratios.at(-1)!)) / Math.log(grew);
    return [
      r.name,
      ...at.map((x) => `${x.ours.p50.toFixed(1)} ms (${x.neo.p50.toFixed(1)} / ${x.raw.p50.toFixed(1)})`),
      ...ratios.map((x) => `${x.toFixed(2)}×`),
      `${k.toFixed(2)} ${k < 1 ? '(sub-linear)' : '(NOT sub-linear)'}`,
    ];
  });
  printTable(`Scaling curve: p50 at each graph size (ours, with @neo4j/graphql / one Cypher query), ratios against ${base.scale.label}`, header, rows);
}
