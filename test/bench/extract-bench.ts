import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readPiece } from '../../src/ingest/read-piece.ts';
import { seedMatcher } from '../support/seed-matcher.ts';
import { extractCausalLinks as beforeLinks, extractClaims as beforeClaims } from './baseline/before-18/extract-claims.ts';
import { createFactorMatcher as beforeFactorMatcher } from './baseline/before-18/match-factors.ts';
import { proposeFactors as beforePropose } from './baseline/before-18/propose-factors.ts';
import { extractQuantities } from '../../src/quantities/extract-quantities.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { loadRealText } from '../eval/real-text.ts';
import { extractQuantities as baselineExtract } from './baseline/extract-quantities.ts';
import { percentile, printTable } from './stats.ts';

/**
 * Extraction throughput, today's extractor against the extractor before issue 12 (a copy in
 * test/bench/baseline/), measured in the same run on the same texts: the seed article repeated to
 * about 1 MB, and the real-text evaluation set (three languages) repeated to about 1 MB. A plain
 * digit scan over the same text is the floor any extractor pays to read the input. Cold is the first
 * call in this process (regex compilation, JIT warm-up); warm is the median of the next runs, with
 * the two extractors alternating so machine noise hits both alike.
 */
export function benchExtract(runs = 7): void {
  const article = readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8');
  const real = loadRealText().map((d) => d.text).join('\n\n');
  const corpora = [
    ['seed article', article.repeat(Math.ceil(1_000_000 / article.length))],
    ['real-text set (zh-Hant, zh-Hans, en)', real.repeat(Math.ceil(1_000_000 / real.length))],
  ] as const;
  const time = (fn: () => unknown) => {
    const t = performance.now();
    fn();
    return (performance.now() - t) / 1000;
  };
  const rows: string[][] = [];
  for (const [name, text] of corpora) {
    const scan = () => [...text.matchAll(/\d+(?:\.\d+)?/g)].length;
    const now = () => extractQuantities(text).length;
    const before = () => baselineExtract(text).length;
    const cold = [time(before), time(now), time(scan)];
    const warm: number[][] = [[], [], []];
    for (let i = 0; i < runs; i++) {
      warm[0]!.push(time(before));
      warm[1]!.push(time(now));
      warm[2]!.push(time(scan));
    }
    const [b, n, s] = warm.map((xs) => percentile(xs, 50)) as [number, number, number];
    const rate = (sec: number) => `${Math.round(text.length / sec / 1000).toLocaleString('en')}K chars/s`;
    rows.push([`${name}, cold`, rate(cold[1]!), rate(cold[0]!), `${(cold[1]! / cold[0]!).toFixed(2)}×`, rate(cold[2]!)]);
    rows.push([`${name}, warm (median of ${runs})`, rate(n), rate(b), `${(n / b).toFixed(2)}×`, rate(s)]);
  }
  printTable('Quantity extraction, ~1M characters per corpus', ['run', 'extractQuantities', 'baseline (299274d)', 'time / baseline', 'digit scan'], rows);
}

if (import.meta.main && !process.argv.includes('--issue-18')) benchExtract();

/**
 * Issue 18: a document read into claims (sentences, quantities, frames, claims, causal links and proposed factors), by
 * the extractor before issue 18 (test/bench/baseline/before-18/, with the factor matcher as it was) and by today's
 * (with the vocabulary of measures), on the same texts in the same run, alternating. The target: within 1.5×.
 */
export function benchExtract18(runs = 5): void {
  const article = readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8');
  const real = loadRealText().map((d) => d.text).join('\n\n');
  const corpora = [
    ['seed article', article.repeat(Math.ceil(500_000 / article.length))],
    ['real-text set (zh-Hant, zh-Hans, en)', real.repeat(Math.ceil(500_000 / real.length))],
  ] as const;
  const now = seedMatcher();
  const then = beforeMatcher();
  // Wall time, this process's CPU time and the main thread's: on a shared machine (load 10–20 on 2 cores) the
  // wall-clock ratio of two consecutive runs moved between 0.93× and 2.91× for the same code; CPU time is what the
  // extractor itself spent. The process's CPU time also counts V8's garbage-collector helper threads, which on an idle
  // machine run beside the reading on other cores; the main thread's is what a reader waits for (its own GC pauses
  // included), so both are printed.
  const time = (fn: () => unknown): [number, number, number] => {
    const t = performance.now();
    const c = process.cpuUsage();
    const m = process.threadCpuUsage();
    fn();
    const u = process.cpuUsage(c);
    const mu = process.threadCpuUsage(m);
    return [(performance.now() - t) / 1000, (u.user + u.system) / 1e6, (mu.user + mu.system) / 1e6];
  };
  const today = (text: string) => {
    const x = readPiece(text, now, '2025-11-06');
    return x.claims.length + x.causalLinks.length;
  };
  const before = (text: string) => beforeClaims(text, then, '2025-11-06').length + beforeLinks(text, then).length + beforePropose(text, then).links.length;
  const rows: string[][] = [];
  for (const [name, text] of corpora) {
    const cold = [time(() => before(text)), time(() => today(text))] as const;
    const warm: [number, number, number][][] = [[], []];
    for (let i = 0; i < runs; i++) {
      warm[0]!.push(time(() => before(text)));
      warm[1]!.push(time(() => today(text)));
    }
    const median = (xs: [number, number, number][], k: 0 | 1 | 2) => percentile(xs.map((x) => x[k]), 50);
    const [b, n] = warm.map((xs) => median(xs, 0)) as [number, number];
    const [bc, nc] = warm.map((xs) => median(xs, 1)) as [number, number];
    const [bm, nm] = warm.map((xs) => median(xs, 2)) as [number, number];
    const rate = (sec: number) => `${Math.round(text.length / sec / 1000).toLocaleString('en')}K chars/s`;
    const ratio = (k: 0 | 1 | 2) => `${(cold[1][k] / cold[0][k]).toFixed(2)}×`;
    rows.push([`${name}, cold`, rate(cold[1][0]), rate(cold[0][0]), ratio(0), ratio(1), ratio(2)]);
    rows.push([`${name}, warm (median of ${runs})`, rate(n), rate(b), `${(n / b).toFixed(2)}×`, `${(nc / bc).toFixed(2)}×`, `${(nm / bm).toFixed(2)}×`]);
  }
  printTable('Document reading (claims, frames, causal links, proposals), ~500k characters per corpus', ['run', 'today', 'before issue 18', 'time / before', 'CPU time / before', 'main thread CPU / before'], rows);
}

/** The matcher as it was before issue 18: the seed's factors and the reference measures', no vocabulary of measures. */
function beforeMatcher() {
  const read = (path: string) => (parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as { factors: { id: string; name: string; namesZh?: string[]; aliases?: string[] }[] }).factors;
  return beforeFactorMatcher([...read('seeds/000_e9186e0bdc09d771.seed.yaml'), ...read('seeds/reference/measures.yaml')].map((f) => ({ id: f.id, names: [f.name, ...(f.namesZh ?? []), ...(f.aliases ?? [])] })));
}

if (import.meta.main && process.argv.includes('--issue-18')) benchExtract18();
