import { createHash } from 'node:crypto';
import { days, intervalOf, type Figure, type Interval } from './figure.ts';
import { formatAmount, formatRange } from './relate-figures.ts';

/**
 * Figures that cannot all hold (issue 19, point 4). The Fed's balance sheet ties four measures together — the
 * identity the liquidity model enforces (src/liquidity/ledger.ts, docs/model.md):
 *
 *   reserves = total assets − TGA − ON RRP − other factors
 *
 * where "other factors" (currency, the foreign repo pool, other deposits, capital) is not shipped as a series but is
 * recorded as a residual with its own slow trend (about 2.70–2.79 trillion in Oct–Dec 2025). Claims about reserves,
 * total assets, the TGA and the reverse repo over the same window — in one document or across documents — imply a
 * value of that residual; when the implied value, with every figure's rounding, cannot meet the residual's recorded
 * range widened by a stated tolerance, the set cannot all be true. Pure: figures and the record's residual in,
 * findings out.
 */

export const IDENTITY_FACTORS = {
  reserves: 'f-bank-reserves',
  totalAssets: 'f-fed-balance-sheet',
  tga: 'f-tga-balance',
  onrrp: 'f-on-rrp',
} as const;
export type IdentityTerm = keyof typeof IDENTITY_FACTORS;
const TERM_OF = new Map<string, IdentityTerm>(Object.entries(IDENTITY_FACTORS).map(([term, id]) => [id, term as IdentityTerm]));

/**
 * How far the residual may stray from its recorded range and the set still hold: week averages and Wednesday levels
 * mixed (a claim rarely says which) miss the recorded change by about 40 billion at the median (docs/model.md), and
 * the residual moves by some billions a week. 50 billion, in USD.
 */
export const IDENTITY_TOLERANCE = 50e9;
/** Levels are readings at a time: a figure over a longer window is not checked here. */
const LONGEST_LEVEL_WINDOW = 16;
/** Changes must cover nearly the same window to be added up. */
const SAME_PERIOD_SHARE = 0.75;
/** Sets weighed per check at most (each a choice of one figure per measure). */
const MAX_SETS = 5000;

/** The recorded residual over a window, from the reference series: its range, and the weeks it was read on. */
export interface RecordedResidual {
  low: number;
  high: number;
  /** The H.4.1 weeks (ending Wednesdays) the range was read from. */
  weeks: string[];
  /** For a change check: the ON RRP's recorded change over the window, standing in when no claim states it. */
  source: string;
}

/** What the record says about the residual (and, for a missing ON RRP figure, the reverse repo) over a window. */
export interface IdentityRecord {
  /** The residual's level over the weeks covering the window; null when the record does not reach it. */
  residualLevel(window: { start: string; end: string }): RecordedResidual | null;
  /** The residual's change over the window; null when the record does not reach it. */
  residualChange(window: { start: string; end: string }): RecordedResidual | null;
  /** ON RRP's level over the window, when no claim gives it; null when the record does not reach it. */
  onrrpLevel(window: { start: string; end: string }): (Interval & { source: string }) | null;
  /** ON RRP's change over the window, when no claim gives it. */
  onrrpChange(window: { start: string; end: string }): (Interval & { source: string }) | null;
}

export interface JointTerm {
  term: IdentityTerm;
  /** The claim's figure, or null when the record stood in (the ON RRP only). */
  figure: Figure | null;
  /** The values the term allows (rounding, bounds; a fall is negative). */
  low: number;
  high: number;
  /** Where a recorded term came from. */
  recorded: string | null;
  /** Other claims stating the same value for this term over the window (the same figure in other documents). */
  alsoStatedBy: Figure[];
}

export interface JointFinding {
  /** Stable: the same figures give the same id. */
  id: string;
  /** LEVEL: levels at a time; CHANGE: changes over the same window. */
  mode: 'LEVEL' | 'CHANGE';
  /** The days every figure's window shares. */
  window: { start: string; end: string };
  terms: JointTerm[];
  /** The residual (or its change) the figures imply. */
  implied: Interval;
  /** The residual's recorded range over the window. */
  recorded: RecordedResidual;
  tolerance: number;
  /** How far apart the implied and recorded ranges lie, beyond the tolerance (USD). */
  excess: number;
  /** The identity and the arithmetic, in words a reader can redo. */
  arithmetic: string;
}

