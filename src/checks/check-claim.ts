/**
 * A claim held against the record. Pure: plain claims, measures and observations in, a `Check` out;
 * the store fetches around it (`check-store.ts`). Two steps, so a whole document's record can be
 * fetched in one query between them: `planCheck` decides what to compare (which quantity, factor,
 * series and window, or why nothing can be), `evaluateCheck` does the arithmetic.
 */
import { addDays, addMonths, daysBetween, windowOf, type NamedWindow, type Window } from './as-of.ts';
import { meetsThreshold, readingOf, toleranceOf, type Reading } from './check-rules.ts';
import { explain } from './explain.ts';
import type { SeriesRow } from '../series/series-store.ts';

export type Verdict = 'CONSISTENT' | 'INCONSISTENT' | 'INCONCLUSIVE' | 'NOT_CHECKABLE';
export type Direction = 'INCREASE' | 'DECREASE';
export type Period = 'DAY' | 'WEEK' | 'MONTH' | 'WINDOW';

export interface ClaimQuantity {
  surface: string;
  value: number;
  upper: number | null;
  unit: string;
  qualifier: string | null;
}

export interface ClaimInput {
  id: string;
  quote: string;
  kind: string;
  time: string | null;
  documentDate: string | null;
  factorIds: string[];
  factorNames: Record<string, string>;
  quantities: ClaimQuantity[];
}

/** What a check needs to know of a series: the stored row's description, without its import bookkeeping. */
export type SeriesMeta = Pick<SeriesRow, 'id' | 'title' | 'unit' | 'scale' | 'frequency' | 'observationKind' | 'publisher' | 'url' | 'firstDate' | 'lastDate' | 'sourceId'>;

export interface Measure {
  factorId: string;
  /** The factor's name, for a factor a curated reading adds to the claim's own. */
  factorName?: string | null;
  how: string;
  /** Lower is preferred when several series measure a factor. */
  rank: number;
  note: string | null;
  series: SeriesMeta;
}

/** A curated reading of one claim, when its words alone do not say what to compare (`seeds/reference/measures.yaml`). */
export interface CuratedReading {
  claim: string;
  factor?: string;
  window?: string;
  change?: Direction;
  period?: Period;
  notCheckable?: string;
  note?: string;
}

export interface CheckContext {
  windows: readonly NamedWindow[];
  /** Why a factor has no series ("equity indices are not redistributable"). */
  unmeasured: ReadonlyMap<string, string>;
  readings: ReadonlyMap<string, CuratedReading>;
}

export interface Observation {
  date: string;
  periodEnd: string;
  /** In the series' scale (as stored). */
  value: number;
}

export type Plan =
  | { claimId: string; checkable: false; quantity: ClaimQuantity | null; reason: string }
  | {
      claimId: string;
      checkable: true;
      quantity: ClaimQuantity;
      factorId: string;
      factorName: string;
      measure: Measure;
      window: Window;
      mode: 'LEVEL' | 'CHANGE';
      reading: Reading;
      tolerance: number;
      /** For changes: the direction the claim says the factor moved and the period a rate is per. */
      direction: Direction;
      period: Period;
      percent: boolean;
      /**
       * The record starts inside the window, so the change from its start is unknown. A balance is never
       * negative, so it cannot have risen by more than its level at the window's end: a claimed rise above
       * that is still inconsistent; anything less is not checkable.
       */
      startUncovered: boolean;
      note: string | null;
      /** The observations to fetch: the window plus enough before it for the value in force and a baseline. */
      fetch: { seriesId: string; from: string; to: string };
    };

export interface ValueAt {
  date: string;
  periodEnd: string;
  /** USD (or % for a percentage change). */
  value: number;
}

export interface ChangeFigures {
  period: Period;
  baseline: ValueAt;
  end: ValueAt;
  /** end − baseline, USD. */
  total: number;
  /** `total` per `period` (USD per month for a monthly claim); equal to `total` for WINDOW. */
  totalPerPeriod: number;
  /** The largest move in the claim's direction between two observations at most one period apart. */
  largest: number;
  largestFrom: ValueAt;
  largestTo: ValueAt;
  /** The median move over one period, in the claim's direction (signed). */
  typical: number;
}

