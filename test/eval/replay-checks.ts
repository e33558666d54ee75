// node test/eval/replay-checks.ts SNAPSHOT [--details] [--why] — re-runs the checks (planning and arithmetic, not
// ingest) on a snapshot of the dev documents written by `npm run eval:checks -- --snapshot SNAPSHOT`, and scores them
// as eval:checks does, in seconds and without a database. For tuning the checks on dev; the figures to report come
// from eval:checks itself. `--why` adds, for each row where the product and the label differ, the quote, the label's
// observation and reason, and the product's explanation.
import { readFile } from 'node:fs/promises';
import { shippedCheckContext } from '../../src/checks/check-context.ts';
import { evaluatePlans, fetchRanges, planClaims, type ClaimToCheck } from '../../src/checks/check-store.ts';
import type { Observation } from '../../src/checks/check-types.ts';
import { readSet } from './checks-set-file.ts';
import { FIGURES_HEADER, asLabelVerdict, detailsTable, figuresRow, matchCheck, productChecks, score, type LabelledDoc, type QuantityRow, type Scored } from './score-checks.ts';
import { loadRecordDates } from './record-dates.ts';

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: node test/eval/replay-checks.ts SNAPSHOT [--details] [--why]');
const here = new URL('.', import.meta.url).pathname;
const record = loadRecordDates();
const snapshot = JSON.parse(await readFile(file, 'utf8')) as { docs: { id: string; claims: ClaimToCheck[]; quantities: QuantityRow[] }[]; record: Record<string, Observation[]> };
const docs = new Map([...(await readSet(here, 'en.yaml')), ...(await readSet(here, 'zh.yaml'))].filter((d) => d.split === 'dev').map((d) => [d.id, d]));
const ctx = await shippedCheckContext();
const rows: (Scored & { doc: LabelledDoc })[] = [];
for (const s of snapshot.docs) {
  const doc = docs.get(s.id);
  if (!doc) continue;
  const planned = planClaims(s.claims, ctx);
  const fetched = new Map<string, Observation[]>(fetchRanges(planned).map((r) => [r.seriesId, (snapshot.record[r.seriesId] ?? []).filter((o) => o.periodEnd >= r.from && o.periodEnd <= r.to)]));
  const checks = productChecks(s.quantities, planned.flatMap((p) => evaluatePlans(p, fetched)));
  for (const label of doc.claims) rows.push({ doc, label, check: matchCheck(doc.text, label, checks) });
}
const out = ['## replay of eval:checks (dev)', '', FIGURES_HEADER];
for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
  const part = rows.filter((r) => r.doc.lang === lang);
  if (part.length) out.push(figuresRow(`${lang} dev (${new Set(part.map((r) => r.doc.id)).size} docs)`, score(part, record)));
}
out.push(figuresRow('**all dev**', score(rows, record)));
if (argv.includes('--details')) out.push('', ...detailsTable(rows, record));
if (argv.includes('--why')) {
  for (const r of rows) {
    const got = asLabelVerdict(r.check?.verdict);
    if (got === r.label.verdict || !r.label.series) continue;
    out.push('', `### ${r.doc.id} — ${r.label.surface}: label ${r.label.verdict}, product ${r.check?.verdict ?? 'no match'}`, `- quote: ${r.label.quote}`, `- label: ${r.label.mode} ${r.label.direction ?? ''} ${r.label.window ?? ''} (${r.label.time_text ?? '—'}, ${r.label.time_source ?? '—'}) ${r.label.series}: ${r.label.observation ?? ''} — ${r.label.why ?? ''}`, `- product: ${r.check?.explanation ?? r.check?.note ?? ''}`);
  }
}
process.stdout.write(`${out.join('\n')}\n`);
