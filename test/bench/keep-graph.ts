// node test/bench/keep-graph.ts --scale 100k --data-dir DIR
// Starts a local Neo4j on DIR, loads the generated graph of that scale unless it is there,
// prints its Bolt URI and keeps it running until Ctrl-C: for profiling one part of the
// benchmark (an export, an ingest) by hand against a graph of a known size.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';
import { loadGenerated, parseScale } from './workloads.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '100k' }, 'data-dir': { type: 'string' } } });
const scale = parseScale(values.scale);
const dataDir = values['data-dir'] ?? `/tmp/claimgraph-keep-${scale.label}`;
const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', QUERY_TIMEOUT_MS: '600000', NEO4J_RUNNER_HEAP: process.env['NEO4J_RUNNER_HEAP'] ?? '2g', NEO4J_RUNNER_PAGECACHE: process.env['NEO4J_RUNNER_PAGECACHE'] ?? '1g' });
const db = await openGraph(config, createLogger('info'), { persistent: true, dataDir });
await loadGenerated(db.graph, scale);
process.stdout.write(`${scale.label} graph in ${dataDir}: NEO4J_URI=${db.target.uri}\n`);
const stop = async () => {
  await db.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