const intersect = (a: { start: string; end: string }, b: { start: string; end: string }) => {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : null;
};

/** A figure's values as a signed term: a fall is negative. */
function termInterval(f: Figure): Interval {
  const i = intervalOf(f);
  return f.mode === 'CHANGE' && f.direction === 'DECREASE' ? { low: -i.high, high: -i.low } : i;
}

function eligible(f: Figure, mode: 'LEVEL' | 'CHANGE'): boolean {
  if (!TERM_OF.has(f.factorId) || f.unit !== 'USD') return false;
  // Only readings are held to the identity: a target or an undated base level says nothing of the window.
  if ((f.stance ?? 'OBSERVATION') !== 'OBSERVATION' || f.yearless) return false;
  // A set that cannot all hold is a finding against each of its claims: only firm readings (figure.ts `firmnessOf`),
  // as for a contradiction — not a figure dated by its document alone, or whose measure is read from context.
  if (f.unfirm?.length) return false;
  if (mode === 'LEVEL') return (f.mode === 'LEVEL' || f.mode === 'REACHED') && days(f.window) <= LONGEST_LEVEL_WINDOW;
  return f.mode === 'CHANGE' && f.direction !== null;
}

const sameChangeWindow = (a: Figure, b: Figure) => {
  const common = intersect(a.window, b.window);
  if (!common) return false;
  return days(common) / Math.max(days(a.window), days(b.window)) >= SAME_PERIOD_SHARE;
};

/**
 * Every set of figures (one per measure, ON RRP from the record when no claim gives it) that cannot all hold. The
 * same value stated by several claims (one figure reported by several documents) makes one finding, not one per
 * combination: the others are listed on the term (`alsoStatedBy`).
 */
export function jointFindings(figures: readonly Figure[], record: IdentityRecord, tolerance = IDENTITY_TOLERANCE): JointFinding[] {
  const merged = new Map<string, JointFinding>();
  for (const f of [...findingsFor(figures, record, tolerance, 'LEVEL'), ...findingsFor(figures, record, tolerance, 'CHANGE')]) {
    const key = `${f.mode}|${f.terms.map((t) => `${t.term}:${t.low}:${t.high}`).join('|')}`;
    const first = merged.get(key);
    if (!first) {
      merged.set(key, f);
      continue;
    }
    f.terms.forEach((t, i) => {
      const into = first.terms[i] as JointTerm;
      if (t.figure && t.figure.quantityId !== into.figure?.quantityId && !into.alsoStatedBy.some((x) => x.quantityId === t.figure!.quantityId)) into.alsoStatedBy.push(t.figure);
    });
  }
  return [...merged.values()];
}

function findingsFor(figures: readonly Figure[], record: IdentityRecord, tolerance: number, mode: 'LEVEL' | 'CHANGE'): JointFinding[] {
  const by = (term: IdentityTerm) => figures.filter((f) => eligible(f, mode) && TERM_OF.get(f.factorId) === term);
  const reserves = by('reserves');
  const assets = by('totalAssets');
  const tgas = by('tga');
  const rrps = by('onrrp');
  const fits = (a: Figure, b: Figure) => (mode === 'LEVEL' ? intersect(a.window, b.window) !== null : sameChangeWindow(a, b));
  const found = new Map<string, JointFinding>();
  let sets = 0;
  for (const r of reserves) {
    for (const a of assets.filter((x) => fits(r, x))) {
      for (const t of tgas.filter((x) => fits(r, x) && fits(a, x))) {
        const base = intersect(intersect(r.window, a.window)!, t.window);
        if (!base) continue;
        const claimed = rrps.filter((x) => fits(r, x) && fits(a, x) && fits(t, x) && intersect(base, x.window));
        const choices: (Figure | null)[] = claimed.length ? claimed : [null];
        for (const p of choices) {
          if (++sets > MAX_SETS) return [...found.values()];
          const window = p ? intersect(base, p.window)! : base;
          const finding = weigh(mode, window, r, a, t, p, record, tolerance);
          if (finding) found.set(finding.id, finding);
        }
      }
    }
  }
  return [...found.values()];
}

