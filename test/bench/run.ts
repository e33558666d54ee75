// npm run bench [-- --claims 100000 --factors 10000 --runs 100 --only extract|model|series|api|export]
// npm run bench -- --scale 10k|100k|1m [--runs 60] [--data-dir DIR] …   (issue 14: everything in one run, see scale-bench.ts)
// npm run bench -- --only ingest [--ingest-mb 5,20]               (issue 14: ingest peak RSS)
// Starts its own Neo4j (or uses NEO4J_URI — then it writes `gen-` data into that database),
// loads the seed and a generated graph, and prints tables of ratios measured in the same run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { bulkLoad } from '../../src/graph/bulk-load.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';
import { createProgress } from '../../src/progress/progress.ts';
import { loadSeeds } from '../../src/seed/load-seed.ts';
import { benchApi, type Workload } from './api-bench.ts';
import { benchExport } from './export-bench.ts';
import { benchExtract, benchExtract18 } from './extract-bench.ts';
import { benchIngestMemory } from './ingest-memory-bench.ts';
import { benchModel } from './model-bench.ts';
import { generateGraph } from './generate-graph.ts';
import { benchSeries } from './series-bench.ts';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '100000' },
    factors: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '100' },
    only: { type: 'string' },
    scale: { type: 'string' },
    'ingest-mb': { type: 'string', default: '5,20' },
    'data-dir': { type: 'string' },
    'plans-dir': { type: 'string' },
    connections: { type: 'string', default: '50' },
    'load-seconds': { type: 'string', default: '60' },
    'export-formats': { type: 'string', default: 'json,graphml,cytoscape,csv,cypher' },
    workloads: { type: 'string' },
    curve: { type: 'string' },
    'warm-up': { type: 'string' },
    'warm-up-seconds': { type: 'string' },
  },
});
// Issue 14: a generated graph of 10k, 100k or 1m claims, side by side with @neo4j/graphql.
if (values.scale) {
  const { benchScale } = await import('./scale-bench.ts');
  await benchScale(values.scale, {
    runs: Number(values.runs === '100' ? '60' : values.runs),
    dataDir: values['data-dir'],
    ...(values['plans-dir'] ? { plansDir: values['plans-dir'] } : {}),
    only: values.only,
    // The 50 MB document at the 1m scale; smaller scales ingest less unless told.
    ingestMb: (process.argv.includes('--ingest-mb') ? values['ingest-mb'] : values.scale.toLowerCase() === '1m' ? '50' : '2').split(',').filter(Boolean).map(Number),
    connections: Number(values.connections),
    loadSeconds: Number(values['load-seconds']),
    exportFormats: values['export-formats'].split(',').filter(Boolean),
    ...(values.workloads ? { workloads: values.workloads.split(',').filter(Boolean) } : {}),
    ...(values.curve ? { curve: values.curve.split(',').filter(Boolean) } : {}),
    warmUp: { ...(values['warm-up'] ? { requests: Number(values['warm-up']) } : {}), ...(values['warm-up-seconds'] ? { seconds: Number(values['warm-up-seconds']) } : {}) },
  });
  process.exit(0);
}
// Extraction needs no database: measure it first, on a quiet process.
if (!values.only || values.only === 'extract') {
  benchExtract();
  benchExtract18();
}
if (values.only === 'extract') process.exit(0);
if (!values.only || values.only === 'model') benchModel();
if (values.only === 'model') process.exit(0);
const size = { claims: Number(values.claims), factors: Number(values.factors) };
const runs = Math.max(5, Math.round(Number(values.runs) / 5) * 5);

const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', NEO4J_RUNNER_HEAP: process.env['NEO4J_RUNNER_HEAP'] ?? '2g', NEO4J_RUNNER_PAGECACHE: process.env['NEO4J_RUNNER_PAGECACHE'] ?? '1g' });
const log = createLogger('info');
const dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-bench-'));
const db = await openGraph(config, log, { persistent: false, dataDir });
try {
  log.info(`Neo4j: ${db.target.description}`);
  await loadSeeds(db.graph);
  if (values.only === 'ingest') {
    // Issue 14: peak RSS of ingesting large documents (each size in its own process).
    benchIngestMemory(db.target.uri, values['ingest-mb'].split(',').map(Number));
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
  if (!values.only || values.only === 'series') await benchSeries(db.graph);
  if (values.only === 'series') {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
  const plan = generateGraph({ factors: size.factors, claims: size.claims, links: size.factors * 3, documents: Math.max(1, size.claims / 1000), sources: 1000 });
  const progress = createProgress('generate');
  const started = performance.now();
  const loaded = await bulkLoad(db.graph, plan, { batchSize: 5000, onProgress: (p) => progress.update(`${p.phase} ${p.what}`, p.done, p.total) });
  progress.done(`${loaded.nodes} nodes, ${loaded.relationships} relationships in ${((performance.now() - started) / 1000).toFixed(1)}s`);

  const NESTED_CLAIMS = `query($f: ClaimFilter) { claims(filter: $f, first: 50) { totalCount edges { cursor node {
    id quote span { start end } status version quantities { surface value unit } factors { id name } reviews { id toStatus } } } } }`;
  const TRACE = `query($from: String!, $to: String!) { trace(from: $from, to: $to, maxHops: 6) {
    hops netPolarity strength { score weakestStatus } factors { id name } links { id polarity status quote supportedBy { id } } } }`;
  const workloads: Workload[] = [
    { name: 'trace shutdown → selloff', graph: 'seed', query: TRACE, variables: { from: '政府停擺', to: 'cross-asset selloff' } },
    { name: 'claims + quantities, factors, reviews', graph: 'seed', query: NESTED_CLAIMS, variables: { f: { document: 'doc-e9186e0b' } } },
    { name: 'trace across 6 layers', graph: `${size.claims / 1000}k claims / ${size.factors / 1000}k factors`, query: TRACE, variables: { from: 'gen-f100', to: 'gen-f160' } },
    { name: 'claims USD ≥ 1e12 + nested', graph: `${size.claims / 1000}k claims / ${size.factors / 1000}k factors`, query: NESTED_CLAIMS, variables: { f: { unit: 'USD', valueMin: 1e12 } } },
  ];
  if (!values.only || values.only === 'api') await benchApi(db.graph.driver, config, db.target.database, workloads, runs);
  if (!values.only || values.only === 'export') {
    const [count] = await db.graph.rows<{ nodes: number; relationships: number }>('bench.count', 'MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS relationships');
    benchExport(db.target.uri, count!.nodes, count!.relationships);
  }
} finally {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
}
