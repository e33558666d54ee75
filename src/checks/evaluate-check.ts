/**
 * The arithmetic of a check: a plan and the observations it asked for in, a `Check` out. Pure. Each mode is held
 * against the record in its own way (a level at its window, a change as a difference of the series, a flow per
 * period, a level reached, a line crossed, an extremum against the history, a base as a past level), then the
 * claim's other assertions; the verdict is composed from the parts, precision first.
 */
import { seriesInfo } from '../series/catalogue.ts';
import { addDays, addMonths, daysBetween } from './as-of.ts';
import { assertionParts, extremumSince } from './check-assertions.ts';
import { meetsThreshold } from './check-rules.ts';
import type { Check, CheckPart, ChangeFigures, Measure, Observation, Period, Plan, ValueAt, Verdict } from './check-types.ts';
import { explain } from './explain.ts';
import { KIND_WORDS, fmt, fmtMove, signed } from './format-usd.ts';

type Checkable = Extract<Plan, { checkable: true }>;
type Result = Partial<Check> & { verdict: Verdict };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const byPeriodEnd = (a: { periodEnd: string }, b: { periodEnd: string }) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0);

const PERIOD_DAYS: Record<Period, number> = { DAY: 1, WEEK: 7, MONTH: 365.25 / 12, QUARTER: 365.25 / 4, YEAR: 365.25, WINDOW: 0 };
const PER: Record<Period, string> = { DAY: 'per day', WEEK: 'per week', MONTH: 'per month', QUARTER: 'per quarter', YEAR: 'per year', WINDOW: 'over the window' };

function addPeriod(date: string, period: Period): string {
  if (period === 'DAY') return addDays(date, 1);
  if (period === 'WEEK') return addDays(date, 7);
  if (period === 'MONTH') return addMonths(date, 1);
  if (period === 'QUARTER') return addMonths(date, 3);
  if (period === 'YEAR') return addMonths(date, 12);
  return '9999-12-31';
}

function blank(plan: Plan, rest: Partial<Check>): Check {
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
    note: plan.note,
    parts: [],
    readingBasis: null,
    explanation: '',
    ...rest,
  };
  check.explanation = explain(check);
  return check;
}

/** Observations of any series by id, in USD-scaled values, from what the store fetched. */
function seriesReader(fetched: ReadonlyMap<string, readonly Observation[]>) {
  return (id: string) => ({ obs: [...(fetched.get(id) ?? [])].sort(byPeriodEnd), scale: seriesInfo(id)?.scale ?? 1 });
}

