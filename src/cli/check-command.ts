import { parseArgs } from 'node:util';
import { shippedCheckContext } from '../checks/check-context.ts';
import { checkClaims } from '../checks/check-store.ts';
import { checkTable } from '../checks/check-table.ts';
import { claimsByIds } from '../claims/claim-store.ts';
import type { CommandContext } from './main.ts';
import { withGraph } from './with-graph.ts';

const usage = `Usage: claimgraph check --document ID [--all] [--json] [--explain]

Holds every claim of a document against the reference series and prints a Markdown table:
the claim, what the record says, the deviation and the suggested verdict (CONSISTENT,
INCONSISTENT, MISLEADING with the parts that fail, INCONCLUSIVE, NOT_CHECKABLE). Claims whose numbers are only dates are left out;
--all lists those too, --json prints the checks in full, --explain adds each
check's explanation under the table. Nothing is written: a check never sets a claim's status.`;

export const checkCommand = {
  usage,
  async run(ctx: CommandContext): Promise<number> {
    const { values } = parseArgs({ args: ctx.args, options: { document: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' }, explain: { type: 'boolean' } } });
    if (!values.document) {
      process.stderr.write(`${usage}\n`);
      return 2;
    }
    const documentId = values.document;
    const { checks, quotes } = await withGraph(ctx, async (graph) => {
      const rows = await checkClaims(graph, { documentId }, await shippedCheckContext());
      const checks = rows.flatMap((r) => r.checks).filter((c) => values.all || c.quantity !== null);
      const claims = await claimsByIds(graph, [...new Set(checks.map((c) => c.claimId))]);
      return { checks, quotes: new Map(claims.flatMap((c) => (c ? [[c.id, c.quote] as const] : []))) };
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(checks, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(checkTable(checks, quotes));
    if (values.explain) for (const c of checks) process.stdout.write(`\n${c.claimId} — ${c.verdict}\n${c.explanation}\n`);
    return 0;
  },
};
