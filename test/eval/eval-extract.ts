// npm run eval:extract — recall, value accuracy and precision of the quantity extractor,
// on the curated seed and on the labelled sentences in test/eval/extract-cases.yaml.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { extractQuantities } from '../../src/ingest/extract-quantities.ts';
import { readSeeds } from '../../src/seed/load-seed.ts';
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

if (import.meta.main) {
  const scores = await evaluate();
  const rows = [...scores.entries()].map(([name, s]) => `| ${name} | ${s.gold} | ${pct(s.located, s.gold)} | ${pct(s.exact, s.gold)} | ${pct(s.real, s.found)} |`);
  process.stdout.write(`| set | quantities | recall (located) | recall (same value and unit) | precision |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`);
  for (const [name, s] of scores) {
    if (s.misses.length) process.stdout.write(`\n${name} misses:\n  ${s.misses.join('\n  ')}\n`);
    if (s.spurious.length) process.stdout.write(`${name} spurious: ${s.spurious.join(', ')}\n`);
  }
}