export interface Check {
  claimId: string;
  quantity: ClaimQuantity | null;
  verdict: Verdict;
  /** Why NOT_CHECKABLE (or what limits the check). */
  reason: string | null;
  factorId: string | null;
  factorName: string | null;
  series: SeriesMeta | null;
  how: string | null;
  window: Window | null;
  mode: 'LEVEL' | 'CHANGE' | null;
  reading: Reading | null;
  /** Relative tolerance applied (0.01 = 1%) and the same in USD. */
  tolerance: number | null;
  toleranceAbsolute: number | null;
  /** What the claim says, in USD (or %; per period for rates). */
  claimed: number | null;
  /** What the record says: the figure held against the claim. */
  recorded: number | null;
  /** Which figure that is, in words ("lowest week average in the window"). */
  recordedAs: string | null;
  /** The observation the figure comes from (for levels), or the end of the change. */
  observation: ValueAt | null;
  /** The observation in force at the end of the window. */
  inForce: ValueAt | null;
  /** For an end-of-period stock: the next observation after the one in force, if any. */
  next: ValueAt | null;
  range: { min: ValueAt; max: ValueAt; count: number } | null;
  change: ChangeFigures | null;
  /** recorded − claimed, and that relative to the claimed figure. */
  deviation: number | null;
  relativeDeviation: number | null;
  formula: string | null;
  note: string | null;
  explanation: string;
}

const TIME_UNITS = new Set(['year', 'years', 'date']);
const FLOW_PERIOD: Record<string, Period> = { 'USD/day': 'DAY', 'USD/week': 'WEEK', 'USD/month': 'MONTH' };
const NOT_LEVELS: Record<string, string> = {
  RATIO: 'it states a ratio between amounts, not a level or change of a measured factor',
  SHARE: 'it states a share of a total, which the reference series do not record',
  DURATION: 'it states a duration, not an amount the series record',
  DATE: 'it states a date, not an amount the series record',
};
const DECREASE_WORDS = /(跌|降|減|减|蒸發|蒸发|流失|萎縮|萎缩|下滑|fell|fall|drop|declin|lost|shrank)/i;
const WEEK_WORDS = /(單周|单周|一周|每周|週|week)/i;

/** The maximum gap between the value in force and the window for each frequency, in days: older is stale. */
const STALE_AFTER: Record<string, number> = { DAILY: 5, WEEKLY: 8, QUARTERLY: 95 };

function notCheckable(claimId: string, quantity: ClaimQuantity | null, reason: string): Plan {
  return { claimId, checkable: false, quantity, reason };
}

