import type { Graph } from '../../src/graph/graph.ts';
import { bulkLoad, type LoadPlan } from '../../src/graph/bulk-load.ts';
import { createProgress } from '../../src/progress/progress.ts';
import { generateGraph } from './generate-graph.ts';
import { printTable } from './stats.ts';
import type { Scale } from './workloads.ts';

/**
 * A hand-tuned loader of the same rows, as a Neo4j user would write it for an empty database:
 * `UNWIND … CREATE` (no MERGE, no change test) in batches of 10k. Labels and types come from the plan.
 */
export async function unwindLoad(graph: Graph, plan: LoadPlan): Promise<void> {
  const batches = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / 10_000) }, (_, i) => rows.slice(i * 10_000, (i + 1) * 10_000));
  for (const b of plan.nodes) {
    for (const rows of batches(b.rows)) {
      await graph.write('bench.unwind.nodes', (tx) => tx.rows('bench.unwind.nodes', `UNWIND $rows AS row CREATE (n:${b.label}) SET n = row.props, n += coalesce(row.onCreate, {}), n.id = row.id`, { rows }));
    }
  }
  for (const b of plan.relationships) {
    for (const rows of batches(b.rows)) {
      await graph.write('bench.unwind.rels', (tx) =>
        tx.rows('bench.unwind.rels', `UNWIND $rows AS row MATCH (a:${b.fromLabel} {id: row.from}) MATCH (z:${b.toLabel} {id: row.to}) CREATE (a)-[r:${b.type}]->(z) SET r = coalesce(row.props, {}), r += coalesce(row.key, {}), r += coalesce(row.onCreate, {})`, { rows }),
      );
    }
  }
}

async function wipe(graph: Graph): Promise<void> {
  for (;;) {
    const [r] = await graph.write('bench.wipe', (tx) => tx.rows<{ n: number }>('bench.wipe', 'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n'));
    if (!r?.n) return;
  }
}

/**
 * Loading a generated graph on an empty database: the hand-tuned UNWIND loader (then wiped),
 * the product's bulk loader, and the bulk loader again on the unchanged data, in one run.
 */
export async function benchLoad(graph: Graph, scale: Scale): Promise<void> {
  const plan = generateGraph(scale.size);
  const rows = plan.nodes.reduce((n, b) => n + b.rows.length, 0) + plan.relationships.reduce((n, b) => n + b.rows.length, 0);
  const time = async (what: string, fn: () => Promise<unknown>) => {
    const progress = createProgress(what);
    progress.update('running', 0, 1);
    const t = performance.now();
    await fn();
    const s = (performance.now() - t) / 1000;
    progress.done(`${s.toFixed(1)} s`);
    return s;
  };
  const unwind = await time('hand-tuned UNWIND', () => unwindLoad(graph, plan));
  await wipe(graph);
  const first = await time('bulk load', () => bulkLoad(graph, plan, { batchSize: 5000 }));
  const again = await time('bulk load again', () => bulkLoad(graph, plan, { batchSize: 5000 }));
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  printTable(`Loading ${scale.label} claims (${rows.toLocaleString('en')} nodes and relationships), peak Node RSS ${rss} MB`, ['loader', 'time', 'vs hand-tuned UNWIND'], [
    ['hand-tuned UNWIND … CREATE, empty database (baseline)', `${unwind.toFixed(1)} s`, '1.00×'],
    ['bulkLoad (MERGE), empty database', `${first.toFixed(1)} s`, `${(first / unwind).toFixed(2)}×`],
    ['bulkLoad again, unchanged data', `${again.toFixed(1)} s`, `${(again / unwind).toFixed(2)}× (${(first / again).toFixed(1)}× faster than the first load)`],
  ]);
}