/** The check of one plan on the fetched observations (by series id; any order, any wider range). Never sets a claim's status. */
export function evaluateCheck(plan: Plan, fetched: ReadonlyMap<string, readonly Observation[]>): Check {
  const series = seriesReader(fetched);
  if (!plan.checkable) {
    const parts = assertionParts(plan.assertions, series, null);
    const failed = parts.filter((p) => p.holds === false);
    return blank(plan, { verdict: failed.length ? 'MISLEADING' : (plan.verdict ?? 'NOT_CHECKABLE'), reason: plan.reason, parts });
  }
  // Each covering series in turn: the figure is held against the series it most plausibly came from.
  const results = plan.measures.map((m) => ({ m, r: evaluateOn(plan, m, fetched.get(m.series.id) ?? []) }));
  const holding = results.find((x) => x.r.verdict === 'CONSISTENT');
  const chosen = holding ?? results.find((x) => x.r.verdict === 'INCONCLUSIVE') ?? results[0]!;
  let { verdict } = chosen.r;
  let reason = chosen.r.reason ?? null;
  const parts: CheckPart[] = [...(chosen.r.parts ?? [])];
  const others = results.filter((x) => x !== chosen && x.r.recorded != null);
  if (holding && others.length) {
    reason = [reason, `It matches the ${KIND_WORDS[chosen.m.series.observationKind]} (${chosen.m.series.id}); ${others.map((o) => `the ${KIND_WORDS[o.m.series.observationKind]} (${o.m.series.id}) was ${fmt(o.r.recorded!)}`).join('; ')}.`].filter(Boolean).join(' ');
  }

  // A figure that disagrees at a date read from its sentence but holds at the document's date: the date may belong
  // to another figure of the sentence (a base, a comparison), so the check cannot tell.
  if (verdict === 'INCONSISTENT' && plan.windowBasis === 'TEXT' && plan.documentDate && plan.window.to < addDays(plan.documentDate, -13) && (plan.mode === 'LEVEL' || plan.mode === 'REACHED' || plan.mode === 'CROSSED')) {
    const atDoc: Checkable = { ...plan, window: { from: plan.documentDate, to: plan.documentDate, label: plan.documentDate, basis: "the document's date" }, windowBasis: 'DOCUMENT_DATE', direction: null, base: null, extremum: null };
    const alt = plan.measures.map((m) => ({ m, r: evaluateOn(atDoc, m, fetched.get(m.series.id) ?? []) })).find((x) => x.r.verdict === 'CONSISTENT');
    if (alt) {
      verdict = 'INCONCLUSIVE';
      reason = [reason, `It disagrees with the record at ${plan.window.label}, the date read from its sentence, but matches ${alt.m.series.id} at the document's date (${fmt(alt.r.recorded ?? 0)} on ${alt.r.observation?.periodEnd ?? plan.documentDate}): the date may belong to another figure of the sentence.`].filter(Boolean).join(' ');
    }
  }
  // Precision first: a reading that rests on a guess never ends INCONSISTENT.
  if (verdict === 'INCONSISTENT') {
    const guess =
      plan.projection
        ? 'The claim is a projection or a hypothesis (what could or will happen), not a statement that the record held this figure.'
        : plan.windowBasis === 'DOCUMENT_DATE' && plan.mode !== 'CHANGE' && plan.mode !== 'FLOW'
        ? `The sentence states no date, so it was held against the document's date (${plan.window.to}), a fallback: it may speak of another day.`
        : plan.finerKindMissing
          ? `It disagrees with the ${KIND_WORDS[chosen.m.series.observationKind]} (${chosen.m.series.id}), but ${plan.finerKindMissing}: the check cannot tell which the figure is.`
          : null;
    if (guess) {
      verdict = 'INCONCLUSIVE';
      reason = [reason, guess].filter(Boolean).join(' ');
    }
  }

  const at = chosen.r.observation ?? chosen.r.inForce ?? null;
  const assertions = assertionParts(plan.assertions, series, at);
  const line = plan.assertions.find((a) => a.kind === 'NEAR_LINE' && a.figure === plan.quantity);
  if (line) {
    // The figure is the line, not the level: the verdict is the distance's.
    const p = assertions.find((x) => x.kind === 'NEAR_LINE')!;
    verdict = p.holds === true ? 'CONSISTENT' : p.holds === false ? 'MISLEADING' : 'INCONCLUSIVE';
    reason = `"${plan.quantity.surface}" is the line the claim names, not a level of the measure; what is tested is how near the measure was.`;
  }
  parts.push(...assertions);
  const numberHolds = verdict === 'CONSISTENT';
  const failed = parts.filter((p) => p.holds === false && (numberHolds || ['FLOW_STOPPED', 'STOCK_AS_FLOW', 'EXTREMUM_SINCE'].includes(p.kind)));
  if (failed.length && verdict !== 'INCONSISTENT') verdict = 'MISLEADING';
  if (!line) parts.unshift({ kind: 'NUMBER', holds: chosen.r.verdict === 'CONSISTENT' ? true : chosen.r.verdict === 'INCONSISTENT' ? (verdict === 'INCONSISTENT' ? false : null) : null, seriesId: chosen.m.series.id, text: numberText(plan, chosen.r) });

  return blank(plan, {
    ...chosen.r,
    verdict,
    reason,
    parts,
    factorId: plan.factorId,
    factorName: plan.factorName,
    series: chosen.m.series,
    how: chosen.m.how,
    window: plan.window,
    mode: plan.mode,
    reading: plan.reading,
    tolerance: plan.tolerance,
    readingBasis: { factor: plan.factorBasis, window: plan.windowBasis, mode: plan.modeBasis },
  });
}