/** Decides what a claim is compared with, or why it cannot be. */
export function planCheck(claim: ClaimInput, measures: readonly Measure[], ctx: CheckContext): Plan {
  const curated = ctx.readings.get(claim.id);
  const amounts = claim.quantities.filter((q) => !TIME_UNITS.has(q.unit));
  const quantity = amounts[0] ?? null;
  if (curated?.notCheckable) return notCheckable(claim.id, quantity, curated.notCheckable);
  if (!quantity) return notCheckable(claim.id, null, 'Its numbers are dates or durations, not amounts a series records.');

  const names = (ids: readonly string[]) => ids.map((f) => claim.factorNames[f] ?? f).join(', ');
  const candidates = measures
    .filter((m) => (curated?.factor ? m.factorId === curated.factor : claim.factorIds.includes(m.factorId)))
    .sort((a, b) => a.rank - b.rank || a.series.id.localeCompare(b.series.id));
  if (candidates.length === 0) {
    // The first reason in the file's order: specific factors (gold) are listed before composite ones (a selloff).
    const known = [...ctx.unmeasured].find(([f]) => claim.factorIds.includes(f))?.[1];
    return notCheckable(claim.id, quantity, known ?? `No shipped series measures ${names(claim.factorIds) || 'what it is about'}.`);
  }
  if (NOT_LEVELS[claim.kind] && !curated?.change && !curated?.factor) return notCheckable(claim.id, quantity, `Not a figure the record can settle: ${NOT_LEVELS[claim.kind]}.`);

  const percent = quantity.unit === '%';
  const flow = FLOW_PERIOD[quantity.unit];
  const usd = quantity.unit === 'USD';
  const mode: 'LEVEL' | 'CHANGE' = curated?.change || flow || (percent && claim.kind === 'CHANGE') || (usd && claim.kind === 'CHANGE') ? 'CHANGE' : 'LEVEL';
  if (!usd && !flow && !(percent && mode === 'CHANGE')) {
    return notCheckable(
      claim.id,
      quantity,
      `Its figure is in ${quantity.unit}, while the series that measure ${names(candidates.map((c) => c.factorId))} record USD amounts; no series for the other side of that ratio is shipped.`,
    );
  }

  const forced = curated?.window ? ctx.windows.find((w) => w.id === curated.window) : undefined;
  const window = forced
    ? { from: forced.from, to: forced.to, label: forced.label, basis: 'a curated reading of this claim names it (seeds/reference/measures.yaml)' }
    : windowOf({ time: claim.time, quote: claim.quote, factorIds: claim.factorIds, documentDate: claim.documentDate }, ctx.windows);
  if (!window) return notCheckable(claim.id, quantity, 'Neither the claim nor its document has a date to hold it against the record.');

  const period: Period = curated?.period ?? flow ?? (mode === 'CHANGE' && WEEK_WORDS.test(claim.quote) ? 'WEEK' : 'WINDOW');
  const direction: Direction = curated?.change ?? (quantity.value < 0 || (mode === 'CHANGE' && DECREASE_WORDS.test(claim.quote)) ? 'DECREASE' : 'INCREASE');
  const reading = mode === 'CHANGE' ? 'STATED' : readingOf(quantity.qualifier, claim.quote);

  // The first series, by rank, whose record covers the window.
  let chosen: Measure | undefined;
  let gap = '';
  let startUncovered = false;
  for (const m of candidates) {
    const first = m.series.firstDate;
    const last = m.series.lastDate;
    const stale = STALE_AFTER[m.series.frequency] ?? 8;
    if (!first || !last) continue;
    const covered = mode === 'CHANGE' ? first < window.from && last >= addDays(window.to, -stale) : first <= window.to && last >= addDays(window.from, -stale);
    if (!covered) {
      gap ||= `The record of ${m.series.id} runs from ${first} to ${last}, which does not cover ${window.label} (${window.from} to ${window.to}).`;
      const endCovered = mode === 'CHANGE' && first < window.to && last >= addDays(window.to, -stale);
      if (endCovered && !percent && !chosen) {
        chosen = m;
        startUncovered = true;
      }
      continue;
    }
    startUncovered = false;
    chosen = m;
    break;
  }
  if (startUncovered && direction !== 'INCREASE') chosen = undefined;
  if (!chosen) return notCheckable(claim.id, quantity, gap || 'No series covers the claim\'s window.');

  return {
    claimId: claim.id,
    checkable: true,
    quantity,
    factorId: chosen.factorId,
    factorName: claim.factorNames[chosen.factorId] ?? chosen.factorName ?? chosen.factorId,
    measure: chosen,
    window,
    mode,
    reading,
    tolerance: toleranceOf(reading, quantity.surface),
    direction,
    period,
    percent,
    startUncovered,
    note: curated?.note ?? null,
    // 100 days back: the value in force before a window (a quarterly stock is up to a quarter old).
    fetch: { seriesId: chosen.series.id, from: addDays(window.from, -100), to: addDays(window.to, 100) },
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function addPeriod(date: string, period: Period): string {
  if (period === 'DAY') return addDays(date, 1);
  if (period === 'WEEK') return addDays(date, 7);
  if (period === 'MONTH') return addMonths(date, 1);
  return '9999-12-31';
}

const PERIOD_DAYS: Record<Period, number> = { DAY: 1, WEEK: 7, MONTH: 365.25 / 12, WINDOW: 0 };

function base(plan: Plan, rest: Partial<Check>): Check {
  const check: Check = {
    claimId: plan.claimId,
    quantity: plan.quantity,
    verdict: 'NOT_CHECKABLE',
    reason: null,
    factorId: null,
    factorName: null,
    series: null,
    how: null,
    window: null,
    mode: null,
    reading: null,
    tolerance: null,
    toleranceAbsolute: null,
    claimed: null,
    recorded: null,
    recordedAs: null,
    observation: null,
    inForce: null,
    next: null,
    range: null,
    change: null,
    deviation: null,
    relativeDeviation: null,
    formula: null,
    note: null,
    explanation: '',
    ...rest,
  };
  check.explanation = explain(check);
  return check;
}

/**
 * The check's arithmetic on the fetched observations (the plan's `fetch` range, any order).
 * Levels compare the claimed figure with the values in force over the window; changes compare it
 * with the total, typical and largest move over the window. Never sets a claim's status.
 */
export function evaluateCheck(plan: Plan, fetched: readonly Observation[]): Check {
  if (!plan.checkable) return base(plan, { verdict: 'NOT_CHECKABLE', reason: plan.reason });
  const { measure, window, quantity } = plan;
  const scale = measure.series.scale;
  const obs = [...fetched].sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0)).map((o) => ({ date: o.date, periodEnd: o.periodEnd, value: o.value * scale }));
  const inWindow = obs.filter((o) => o.periodEnd >= window.from && o.periodEnd <= window.to);
  const before = obs.filter((o) => o.periodEnd < window.from).at(-1) ?? null;
  const after = obs.find((o) => o.periodEnd > window.to) ?? null;
  const inForce = inWindow.at(-1) ?? before;
  const common: Partial<Check> = {
    factorId: plan.factorId,
    factorName: plan.factorName,
    series: measure.series,
    how: measure.how,
    window,
    mode: plan.mode,
    reading: plan.reading,
    tolerance: plan.tolerance,
    inForce,
    note: plan.note,
  };
  if (!inForce) return base(plan, { ...common, verdict: 'NOT_CHECKABLE', reason: `${measure.series.id} has no observation in force during ${window.label}.` });
  const range = inWindow.length
    ? { min: inWindow.reduce((a, b) => (b.value < a.value ? b : a)), max: inWindow.reduce((a, b) => (b.value > a.value ? b : a)), count: inWindow.length }
    : null;

  if (plan.mode === 'LEVEL') return level(plan, common, inWindow.length ? inWindow : [inForce], inForce, after, range);
  if (plan.startUncovered || !before) return uncoveredStart(plan, common, inWindow, range);
  return change(plan, common, before, inWindow, range);
}

