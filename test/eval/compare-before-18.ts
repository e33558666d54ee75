// npm run eval:extract -- --before-18 prints this too: the real-text set scored with the extractor as it was before
// issue 18 (a copy in test/bench/baseline/before-18/) and with today's, in one run, aggregated per language and split
// (tune and held-out parts only as totals: held-out documents are never read number by number).
import { extractQuantities as before18 } from '../bench/baseline/before-18/extract-quantities.ts';
import { extractQuantities } from '../../src/quantities/extract-quantities.ts';
import { loadRealText, scoreRealText, type RealScore } from './real-text.ts';

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

export function compareBefore18(): string {
  const docs = loadRealText();
  const now = scoreRealText(docs, (t) => extractQuantities(t));
  const then = scoreRealText(docs, (t) => before18(t));
  const splits = [...new Set(docs.map((d) => `${d.lang} ${d.split}`))].sort();
  const row = (k: string, s: RealScore | undefined, b: RealScore | undefined) =>
    s && b ? `| ${k} | ${s.gold} | ${pct(b.located, b.gold)} → ${pct(s.located, s.gold)} | ${pct(b.value, b.located)} → ${pct(s.value, s.located)} | ${pct(b.unit, b.located)} → ${pct(s.unit, s.located)} | ${pct(b.real, b.found)} → ${pct(s.real, s.found)} |` : '';
  const kinds = ['count', 'measure'];
  const rows = [...splits.map((k) => row(k, now.get(k), then.get(k))), ...splits.flatMap((k) => kinds.map((kind) => row(`${k} ${kind}`, now.get(`${k} ${kind}`), then.get(`${k} ${kind}`))))].filter(Boolean);
  return `\nIssue 18: before → after, same run\n\n| set | numbers | recall | value accuracy | unit accuracy | precision |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

if (import.meta.main) process.stdout.write(compareBefore18());