function numberText(plan: Checkable, r: Result): string {
  if (r.recorded == null || r.claimed == null) return `"${plan.quantity.surface}": ${r.reason ?? 'no figure to compare'}`;
  return `"${plan.quantity.surface}" (${fmtMove(r.claimed, plan.percent)}) against ${r.recordedAs ?? 'the record'}: ${fmtMove(r.recorded, plan.percent)}${r.verdict === 'CONSISTENT' ? ', within tolerance' : r.verdict === 'INCONSISTENT' ? ', outside tolerance' : ''}.`;
}

/** The number (and its direction, base and extremum) held against one series. */
function evaluateOn(plan: Checkable, measure: Measure, fetched: readonly Observation[]): Result {
  const scale = measure.series.scale;
  const obs = [...fetched].sort(byPeriodEnd).map((o) => ({ date: o.date, periodEnd: o.periodEnd, value: o.value * scale }));
  const kind = measure.series.observationKind;
  let { from, to } = plan.window;
  // A week average is dated by the Wednesday ending its week: a day is covered by the week that holds it.
  if (kind === 'WEEK_AVERAGE' && daysBetween(from, to) < 7 && plan.mode !== 'CHANGE' && plan.mode !== 'FLOW') to = addDays(to, 6);
  // The document's date as a fallback: the latest figure published by then may be a week or two old.
  if (plan.windowBasis === 'DOCUMENT_DATE' && from === to) from = addDays(from, -13);
  const inWindow = obs.filter((o) => o.periodEnd >= from && o.periodEnd <= to);
  const before = obs.filter((o) => o.periodEnd < from).at(-1) ?? null;
  const after = obs.find((o) => o.periodEnd > to) ?? null;
  const inForce = inWindow.at(-1) ?? before;
  if (!inForce) return { verdict: 'NOT_CHECKABLE', reason: `${measure.series.id} has no observation in force during ${plan.window.label}.` };
  const range = inWindow.length
    ? { min: inWindow.reduce((a, b) => (b.value < a.value ? b : a)), max: inWindow.reduce((a, b) => (b.value > a.value ? b : a)), count: inWindow.length }
    : null;
  const common: Partial<Check> = { inForce, range };
  const values = inWindow.length ? inWindow : [inForce];
  let r: Result;
  switch (plan.mode) {
    case 'CHANGE':
    case 'FLOW':
      if (plan.mode === 'CHANGE' && from === to) {
        return { verdict: 'INCONCLUSIVE', inForce, range, reason: `A change is claimed, but the sentence dates only its end (${to}), not the span it happened over; counting it from any one day would be a guess.` };
      }
      // A change over days the series publishes nothing in (a day's move on a weekly series): it cannot say.
      if (plan.mode === 'CHANGE' && !inWindow.length && before) {
        return { verdict: 'INCONCLUSIVE', inForce, range, reason: `A change from ${from} to ${to} is claimed, but ${measure.series.id} has no observation in those days, so it cannot show that move.` };
      }
      if (kind === 'DAILY_FLOW') r = flowSum(plan, obs, from, to);
      else if (!before) r = uncoveredStart(plan, measure, inWindow);
      else r = change(plan, before, inWindow);
      break;
    case 'CROSSED':
      r = crossed(plan, measure, obs, values, before);
      break;
    case 'REACHED':
      r = level(plan, measure, values, inForce, after, 'REACHED');
      break;
    default:
      r = level(plan, measure, values, inForce, after, plan.reading);
  }
  r = { ...common, ...r };
  // A level reached or a line crossed, reported on a day: it may have happened in the days before the report.
  if (r.verdict === 'INCONSISTENT' && (plan.mode === 'REACHED' || plan.mode === 'CROSSED') && daysBetween(from, to) < 14) {
    const earlier = obs.filter((o) => o.periodEnd >= addDays(from, -14) && o.periodEnd < from);
    const line = Math.abs(plan.quantity.value);
    const down = plan.direction === 'DECREASE';
    const held = earlier.find((o) => (plan.mode === 'CROSSED' ? (down ? o.value <= line : o.value >= line) : Math.abs(o.value - line) <= Math.max(plan.tolerance, 0.05) * line));
    if (held) r = { ...r, verdict: 'INCONCLUSIVE', reason: `Not in the window, but it held on ${held.periodEnd} (${fmt(held.value)}), in the two weeks before: the report may speak of then.` };
  }
  const parts: CheckPart[] = [...(r.parts ?? [])];
  const at = r.observation ?? inForce;
  if ((plan.mode === 'LEVEL' || plan.mode === 'REACHED' || plan.mode === 'EXTREMUM') && plan.direction && before) {
    const move = at.value - before.value;
    const noise = 0.005 * Math.abs(before.value);
    const holds = Math.abs(move) <= noise ? null : (move > 0) === (plan.direction === 'INCREASE');
    parts.push({ kind: 'DIRECTION', holds, seriesId: measure.series.id, text: `It says the figure ${plan.direction === 'INCREASE' ? 'rose' : 'fell'}; ${measure.series.id} went from ${fmt(before.value)} (${before.periodEnd}) to ${fmt(at.value)} (${at.periodEnd}), ${signed(move)}.` });
  }
  if (plan.extremum?.since) parts.push(extremumSince(plan.extremum.kind, plan.extremum.since, plan.extremum.sinceText, at, obs, measure.series.id, measure.series.firstDate));
  if (plan.base?.window) parts.push(basePart(plan, measure, obs));
  return { ...r, parts };
}

