/**
 * Scoring for the matching evaluation (test/eval/matching-set/pairs.yaml, read its header): pure, so it is tested on
 * its own (test/eval/score-matching.test.ts). Only listed pairs count: a relation the matcher proposes for a pair
 * nobody labelled is neither right nor wrong. A pair counts as found when the matcher proposes its relation, in
 * either order; a NONE pair is right when the matcher proposes nothing for it. A pair whose claim could not be mapped
 * to a product quantity counts as a miss (the matcher proposed nothing for it).
 */

/**
 * The product quantity a labelled claim stands for, among the quantities of the claims that cover its surface: the
 * one written exactly as the labelled surface first (spaces and thousands separators aside), and only then one written
 * inside it or around it ("8000億" for "8000億美"). Exact first: "3万亿美元" is written inside "2.93万亿美元", and a
 * claim labelled 2.93万亿美元 in "首次跌破3万亿美元,降至2.93万亿美元" is the level, not the line before it.
 */
export function quantityFor<Q extends { surface: string }>(labelled: string, quantities: readonly Q[]): Q | undefined {
  const fold = (s: string) => s.replace(/[\s,，]/g, '');
  const want = fold(labelled);
  return quantities.find((x) => fold(x.surface) === want) ?? quantities.find((x) => want.includes(fold(x.surface)) || fold(x.surface).includes(want));
}

export const KINDS = ['SAME_FIGURE', 'CONTRADICTS', 'UPDATES'] as const;
export type Label = (typeof KINDS)[number] | 'NONE';

export interface ScoredPair {
  a: string;
  b: string;
  label: Label;
  /** What the matcher proposed for the pair (NONE: nothing). */
  predicted: Label;
  split: string;
  /** `en–zh-Hant`: the two documents' languages, sorted. */
  languages: string;
  doubtful: boolean;
  /** A claim of the pair had no product quantity. */
  unmapped: boolean;
  /** Both claims are labelled with a measure the product ships a series for (not `other`: SRF take-up, SOFR,
   * borrowing estimates…, which have no record to place them by). Absent: not known. */
  shipped?: boolean;
}

export interface Score {
  pairs: number;
  /** Right predictions of a relation / all predictions of a relation (null when none was proposed). */
  precision: number | null;
  /** Right predictions of a relation / all pairs labelled with a relation (null when none is labelled). */
  recall: number | null;
  truePositives: number;
  predicted: number;
  labelled: number;
  /** NONE pairs the matcher left alone / NONE pairs. */
  noneKept: number;
  none: number;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** Precision and recall over the pairs for one relation kind, or for all three (`kind` absent). */
export function score(pairs: readonly ScoredPair[], kind?: (typeof KINDS)[number]): Score {
  const counts = (l: Label) => (kind ? l === kind : l !== 'NONE');
  const predicted = pairs.filter((p) => counts(p.predicted)).length;
  const labelled = pairs.filter((p) => counts(p.label)).length;
  const truePositives = pairs.filter((p) => counts(p.label) && p.predicted === p.label).length;
  const none = pairs.filter((p) => p.label === 'NONE');
  return {
    pairs: pairs.length,
    precision: ratio(truePositives, predicted),
    recall: ratio(truePositives, labelled),
    truePositives,
    predicted,
    labelled,
    noneKept: none.filter((p) => p.predicted === 'NONE').length,
    none: none.length,
  };
}

const pct = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** A table: one row per relation and overall, for one group of pairs. */
export function scoreTable(title: string, pairs: readonly ScoredPair[]): string {
  const rows = [...KINDS.map((k) => [k, score(pairs, k)] as const), ['overall', score(pairs)] as const];
  const lines = rows.map(([name, s]) => `  ${name.padEnd(12)} precision ${pct(s.precision)} (${s.truePositives}/${s.predicted})  recall ${pct(s.recall)} (${s.truePositives}/${s.labelled})`);
  const all = score(pairs);
  return `${title}: ${pairs.length} pairs, NONE kept ${all.noneKept}/${all.none}\n${lines.join('\n')}\n`;
}

/** The same table for each value of `key` (split, language pairing). */
export function groupedTables(pairs: readonly ScoredPair[], key: (p: ScoredPair) => string, prefix: string): string {
  const groups = new Map<string, ScoredPair[]>();
  for (const p of pairs) (groups.get(key(p)) ?? groups.set(key(p), []).get(key(p))!).push(p);
  return [...groups.entries()]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([k, ps]) => scoreTable(`${prefix} ${k}`, ps))
    .join('');
}
