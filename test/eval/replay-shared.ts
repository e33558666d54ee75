// What test/eval/replay-checks.ts and replay-reading.ts share: the snapshot written by `eval:checks -- --snapshot`,
// the dev documents (every file's tuning text), judging claims on the snapshot's record
// without a database, and the report (figures per language, --details rows, --why lines) as eval:checks prints it.
import { readFile } from 'node:fs/promises';
import { evaluatePlans, fetchRanges, planClaims, type ClaimToCheck } from '../../src/checks/check-store.ts';
import type { Check, CheckContext, Observation } from '../../src/checks/check-types.ts';
import { readAllSets } from './checks-set-file.ts';
import type { RecordDates } from './record-dates.ts';
import { FIGURES_HEADER, asLabelVerdict, detailsTable, figuresRow, productChecks, score, type LabelledDoc, type ProductCheck, type QuantityRow, type Scored } from './score-checks.ts';

export interface Snapshot {
  docs: { id: string; claims: ClaimToCheck[]; quantities: QuantityRow[] }[];
  record: Record<string, Observation[]>;
}
export type ReplayRow = Scored & { doc: LabelledDoc };

export const readSnapshot = async (file: string): Promise<Snapshot> => JSON.parse(await readFile(file, 'utf8')) as Snapshot;

/** The dev documents: every file's tuning text (checks-set-file.ts lists the files). */
export async function readDevDocs(here: string): Promise<LabelledDoc[]> {
  return (await readAllSets(here)).filter((d) => d.split === 'dev');
}

/** The checks of these claims, planned and evaluated on the snapshot's record as check-store does on the graph's. */
export function judgeOnSnapshot(claims: ClaimToCheck[], quantities: QuantityRow[], ctx: CheckContext, snapshot: Snapshot): ProductCheck[] {
  const planned = planClaims(claims, ctx);
  const fetched = new Map<string, Observation[]>(fetchRanges(planned).map((r) => [r.seriesId, (snapshot.record[r.seriesId] ?? []).filter((o) => o.periodEnd >= r.from && o.periodEnd <= r.to)]));
  return productChecks(quantities, planned.flatMap((p): Check[] => evaluatePlans(p, fetched)));
}

/** The figures per language and for all dev, then the rows with --details. */
export function replayFigures(title: string, rows: ReplayRow[], record: RecordDates, details: boolean): string[] {
  const out = [title, '', FIGURES_HEADER];
  for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
    const part = rows.filter((r) => r.doc.lang === lang);
    if (part.length) out.push(figuresRow(`${lang} dev (${new Set(part.map((r) => r.doc.id)).size} docs)`, score(part, record)));
  }
  out.push(figuresRow('**all dev**', score(rows, record)));
  if (details) out.push('', ...detailsTable(rows, record));
  return out;
}

/** For each row where the product and the label differ: the quote, the label's observation and reason, the product's explanation. */
export function whyLines(rows: ReplayRow[]): string[] {
  return rows
    .filter((r) => asLabelVerdict(r.check?.verdict) !== r.label.verdict && r.label.series)
    .flatMap((r) => ['', `### ${r.doc.id} — ${r.label.surface}: label ${r.label.verdict}, product ${r.check?.verdict ?? 'no match'}`, `- quote: ${r.label.quote}`, `- label: ${r.label.mode} ${r.label.direction ?? ''} ${r.label.window ?? ''} (${r.label.time_text ?? '—'}, ${r.label.time_source ?? '—'}) ${r.label.series}: ${r.label.observation ?? ''} — ${r.label.why ?? ''}`, `- product: ${r.check?.explanation ?? r.check?.note ?? ''}`]);
}
