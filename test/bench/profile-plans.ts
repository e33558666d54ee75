// node test/bench/profile-plans.ts [--scale 100k] [--data-dir DIR]
// Runs the benchmark's GraphQL workloads once on a generated graph, captures every Cypher
// statement each request sent (through the gateway's onQuery hook), and writes each one's
// PROFILE plan (operators, rows, db hits) to test/bench/plans/<scale>/<workload>.txt, so a
// change to the Cypher shows up as a reviewable diff of plans. With --data-dir the graph is
// kept between runs (loaded once).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { createServer } from '../../src/api/server.ts';
import { Graph, type QueryRecord } from '../../src/graph/graph.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';
import { loadGenerated, parseScale, WORKLOADS } from './workloads.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '100k' }, 'data-dir': { type: 'string' } } });
const scale = parseScale(values.scale);
const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', QUERY_TIMEOUT_MS: '600000', NEO4J_RUNNER_HEAP: process.env['NEO4J_RUNNER_HEAP'] ?? '1g', NEO4J_RUNNER_PAGECACHE: process.env['NEO4J_RUNNER_PAGECACHE'] ?? '512m' });
const log = createLogger('info');
const dataDir = values['data-dir'] ?? join('/tmp', `claimgraph-plans-${scale.label}`);
const db = await openGraph(config, log, { persistent: true, dataDir });
try {
  await loadGenerated(db.graph, scale);
  let recording: QueryRecord[] = [];
  const graph = new Graph(db.graph.driver, { database: db.target.database, queryTimeoutMs: 600_000, log: createLogger('warn'), onQuery: (r) => recording.push(r) });
  const yoga = createServer({ graph, config, log: createLogger('warn'), neo4jProvider: 'bench' });
  const outDir = join(import.meta.dirname, 'plans', scale.label);
  await mkdir(outDir, { recursive: true });
  for (const w of WORKLOADS) {
    recording = [];
    const r = await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: w.query, variables: w.variables }) });
    const body = (await r.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`${w.name}: ${JSON.stringify(body.errors)}`);
    const captured = recording;
    const sections: string[] = [`# ${w.name} (${scale.label} claims): ${captured.length} statements`];
    for (const q of captured) {
      const session = db.graph.driver.session({ database: db.target.database });
      try {
        const result = await session.run(`PROFILE ${q.cypher}`, q.params);
        const profile = result.summary.profile;
        const lines: string[] = [];
        let hits = 0;
        const walk = (p: typeof profile, depth: number) => {
          if (!p) return;
          hits += p.dbHits;
          const details = String((p.arguments as Record<string, unknown>)['Details'] ?? '').slice(0, 160);
          lines.push(`${'  '.repeat(depth)}${p.operatorType}  rows=${p.rows} dbHits=${p.dbHits}${details ? `  ${details}` : ''}`);
          for (const c of p.children) walk(c, depth + 1);
        };
        walk(profile, 0);
        sections.push(`## ${q.name}: ${hits} db hits\n\n${q.cypher}\n\n${lines.join('\n')}`);
        process.stdout.write(`${w.name} · ${q.name}: ${hits} db hits\n`);
      } finally {
        await session.close();
      }
    }
    await writeFile(join(outDir, `${w.slug}.txt`), `${sections.join('\n\n')}\n`);
  }
} finally {
  await db.close();
}