function level(plan: Extract<Plan, { checkable: true }>, common: Partial<Check>, values: ValueAt[], inForce: ValueAt, after: ValueAt | null, range: Check['range']): Check {
  const claimed = plan.quantity.value;
  const tol = plan.tolerance;
  const stock = plan.measure.series.observationKind === 'END_OF_PERIOD';
  const kind = KIND_WORDS[plan.measure.series.observationKind] ?? 'value';
  const fill = (compared: ValueAt, recordedAs: string, verdict: Verdict, reason: string | null = null): Check => {
    const deviation = compared.value - claimed;
    return base(plan, {
      ...common,
      verdict,
      reason,
      claimed,
      recorded: compared.value,
      recordedAs,
      observation: compared,
      next: stock ? after : null,
      range,
      toleranceAbsolute: tol * Math.abs(claimed),
      deviation,
      relativeDeviation: claimed ? deviation / Math.abs(claimed) : null,
      formula: `${fmt(compared.value)} − ${fmt(claimed)} = ${signed(deviation)}`,
    });
  };

  switch (plan.reading) {
    case 'BELOW':
    case 'ABOVE':
    case 'AT_LEAST':
    case 'AT_MOST': {
      const low = plan.reading === 'BELOW' || plan.reading === 'AT_MOST';
      const best = values.reduce((a, b) => ((low ? b.value < a.value : b.value > a.value) ? b : a));
      const last = values.at(-1)!;
      const what = values.length > 1 ? `${low ? 'lowest' : 'highest'} ${kind} in the window` : `${kind} in force`;
      if (meetsThreshold(plan.reading, last.value, claimed)) return fill(last, `${kind} in force at the end of the window`, 'CONSISTENT');
      if (meetsThreshold(plan.reading, best.value, claimed)) return fill(best, what, 'INCONCLUSIVE', `It held on ${best.periodEnd} but not at the end of the window.`);
      return fill(best, what, 'INCONSISTENT');
    }
    case 'REACHED': {
      const peak = values.reduce((a, b) => (b.value > a.value ? b : a));
      const within = peak.value >= claimed * (1 - tol) && peak.value <= claimed * (1 + Math.max(tol, 0.05));
      return fill(peak, values.length > 1 ? `peak ${kind} in the window` : `${kind} in force`, within ? 'CONSISTENT' : 'INCONSISTENT');
    }
    default: {
      if (stock || values.length === 1) {
        const v = stock ? inForce : values[0]!;
        if (Math.abs(v.value - claimed) <= tol * Math.abs(claimed)) return fill(v, `${kind} in force`, 'CONSISTENT');
        if (stock && after && (claimed - v.value) * (claimed - after.value) <= 0) {
          return fill(v, `${kind} in force`, 'INCONCLUSIVE', `The stock moved from ${fmt(v.value)} (${v.periodEnd}) to ${fmt(after.value)} (${after.periodEnd}), through the claimed figure.`);
        }
        return fill(v, `${kind} in force`, 'INCONSISTENT');
      }
      const typical = median(values.map((v) => v.value));
      const nearest = values.reduce((a, b) => (Math.abs(b.value - typical) < Math.abs(a.value - typical) ? b : a));
      const typicalAt: ValueAt = { ...nearest, value: typical };
      if (Math.abs(typical - claimed) <= tol * Math.abs(claimed)) return fill(typicalAt, `median ${kind} in the window`, 'CONSISTENT');
      if (range && claimed >= range.min.value && claimed <= range.max.value) {
        return fill(typicalAt, `median ${kind} in the window`, 'INCONCLUSIVE', 'The claimed figure is within the window\'s range but away from its typical level.');
      }
      return fill(typicalAt, `median ${kind} in the window`, 'INCONSISTENT');
    }
  }
}

