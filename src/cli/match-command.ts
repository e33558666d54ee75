import { parseArgs } from 'node:util';
import { matchDocument, matchEverything } from '../matching/match-claims.ts';
import { findJointFindings } from '../matching/joint-findings.ts';
import { listRelations } from '../matching/relation-store.ts';
import { RELATION_KINDS, RELATION_STATUSES, type RelationKind, type RelationStatus } from '../vocabulary.ts';
import type { CommandContext } from './main.ts';
import { withGraph } from './with-graph.ts';

const usage = `Usage: claimgraph match [--document ID] [--list] [--kind K] [--status S] [--json]
       claimgraph match --findings [--document ID] [--json]

Relates claims across documents (issue 19): SAME_FIGURE, CONTRADICTS, UPDATES. Ingest runs this for every new
document; run it by hand after an import or a matcher upgrade. Without --document, every relation in the graph is
recomputed; relations an editor confirmed or rejected are never changed. Idempotent.
  --list       print the stored relations instead (filtered by --document, --kind ${RELATION_KINDS.join('|')},
               --status ${RELATION_STATUSES.join('|')})
  --findings   print the sets of figures that cannot all hold under the balance-sheet identity
               (reserves = total assets − TGA − ON RRP − other factors), with the arithmetic
  --json       JSON instead of text`;

export const matchCommand = {
  usage,
  async run(ctx: CommandContext): Promise<number> {
    const { values } = parseArgs({
      args: ctx.args,
      options: { document: { type: 'string' }, list: { type: 'boolean' }, findings: { type: 'boolean' }, kind: { type: 'string' }, status: { type: 'string' }, json: { type: 'boolean' } },
    });
    const kind = values.kind?.toUpperCase();
    const status = values.status?.toUpperCase();
    if ((kind && !(RELATION_KINDS as readonly string[]).includes(kind)) || (status && !(RELATION_STATUSES as readonly string[]).includes(status))) {
      process.stderr.write(`${usage}\n`);
      return 2;
    }
    return withGraph(ctx, async (graph) => {
      const out = (value: unknown, text: string) => process.stdout.write(values.json ? `${JSON.stringify(value, null, 2)}\n` : text);
      if (values.findings) {
        const found = await findJointFindings(graph, values.document);
        out(found, found.length ? found.map((f) => `${f.id} ${f.mode} ${f.window.start}..${f.window.end}\n  ${f.arithmetic}\n`).join('\n') : 'No set of figures breaks the identity.\n');
        return 0;
      }
      if (values.list) {
        const rows = [];
        let after: string | undefined;
        for (;;) {
          const page = await listRelations(graph, { kind: kind ? [kind as RelationKind] : undefined, status: status ? [status as RelationStatus] : undefined, document: values.document }, 500, after);
          rows.push(...page.rows);
          if (page.rows.length < 500) break;
          after = page.rows.at(-1)?.id;
        }
        out(rows, rows.map((r) => `${r.id} ${r.kind} ${r.status} ${r.earlierClaimId} → ${r.laterClaimId}\n  ${r.why}\n`).join('') || 'No relations.\n');
        return 0;
      }
      ctx.log.info(values.document ? `matching the claims of ${values.document} against the other documents` : 'matching every claim in the graph');
      const result = values.document ? await matchDocument(graph, values.document) : await matchEverything(graph);
      const counts = RELATION_KINDS.map((k) => `${k} ${result.relations[k] ?? 0}`).join(', ');
      out(result, `${result.figures} figures weighed: ${counts}; ${result.removed} pending relations no longer found, removed\n`);
      return 0;
    });
  },
};
