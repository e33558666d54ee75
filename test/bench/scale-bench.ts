// npm run bench -- --scale 100k|1m [--runs 60] [--data-dir DIR]   (--only load: the loaders instead)
// The issue-14 benchmark on a generated graph of that size: the load with the product's bulk
// loader, then claimgraph side by side with @neo4j/graphql and one hand-written Cypher query.
// With --data-dir the graph is kept and reused by the next run of the same scale.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';
import { benchLoad } from './load-bench.ts';
import { benchSideBySide } from './neo4j-graphql-bench.ts';
import { loadGenerated, parseScale } from './workloads.ts';

export async function benchScale(scaleText: string, runs: number, keptDataDir: string | undefined, only?: string): Promise<void> {
  const scale = parseScale(scaleText);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    QUERY_TIMEOUT_MS: '600000',
    NEO4J_RUNNER_HEAP: process.env['NEO4J_RUNNER_HEAP'] ?? '2g',
    NEO4J_RUNNER_PAGECACHE: process.env['NEO4J_RUNNER_PAGECACHE'] ?? '1g',
  });
  const log = createLogger('info');
  const dataDir = keptDataDir ?? (await mkdtemp(join(tmpdir(), 'claimgraph-bench-')));
  if (only === 'load' && keptDataDir) throw new Error('--only load starts from an empty database: leave out --data-dir');
  const db = await openGraph(config, log, { persistent: keptDataDir !== undefined, dataDir });
  try {
    if (only === 'load') {
      // The loaders need an empty database of their own (never a kept one).
      await benchLoad(db.graph, scale);
      return;
    }
    const loaded = await loadGenerated(db.graph, scale);
    const [count] = await db.graph.rows<{ nodes: number; relationships: number }>('bench.count', 'MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS relationships');
    const label = `${scale.label} claims / ${scale.size.factors / 1000}k factors (${count?.nodes} nodes, ${count?.relationships} relationships)`;
    process.stdout.write(`\n${label}: ${loaded ? `loaded in ${loaded.seconds.toFixed(1)} s` : 'reused from a previous run'}\n`);
    await benchSideBySide(db.graph.driver, db.target.database, config, label, runs);
  } finally {
    await db.close();
    if (!keptDataDir) await rm(dataDir, { recursive: true, force: true });
  }
}
