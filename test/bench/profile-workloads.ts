import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createServer } from '../../src/api/server.ts';
import { PROJECT_ROOT, type Config } from '../../src/config.ts';
import { Graph, type QueryRecord } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { selected } from './neo4j-graphql-bench.ts';
import { profileStatement } from './plan-summary.ts';
import { WORKLOADS } from './workloads.ts';

export interface PlanSummary {
  workload: string;
  statements: number;
  dbHits: number;
}

/**
 * Where a run writes its PROFILE plans: `--plans-dir DIR`, else `.claimgraph/bench/plans/<scale>/`
 * (git-ignored). A run never rewrites the plans committed under test/bench/plans/, which document
 * the plans behind docs/benchmarks.md; copy a run's plans there by hand to update them.
 */
export function plansDir(scaleLabel: string, override?: string): string {
  return override ?? join(PROJECT_ROOT, '.claimgraph', 'bench', 'plans', scaleLabel);
}

/**
 * Runs each GraphQL workload once, captures every Cypher statement it sent (the gateway's
 * onQuery hook) and writes each one's PROFILE plan (operators, rows, db hits) to
 * `outDir/<workload>.txt`, so a change to the Cypher shows up as a reviewable diff of plans.
 */
export async function profileWorkloads(driver: Driver, database: string | undefined, config: Config, outDir: string, scaleLabel: string, only?: readonly string[]): Promise<PlanSummary[]> {
  let recording: QueryRecord[] = [];
  const graph = new Graph(driver, { database, queryTimeoutMs: 600_000, log: createLogger('warn'), onQuery: (r) => recording.push(r) });
  const yoga = createServer({ graph, config, log: createLogger('warn'), neo4jProvider: 'bench' });
  await mkdir(outDir, { recursive: true });
  const summaries: PlanSummary[] = [];
  for (const w of WORKLOADS.filter((x) => selected(x.name, only))) {
    recording = [];
    const r = await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: w.query, variables: w.variables }) });
    const body = (await r.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`${w.name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
    const captured = recording;
    const sections: string[] = [`# ${w.name} (${scaleLabel} claims): ${captured.length} statements`];
    let total = 0;
    for (const q of captured) {
      const { lines, dbHits } = await profileStatement(driver, database, q);
      const text = lines.map(({ depth, plan }) => {
        const details = String((plan.arguments as Record<string, unknown>)['Details'] ?? '').slice(0, 160);
        return `${'  '.repeat(depth)}${plan.operatorType}  rows=${plan.rows} dbHits=${plan.dbHits}${details ? `  ${details}` : ''}`;
      });
      total += dbHits;
      sections.push(`## ${q.name}: ${dbHits} db hits\n\n${q.cypher}\n\n${text.join('\n')}`);
    }
    await writeFile(join(outDir, `${w.slug}.txt`), `${sections.join('\n\n')}\n`);
    summaries.push({ workload: w.name, statements: captured.length, dbHits: total });
    process.stderr.write(`plans: ${w.name}: ${captured.length} statements, ${total} db hits\n`);
  }
  return summaries;
}
