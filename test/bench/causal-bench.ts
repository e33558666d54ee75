import { readFileSync } from 'node:fs';
import { extractCausalLinks } from '../../src/ingest/extract-claims.ts';
import { createFactorMatcher } from '../../src/ingest/match-factors.ts';
import { proposeFactors } from '../../src/ingest/propose-factors.ts';
import { SEEDS_DIR, readSeeds } from '../../src/seed/load-seed.ts';
import { percentile, printTable } from './stats.ts';

/**
 * Causal extraction at ingest (candidate links with their polarity reading, and factor
 * proposals) against the factor-mention scan every ingest already pays, on the seed article
 * repeated to about 1M characters with the seed's factors, measured in the same run. Both
 * steps scan the whole text once per call; the ratio shows what reading causal sentences adds.
 */
export async function benchCausal(runs = 7): Promise<void> {
  const article = readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8');
  const text = article.repeat(Math.ceil(1_000_000 / article.length));
  const { seed } = (await readSeeds())[0]!;
  const matcher = createFactorMatcher(seed.factors.map((f) => ({ id: f.id, names: [f.name, ...f.namesZh, ...f.aliases] })));
  const time = (fn: () => unknown) => {
    const t = performance.now();
    fn();
    return (performance.now() - t) / 1000;
  };
  const scan = () => matcher(text).length;
  const links = () => extractCausalLinks(text, matcher).length;
  const proposals = () => proposeFactors(text, matcher).links.length;
  const warm: number[][] = [[], [], []];
  for (let i = 0; i < runs; i++) {
    warm[0]!.push(time(scan));
    warm[1]!.push(time(links));
    warm[2]!.push(time(proposals));
  }
  const [s, l, p] = warm.map((xs) => percentile(xs, 50)) as [number, number, number];
  const kchars = (secs: number) => `${Math.round(text.length / secs / 1000).toLocaleString('en')}K chars/s`;
  printTable(`Causal extraction, ${text.length.toLocaleString('en')} characters (median of ${runs})`, ['step', 'throughput', 'time / mention scan'], [
    ['factor-mention scan (baseline)', kchars(s), '1.00×'],
    ['extractCausalLinks (known factors, polarity)', kchars(l), `${(l / s).toFixed(2)}×`],
    ['proposeFactors (unknown side proposed)', kchars(p), `${(p / s).toFixed(2)}×`],
  ]);
}

if (import.meta.main) await benchCausal();
