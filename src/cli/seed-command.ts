import { parseArgs } from 'node:util';
import { createProgress } from '../progress/progress.ts';
import { loadSeeds } from '../seed/load-seed.ts';
import type { CommandContext } from './main.ts';
import { withGraph } from './with-graph.ts';

export const seedCommand = {
  summary: 'load the curated seed corpus in seeds/ (idempotent)',
  usage: `Usage: claimgraph seed [--dir DIR] [--quiet]

Validates every seeds/*.seed.yaml against its document, then loads documents,
claims, quantities, factors, sources and causal links with batched MERGE writes.
Loading twice yields the same graph; editors' verdicts are never reset.`,
  async run(ctx: CommandContext) {
    const { values } = parseArgs({ args: ctx.args, options: { dir: { type: 'string' }, quiet: { type: 'boolean' } } });
    const progress = createProgress('seed', process.stderr, !values.quiet);
    const summary = await withGraph(ctx, (graph) =>
      loadSeeds(graph, (p) => progress.update(`${p.phase} ${p.what}`, p.done, p.total), values.dir),
    );
    progress.done(`${summary.documents} document(s), ${summary.nodes} nodes, ${summary.relationships} relationships`);
  },
};