function weigh(mode: 'LEVEL' | 'CHANGE', window: { start: string; end: string }, r: Figure, a: Figure, t: Figure, p: Figure | null, record: IdentityRecord, tolerance: number): JointFinding | null {
  const recorded = mode === 'LEVEL' ? record.residualLevel(window) : record.residualChange(window);
  if (!recorded) return null;
  const rrpRecorded = p ? null : mode === 'LEVEL' ? record.onrrpLevel(window) : record.onrrpChange(window);
  if (!p && !rrpRecorded) return null;
  const R = termInterval(r);
  const A = termInterval(a);
  const T = termInterval(t);
  const P = p ? termInterval(p) : { low: rrpRecorded!.low, high: rrpRecorded!.high };
  // other = assets − TGA − ON RRP − reserves, in interval arithmetic.
  const implied = { low: A.low - T.high - P.high - R.high, high: A.high - T.low - P.low - R.low };
  const low = recorded.low - tolerance;
  const high = recorded.high + tolerance;
  const excess = implied.low > high ? implied.low - high : implied.high < low ? low - implied.high : 0;
  if (excess <= 0 || !Number.isFinite(excess)) return null;
  const terms: JointTerm[] = [
    { term: 'reserves', figure: r, ...R, recorded: null, alsoStatedBy: [] },
    { term: 'totalAssets', figure: a, ...A, recorded: null, alsoStatedBy: [] },
    { term: 'tga', figure: t, ...T, recorded: null, alsoStatedBy: [] },
    p ? { term: 'onrrp', figure: p, ...P, recorded: null, alsoStatedBy: [] } : { term: 'onrrp', figure: null, ...P, recorded: rrpRecorded!.source, alsoStatedBy: [] },
  ];
  const ids = terms.map((x) => x.figure?.quantityId ?? 'record').join('|');
  const id = `jf-${createHash('sha256').update(`${mode}|${ids}`).digest('hex').slice(0, 16)}`;
  return { id, mode, window, terms, implied, recorded, tolerance, excess, arithmetic: arithmetic(mode, window, terms, implied, recorded, tolerance) };
}

const bn = (v: number) => formatAmount(v, 'USD');
const range = (i: Interval) => (i.low === i.high ? bn(i.low) : !Number.isFinite(i.low) || !Number.isFinite(i.high) ? `${bn(i.low)} to ${bn(i.high)}` : formatRange(i.low, i.high));

function arithmetic(mode: 'LEVEL' | 'CHANGE', window: { start: string; end: string }, terms: JointTerm[], implied: Interval, recorded: RecordedResidual, tolerance: number): string {
  const d = mode === 'CHANGE' ? 'Δ' : '';
  const name: Record<IdentityTerm, string> = { reserves: 'reserves', totalAssets: 'total assets', tga: 'TGA', onrrp: 'ON RRP' };
  const said = terms.map((t) => `${d}${name[t.term]} ${range(t)} (${t.figure ? `“${t.figure.surface}”, claim ${t.figure.claimId}` : `record: ${t.recorded}`})`).join('; ');
  return (
    `${d}other factors = ${d}total assets − ${d}TGA − ${d}ON RRP − ${d}reserves over ${window.start}..${window.end}. ${said}. ` +
    `Implied ${d}other factors: ${range(implied)} USD; recorded ${range(recorded)} USD (${recorded.source}), ` +
    `± ${bn(tolerance)} tolerance: they miss by ${bn(Math.max(0, implied.low > recorded.high ? implied.low - recorded.high - tolerance : recorded.low - tolerance - implied.high))} USD, so these figures cannot all hold.`
  );
}
