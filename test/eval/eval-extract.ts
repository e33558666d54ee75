// npm run eval:extract — recall, value accuracy and precision of the quantity extractor,
// on the curated seed and on the labelled sentences in test/eval/extract-cases.yaml.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { extractQuantities, QUANTITY_KINDS } from '../../src/quantities/extract-quantities.ts';
import { readSeeds } from '../../src/seed/load-seed.ts';
import { extractQuantities as baselineExtract } from '../bench/baseline/extract-quantities.ts';
import { loadRealText, scoreRealText, type RealScore } from './real-text.ts';
import { addScores, emptyScore, scoreExtraction, type Gold, type Score } from './score-extraction.ts';

export interface EvalCase {
  lang: string;
  text: string;
  quantities: { surface: string; value: number; upper?: number; unit: string }[];
}

export const CASES_FILE = new URL('./extract-cases.yaml', import.meta.url);

export function loadCases(): EvalCase[] {
  if (!existsSync(CASES_FILE)) return [];
  return (parse(readFileSync(CASES_FILE, 'utf8')) as { cases: EvalCase[] }).cases;
}

/** Scores per language on the labelled sentences, plus the seed article. */
export async function evaluate(): Promise<Map<string, Score>> {
  const scores = new Map<string, Score>();
  for (const c of loadCases()) {
    let cursor = 0;
    const gold: Gold[] = c.quantities.map((q) => {
      const start = c.text.indexOf(q.surface, cursor);
      if (start < 0) throw new Error(`extract-cases.yaml: "${q.surface}" is not in "${c.text}"`);
      cursor = start + q.surface.length;
      return { ...q, start, end: start + q.surface.length };
    });
    scores.set(c.lang, addScores(scores.get(c.lang) ?? emptyScore(), scoreExtraction(gold, extractQuantities(c.text))));
  }
  for (const { seed, text } of await readSeeds()) {
    const gold: Gold[] = seed.claims.flatMap((claim) =>
      claim.quantities.map((q) => {
        const start = claim.start + claim.quote.indexOf(q.surface);
        return { ...q, start, end: start + q.surface.length };
      }),
    );
    const found = extractQuantities(text, seed.document.published ? { documentDate: seed.document.published } : {});
    scores.set(`seed ${seed.document.id}`, scoreExtraction(gold, found));
  }
  return scores;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

/** The real-text set scored with today's extractor and with the baseline (commit 299274d), in one run. */
export function evaluateRealText() {
  const docs = loadRealText();
  return { current: scoreRealText(docs, (t) => extractQuantities(t)), baseline: scoreRealText(docs, (t) => baselineExtract(t)) };
}

function realTable(title: string, current: Map<string, RealScore>, baseline: Map<string, RealScore>, keys: string[]): string {
  const cell = (s: RealScore | undefined, b: RealScore | undefined) => {
    if (!s) return ['—', '—', '—', '—', '—'];
    const recall = pct(s.located, s.gold);
    return [String(s.gold), `${recall}${b ? ` (${pct(b.located, b.gold)})` : ''}`, pct(s.value, s.located), pct(s.unit, s.located), `${pct(s.real, s.found)}${b ? ` (${pct(b.real, b.found)})` : ''}`];
  };
  const rows = keys.filter((k) => current.has(k)).map((k) => `| ${k} | ${cell(current.get(k), baseline.get(k)).join(' | ')} | ${pct(current.get(k)!.direction, current.get(k)!.directed)} | ${pct(current.get(k)!.qualifier, current.get(k)!.qualified)} |`);
  return `\n${title}\n\n| set | numbers | recall (baseline) | value accuracy | unit accuracy | precision (baseline) | direction | qualifier |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

if (import.meta.main) {
  const { current, baseline } = evaluateRealText();
  const langs = ['zh-Hant', 'zh-Hans', 'en'];
  const splits = ['dec07-heldout', 'dec07-tune', 'last', 'final', 'fresh', 'heldout', 'tune'];
  process.stdout.write(realTable('Real text (test/eval/real-text.yaml); value and unit accuracy are over the numbers found', current, baseline, splits.flatMap((sp) => langs.map((l) => `${l} ${sp}`))));
  process.stdout.write(realTable('Per kind', current, baseline, splits.flatMap((sp) => langs.flatMap((l) => QUANTITY_KINDS.map((k) => `${l} ${sp} ${k}`)))));
  // Errors are printed for the tuning part only: the held-out and fresh parts are never looked at number by number.
  if (process.argv.includes('--errors')) {
    for (const sp of ['tune', 'dec07-tune']) {
      for (const l of langs) {
        const s = current.get(`${l} ${sp}`);
        if (s?.errors.length) process.stdout.write(`\n${l} ${sp} errors:\n  ${s.errors.join('\n  ')}\n`);
      }
    }
  }
  const scores = await evaluate();
  process.stdout.write('\nLabelled sentences written by the team, and the curated seed\n\n');
  const rows = [...scores.entries()].map(([name, s]) => `| ${name} | ${s.gold} | ${pct(s.located, s.gold)} | ${pct(s.exact, s.gold)} | ${pct(s.real, s.found)} |`);
  process.stdout.write(`| set | quantities | recall (located) | recall (same value and unit) | precision |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`);
  for (const [name, s] of scores) {
    if (s.misses.length) process.stdout.write(`\n${name} misses:\n  ${s.misses.join('\n  ')}\n`);
    if (s.spurious.length) process.stdout.write(`${name} spurious: ${s.spurious.join(', ')}\n`);
  }
}