function change(plan: Extract<Plan, { checkable: true }>, common: Partial<Check>, baseline: ValueAt, inWindow: ValueAt[], range: Check['range']): Check {
  const sign = plan.direction === 'INCREASE' ? 1 : -1;
  const seq = [baseline, ...inWindow];
  const end = seq.at(-1)!;
  const rel = (from: ValueAt, to: ValueAt) => (plan.percent ? ((to.value - from.value) / from.value) * 100 : to.value - from.value);
  const total = rel(baseline, end);
  const days = daysBetween(baseline.periodEnd, end.periodEnd);
  const totalPerPeriod = plan.period === 'WINDOW' || days === 0 ? total : (total * PERIOD_DAYS[plan.period]) / days;

  let largest = -Infinity;
  let largestFrom = baseline;
  let largestTo = end;
  const typicalMoves: number[] = [];
  for (let i = 0; i < seq.length; i++) {
    const limit = addPeriod(seq[i]!.periodEnd, plan.period);
    let atPeriod: ValueAt | null = null;
    for (let j = i + 1; j < seq.length && seq[j]!.periodEnd <= limit; j++) {
      const move = sign * rel(seq[i]!, seq[j]!);
      if (move > largest) {
        largest = move;
        largestFrom = seq[i]!;
        largestTo = seq[j]!;
      }
      atPeriod = seq[j]!;
    }
    if (plan.period !== 'WINDOW' && atPeriod && limit <= end.periodEnd) typicalMoves.push(sign * rel(seq[i]!, atPeriod));
  }
  if (largest === -Infinity) largest = sign * total;
  const typical = plan.period === 'WINDOW' ? sign * total : typicalMoves.length ? median(typicalMoves) : sign * totalPerPeriod;
  const claimed = Math.abs(plan.quantity.value);
  const tol = plan.tolerance;
  const near = (x: number) => Math.abs(x - claimed) <= tol * claimed;

  let verdict: Verdict;
  let compared: number;
  let recordedAs: string;
  let reason: string | null = null;
  const per = PER[plan.period];
  if (largest < claimed * (1 - tol)) {
    verdict = 'INCONSISTENT';
    compared = largest;
    recordedAs = plan.period === 'WINDOW' ? `largest ${plan.direction.toLowerCase()} within the window` : `largest ${plan.direction.toLowerCase()} ${per} in the window`;
  } else if (near(typical) || near(sign * totalPerPeriod)) {
    verdict = 'CONSISTENT';
    compared = near(typical) ? typical : sign * totalPerPeriod;
    recordedAs = near(typical) ? `typical ${plan.direction.toLowerCase()} ${per}` : `${plan.direction.toLowerCase()} over the window${plan.period === 'WINDOW' ? '' : `, ${per}`}`;
  } else {
    verdict = 'INCONCLUSIVE';
    compared = typical;
    recordedAs = `typical ${plan.direction.toLowerCase()} ${per}`;
    reason = `Only the largest move (${fmtMove(largest, plan.percent)}) reaches the claimed figure; the typical move ${per} is ${fmtMove(typical, plan.percent)}.`;
  }
  const deviation = compared - claimed;
  const figures: ChangeFigures = { period: plan.period, baseline, end, total, totalPerPeriod, largest, largestFrom, largestTo, typical };
  return base(plan, {
    ...common,
    verdict,
    reason,
    claimed,
    recorded: compared,
    recordedAs,
    observation: end,
    range,
    change: figures,
    toleranceAbsolute: tol * claimed,
    deviation,
    relativeDeviation: claimed ? deviation / claimed : null,
    formula: plan.percent
      ? `(${fmt(end.value)} − ${fmt(baseline.value)}) / ${fmt(baseline.value)} = ${total.toFixed(1)}%`
      : `${fmt(end.value)} (${end.periodEnd}) − ${fmt(baseline.value)} (${baseline.periodEnd}) = ${signed(total)}${plan.period === 'WINDOW' ? '' : ` over ${days} days = ${signed(totalPerPeriod)} ${per}`}`,
  });
}

