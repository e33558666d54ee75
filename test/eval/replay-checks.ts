// node test/eval/replay-checks.ts SNAPSHOT [--details] [--why] — re-runs the checks (planning and arithmetic, not
// ingest) on a snapshot of the dev documents written by `npm run eval:checks -- --snapshot SNAPSHOT`, and scores them
// as eval:checks does, in seconds and without a database. For tuning the checks on dev; the figures to report come
// from eval:checks itself. `--why` adds, for each row where the product and the label differ, the quote, the label's
// observation and reason, and the product's explanation.
import { shippedCheckContext } from '../../src/checks/check-context.ts';
import { loadRecordDates } from './record-dates.ts';
import { judgeOnSnapshot, readDevDocs, readSnapshot, replayFigures, whyLines, type ReplayRow } from './replay-shared.ts';
import { matchCheck } from './score-checks.ts';

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: node test/eval/replay-checks.ts SNAPSHOT [--details] [--why]');
const here = new URL('.', import.meta.url).pathname;
const record = loadRecordDates();
const snapshot = await readSnapshot(file);
const docs = new Map((await readDevDocs(here)).map((d) => [d.id, d]));
const ctx = await shippedCheckContext();
const rows: ReplayRow[] = [];
for (const s of snapshot.docs) {
  const doc = docs.get(s.id);
  if (!doc) continue;
  const checks = judgeOnSnapshot(s.claims, s.quantities, ctx, snapshot);
  for (const label of doc.claims) rows.push({ doc, label, check: matchCheck(doc.text, label, checks) });
}
const out = replayFigures('## replay of eval:checks (dev)', rows, record, argv.includes('--details'));
if (argv.includes('--why')) out.push(...whyLines(rows));
process.stdout.write(`${out.join('\n')}\n`);
