import { importJson } from '../export/import-json.ts';
import { createProgress } from '../progress/progress.ts';
import type { CommandContext } from './main.ts';
import { withGraph } from './with-graph.ts';
import { count } from '../plural.ts';

const usage = `Usage: claimgraph import FILE

Reads a file written by \`claimgraph export --format json\`. The whole file is validated
first (a bad file writes nothing, and the error names the place); MERGE on ids makes
importing twice the same as once.`;

export const importCommand = {
  usage,
  async run(ctx: CommandContext): Promise<number> {
    const file = ctx.args[0];
    if (!file) {
      process.stderr.write(`${usage}\n`);
      return 2;
    }
    const progress = createProgress('import');
    const loaded = await withGraph(ctx, (graph) => importJson(graph, file, progress.forLoad()));
    progress.done(`${count(loaded.nodes, 'node')}, ${count(loaded.relationships, 'relationship')}`);
    return 0;
  },
};
