import type { Graph } from '../graph/graph.ts';
import { openGraph } from '../graph/open-graph.ts';
import type { CommandContext } from './main.ts';

/** Opens the configured graph for one command and always lets go of it (and of any runner we started). */
export async function withGraph<T>(ctx: CommandContext, work: (graph: Graph) => Promise<T>): Promise<T> {
  const db = await openGraph(ctx.config, ctx.log, { persistent: true });
  try {
    return await work(db.graph);
  } finally {
    await db.close();
  }
}
