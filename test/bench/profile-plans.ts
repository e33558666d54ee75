// node test/bench/profile-plans.ts [--scale 100k] [--data-dir DIR] [--plans-dir DIR]
// Runs the benchmark's GraphQL workloads once on a generated graph and writes each Cypher
// statement's PROFILE plan to .claimgraph/bench/plans/<scale>/<workload>.txt, or --plans-dir
// (profile-workloads.ts); the committed test/bench/plans/ are never rewritten.
// With --data-dir the graph is kept between runs (loaded once). `npm run bench -- --scale 1m`
// writes the same plans for its target scale as part of the whole run.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';
import { plansDir, profileWorkloads } from './profile-workloads.ts';
import { loadGenerated, parseScale } from './workloads.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '100k' }, 'data-dir': { type: 'string' }, 'plans-dir': { type: 'string' } } });
const scale = parseScale(values.scale);
const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', QUERY_TIMEOUT_MS: '600000', NEO4J_RUNNER_HEAP: process.env['NEO4J_RUNNER_HEAP'] ?? '1g', NEO4J_RUNNER_PAGECACHE: process.env['NEO4J_RUNNER_PAGECACHE'] ?? '512m' });
const log = createLogger('info');
const dataDir = values['data-dir'] ?? join('/tmp', `claimgraph-plans-${scale.label}`);
const db = await openGraph(config, log, { persistent: true, dataDir });
try {
  await loadGenerated(db.graph, scale);
  const summaries = await profileWorkloads(db.graph.driver, db.target.database, config, plansDir(scale.label, values['plans-dir']), scale.label);
  for (const s of summaries) process.stdout.write(`${s.workload}: ${s.statements} statements, ${s.dbHits} db hits\n`);
} finally {
  await db.close();
}