/** A comparison base ("down from more than $2 trillion in 2022") as a past level of the same measure. */
function basePart(plan: Checkable, measure: Measure, obs: ValueAt[]): CheckPart {
  const base = plan.base!;
  const w = base.window!;
  const values = obs.filter((o) => o.periodEnd >= w.start && o.periodEnd <= w.end);
  const label = base.timeText ?? `${w.start} to ${w.end}`;
  if (!values.length) return { kind: 'BASE', holds: null, seriesId: measure.series.id, text: `The base, ${fmt(base.value)} (${label}): ${measure.series.id} has no observations then.` };
  const lo = Math.min(...values.map((v) => v.value));
  const hi = Math.max(...values.map((v) => v.value));
  const tol = Math.max(0.05, 0.5 / Math.max(1, Number(String(base.value).replace(/0+$/, '').length)));
  const holds = base.value >= lo * (1 - tol) && base.value <= hi * (1 + tol);
  return { kind: 'BASE', holds, seriesId: measure.series.id, text: `The base, ${fmt(base.value)} (${label}): ${measure.series.id} ranged from ${fmt(lo)} to ${fmt(hi)} then${holds ? '' : ', so the base does not hold'}.` };
}

function level(plan: Checkable, measure: Measure, values: ValueAt[], inForce: ValueAt, after: ValueAt | null, reading: Checkable['reading']): Result {
  const claimed = plan.quantity.value;
  const tol = plan.tolerance;
  const stock = measure.series.observationKind === 'END_OF_PERIOD';
  const kind = KIND_WORDS[measure.series.observationKind] ?? 'value';
  const fill = (compared: ValueAt, recordedAs: string, verdict: Verdict, reason: string | null = null): Result => {
    const deviation = compared.value - claimed;
    return {
      verdict,
      reason,
      claimed,
      recorded: compared.value,
      recordedAs,
      observation: compared,
      next: stock ? after : null,
      toleranceAbsolute: tol * Math.abs(claimed),
      deviation,
      relativeDeviation: claimed ? deviation / Math.abs(claimed) : null,
      formula: `${fmt(compared.value)} − ${fmt(claimed)} = ${signed(deviation)}`,
    };
  };
  switch (reading) {
    case 'BELOW':
    case 'ABOVE':
    case 'AT_LEAST':
    case 'AT_MOST': {
      const low = reading === 'BELOW' || reading === 'AT_MOST';
      const best = values.reduce((a, b) => ((low ? b.value < a.value : b.value > a.value) ? b : a));
      const last = values.at(-1)!;
      const what = values.length > 1 ? `${low ? 'lowest' : 'highest'} ${kind} in the window` : `${kind} in force`;
      if (meetsThreshold(reading, last.value, claimed)) return fill(last, `${kind} in force at the end of the window`, 'CONSISTENT');
      if (meetsThreshold(reading, best.value, claimed)) return fill(best, what, 'INCONCLUSIVE', `It held on ${best.periodEnd} but not at the end of the window.`);
      return fill(best, what, 'INCONSISTENT');
    }
    case 'REACHED': {
      const down = plan.direction === 'DECREASE';
      const peak = values.reduce((a, b) => ((down ? b.value < a.value : b.value > a.value) ? b : a));
      const within = down
        ? peak.value <= claimed * (1 + tol) && peak.value >= claimed * (1 - Math.max(tol, 0.05))
        : peak.value >= claimed * (1 - tol) && peak.value <= claimed * (1 + Math.max(tol, 0.05));
      return fill(peak, values.length > 1 ? `${down ? 'lowest' : 'peak'} ${kind} in the window` : `${kind} in force`, within ? 'CONSISTENT' : 'INCONSISTENT');
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
      // A short window (a day, a week) holds when any value in it matches; a long one is read at its typical level.
      if (daysBetween(values[0]!.periodEnd, values.at(-1)!.periodEnd) <= 14) {
        const nearest = values.reduce((a, b) => (Math.abs(b.value - claimed) < Math.abs(a.value - claimed) ? b : a));
        return fill(nearest, `${kind} nearest the figure in the window`, Math.abs(nearest.value - claimed) <= tol * Math.abs(claimed) ? 'CONSISTENT' : 'INCONSISTENT');
      }
      const typical = median(values.map((v) => v.value));
      const nearest = values.reduce((a, b) => (Math.abs(b.value - typical) < Math.abs(a.value - typical) ? b : a));
      const typicalAt: ValueAt = { ...nearest, value: typical };
      const lo = Math.min(...values.map((v) => v.value));
      const hi = Math.max(...values.map((v) => v.value));
      if (Math.abs(typical - claimed) <= tol * Math.abs(claimed)) return fill(typicalAt, `median ${kind} in the window`, 'CONSISTENT');
      // Over a long window a figure may be of any day in it: only one outside the whole range (with its rounding) fails.
      if (claimed >= lo * (1 - tol) && claimed <= hi * (1 + tol)) {
        const nearest = values.reduce((a, b) => (Math.abs(b.value - claimed) < Math.abs(a.value - claimed) ? b : a));
        return fill(typicalAt, `median ${kind} in the window`, 'INCONCLUSIVE', `The claimed figure is within the window's range (${fmt(nearest.value)} on ${nearest.periodEnd}) but away from its typical level; the window does not say which day it is of.`);
      }
      return fill(typicalAt, `median ${kind} in the window`, 'INCONSISTENT');
    }
  }
}

