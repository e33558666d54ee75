import type { QuantityMention } from '../../src/quantities/extract-quantities.ts';

export interface Gold {
  start: number;
  end: number;
  surface: string;
  value: number;
  upper?: number | undefined;
  unit: string;
}

export interface Score {
  gold: number;
  found: number;
  /** Gold quantities overlapped by an extracted mention. */
  located: number;
  /** …of which value, upper bound and unit are the same. */
  exact: number;
  /** Extracted mentions that overlap a gold quantity. */
  real: number;
  misses: string[];
  spurious: string[];
}

const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Scores extracted mentions against gold quantities of one text. */
export function scoreExtraction(gold: Gold[], found: QuantityMention[]): Score {
  const score: Score = { gold: gold.length, found: found.length, located: 0, exact: 0, real: 0, misses: [], spurious: [] };
  for (const g of gold) {
    const hit = found.find((f) => overlaps(f, g));
    if (hit) score.located++;
    if (hit && same(hit.value, g.value) && hit.unit === g.unit && same(hit.upper ?? hit.value, g.upper ?? g.value)) score.exact++;
    else score.misses.push(hit ? `${g.surface} → got ${hit.value} ${hit.unit}, want ${g.value} ${g.unit}` : `${g.surface} not found`);
  }
  for (const f of found) {
    if (gold.some((g) => overlaps(f, g))) score.real++;
    else score.spurious.push(f.surface);
  }
  return score;
}

export function addScores(a: Score, b: Score): Score {
  return {
    gold: a.gold + b.gold,
    found: a.found + b.found,
    located: a.located + b.located,
    exact: a.exact + b.exact,
    real: a.real + b.real,
    misses: [...a.misses, ...b.misses],
    spurious: [...a.spurious, ...b.spurious],
  };
}

export const emptyScore = (): Score => ({ gold: 0, found: 0, located: 0, exact: 0, real: 0, misses: [], spurious: [] });
