import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { createServer } from '../../src/api/server.ts';
import type { Config } from '../../src/config.ts';
import { Graph, type QueryRecord } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { measure, ms, percentile, printTable } from './stats.ts';

export interface Workload {
  name: string;
  graph: string;
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * The same queries an API request ran, replayed with the bare driver: queries that
 * overlapped in the request (DataLoader batches of one level) run concurrently here
 * too, so the ratio measures the API's own overhead (HTTP, GraphQL, resolvers).
 */
function waves(records: QueryRecord[]): QueryRecord[][] {
  const sorted = [...records].sort((a, b) => a.startedAt - b.startedAt);
  const out: QueryRecord[][] = [];
  let end = -Infinity;
  for (const r of sorted) {
    if (r.startedAt >= end) out.push([]);
    out.at(-1)!.push(r);
    end = Math.max(end, r.endedAt);
  }
  return out;
}

async function replay(driver: Driver, database: string | undefined, plan: QueryRecord[][]): Promise<void> {
  for (const wave of plan) {
    await Promise.all(
      wave.map(async (q) => {
        const session = driver.session({ database, defaultAccessMode: q.mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
        try {
          await (q.mode === 'READ' ? session.executeRead((tx) => tx.run(q.cypher, q.params)) : session.executeWrite((tx) => tx.run(q.cypher, q.params)));
        } finally {
          await session.close();
        }
      }),
    );
  }
}

export async function benchApi(driver: Driver, config: Config, database: string | undefined, workloads: Workload[], runs: number): Promise<void> {
  let recording: QueryRecord[] | undefined;
  const graph = new Graph(driver, {
    database,
    queryTimeoutMs: config.limits.queryTimeoutMs,
    log: createLogger('warn'),
    onQuery: (r) => recording?.push(r),
  });
  const yoga = createServer({ graph, config, log: createLogger('warn'), neo4jProvider: 'bench' });
  const http = createHttpServer(yoga);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  const request = async (w: Workload) => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: w.query, variables: w.variables ?? {} }) });
    const body = (await r.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`${w.name}: ${JSON.stringify(body.errors)}`);
  };
  const rows: (string | number)[][] = [];
  try {
    for (const w of workloads) {
      recording = [];
      await request(w);
      const plan = waves(recording);
      const queries = recording.length;
      recording = undefined;
      // Interleave the two so drift on a shared machine hits both alike.
      const api: number[] = [];
      const raw: number[] = [];
      for (let round = 0; round < 5; round++) {
        api.push(...(await measure(() => request(w), runs / 5, round === 0 ? 5 : 1)));
        raw.push(...(await measure(() => replay(driver, database, plan), runs / 5, round === 0 ? 5 : 1)));
      }
      const [a50, a95, r50, r95] = [percentile(api, 50), percentile(api, 95), percentile(raw, 50), percentile(raw, 95)];
      rows.push([w.name, w.graph, `${queries} in ${plan.length} waves`, ms(a50), ms(a95), ms(r50), ms(r95), `${(a50 / r50).toFixed(2)}×`]);
    }
  } finally {
    await new Promise((resolve) => http.close(resolve));
  }
  printTable(`GraphQL over HTTP vs the same Cypher with neo4j-driver (${runs} runs each)`, ['workload', 'graph', 'Cypher queries', 'API p50', 'API p95', 'Cypher p50', 'Cypher p95', 'ratio p50'], rows);
}