/** A line crossed: beyond it within the window, and on the other side before. */
function crossed(plan: Checkable, measure: Measure, obs: ValueAt[], values: ValueAt[], before: ValueAt | null): Result {
  const line = Math.abs(plan.quantity.value);
  const down = plan.direction === 'DECREASE';
  const beyond = values.filter((v) => (down ? v.value <= line : v.value >= line));
  const extreme = values.reduce((a, b) => ((down ? b.value < a.value : b.value > a.value) ? b : a));
  const deviation = extreme.value - line;
  const base: Result = {
    verdict: 'CONSISTENT',
    claimed: line,
    recorded: extreme.value,
    recordedAs: `${down ? 'lowest' : 'highest'} ${KIND_WORDS[measure.series.observationKind]} in the window`,
    observation: beyond[0] ?? extreme,
    toleranceAbsolute: plan.tolerance * line,
    deviation,
    relativeDeviation: deviation / line,
    formula: `${fmt(extreme.value)} ${down ? '≤' : '≥'} ${fmt(line)}?`,
  };
  const prior = obs.filter((o) => o.periodEnd < plan.window.from && o.periodEnd >= addDays(plan.window.from, -92));
  const wasOther = prior.some((o) => (down ? o.value > line : o.value < line));
  const crossing: CheckPart = {
    kind: 'CROSSING',
    holds: prior.length ? wasOther : null,
    seriesId: measure.series.id,
    text: prior.length
      ? `Before the window (${prior[0]!.periodEnd} to ${prior.at(-1)!.periodEnd}) it was ${wasOther ? `${down ? 'above' : 'below'} the line at times` : `${down ? 'below' : 'above'} the line throughout, so nothing was crossed then`}.`
      : 'The record before the window is not at hand.',
  };
  if (beyond.length) return { ...base, parts: [crossing], verdict: 'CONSISTENT' };
  if (Math.abs(deviation) <= plan.tolerance * line) return { ...base, verdict: 'INCONCLUSIVE', reason: 'The measure came within the rounding of the line but not beyond it.', parts: [crossing] };
  return { ...base, verdict: 'INCONSISTENT', reason: `It never went ${down ? 'below' : 'above'} ${fmt(line)} in the window.`, parts: [crossing] };
  void before;
}

