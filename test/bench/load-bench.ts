import type { Graph } from '../../src/graph/graph.ts';
import { bulkLoad, type LoadPlan, type LoadProgress } from '../../src/graph/bulk-load.ts';
import { createProgress } from '../../src/progress/progress.ts';
import { generateGraph } from './generate-graph.ts';
import { printTable } from './stats.ts';
import type { Scale } from './workloads.ts';

/** Nodes and relationships a plan loads. */
export const planRows = (plan: LoadPlan) => plan.nodes.reduce((n, b) => n + b.rows.length, 0) + plan.relationships.reduce((n, b) => n + b.rows.length, 0);

/** Runs one load with a progress line (which `fn` may advance), returning its seconds. */
export async function timed(what: string, fn: (progress: (step: string, done: number, total: number) => void) => Promise<unknown>): Promise<number> {
  const progress = createProgress(what);
  progress.update('running', 0, 1);
  const t = performance.now();
  await fn((step, done, total) => progress.update(step, done, total));
  const s = (performance.now() - t) / 1000;
  progress.done(`${s.toFixed(1)} s`);
  return s;
}

/**
 * A hand-tuned loader of the same rows, as a Neo4j user would write it for an empty database:
 * `UNWIND … CREATE` (no MERGE, no change test) in batches of 10k. Labels and types come from the plan.
 */
export async function unwindLoad(graph: Graph, plan: LoadPlan, onProgress?: (what: string, done: number, total: number) => void): Promise<void> {
  const batches = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / 10_000) }, (_, i) => rows.slice(i * 10_000, (i + 1) * 10_000));
  const total = plan.nodes.reduce((n, b) => n + b.rows.length, 0) + plan.relationships.reduce((n, b) => n + b.rows.length, 0);
  let done = 0;
  for (const b of plan.nodes) {
    for (const rows of batches(b.rows)) {
      await graph.write('bench.unwind.nodes', (tx) => tx.rows('bench.unwind.nodes', `UNWIND $rows AS row CREATE (n:${b.label}) SET n = row.props, n += coalesce(row.onCreate, {}), n.id = row.id`, { rows }));
      onProgress?.(`nodes ${b.label}`, (done += rows.length), total);
    }
  }
  for (const b of plan.relationships) {
    for (const rows of batches(b.rows)) {
      await graph.write('bench.unwind.rels', (tx) =>
        tx.rows('bench.unwind.rels', `UNWIND $rows AS row MATCH (a:${b.fromLabel} {id: row.from}) MATCH (z:${b.toLabel} {id: row.to}) CREATE (a)-[r:${b.type}]->(z) SET r = coalesce(row.props, {}), r += coalesce(row.key, {}), r += coalesce(row.onCreate, {})`, { rows }),
      );
      onProgress?.(`relationships ${b.type}`, (done += rows.length), total);
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
  const rows = planRows(plan);
  // Seconds per label / relationship type, from the loader's progress (each batch reports when done).
  const phases = () => {
    const seconds = new Map<string, number>();
    let last = performance.now();
    const onProgress = (p: LoadProgress) => {
      const now = performance.now();
      const what = `${p.phase === 'nodes' ? ':' : '-'}${p.what}`;
      seconds.set(what, (seconds.get(what) ?? 0) + (now - last) / 1000);
      last = now;
    };
    return { seconds, onProgress };
  };
  const unwind = await timed('hand-tuned UNWIND', () => unwindLoad(graph, plan));
  await wipe(graph);
  const firstPhases = phases();
  const first = await timed('bulk load', () => bulkLoad(graph, plan, { batchSize: 5000, onProgress: firstPhases.onProgress }));
  const againPhases = phases();
  const again = await timed('bulk load again', () => bulkLoad(graph, plan, { batchSize: 5000, onProgress: againPhases.onProgress }));
  // The graph edited since the load: one claim's quote changed, one ABOUT relationship deleted.
  // The re-load must find and write back both (checked below), so it cannot skip on a digest.
  await graph.write('bench.edit', (tx) => tx.rows('bench.edit', "MATCH (c:Claim {id: 'gen-c1'}) SET c.quote = 'edited' WITH c MATCH (c)-[r:ABOUT]->() DELETE r"));
  const edited = await timed('bulk load after an edit', () => bulkLoad(graph, plan, { batchSize: 5000 }));
  const [restored] = await graph.rows<{ quote: string; about: number }>('bench.restored', "MATCH (c:Claim {id: 'gen-c1'}) RETURN c.quote AS quote, COUNT { (c)-[:ABOUT]->() } AS about");
  const expectedQuote = plan.nodes.find((b) => b.label === 'Claim')?.rows.find((r) => r.id === 'gen-c1')?.props['quote'];
  const expectedAbout = plan.relationships.find((b) => b.type === 'ABOUT')?.rows.filter((r) => r.from === 'gen-c1').length;
  if (restored?.quote !== expectedQuote || restored?.about !== expectedAbout) throw new Error(`re-load after an edit did not restore gen-c1: ${JSON.stringify(restored)}`);
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  printTable(`Loading ${scale.label} claims (${rows.toLocaleString('en')} nodes and relationships), peak Node RSS ${rss} MB`, ['loader', 'time', 'vs hand-tuned UNWIND'], [
    ['hand-tuned UNWIND … CREATE, empty database (baseline)', `${unwind.toFixed(1)} s`, '1.00×'],
    ['bulkLoad (MERGE), empty database', `${first.toFixed(1)} s`, `${(first / unwind).toFixed(2)}×`],
    ['bulkLoad again, unchanged data', `${again.toFixed(1)} s`, `${(again / unwind).toFixed(2)}× (${(first / again).toFixed(1)}× faster than the first load)`],
    ['bulkLoad again after one property edited and one relationship deleted (both restored)', `${edited.toFixed(1)} s`, `${(edited / unwind).toFixed(2)}× (${(first / edited).toFixed(1)}× faster than the first load)`],
  ]);
  printTable(
    'Where the time goes, per label (:) and relationship type (-)',
    ['batch', 'first load', 're-load', 'first / re-load'],
    [...firstPhases.seconds].map(([what, s]) => {
      const r = againPhases.seconds.get(what) ?? 0;
      return [what, `${s.toFixed(2)} s`, `${r.toFixed(2)} s`, `${(s / r).toFixed(1)}×`];
    }),
  );
}
