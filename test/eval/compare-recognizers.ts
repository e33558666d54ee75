// node test/eval/compare-recognizers.ts — the evidence behind choosing our own scanner over
// @microsoft/recognizers-text-number: both run on the same labelled set and the seed article,
// scored on values alone (the number model gives no units), plus throughput per paragraph.
import { readFileSync } from 'node:fs';
import Recognizers from '@microsoft/recognizers-text-number';
import { extractQuantities } from '../../src/quantities/extract-quantities.ts';
import { readSeeds, SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { loadCases } from './eval-extract.ts';

interface Span { start: number; end: number; value: number }
const { recognizeNumber, recognizePercentage, Culture } = Recognizers;

function recognizers(text: string, lang: string): Span[] {
  const culture = lang === 'en' ? Culture.English : Culture.Chinese;
  const found = [...recognizePercentage(text, culture), ...recognizeNumber(text, culture)];
  const spans: Span[] = [];
  for (const r of found.sort((a, b) => a.start - b.start)) {
    const value = Number.parseFloat(String(r.resolution['value']).replace('%', ''));
    if (Number.isNaN(value) || spans.some((s) => s.start <= r.start && r.end < s.end)) continue; // the percent model wins overlaps
    spans.push({ start: r.start, end: r.end + 1, value }); // recognizers' end is inclusive
  }
  return spans;
}

const ours = (text: string): Span[] => extractQuantities(text).map((q) => ({ start: q.start, end: q.end, value: q.value }));

function score(gold: Span[], found: Span[]) {
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return {
    gold: gold.length,
    found: found.length,
    exact: gold.filter((g) => found.some((f) => overlaps(f, g) && same(f.value, g.value))).length,
    real: found.filter((f) => gold.some((g) => overlaps(f, g))).length,
  };
}

const sets = new Map<string, { gold: Span[]; text: string; lang: string }[]>();
for (const c of loadCases()) {
  let cursor = 0;
  const gold = c.quantities.map((q) => {
    const start = c.text.indexOf(q.surface, cursor);
    cursor = start + q.surface.length;
    return { start, end: start + q.surface.length, value: q.value };
  });
  sets.set(c.lang, [...(sets.get(c.lang) ?? []), { gold, text: c.text, lang: c.lang }]);
}
const [{ seed, text }] = (await readSeeds()) as [{ seed: import('../../src/seed/seed-file.ts').SeedFile; text: string }];
sets.set('seed article', [
  {
    text,
    lang: 'zh-Hant',
    gold: seed.claims.flatMap((c) => c.quantities.map((q) => ({ start: c.start + c.quote.indexOf(q.surface), end: c.start + c.quote.indexOf(q.surface) + q.surface.length, value: q.value }))),
  },
]);

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
const rows: string[] = [];
for (const [name, items] of sets) {
  for (const [who, fn] of [['claimgraph', (t: string) => ours(t)], ['recognizers-text', (t: string, l: string) => recognizers(t, l)]] as const) {
    const s = items.map((i) => score(i.gold, fn(i.text, i.lang))).reduce((a, b) => ({ gold: a.gold + b.gold, found: a.found + b.found, exact: a.exact + b.exact, real: a.real + b.real }));
    rows.push(`| ${name} | ${who} | ${pct(s.exact, s.gold)} | ${pct(s.real, s.found)} |`);
  }
}
process.stdout.write(`| set | extractor | recall (same value) | precision |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`);

// Throughput on ~1 MB, fed per paragraph as recognizers-text needs.
const article = readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8');
const big = article.repeat(Math.ceil(1_000_000 / article.length));
const paragraphs = big.split('\n');
const rate = (fn: () => void) => {
  fn();
  const t = performance.now();
  fn();
  return `${Math.round(big.length / ((performance.now() - t) / 1000) / 1000).toLocaleString('en')}K chars/s`;
};
process.stdout.write(`\nthroughput on ${(big.length / 1e6).toFixed(2)}M chars: claimgraph ${rate(() => void extractQuantities(big))}, ` +
  `recognizers-text number+percent per paragraph ${rate(() => paragraphs.forEach((p) => recognizers(p, 'zh-Hant')))}\n`);