/** A flow per period (or over the window) from a daily-flow series: the sum over the window. */
function flowSum(plan: Checkable, obs: ValueAt[], from: string, to: string): Result {
  const days = obs.filter((o) => o.periodEnd >= from && o.periodEnd <= to);
  if (!days.length) return { verdict: 'NOT_CHECKABLE', reason: `No daily flows recorded in ${plan.window.label}.` };
  const total = days.reduce((s, o) => s + o.value, 0);
  const span = Math.max(1, daysBetween(from, to) + 1);
  const perPeriod = plan.period === 'WINDOW' ? total : (total * PERIOD_DAYS[plan.period]) / span;
  const claimed = Math.abs(plan.quantity.value);
  const deviation = perPeriod - claimed;
  const ok = Math.abs(deviation) <= Math.max(plan.tolerance, 0.05) * claimed;
  return {
    verdict: ok ? 'CONSISTENT' : Math.abs(deviation) <= 0.25 * claimed ? 'INCONCLUSIVE' : 'INCONSISTENT',
    reason: ok ? null : Math.abs(deviation) <= 0.25 * claimed ? 'Within a quarter of the claimed flow, beyond its rounding.' : null,
    claimed,
    recorded: perPeriod,
    recordedAs: `total ${PER[plan.period]} (sum of ${days.length} daily flows)`,
    observation: days.at(-1)!,
    toleranceAbsolute: plan.tolerance * claimed,
    deviation,
    relativeDeviation: deviation / claimed,
    formula: `Σ ${days.length} days = ${fmt(total)}${plan.period === 'WINDOW' ? '' : ` over ${span} days = ${fmt(perPeriod)} ${PER[plan.period]}`}`,
  };
}

