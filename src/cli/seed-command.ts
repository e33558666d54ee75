import { parseArgs } from 'node:util';
import { createProgress } from '../progress/progress.ts';
import { loadSeeds } from '../seed/load-seed.ts';
import type { Graph } from '../graph/graph.ts';
import type { CommandContext } from './main.ts';
import { withGraph } from './with-graph.ts';

/** Loads the seeds with progress on stderr: what `seed` does, and `serve` when the graph lacks them. */
export async function seedWithProgress(graph: Graph, options: { quiet?: boolean; dir?: string } = {}): Promise<void> {
  const progress = createProgress('seed', process.stderr, !options.quiet);
  const s = await loadSeeds(graph, progress.forLoad(), options.dir);
  progress.done(`${s.documents} document(s), ${s.nodes} nodes, ${s.relationships} relationships`);
}

export const seedCommand = {
  usage: `Usage: claimgraph seed [--dir DIR] [--quiet]

Validates every seeds/*.seed.yaml against its document, then loads documents,
claims, quantities, factors, sources and causal links with batched MERGE writes.
Loading twice yields the same graph; editors' verdicts are never reset.`,
  async run(ctx: CommandContext) {
    const { values } = parseArgs({ args: ctx.args, options: { dir: { type: 'string' }, quiet: { type: 'boolean' } } });
    await withGraph(ctx, (graph) => seedWithProgress(graph, { ...(values.quiet ? { quiet: true } : {}), ...(values.dir ? { dir: values.dir } : {}) }));
  },
};
