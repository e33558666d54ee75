/**
 * `node test/eval/replay-matching.ts FIGURES.json [--verbose]`: re-runs the pure matcher (src/matching/relate-figures.ts)
 * on the dev figures `EVAL_FIGURES_OUT` wrote (`npm run eval:matching` on dev), with the record of their measures it
 * wrote beside them, and scores the labelled dev pairs
 * again, in about a second instead of ingesting 23 documents. The figures are those ingest read when the file was
 * written: a change of the reading needs the eval itself. Dev only (the file holds dev figures only); `--verbose`
 * lists the pairs whose prediction differs from the label, and the pairs whose prediction changed since the file.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Figure } from '../../src/matching/figure.ts';
import { measureRecord, type MeasureObservation } from '../../src/matching/measure-record.ts';
import { relateAll } from '../../src/matching/relate-figures.ts';
import { groupedTables, type Label, type ScoredPair } from './score-matching.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { verbose: { type: 'boolean', default: false } } });
const file = positionals[0];
if (!file) throw new Error('usage: node test/eval/replay-matching.ts FIGURES.json [--verbose]');
const dump = JSON.parse(await readFile(file, 'utf8')) as { figures: Figure[]; observations?: MeasureObservation[]; quantityOf: Record<string, string>; pairs: ScoredPair[] };

// The record the figures are weighed against, when the file holds it (files written before it did: none).
const record = dump.observations ? measureRecord(dump.observations) : undefined;
const relationOf = new Map<string, { kind: Label; why: string }>();
for (const r of relateAll(dump.figures, undefined, record)) relationOf.set([r.earlier.quantityId, r.later.quantityId].sort().join('|'), { kind: r.kind, why: r.why });
const figureOf = new Map(dump.figures.map((f) => [f.quantityId, f]));
const shown = (claim: string) => {
  const f = figureOf.get(dump.quantityOf[claim] ?? '');
  if (!f) return 'no figure (no factor, mode or window)';
  return `${f.surface} ${f.unit}${f.qualifier ? ` ${f.qualifier}` : ''} ${f.factorId} ${f.mode}${f.direction ? ` ${f.direction}` : ''} ${f.window.start}..${f.window.end}${f.timeSource === 'DOCUMENT_DATE' ? ' (doc date)' : ''}${f.yearless ? ' (no year stated)' : ''}${f.stance && f.stance !== 'OBSERVATION' ? ` ${f.stance}` : ''}${f.unfirm?.length ? ` [not firm: ${f.unfirm.map((u) => u.kind).join(', ')}]` : ''}`;
};

const scored: (ScoredPair & { before: Label; why?: string })[] = dump.pairs.map((p) => {
  const qa = dump.quantityOf[p.a];
  const qb = dump.quantityOf[p.b];
  const r = qa && qb ? relationOf.get([qa, qb].sort().join('|')) : undefined;
  return { ...p, before: p.predicted, predicted: r?.kind ?? 'NONE', ...(r ? { why: r.why } : {}) };
});
const out = [groupedTables(scored, (p) => p.split, 'replayed'), groupedTables(scored.filter((p) => !p.doubtful), (p) => `${p.split} without doubtful pairs`, 'replayed')];
if (values.verbose) {
  for (const [title, list] of [
    ['changed since the file', scored.filter((p) => p.predicted !== p.before)],
    ['wrong', scored.filter((p) => p.predicted !== p.label)],
  ] as const) {
    out.push(`${title}: ${list.length}`);
    for (const p of list) {
      out.push(`  ${p.a}–${p.b}: labelled ${p.label}${p.doubtful ? ' (doubtful)' : ''}, predicted ${p.predicted} (was ${p.before})`);
      out.push(`      ${p.a}: ${shown(p.a)}\n      ${p.b}: ${shown(p.b)}${p.why ? `\n      why: ${p.why}` : ''}`);
    }
  }
}
process.stdout.write(`${out.join('\n')}\n`);