function change(plan: Checkable, baseline: ValueAt, inWindow: ValueAt[]): Result {
  const dirSign = plan.direction === 'DECREASE' ? -1 : 1;
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
      const move = dirSign * rel(seq[i]!, seq[j]!);
      if (move > largest) [largest, largestFrom, largestTo] = [move, seq[i]!, seq[j]!];
      atPeriod = seq[j]!;
    }
    if (plan.period !== 'WINDOW' && atPeriod && limit <= end.periodEnd) typicalMoves.push(dirSign * rel(seq[i]!, atPeriod));
  }
  if (largest === -Infinity) largest = dirSign * total;
  const typical = plan.period === 'WINDOW' ? dirSign * total : typicalMoves.length ? median(typicalMoves) : dirSign * totalPerPeriod;
  const claimed = Math.abs(plan.quantity.value);
  const tol = plan.tolerance;
  const near = (x: number) => Math.abs(x - claimed) <= tol * claimed;
  const dir = (plan.direction ?? 'INCREASE').toLowerCase();
  const per = PER[plan.period];

  let verdict: Verdict;
  let compared: number;
  let recordedAs: string;
  let reason: string | null = null;
  if (!plan.direction && Math.abs(Math.abs(total) - claimed) <= tol * claimed) {
    // No direction stated: the size of the move is what is claimed.
    verdict = 'CONSISTENT';
    compared = Math.abs(total);
    recordedAs = 'size of the change over the window';
  } else if (largest < claimed * (1 - tol)) {
    verdict = 'INCONSISTENT';
    compared = largest;
    recordedAs = plan.period === 'WINDOW' ? `largest ${dir} within the window` : `largest ${dir} ${per} in the window`;
    if (plan.direction && dirSign * total < 0 && Math.abs(total) > tol * claimed) reason = `Over the window the figure moved the other way: ${plan.percent ? `${total.toFixed(1)}%` : signed(total)}.`;
    if (!plan.direction) {
      verdict = 'INCONCLUSIVE';
      reason = 'The sentence does not say which way the figure moved.';
    }
  } else if (near(typical) || near(dirSign * totalPerPeriod)) {
    verdict = 'CONSISTENT';
    compared = near(typical) ? typical : dirSign * totalPerPeriod;
    recordedAs = near(typical) ? `typical ${dir} ${per}` : `${dir} over the window${plan.period === 'WINDOW' ? '' : `, ${per}`}`;
  } else {
    verdict = 'INCONCLUSIVE';
    compared = typical;
    recordedAs = `typical ${dir} ${per}`;
    reason = `Only the largest move (${fmtMove(largest, plan.percent)}) reaches the claimed figure; the typical move ${per} is ${fmtMove(typical, plan.percent)}.`;
  }
  const deviation = compared - claimed;
  const figures: ChangeFigures = { period: plan.period, baseline, end, total, totalPerPeriod, largest, largestFrom, largestTo, typical };
  return {
    verdict,
    reason,
    claimed,
    recorded: compared,
    recordedAs,
    observation: end,
    change: figures,
    toleranceAbsolute: tol * claimed,
    deviation,
    relativeDeviation: claimed ? deviation / claimed : null,
    formula: plan.percent
      ? `(${fmt(end.value)} − ${fmt(baseline.value)}) / ${fmt(baseline.value)} = ${total.toFixed(1)}%`
      : `${fmt(end.value)} (${end.periodEnd}) − ${fmt(baseline.value)} (${baseline.periodEnd}) = ${signed(total)}${plan.period === 'WINDOW' ? '' : ` over ${days} days = ${signed(totalPerPeriod)} ${per}`}`,
  };
}

/** A rise over a window the record starts inside: bounded by the balance at the window's end (a balance is never negative). */
function uncoveredStart(plan: Checkable, measure: Measure, inWindow: ValueAt[]): Result {
  const claimed = Math.abs(plan.quantity.value);
  const first = inWindow[0];
  const end = inWindow.at(-1);
  const reason = `The record of ${measure.series.id} starts on ${first?.periodEnd ?? measure.series.firstDate}, inside ${plan.window.label} (${plan.window.from} to ${plan.window.to}), so the change over the whole window is not in it.`;
  if (!first || !end || end.value >= claimed * (1 - plan.tolerance) || plan.direction === 'DECREASE') return { verdict: 'NOT_CHECKABLE', reason };
  let largest = 0;
  let largestFrom = first;
  let largestTo = first;
  for (const [i, a] of inWindow.entries()) {
    for (const b of inWindow.slice(i + 1)) {
      if (b.value - a.value > largest) [largest, largestFrom, largestTo] = [b.value - a.value, a, b];
    }
  }
  const deviation = end.value - claimed;
  return {
    verdict: 'INCONSISTENT',
    reason: `${reason} But a balance is never negative, so over any window ending on ${end.periodEnd} it cannot have risen by more than its level then, ${fmt(end.value)}; within the part of the window the record covers, the largest rise was ${fmt(largest)} (${largestFrom.periodEnd} to ${largestTo.periodEnd}).`,
    claimed,
    recorded: end.value,
    recordedAs: 'the most the balance can have risen: its level at the end of the window',
    observation: end,
    toleranceAbsolute: plan.tolerance * claimed,
    deviation,
    relativeDeviation: deviation / claimed,
    formula: `rise ≤ ${fmt(end.value)} (${end.periodEnd}) − 0 < ${fmt(claimed)}`,
  };
}
