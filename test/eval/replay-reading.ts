// node test/eval/replay-reading.ts SNAPSHOT [--details] [--why] [--time] — like replay-checks.ts, but re-reads the dev
// documents with today's extractor first (extractClaims with the seed's factor matcher, no database), then plans and
// evaluates the checks on the snapshot's record, and scores them as eval:checks does. For tuning the reading (frames,
// times, factors) on dev in seconds; the figures to report come from eval:checks itself. The snapshot (written by
// `npm run eval:checks -- --snapshot SNAPSHOT`) supplies the series that measure each factor and the record.
// `--time` lists the dev rows whose time attribution is wrong, with the label's window and words and the product's.
import { shippedCheckContext } from '../../src/checks/check-context.ts';
import type { ClaimToCheck } from '../../src/checks/check-store.ts';
import type { Measure } from '../../src/checks/check-types.ts';
import { extractClaims } from '../../src/ingest/extract-claims.ts';
import { frameFromProperties, frameProperties } from '../../src/quantities/frame-properties.ts';
import { seedMatcher } from '../support/seed-matcher.ts';
import { judgeOnSnapshot, readDevDocs, readSnapshot, replayFigures, whyLines, type ReplayRow } from './replay-shared.ts';
import { matchCheck, timeRight, type QuantityRow } from './score-checks.ts';
import { loadRecordDates } from './record-dates.ts';

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: node test/eval/replay-reading.ts SNAPSHOT [--details] [--why] [--time]');
const here = new URL('.', import.meta.url).pathname;
const record = loadRecordDates();
const snapshot = await readSnapshot(file);
const docs = await readDevDocs(here);
const ctx = await shippedCheckContext();
const matcher = seedMatcher();
// The series that measure each factor, as the snapshot's graph linked them.
const measuresOf = new Map<string, Measure[]>();
for (const d of snapshot.docs) for (const c of d.claims) for (const m of c.measures.filter((x) => x.series)) {
  const list = measuresOf.get(m.factorId) ?? [];
  if (!list.some((x) => x.series.id === m.series.id)) list.push(m);
  measuresOf.set(m.factorId, list);
}
const rows: ReplayRow[] = [];
for (const doc of docs) {
  const published = String(doc.published);
  const candidates = extractClaims(doc.text, matcher, published);
  const claims: ClaimToCheck[] = candidates.map((c, i) => {
    const factorIds = [...new Set([...c.factorIds, ...c.frames.map((f) => f.factorId).filter((f): f is string => !!f)])];
    return {
      input: {
        id: `${doc.id}-x${i}`,
        quote: c.quote,
        sentence: c.sentence,
        kind: c.quantities.some((q) => q.unit === 'date' || q.unit === 'year') && c.quantities.length === 1 ? 'DATE' : 'LEVEL',
        time: c.time,
        documentDate: published,
        factorIds: c.factorIds,
        factorNames: {},
        quantities: c.quantities.map((q, j) => ({ surface: q.surface, value: q.value, upper: q.upper ?? null, unit: q.unit, qualifier: q.qualifier ?? null, position: j, frame: frameFromProperties(frameProperties(c.frames[j]!) as Record<string, unknown>) })),
        assertions: c.assertions,
        readings: [],
      },
      measures: factorIds.flatMap((f) => measuresOf.get(f) ?? []),
    };
  });
  const quantities: QuantityRow[] = candidates.flatMap((c, i) =>
    c.quantities.map((q, j) => ({ claimId: `${doc.id}-x${i}`, start: c.start, end: c.end, surface: q.surface, value: q.value, factorId: c.frames[j]?.factorId ?? null, windowStart: c.frames[j]?.window?.start ?? null, windowEnd: c.frames[j]?.window?.end ?? null, timeSource: c.frames[j]?.timeSource ?? null })),
  );
  const checks = judgeOnSnapshot(claims, quantities, ctx, snapshot);
  for (const label of doc.claims) rows.push({ doc, label, check: matchCheck(doc.text, label, checks) });
}
const out = replayFigures("## replay of eval:checks with today's reading (dev)", rows, record, argv.includes('--details'));
if (argv.includes('--time')) {
  for (const r of rows) {
    if (!r.label.series || !r.label.window || timeRight(r.label, r.check, { record, published: r.doc.published })) continue;
    out.push('', `### ${r.doc.id} (${String(r.doc.published)}) — ${r.label.surface} ${r.label.mode}`, `- quote: ${r.label.quote}`, `- label: ${r.label.window} "${r.label.time_text ?? '—'}" ${r.label.time_source ?? '—'}; ${r.label.observation ?? ''}`, `- product: ${r.check?.window ? `${r.check.window.from}..${r.check.window.to}` : '—'} ${r.check?.timeSource ?? '—'}; ${r.check?.verdict ?? 'no match'} ${(r.check?.note ?? '').slice(0, 200)}`);
  }
}
if (argv.includes('--why')) out.push(...whyLines(rows));
process.stdout.write(`${out.join('\n')}\n`);
