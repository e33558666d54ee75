import { parseArgs } from 'node:util';
import { pathsBatch } from '../ingest/batch-source.ts';
import { ingestBatch, type BatchItemResult, type BatchSummary } from '../ingest/ingest-batch.ts';
import { createProgress } from '../progress/progress.ts';
import type { CommandContext } from './main.ts';
import { withGraph } from './with-graph.ts';

const usage = `Usage: claimgraph ingest-batch DIR | FILE.jsonl | FILE... [--json]

Ingests many documents, one after another, each exactly as \`claimgraph ingest\` would:
  DIR          every .txt and .md file in the folder (not its subfolders), in name order, with
               titles, URLs, dates and languages from an optional manifest.yaml (or .yml, .json):
               documents: [{file, title, url, published: YYYY-MM-DD, lang}]
  FILE.jsonl   one JSON object per line: {"text": …, "title": …, "url": …, "lang": …, "published": …}
  FILE...      each file one document (a .jsonl among them is read as JSON Lines)
The same text again is unchanged; a changed text under a known URL (or title) is a new version.
A bad document (not UTF-8, over INGEST_MAX_BYTES, a bad date, a bad JSON line) is reported and
skipped with nothing of it written; the rest go on. Progress goes to stderr, then a table per
document (--json: one JSON object per document instead). Exits 0 when nothing was skipped, 1
when something was, 2 on bad arguments.`;

const STATUS = { CREATED: 'created', UNCHANGED: 'unchanged', NEW_VERSION: 'new version', SKIPPED: 'skipped' } as const;

/** The summary table: one row per document, then the totals. */
export function summaryTable(summary: BatchSummary): string {
  const header = ['#', 'source', 'document', 'lang', 'claims', 'quantities', 'links', 'status'];
  const rows = summary.items.map((i: BatchItemResult, n) => [
    String(n + 1),
    i.source,
    i.documentId ?? '-',
    i.language ?? '-',
    String(i.claims),
    String(i.quantities),
    String(i.causalLinks),
    i.status === 'SKIPPED' ? `skipped: ${i.error?.code} ${i.error?.message}` : i.previousVersionId ? `${STATUS[i.status]} of ${i.previousVersionId}` : STATUS[i.status],
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (c === header.length - 1 ? 0 : r[c]!.length))));
  const numeric = new Set([0, 4, 5, 6]);
  const line = (r: string[]) => r.map((cell, c) => (c === r.length - 1 ? cell : numeric.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ');
  const totals = `${summary.items.length} document(s): ${summary.created} created, ${summary.unchanged} unchanged, ${summary.newVersions} new version(s), ${summary.skipped} skipped`;
  return [line(header), ...rows.map(line), totals].join('\n');
}

export const ingestBatchCommand = {
  usage,
  async run(ctx: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({ args: ctx.args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    if (positionals.length === 0) {
      process.stderr.write(`${usage}\n`);
      return 2;
    }
    const maxBytes = ctx.config.limits.ingestMaxBytes;
    const source = await pathsBatch(positionals, maxBytes);
    ctx.log.info(`ingesting ${source.total} document(s)`);
    const progress = createProgress('ingest-batch');
    const summary = await withGraph(ctx, (graph) =>
      ingestBatch(graph, source.entries, (p) => progress.update(`${p.item.status.toLowerCase()} ${p.item.source}`, p.done, p.total ?? p.done), { maxBytes, total: source.total, log: ctx.log }),
    );
    progress.done(`${summary.created} created, ${summary.unchanged} unchanged, ${summary.newVersions} new version(s), ${summary.skipped} skipped`);
    process.stdout.write(values.json ? summary.items.map((i) => `${JSON.stringify(i)}\n`).join('') : `${summaryTable(summary)}\n`);
    return summary.skipped > 0 ? 1 : 0;
  },
};
