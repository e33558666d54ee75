import { readFileSync } from 'node:fs';
import { extractQuantities } from '../../src/ingest/extract-quantities.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { percentile, printTable } from './stats.ts';

/**
 * Extraction throughput on the seed article repeated to about 1 MB, against a plain
 * digit scan over the same text (the floor any extractor pays to read the input).
 * Cold is the first call in this process (regex compilation, JIT warm-up); warm is the median of the next runs.
 */
export function benchExtract(runs = 7): void {
  const article = readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8');
  const text = article.repeat(Math.ceil(1_000_000 / article.length));
  const time = (fn: () => unknown) => {
    const t = performance.now();
    fn();
    return (performance.now() - t) / 1000;
  };
  const baseline = () => [...text.matchAll(/\d+(?:\.\d+)?/g)].length;
  const extract = () => extractQuantities(text).length;
  const coldExtract = time(extract);
  const coldBase = time(baseline);
  const warmExtract = percentile(Array.from({ length: runs }, () => time(extract)), 50);
  const warmBase = percentile(Array.from({ length: runs }, () => time(baseline)), 50);
  const rate = (s: number) => `${Math.round(text.length / s / 1000).toLocaleString('en')}K chars/s`;
  printTable(`Quantity extraction on ${(text.length / 1e6).toFixed(2)}M characters (seed article repeated)`, ['run', 'extractQuantities', 'digit scan (baseline)', 'extractor time / baseline'], [
    ['cold (first call)', rate(coldExtract), rate(coldBase), `${(coldExtract / coldBase).toFixed(1)}×`],
    [`warm (median of ${runs})`, rate(warmExtract), rate(warmBase), `${(warmExtract / warmBase).toFixed(1)}×`],
  ]);
}

if (import.meta.main) benchExtract();