const PER: Record<Period, string> = { DAY: 'per day', WEEK: 'per week', MONTH: 'per month', WINDOW: 'over the window' };
export const KIND_WORDS: Record<string, string> = {
  WEEK_AVERAGE: 'week average',
  WEDNESDAY_LEVEL: 'Wednesday level',
  DAILY: 'daily value',
  END_OF_PERIOD: 'end-of-quarter stock',
};

/** USD in words a reader can follow: 2.86 trillion USD, 983.9 billion USD. */
export function fmt(usd: number): string {
  const a = Math.abs(usd);
  if (a >= 1e12) return `${(usd / 1e12).toFixed(a >= 1e13 ? 2 : 3)} trillion USD`;
  if (a >= 1e9) return `${(usd / 1e9).toFixed(1)} billion USD`;
  if (a >= 1e6) return `${(usd / 1e6).toFixed(1)} million USD`;
  return `${usd.toFixed(0)} USD`;
}

export function signed(usd: number): string {
  return `${usd >= 0 ? '+' : '−'}${fmt(Math.abs(usd))}`;
}

function fmtMove(x: number, percent: boolean): string {
  return percent ? `${x.toFixed(1)}%` : fmt(x);
}

/** A rise over a window the record starts inside: bounded by the balance at the window's end (see `startUncovered`). */
function uncoveredStart(plan: Extract<Plan, { checkable: true }>, common: Partial<Check>, inWindow: ValueAt[], range: Check['range']): Check {
  const claimed = Math.abs(plan.quantity.value);
  const first = inWindow[0];
  const end = inWindow.at(-1);
  const reason = `The record of ${plan.measure.series.id} starts on ${first?.periodEnd ?? plan.measure.series.firstDate}, inside ${plan.window.label} (${plan.window.from} to ${plan.window.to}), so the change over the whole window is not in it.`;
  if (!first || !end || end.value >= claimed * (1 - plan.tolerance)) return base(plan, { ...common, verdict: 'NOT_CHECKABLE', reason });
  let largest = 0;
  let largestFrom = first;
  let largestTo = first;
  for (const [i, a] of inWindow.entries()) {
    for (const b of inWindow.slice(i + 1)) {
      if (b.value - a.value > largest) [largest, largestFrom, largestTo] = [b.value - a.value, a, b];
    }
  }
  const deviation = end.value - claimed;
  return base(plan, {
    ...common,
    verdict: 'INCONSISTENT',
    reason: `${reason} But a balance is never negative, so over any window ending on ${end.periodEnd} it cannot have risen by more than its level then, ${fmt(end.value)}; within the part of the window the record covers, the largest rise was ${fmt(largest)} (${largestFrom.periodEnd} to ${largestTo.periodEnd}).`,
    claimed,
    recorded: end.value,
    recordedAs: 'the most the balance can have risen: its level at the end of the window',
    observation: end,
    range,
    toleranceAbsolute: plan.tolerance * claimed,
    deviation,
    relativeDeviation: deviation / claimed,
    formula: `rise ≤ ${fmt(end.value)} (${end.periodEnd}) − 0 < ${fmt(claimed)}`,
  });
}
