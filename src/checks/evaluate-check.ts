/**
 * The arithmetic of a check: a plan and the observations it asked for in, a `Check` out. Pure. Each mode is held
 * against the record in its own way (a level at its window, a change as a difference of the series, a flow per
 * period, a level reached, a line crossed, an extremum against the history, a base as a past level), then the
 * claim's other assertions; the verdict is composed from the parts, precision first.
 */
import { seriesInfo } from '../series/catalogue.ts';
import { addDays, addMonths, daysBetween, publishedBy, type Window } from './as-of.ts';
import { assertionParts, extremumSince, type ClaimedExtremum } from './check-assertions.ts';
import { meetsThreshold, roundingOf, toleranceOf, truncatedAbove } from './check-rules.ts';
import type { Check, CheckPart, ChangeFigures, Measure, Observation, Period, Plan, ValueAt, Verdict } from './check-types.ts';
import { explain } from './explain.ts';
import { JUDGING_RULES } from './judging-rules.ts';
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

/**
 * The window a level read "as published by a day" speaks of — the document's date ("now", 目前, or no time in the
 * sentence) or a report's date ("according to data released on June 2") — is the latest observation published by
 * then, not the day itself: a weekly series' last Wednesday (its week, for a week average), a daily series' previous
 * business day, the ON RRP's own day. The check reports that observation's period as its window, so that the window
 * shown is the figure the words speak of (time18, "now as the latest observation"). A change or a flow keeps the day:
 * its start is not given by the words. A quarter-end stock (GFDEBTN) is never "now": its latest figure may be months old.
 */
function publishedWindow(used: Checkable, r: Result, kind: string): Window | null {
  if (!used.latestPublished || used.window.from !== used.window.to || used.mode === 'CHANGE' || used.mode === 'FLOW' || kind === 'END_OF_PERIOD') return null;
  const at = r.inForce;
  if (!at || at.periodEnd > used.window.to) return null;
  const from = kind === 'WEEK_AVERAGE' ? addDays(at.periodEnd, -6) : at.periodEnd;
  return { ...used.window, from, to: at.periodEnd, label: `the latest ${KIND_WORDS[kind] ?? 'figure'} published by ${used.window.to} (${at.periodEnd})` };
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
  let results = plan.measures.map((m) => ({ m, r: evaluateOn(plan, m, fetched.get(m.series.id) ?? []) }));
  let used: Checkable = plan;
  // A level whose words say a change ("burned through $286BN … in the past month"): the change may confirm it; it can
  // never make it fail (its reading is not firm either way).
  if (plan.asChange && !results.some((x) => x.r.verdict === 'CONSISTENT')) {
    const change: Checkable = { ...plan, mode: 'CHANGE', direction: plan.asChange.direction, reading: 'STATED', tolerance: toleranceOf('STATED', plan.quantity.surface), period: 'WINDOW', step: null, asChange: null };
    const held = plan.measures.map((m) => ({ m, r: evaluateOn(change, m, fetched.get(m.series.id) ?? [], true) })).find((x) => x.r.verdict === 'CONSISTENT');
    if (held) {
      held.r = { ...held.r, reason: [`Read as a change, as the words before "${plan.quantity.surface}" say (${plan.asChange.words}).`, held.r.reason].filter(Boolean).join(' ') };
      results = [held];
      used = change;
    }
  }
  // A change whose time is where it started: the span from then to the document's date may confirm it (never refute it:
  // where the move ends is not written).
  if (plan.sinceStart && plan.mode === 'CHANGE' && !results.some((x) => x.r.verdict === 'CONSISTENT')) {
    const span: Checkable = { ...plan, window: { from: plan.sinceStart.from, to: plan.sinceStart.to, label: `${plan.sinceStart.from} to ${plan.sinceStart.to}`, basis: `${plan.window.basis}, read as where the change started, to the document's date` }, step: null, sinceStart: null };
    const held = plan.measures.map((m) => ({ m, r: evaluateOn(span, m, fetched.get(m.series.id) ?? [], true) })).find((x) => x.r.verdict === 'CONSISTENT');
    if (held) {
      held.r = { ...held.r, reason: [`Read from ${plan.sinceStart.from}, where the sentence says the change started, to the document's date (${plan.sinceStart.to}).`, held.r.reason].filter(Boolean).join(' ') };
      results = [held];
      used = span;
    }
  }
  // A change from the measure's peak, undated ("-$2.38 Trillion from Peak"): the move from the record's extreme to the
  // figure in force may confirm it (never refute it: the peak may be another series' or before the record starts).
  if (plan.fromPeak && plan.mode === 'CHANGE' && !results.some((x) => x.r.verdict === 'CONSISTENT')) {
    const held = plan.measures.map((m) => ({ m, r: fromPeakMove(plan, plan.fromPeak!, m, fetched.get(m.series.id) ?? []) })).find((x) => x.r?.verdict === 'CONSISTENT');
    if (held?.r) results = [{ m: held.m, r: held.r }];
  }
  // A level told as past with no date ("from $4.1 trillion", "此前2.5万亿美元的逆回购峰值"): the record before the
  // document may confirm it — a peak by the record's extreme, else by any value — never refute it.
  if (plan.pastLevel && !results.some((x) => x.r.verdict === 'CONSISTENT')) {
    const held = plan.measures.map((m) => ({ m, r: pastLevelHeld(plan, plan.pastLevel!, m, fetched.get(m.series.id) ?? []) })).find((x) => x.r);
    if (held?.r) results = [{ m: held.m, r: held.r }];
  }
  // "up from a previous figure of $2.853 trillion": the release before the one in force at the window (as published by
  // then) may confirm it; it is never refuted by the window's own figure, which the words say it is not.
  if (plan.previousStep && !results.some((x) => x.r.verdict === 'CONSISTENT')) {
    const prior = plan.measures.map((m) => ({ m, r: previousStepHeld(plan, plan.previousStep!, m, fetched.get(m.series.id) ?? []) }));
    const held = prior.find((x) => x.r?.verdict === 'CONSISTENT');
    if (held?.r) results = [{ m: held.m, r: held.r }];
    // (a figure the window's release already refutes is refuted by the release before too: that is the evidence to show)
    else if (results.every((x) => x.r.verdict === 'INCONSISTENT') && prior.every((x) => x.r?.verdict === 'INCONSISTENT')) results = prior.map((x) => ({ m: x.m, r: x.r! }));
  }
  // When several series hold the figure ("about $2.89 trillion": the week average and the Wednesday level both within
  // "about"), it came from the one nearest it: its assertions ("the lowest since October 2020") are tested on that one.
  const gap = (r: Result) => (r.recorded != null && r.claimed ? Math.abs(r.recorded - r.claimed) / Math.abs(r.claimed) : Infinity);
  const holding = results.filter((x) => x.r.verdict === 'CONSISTENT').sort((a, b) => gap(a.r) - gap(b.r))[0];
  const chosen = holding ?? results.find((x) => x.r.verdict === 'INCONCLUSIVE') ?? results[0]!;
  let { verdict } = chosen.r;
  let reason = chosen.r.reason ?? null;
  const parts: CheckPart[] = [...(chosen.r.parts ?? [])];
  const others = results.filter((x) => x !== chosen && x.r.recorded != null);
  if (holding && others.length) {
    reason = [reason, `It matches the ${KIND_WORDS[chosen.m.series.observationKind]} (${chosen.m.series.id}); ${others.map((o) => `the ${KIND_WORDS[o.m.series.observationKind]} (${o.m.series.id}) was ${fmt(o.r.recorded!)}`).join('; ')}.`].filter(Boolean).join(' ');
  }

  // Precision first: a reading that rests on a guess never ends INCONSISTENT; the check says which guess.
  if (verdict === 'INCONSISTENT') {
    const level = chosen.r.recorded != null && chosen.r.claimed ? Math.abs(chosen.r.recorded / chosen.r.claimed) : null;
    const guess = plan.projection
      ? 'The claim is a projection or a hypothesis (what could or will happen), not a statement that the record held this figure.'
      : level !== null && plan.mode !== 'CHANGE' && plan.mode !== 'FLOW' && (level > 100 || level < 0.01 || offScale(chosen.m.series.id, Math.abs(chosen.r.claimed!)))
        ? `The figure as read, ${fmt(chosen.r.claimed!)}, is not on the scale of ${chosen.m.series.id} (${fmt(chosen.r.recorded!)}): a number misread, or another quantity (a per-head amount, a part of the measure).`
      : plan.unfirm.length
        ? plan.unfirm.join(' ')
        : plan.finerKindMissing
          ? `It disagrees with the ${KIND_WORDS[chosen.m.series.observationKind]} (${chosen.m.series.id}), but ${plan.finerKindMissing}: the check cannot tell which the figure is.`
          : null;
    // A bare month whose year is guessed (judging pass 10): a verdict that every year the page allows gives is not a guess.
    const everyYear = guess && guess === plan.unfirm.join(' ') ? everyYearFails(plan, fetched) : null;
    if (everyYear) reason = [reason, everyYear].filter(Boolean).join(' ');
    else if (guess) {
      verdict = 'INCONCLUSIVE';
      reason = [reason, guess].filter(Boolean).join(' ');
    }
  }

  const at = chosen.r.observation ?? chosen.r.inForce ?? null;
  // "The lowest since…" is tested on the series the number was matched on (the Wednesday level, say), not only the first.
  const own = plan.assertions.map((a) => (a.kind === 'EXTREMUM_SINCE' && a.measure?.factorId === plan.factorId ? { ...a, measure: chosen.m } : a));
  const claimedAt = plan.percent ? null : claimedExtremum(plan);
  const assertions = assertionParts(own, series, at, claimedAt);
  const line = plan.assertions.find((a) => a.kind === 'NEAR_LINE' && a.figure === plan.quantity);
  if (line) {
    // The figure is the line, not the level: the verdict is the distance's.
    const p = assertions.find((x) => x.kind === 'NEAR_LINE')!;
    verdict = p.holds === true ? 'CONSISTENT' : p.holds === false ? 'MISLEADING' : 'INCONCLUSIVE';
    reason = `"${plan.quantity.surface}" is the line the claim names, not a level of the measure; what is tested is how near the measure was.`;
  }
  parts.push(...assertions);
  if (plan.streak && at) parts.push(streakPart(plan.streak, chosen.m, fetched.get(chosen.m.series.id) ?? [], at));
  const numberHolds = verdict === 'CONSISTENT';
  const failed = parts.filter((p) => p.holds === false && (numberHolds || ['FLOW_STOPPED', 'STOCK_AS_FLOW', 'EXTREMUM_SINCE'].includes(p.kind)));
  if (failed.length && verdict !== 'INCONSISTENT') verdict = 'MISLEADING';
  // A crossing or a move tested at the document's date, which the sentence does not state (a fallback): what failed is
  // the fallback's, not the claim's ("突破34兆與35兆美元的時間，分別是…" read at the page's date).
  // ("for the first time since early 2025" is the claim's own history, not the fallback's: it still fails)
  const onFallback = plan.unfirmKinds.includes('DOCUMENT_DATE') && failed.length > 0 && failed.every((p) => p.crossingTest === 'BEFORE_THE_WINDOW' || p.kind === 'DIRECTION');
  if (verdict === 'MISLEADING' && (onFallback || plan.unfirmKinds.some((k) => k === 'NOT_ITS_OWN_DATE' || k === 'CUT_SHORT'))) {
    verdict = 'INCONCLUSIVE';
    reason = [reason, `A part fails, but the reading it was tested on rests on a guess: ${plan.unfirm.join(' ')}`].filter(Boolean).join(' ');
  }
  // "A record total of $1.04 trillion", 歷史新高: the figure holds, but the extreme of all time it claims reaches before
  // the shipped record starts — the record cannot test it (every labelled set calls such a claim INCONCLUSIVE).
  if (plan.allTime && verdict === 'CONSISTENT' && chosen.m.series.firstDate) {
    const text = `"${plan.allTime}" claims the extreme of all time, but the record of ${chosen.m.series.id} starts on ${chosen.m.series.firstDate}: what came before cannot be told.`;
    parts.push({ kind: 'EXTREMUM', holds: null, seriesId: chosen.m.series.id, text });
    verdict = 'INCONCLUSIVE';
    reason = [reason, `The number holds; ${text}`].filter(Boolean).join(' ');
  }
  // Not a statement about the record (quantities/mood.ts): an estimate, a condition, a target or a forecast is never
  // judged by it. A forecast of a date the record now covers says whether it came true, as a note beside INCONCLUSIVE
  // (judging pass 7: the labellers of every set call a forecast that came true INCONCLUSIVE, not CONSISTENT).
  const unjudged = plan.mood && plan.mood !== 'STATED' ? moodReason(plan, verdict) : null;
  // …except what it says of the past: "預估將跌破3兆美元，為新冠疫情以來首見" — whether it falls below is a forecast, but
  // that it would be the first time since the pandemic is a fact the record had already settled (judging pass 9).
  const pastFails = JUDGING_RULES.pastHistoryOfForecast && verdict === 'MISLEADING' && failed.some((p) => p.failsBeforeDocument);
  if (pastFails && unjudged) reason = [reason, `${unjudged} What it says of the past fails on the record before the document, so it is misleading whatever comes.`].filter(Boolean).join(' ');
  if (unjudged && verdict !== 'INCONCLUSIVE' && !pastFails) {
    verdict = 'INCONCLUSIVE';
    reason = [reason, unjudged].filter(Boolean).join(' ');
  }
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
    window: chosen.r.window ?? publishedWindow(used, chosen.r, chosen.m.series.observationKind) ?? used.window,
    mode: used.mode,
    reading: used.reading,
    tolerance: used.tolerance,
    readingBasis: { factor: plan.factorBasis, window: plan.windowBasis, mode: plan.modeBasis },
  });
}

/** The observations of a series known at a day (published by then, at the document's date), in USD, oldest first. */
function knownAt(plan: Checkable, measure: Measure, fetched: readonly Observation[], asOf: string): ValueAt[] {
  const kind = measure.series.observationKind;
  return [...fetched]
    .filter((o) => (plan.latestPublished ? publishedBy(kind, o.periodEnd, asOf, measure.series.id) : o.periodEnd <= asOf))
    .sort(byPeriodEnd)
    .map((o) => ({ date: o.date, periodEnd: o.periodEnd, value: o.value * measure.series.scale }));
}

/** A figure held against one recorded value: the result with its deviation and formula. */
function heldAgainst(plan: Checkable, verdict: Verdict, reason: string, claimed: number, recorded: number, at: ValueAt, recordedAs: string, formula: string): Result {
  const deviation = recorded - claimed;
  return { verdict, reason, claimed, recorded, recordedAs, observation: at, toleranceAbsolute: plan.tolerance * claimed, deviation, relativeDeviation: claimed ? deviation / claimed : null, formula };
}

/** The move from the series' extreme in its record to the figure in force at the window's end (as published by then). */
function fromPeakMove(plan: Checkable, peakWords: { kind: 'HIGHEST' | 'LOWEST'; text: string }, measure: Measure, fetched: readonly Observation[]): Result | null {
  const kind = measure.series.observationKind;
  const obs = knownAt(plan, measure, fetched, plan.window.to);
  const end = obs.at(-1);
  if (!end || obs.length < 2) return null;
  const high = peakWords.kind === 'HIGHEST';
  const extreme = (xs: typeof obs) => xs.reduce((a, b) => ((high ? b.value > a.value : b.value < a.value) ? b : a));
  // A daily series is also read on its Wednesdays, as the weekly balance sheet reports it (the ON RRP's Wednesday peak,
  // 2.37 tn, against its daily 2.55 tn): the move from either peak may confirm the figure.
  const wednesdays = kind === 'DAILY' ? obs.filter((o) => new Date(`${o.periodEnd}T00:00:00Z`).getUTCDay() === 3) : [];
  const peaks = [extreme(obs), ...(wednesdays.length > 1 ? [extreme(wednesdays)] : [])];
  const fits = (p: (typeof obs)[number]) => Math.abs((plan.percent ? Math.abs(((end.value - p.value) / p.value) * 100) : Math.abs(end.value - p.value)) - Math.abs(plan.quantity.value)) <= plan.tolerance * Math.abs(plan.quantity.value);
  const peak = peaks.find(fits) ?? peaks[0]!;
  if (peak === end) return null;
  const move = end.value - peak.value;
  const claimed = Math.abs(plan.quantity.value);
  const recorded = plan.percent ? Math.abs((move / peak.value) * 100) : Math.abs(move);
  if ((high && move > 0) || (!high && move < 0) || Math.abs(recorded - claimed) > plan.tolerance * claimed) return null;
  const held = heldAgainst(plan, 'CONSISTENT', `Counted "${peakWords.text}": from the ${high ? 'peak' : 'trough'} of ${measure.series.id} in its record, ${fmt(peak.value)} (${peak.periodEnd}), to ${fmt(end.value)} (${end.periodEnd}).`, claimed, recorded, end, `${high ? 'fall from the peak' : 'rise from the trough'} of the record (${peak.periodEnd} to ${end.periodEnd})`, `${fmt(end.value)} (${end.periodEnd}) − ${fmt(peak.value)} (${peak.periodEnd}) = ${signed(move)}`);
  // The window the words speak of is the move's: from the record's peak to the figure in force ("-$2.43 Trillion from
  // Peak" on 4 December is 13 April 2022 to 3 December 2025), not the document's day it was read at (time18).
  return { ...held, window: { ...plan.window, from: peak.periodEnd, to: end.periodEnd, label: `from the ${high ? 'peak' : 'trough'} of the record (${peak.periodEnd}) to ${end.periodEnd}` } };
}

/**
 * A level told as past with no date, held against the record before the document: a peak (or low) by the record's
 * extreme, any other level by the value nearest it. Within its rounding, or above it by up to a unit of its last digit
 * (the press truncates: "2.5万亿美元" for the ON RRP's 2.554 tn peak). CONSISTENT or null (never a refutation).
 */
function pastLevelHeld(plan: Checkable, past: { peak: 'HIGHEST' | 'LOWEST' | null; words: string }, measure: Measure, fetched: readonly Observation[]): Result | null {
  const end = plan.documentDate ?? plan.window.to;
  const obs = fetched.filter((o) => o.periodEnd <= end).map((o) => ({ date: o.date, periodEnd: o.periodEnd, value: o.value * measure.series.scale }));
  if (!obs.length) return null;
  const claimed = Math.abs(plan.quantity.value);
  const lo = claimed * (1 - plan.tolerance);
  const hi = claimed * (1 + Math.max(plan.tolerance, 2 * roundingOf(plan.quantity.surface)));
  const pick = past.peak
    ? obs.reduce((a, b) => ((past.peak === 'HIGHEST' ? b.value > a.value : b.value < a.value) ? b : a))
    : obs.reduce((a, b) => (Math.abs(b.value - claimed) < Math.abs(a.value - claimed) ? b : a));
  if (pick.value < lo || pick.value > hi) return null;
  const held = heldAgainst(plan, 'CONSISTENT', `Told as a past level with no date of its own ("${past.words}"): ${past.peak ? `the ${past.peak === 'HIGHEST' ? 'peak' : 'low'} of ${measure.series.id} in its record before ${end}` : `${measure.series.id} before ${end}`} was ${fmt(pick.value)} (${pick.periodEnd}).`, claimed, pick.value, pick, `${past.peak ? (past.peak === 'HIGHEST' ? 'peak' : 'low') : 'nearest value'} of the record before ${end}`, `${fmt(pick.value)} (${pick.periodEnd}) − ${fmt(claimed)} = ${signed(pick.value - claimed)}`);
  // (the window it speaks of is the past before the document, as far as the record goes — "once", 此前, 在此之前 —
  // reported as such, not as the document's day it was read at; time18)
  return { ...held, window: { ...plan.window, from: obs[0]!.periodEnd, to: end, label: `the record before ${end} (from ${obs[0]!.periodEnd})` } };
}

/** The release before the one in force at the window's end (as published by then, at the document's date), held against the figure. */
function previousStepHeld(plan: Checkable, words: string, measure: Measure, fetched: readonly Observation[]): Result | null {
  const asOf = plan.window.to;
  const prior = knownAt(plan, measure, fetched, asOf).at(-2);
  if (!prior) return null;
  const claimed = Math.abs(plan.quantity.value);
  const over = truncatedAbove(plan.tolerance, plan.quantity.surface);
  const holds = prior.value >= claimed * (1 - plan.tolerance) && prior.value <= claimed * (1 + over);
  return heldAgainst(plan, holds ? 'CONSISTENT' : 'INCONSISTENT', `"${words}": the release before the latest by ${asOf}, ${fmt(prior.value)} (${prior.periodEnd}), ${holds ? 'matches' : 'does not match'}.`, claimed, prior.value, prior, `${KIND_WORDS[measure.series.observationKind]} of the release before`, `${fmt(prior.value)} (${prior.periodEnd}) − ${fmt(claimed)} = ${signed(prior.value - claimed)}`);
}

/**
 * A bare month's year guessed, and nothing else: the claim fails in every other year the page allows as well (each
 * judged as if its year were written, on every covering series) — then its failure does not depend on the guess. The
 * words that say so; null when some year holds, cannot be told, or the rule is off.
 */
function everyYearFails(plan: Checkable, fetched: ReadonlyMap<string, readonly Observation[]>): string | null {
  const years = plan.yearCandidates ?? [];
  if (!JUDGING_RULES.everyYearAgrees || !years.length || !plan.unfirmKinds.every((k) => k === 'NO_YEAR')) return null;
  for (const w of years) {
    const moved: Checkable = { ...plan, window: w, unfirm: [], unfirmKinds: [], yearCandidates: null };
    if (evaluateCheck(moved, fetched).verdict !== 'INCONSISTENT') return null;
  }
  return `Its year is not written, but it fails in every year the page allows (${[plan.window.from.slice(0, 4), ...years.map((w) => w.from.slice(0, 4))].sort().join(', ')}): the verdict does not rest on the guess.`;
}

/** A level outside every value the series could plausibly take since 2019 (the catalogue's range): not this measure. */
function offScale(seriesId: string, figure: number): boolean {
  const range = seriesInfo(seriesId)?.plausible;
  return !!range && (figure < range.min || figure > range.max);
}

/** The figure said to be the lowest or highest since, with its precision and the earliest day the claim may speak of. */
function claimedExtremum(plan: Checkable): ClaimedExtremum {
  return { value: Math.abs(plan.quantity.value), tolerance: Math.max(plan.tolerance, 0.005), earliest: plan.latestPublished && plan.window.from === plan.window.to ? addDays(plan.window.from, -13) : plan.window.from };
}

/**
 * A run of moves said of the figure ("连续第八周下降"): the series' last `count` steps up to the observation matched each
 * moved that way. Only a series whose own step is the run's (a weekly series for weeks, a daily one for days) can say.
 */
function streakPart(streak: NonNullable<Checkable['streak']>, measure: Measure, fetched: readonly Observation[], at: { periodEnd: string }): CheckPart {
  const seriesId = measure.series.id;
  const own = streak.step === 'WEEK' ? measure.series.frequency === 'WEEKLY' : measure.series.frequency === 'DAILY';
  const obs = [...fetched].sort(byPeriodEnd).filter((o) => o.periodEnd <= at.periodEnd).slice(-(streak.count + 1));
  const word = streak.direction === 'DECREASE' ? 'fell' : 'rose';
  if (!own || obs.length < streak.count + 1) return { kind: 'DIRECTION', holds: null, seriesId, text: `"${streak.text}": ${own ? `the record before ${at.periodEnd} is not at hand` : `${seriesId} is not recorded ${streak.step === 'WEEK' ? 'weekly' : 'daily'}`}, so the run of ${streak.count} cannot be tested.` };
  const steps = obs.slice(1).map((o, i) => ({ from: obs[i]!, to: o, move: (o.value - obs[i]!.value) * measure.series.scale }));
  const against = steps.filter((x) => (streak.direction === 'DECREASE' ? x.move >= 0 : x.move <= 0));
  return {
    kind: 'DIRECTION',
    holds: against.length === 0,
    seriesId,
    text: against.length === 0
      ? `"${streak.text}": ${seriesId} ${word} in each of its last ${streak.count} ${streak.step === 'WEEK' ? 'weeks' : 'days'} to ${at.periodEnd}.`
      : `"${streak.text}" does not hold: ${seriesId} did not ${word === 'fell' ? 'fall' : 'rise'} in ${against.length} of its last ${streak.count} ${streak.step === 'WEEK' ? 'weeks' : 'days'} to ${at.periodEnd} (${against.map((x) => `${x.from.periodEnd} → ${x.to.periodEnd}: ${signed(x.move)}`).join('; ')}).`,
  };
}

/**
 * A move said to be the largest ever ("fallen by an unprecedented 60 percent in just three months"): every move of the
 * series in the same direction over the same span, in its record before the window. One larger (beyond the figure's
 * precision) refutes "unprecedented"; none cannot confirm it, since the record starts in 2019 or 2022.
 */
function recordMovePart(plan: Checkable, words: string, measure: Measure, obs: ValueAt[], from: string, to: string): CheckPart {
  const seriesId = measure.series.id;
  const span = Math.max(1, daysBetween(from, to) + 1);
  const sign = plan.direction === 'DECREASE' ? -1 : 1;
  const claimed = Math.abs(plan.quantity.value);
  const earlier = obs.filter((o) => o.periodEnd < from);
  let best: { move: number; a: ValueAt; b: ValueAt } | null = null;
  for (let i = 0; i < earlier.length; i++) {
    const a = earlier[i]!;
    const limit = addDays(a.periodEnd, span);
    for (let j = i + 1; j < earlier.length && earlier[j]!.periodEnd <= limit; j++) {
      const b = earlier[j]!;
      const move = sign * (plan.percent ? ((b.value - a.value) / a.value) * 100 : b.value - a.value);
      if (!best || move > best.move) best = { move, a, b };
    }
  }
  if (!best || !earlier.length) return { kind: 'EXTREMUM', holds: null, seriesId, text: `"${words}": ${seriesId} has no record before ${from} to compare the move with.` };
  const fails = best.move > claimed * (1 + Math.max(plan.tolerance, 0.005));
  const what = plan.percent ? `${best.move.toFixed(1)}%` : fmt(best.move);
  return {
    kind: 'EXTREMUM',
    holds: fails ? false : null,
    seriesId,
    text: fails
      ? `"${words}" does not hold: ${seriesId} moved ${plan.direction === 'DECREASE' ? 'down' : 'up'} by ${what} within ${span} days before (${best.a.periodEnd} to ${best.b.periodEnd}), more than the ${fmtMove(claimed, plan.percent)} claimed.`
      : `"${words}": no move of ${seriesId} over ${span} days since ${earlier[0]!.periodEnd} was larger (the largest was ${what}, ${best.a.periodEnd} to ${best.b.periodEnd}); the record does not reach further back.`,
  };
}

/**
 * "Doubled to $1 trillion since July", "halved": the level matched against the last one before the window. Loose, as
 * the press is: "doubled" holds from 1.8× to 2.2× and fails only under 1.5× (or over 3×); "halved" holds from 0.45× to
 * 0.55× and fails only over 0.67× (or under 0.33×); between, the record cannot tell.
 */
function ratioMovePart(move: NonNullable<Checkable['ratioMove']>, measure: Measure, start: ValueAt, figure: number): CheckPart {
  const seriesId = measure.series.id;
  // (the figure the move went to — its own check says whether the record holds it)
  const ratio = figure / start.value;
  const [holdLo, holdHi, failLo, failHi] = move.ratio === 2 ? [1.8, 2.2, 1.5, 3] : [0.45, 0.55, 1 / 3, 2 / 3];
  const holds = ratio >= holdLo && ratio <= holdHi ? true : ratio < failLo || ratio > failHi ? false : null;
  return {
    kind: 'DIRECTION',
    holds,
    seriesId,
    text: `"${move.text}": ${seriesId} stood at ${fmt(start.value)} (${start.periodEnd}) before the window; ${fmt(figure)} is ${ratio.toFixed(2)} times that${holds === false ? `, not ${move.ratio === 2 ? 'twice' : 'half'}` : ''}.`,
  };
}

/** How far around a peak's window the series is looked at: a peak "in June 2022" is not one if April was higher. */
const PEAK_AROUND_DAYS = 92;

/**
 * A figure said to be where the series peaked (or bottomed) in its window ("peaked at $8.9 trillion in June 2022", "a
 * peak of $959 billion on November 14", "$4.25 trillion at the peak in December 2021"): the window's own extreme must be
 * the figure within its precision, and no value in the quarter either side of the window may go beyond both. A daily
 * series is also read on its Wednesdays, as the weekly release the press quotes reports it: a peak that holds there
 * but not on the daily values cannot be told.
 */
function peakPart(plan: Checkable, kind: 'HIGHEST' | 'LOWEST', measure: Measure, obs: ValueAt[], from: string, to: string): CheckPart {
  const seriesId = measure.series.id;
  const figure = Math.abs(plan.quantity.value);
  const tol = Math.max(plan.tolerance, 0.005);
  const high = kind === 'HIGHEST';
  const word = high ? 'peak' : 'low';
  const test = (values: ValueAt[]): { holds: boolean | null; text: string } => {
    const inside = values.filter((o) => o.periodEnd >= from && o.periodEnd <= to);
    const around = values.filter((o) => (o.periodEnd < from && o.periodEnd >= addDays(from, -PEAK_AROUND_DAYS)) || (o.periodEnd > to && o.periodEnd <= addDays(to, PEAK_AROUND_DAYS)));
    if (!inside.length) return { holds: null, text: `${seriesId} has no observation in ${plan.window.label}.` };
    const pick = (xs: ValueAt[]) => xs.reduce((a, b) => ((high ? b.value > a.value : b.value < a.value) ? b : a));
    const own = pick(inside);
    if (high ? own.value > figure * (1 + tol) : own.value < figure * (1 - tol)) {
      return { holds: false, text: `the ${word} of ${seriesId} in ${plan.window.label} was ${fmt(own.value)} (${own.periodEnd}), not ${fmt(figure)}` };
    }
    const line = high ? Math.max(own.value, figure * (1 + tol)) : Math.min(own.value, figure * (1 - tol));
    const beyond = around.filter((o) => (high ? o.value > line : o.value < line));
    if (beyond.length) {
      const e = pick(beyond);
      return { holds: false, text: `${seriesId} was ${high ? 'higher' : 'lower'} outside ${plan.window.label}, ${fmt(e.value)} on ${e.periodEnd}, than its ${word} in it (${fmt(own.value)}, ${own.periodEnd})` };
    }
    return { holds: true, text: `${fmt(own.value)} (${own.periodEnd}) is the ${word} of ${seriesId} in ${plan.window.label} and the ${PEAK_AROUND_DAYS} days either side` };
  };
  const daily = test(obs);
  const wednesdays = measure.series.frequency === 'DAILY' && daily.holds === false ? test(obs.filter((o) => DAY_OF_WEEK(o.periodEnd) === 3)) : null;
  const holds = wednesdays?.holds === true ? null : daily.holds;
  const text = holds === false ? `"${plan.quantity.surface}" as the ${word} does not hold: ${daily.text}.` : wednesdays?.holds === true ? `"${plan.quantity.surface}" as the ${word}: on its daily values ${daily.text}, but on its Wednesdays (as the weekly release reports it) ${wednesdays.text}; the record cannot tell which the figure is.` : `"${plan.quantity.surface}" as the ${word}: ${daily.text}.`;
  return { kind: 'EXTREMUM', holds, seriesId, text };
}

/**
 * The figure's move on the week ("较上周回升"): the series' own step ending at the observation matched — the week before
 * it for a weekly series, the value seven days earlier for a daily one. A published step is exact, so any move the
 * other way fails; no move at all, or no step at hand, cannot tell.
 */
function weekMovePart(move: NonNullable<Checkable['weekMove']>, measure: Measure, obs: ValueAt[], at: ValueAt): CheckPart {
  const seriesId = measure.series.id;
  const weekly = measure.series.frequency === 'WEEKLY';
  const prior = weekly ? obs.filter((o) => o.periodEnd < at.periodEnd && o.periodEnd >= addDays(at.periodEnd, -8)).at(-1) : obs.filter((o) => o.periodEnd <= addDays(at.periodEnd, -7) && o.periodEnd >= addDays(at.periodEnd, -11)).at(-1);
  const word = move.direction === 'INCREASE' ? 'rose' : 'fell';
  if (!prior || (measure.series.frequency !== 'WEEKLY' && measure.series.frequency !== 'DAILY')) return { kind: 'DIRECTION', holds: null, seriesId, text: `"${move.text}": ${seriesId} has no value a week before ${at.periodEnd} at hand, so the week's move cannot be tested.` };
  const step = at.value - prior.value;
  const holds = step === 0 ? null : (step > 0) === (move.direction === 'INCREASE');
  return {
    kind: 'DIRECTION',
    holds,
    seriesId,
    text: `"${move.text}" says it ${word} on the week; ${seriesId} went from ${fmt(prior.value)} (${prior.periodEnd}) to ${fmt(at.value)} (${at.periodEnd}), ${signed(step)}${holds === false ? ': it did not' : ''}.`,
  };
}

const MOOD_WORDS = { FORECAST: 'a forecast', ESTIMATE: 'an estimate of what is or could be', CONDITION: 'a supposition (a condition or an assumption)', TARGET: 'a target or a limit' } as const;
/** Why a figure in a mood other than STATED is not judged by the record. */
function moodReason(plan: Checkable, verdict: Verdict): string {
  const what = MOOD_WORDS[plan.mood as keyof typeof MOOD_WORDS];
  const words = plan.moodEvidence ? ` ("${plan.moodEvidence}")` : '';
  if (plan.mood !== 'FORECAST') return `"${plan.quantity.surface}" is ${what}${words}, not a statement that the record held it: the record can neither confirm nor contradict it.`;
  if (plan.windowBasis === 'DOCUMENT_DATE') return `"${plan.quantity.surface}" is ${what}${words} and its sentence gives it no date: held at the document's date it would be judged on a day it does not speak of.`;
  const outcome = verdict === 'CONSISTENT' ? 'the record shows it came true' : verdict === 'INCONSISTENT' ? 'the record shows it did not come true' : verdict === 'MISLEADING' ? 'the record bears out its number, not all it says' : 'the record does not settle it';
  return `"${plan.quantity.surface}" is ${what}${words}, not a statement of what the record holds: ${outcome}, which is not what the sentence asserted.`;
}

function numberText(plan: Checkable, r: Result): string {
  if (r.recorded == null || r.claimed == null) return `"${plan.quantity.surface}": ${r.reason ?? 'no figure to compare'}`;
  return `"${plan.quantity.surface}" (${fmtMove(r.claimed, plan.percent)}) against ${r.recordedAs ?? 'the record'}: ${fmtMove(r.recorded, plan.percent)}${r.verdict === 'CONSISTENT' ? ', within tolerance' : r.verdict === 'INCONSISTENT' ? ', outside tolerance' : ''}.`;
}

/** The number (and its direction, base and extremum) held against one series. */
function evaluateOn(plan: Checkable, measure: Measure, fetched: readonly Observation[], publishedByDocument = false): Result {
  const scale = measure.series.scale;
  const kind = measure.series.observationKind;
  // At the document's date ("now", or the fallback), only what was published by then: not the day's own figure, which
  // comes out the next (business) day, nor anything later.
  // A change tried for a level whose words say a change, over a window running to the document's date ("in the past
  // month"), likewise ends with what was published by then (it may only confirm the claim).
  const asOf = plan.latestPublished && plan.window.from === plan.window.to ? plan.window.to : publishedByDocument && plan.documentDate && plan.window.to >= plan.documentDate ? plan.documentDate : null;
  const known = asOf ? (o: Observation) => publishedBy(kind, o.periodEnd, asOf, measure.series.id) : () => true;
  const obs = [...fetched].filter(known).sort(byPeriodEnd).map((o) => ({ date: o.date, periodEnd: o.periodEnd, value: o.value * scale }));
  let { from, to } = plan.window;
  // The document's date (a fallback, or "now"): the latest figures published by then, which may be a week or two old.
  if (plan.latestPublished && from === to) from = addDays(from, -13);
  // Where a move over a stated period started ("停擺期間,…從約3000億美元猛增至…"): the period and the two weeks before it.
  else if (plan.startOfPeriod) from = addDays(from, -14);
  // A week average is dated by the Wednesday ending its week: the weeks that overlap the window are its weeks (a day
  // is covered by the week that holds it; "9月末" by the week ending 1 October too).
  else if (kind === 'WEEK_AVERAGE' && plan.mode !== 'CHANGE' && plan.mode !== 'FLOW') to = addDays(to, 6);
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
  const both = plan.fromTo ? fromToStep(plan, measure, obs, from, to) : null;
  if (both) return { ...both, inForce, range };
  switch (plan.mode) {
    case 'CHANGE':
    case 'FLOW':
      if (plan.mode === 'CHANGE' && plan.window.from === plan.window.to) {
        const stepped = plan.step ? stepChange(plan, measure, obs, plan.window.to) : null;
        if (stepped) return { ...stepped, inForce, range };
        return { verdict: 'INCONCLUSIVE', inForce, range, reason: `A change is claimed, but the sentence dates only its end (${plan.window.to}), not the span it happened over, and ${measure.series.id}'s own step (${KIND_WORDS[kind]}s) does not date it (its value in force then was ${fmt(inForce.value)} on ${inForce.periodEnd}); counting it from any one day would be a guess.` };
      }
      // A change over days the series publishes nothing in (a day's move on a weekly series): it cannot say.
      if (plan.mode === 'CHANGE' && !inWindow.length && before) {
        return { verdict: 'INCONCLUSIVE', inForce, range, reason: `A change from ${from} to ${to} is claimed, but ${measure.series.id} has no observation in those days, so it cannot show that move.` };
      }
      if (kind === 'DAILY_FLOW') r = flowSum(plan, obs, from, to);
      else {
        // A short window (a day or a week back from the date the sentence gives, as the reader dates a change named
        // only by its end) starts at its base: the move runs from the observation on its first day. A longer window
        // (a month, a year) is the period the move happened in, so it runs from the last observation before it.
        const base = daysBetween(from, to) <= 7 ? inWindow.find((o) => o.periodEnd === from) : undefined;
        if (base) r = change(plan, base, inWindow.filter((o) => o !== base));
        else if (!before) r = uncoveredStart(plan, measure, inWindow);
        else {
          r = change(plan, before, inWindow, false);
          // A change over a stated window ("between Dec. 20 and Dec. 31", "in March") is also read from the window's
          // first published figure to its last, as a reader of the release counts it: it holds when either count does.
          const first = inWindow[0];
          if (r.verdict !== 'CONSISTENT' && first && inWindow.length > 1) {
            const own = change(plan, first, inWindow.slice(1), false);
            if (own.verdict === 'CONSISTENT') r = { ...own, reason: `Counted from the window's first published figure (${first.periodEnd}), not the last one before it (${before.periodEnd}, which gives ${fmtMove(r.change?.total ?? 0, plan.percent)}).` };
          }
          // A month on a weekly series is also counted as its releases report it: from the month's first Wednesday to
          // the first one of the next month (Wolf Street's "QT: -$15 billion in September" runs 3 Sep to 1 Oct).
          // (a month's window only: a span of two years from "the peak in April 2022" to the document's date is no month,
          // and its next release is after the document was written)
          const aMonth = daysBetween(from, to) >= 27 && daysBetween(from, to) <= 31;
          const next = obs.find((o) => o.periodEnd > to && o.periodEnd <= addDays(to, 7));
          if (r.verdict !== 'CONSISTENT' && first && next && measure.series.frequency === 'WEEKLY' && aMonth) {
            const shifted = change(plan, first, [...inWindow.slice(1), next], false);
            // (the window reported is the one counted: the releases of 3 Sep to 1 Oct, not September's days)
            if (shifted.verdict === 'CONSISTENT') r = { ...shifted, window: { ...plan.window, from: first.periodEnd, to: next.periodEnd, label: `${plan.window.label} as its weekly releases report it (${first.periodEnd} to ${next.periodEnd})` }, reason: `Counted as the weekly releases report a month, from its first figure (${first.periodEnd}) to the first of the next month (${next.periodEnd}).` };
            else if (r.verdict === 'INCONSISTENT' && shifted.verdict !== 'INCONSISTENT') r = shifted;
          }
          // Last, the move between the window's extremes (the counts from its ends come first: they explain more plainly).
          // (over the same observations as those counts: the window, and for a month on a weekly series the next release)
          if (r.verdict !== 'CONSISTENT') {
            const withNext = next && measure.series.frequency === 'WEEKLY' && aMonth ? [...inWindow, next] : inWindow;
            const extremes = [change(plan, before, withNext, true), ...(first && withNext.length > 1 ? [change(plan, first, withNext.slice(1), true)] : [])].find((x) => x.verdict === 'CONSISTENT');
            if (extremes) r = extremes;
          }
        }
      }
      break;
    case 'CROSSED':
      r = crossed(plan, measure, obs, values, before, from);
      break;
    case 'REACHED':
      r = level(plan, measure, values, inForce, after, 'REACHED');
      break;
    default:
      r = level(plan, measure, values, inForce, after, plan.reading);
      if (r.verdict !== 'CONSISTENT' && before && inWindow.length && (plan.reading === 'STATED' || plan.reading === 'ABOUT' || plan.reading === 'NEARLY') && kind === 'DAILY' && daysBetween(before.periodEnd, from) <= 4) {
        const opened = level(plan, measure, [before], before, after, plan.reading);
        if (opened.verdict === 'CONSISTENT') r = { ...opened, recordedAs: `${KIND_WORDS[kind]} in force when the window opened`, reason: `The value in force when ${plan.window.label} opened (${fmt(before.value)}, ${before.periodEnd}) matches: a balance "at the start of" a period is the last one before it.` };
      }
  }
  r = { ...common, ...r };
  // A change of a stock recorded only at period ends, over a window that starts or ends inside a period ("川普上任周年
  // 美國國債增逾2兆美元": 20 January to 20 January): the quarter ends around it bracket the change, they do not date it.
  if (measure.series.observationKind === 'END_OF_PERIOD' && (plan.mode === 'CHANGE' || plan.mode === 'FLOW') && r.verdict === 'CONSISTENT') {
    const atPeriodEnd = (day: string) => obs.some((o) => Math.abs(daysBetween(o.periodEnd, day)) <= 7);
    const inside = [addDays(from, -1), to].filter((d) => !atPeriodEnd(d));
    if (inside.length) r = { ...r, verdict: 'INCONCLUSIVE', reason: [r.reason, `${measure.series.id} records the stock only at period ends, and ${inside.join(' and ')} ${inside.length > 1 ? 'fall' : 'falls'} inside a period: the period ends around the window agree with the change, but the record cannot date it.`].filter(Boolean).join(' ') };
  }
  // A stock recorded only at period ends (the quarterly debt) says nothing of a day between them.
  if (measure.series.observationKind === 'END_OF_PERIOD' && !inWindow.length && plan.mode !== 'CHANGE' && plan.mode !== 'FLOW') r = betweenPeriodEnds(plan, r, inForce, after);
  // A level reached or a line crossed, reported on a day: it may have happened in the days before the report.
  if (r.verdict === 'INCONSISTENT' && (plan.mode === 'REACHED' || plan.mode === 'CROSSED') && daysBetween(from, to) < 14) {
    const earlier = obs.filter((o) => o.periodEnd >= addDays(from, -14) && o.periodEnd < from);
    const line = Math.abs(plan.quantity.value);
    const down = plan.direction === 'DECREASE';
    const held = earlier.find((o) => (plan.mode === 'CROSSED' ? (down ? o.value <= line : o.value >= line) : reachedHolds(o.value, line, plan.tolerance, down)));
    if (held) {
      r = plan.byDate
        ? { ...r, verdict: 'CONSISTENT', observation: held, recorded: held.value, deviation: held.value - line, relativeDeviation: (held.value - line) / line, formula: `${fmt(held.value, line)} (${held.periodEnd}) against ${fmt(line)}`, recordedAs: `${KIND_WORDS[kind]} on ${held.periodEnd}, before the date`, parts: [], reason: `The claim says "by" ${plan.window.to}: it held on ${held.periodEnd} (${fmt(held.value)}), before it.` }
        : { ...r, verdict: 'INCONCLUSIVE', reason: `Not in the window, but it held on ${held.periodEnd} (${fmt(held.value)}), in the two weeks before: the report may speak of then.` };
    }
  }
  // A value dated by a part of a month ("mushroomed to $7.2 trillion in mid-June"): the span read is a convention, so a
  // value held within half a week of its edges (the Wednesday of 10 June) may confirm the figure; one that fails there
  // too is refuted, one that the wider span leaves undecided is INCONCLUSIVE — never INCONSISTENT on the convention alone.
  if (r.verdict === 'INCONSISTENT' && plan.approximateSpan) {
    const wider: Checkable = { ...plan, window: { ...plan.window, from: addDays(plan.window.from, -3), to: addDays(plan.window.to, 3) }, approximateSpan: null };
    const w = evaluateOn(wider, measure, fetched, publishedByDocument);
    const note = `"${plan.approximateSpan}" is read as ${plan.window.from} to ${plan.window.to}, a convention: within half a week of it (${wider.window.from} to ${wider.window.to})`;
    if (w.verdict === 'CONSISTENT') return { ...w, reason: [`${note}, the record holds the figure.`, w.reason].filter(Boolean).join(' ') };
    if (w.verdict !== 'INCONSISTENT') r = { ...r, verdict: 'INCONCLUSIVE', reason: [r.reason, `${note}, the record cannot refute it.`].filter(Boolean).join(' ') };
  }
  // A month's level on a weekly release ("declined by $37 billion in November, to $6.53 trillion"): the press reports a
  // month by its releases, so the first one after it (3 December) may be the figure: then the record cannot refute it.
  const nextRelease = obs.find((o) => o.periodEnd > to && o.periodEnd <= addDays(to, 7));
  if (r.verdict === 'INCONSISTENT' && plan.mode === 'LEVEL' && (plan.reading === 'STATED' || plan.reading === 'ABOUT') && measure.series.frequency === 'WEEKLY' && calendarMonth(plan.window) && nextRelease) {
    const claimed = Math.abs(plan.quantity.value);
    const above = plan.reading === 'STATED' ? truncatedAbove(plan.tolerance, plan.quantity.surface) : plan.tolerance;
    if (nextRelease.value >= claimed * (1 - plan.tolerance) && nextRelease.value <= claimed * (1 + above)) {
      r = { ...r, verdict: 'INCONCLUSIVE', reason: [r.reason, `Not in ${plan.window.label}, but the first release after it (${fmt(nextRelease.value)}, ${nextRelease.periodEnd}) matches: the press reports a month by its weekly releases.`].filter(Boolean).join(' ') };
    }
  }
  const parts: CheckPart[] = [...(r.parts ?? [])];
  const at = r.observation ?? inForce;
  // (not when the sentence dates where the move started — "shot up to nearly $7 trillion at present" from "$4.2 trillion
  // in early March": the move is from that base, which the base part tests, not the last step before the window)
  if ((plan.mode === 'LEVEL' || plan.mode === 'REACHED' || plan.mode === 'EXTREMUM') && plan.direction && before && !plan.base?.window) {
    const move = at.value - before.value;
    const noise = 0.005 * Math.abs(before.value);
    const holds = Math.abs(move) <= noise ? null : (move > 0) === (plan.direction === 'INCREASE');
    parts.push({ kind: 'DIRECTION', holds, seriesId: measure.series.id, text: `It says the figure ${plan.direction === 'INCREASE' ? 'rose' : 'fell'}; ${measure.series.id} went from ${fmt(before.value)} (${before.periodEnd}) to ${fmt(at.value)} (${at.periodEnd}), ${signed(move)}.` });
  }
  if (plan.recordMove && (plan.mode === 'CHANGE') && plan.direction) parts.push(recordMovePart(plan, plan.recordMove, measure, obs, from, to));
  if (plan.peak) parts.push(peakPart(plan, plan.peak, measure, obs, from, to));
  if (plan.weekMove) parts.push(weekMovePart(plan.weekMove, measure, obs, at));
  if (plan.ratioMove && before) parts.push(ratioMovePart(plan.ratioMove, measure, before, Math.abs(plan.quantity.value)));
  // (with the figure and its precision, as "the lowest since" written beside it is tested: a dip three weeks earlier
  // 0.04% lower does not refute "規模降至約6.6兆美元，近五年來新低")
  if (plan.extremum?.since) parts.push(extremumSince(plan.extremum.kind, plan.extremum.since, plan.extremum.sinceText, at, obs, measure.series.id, measure.series.firstDate, 'EXTREMUM', plan.percent ? null : claimedExtremum(plan), roundingOf(plan.quantity.surface)));
  if (plan.base?.window) parts.push(basePart(plan, measure, obs));
  return { ...r, parts };
}

/**
 * A figure dated between two period ends of a stock (GFDEBTN is the debt at each quarter's end): the record brackets the
 * day's value by the stocks before and after it. It holds when both ends do, fails only outside the bracket (with the
 * figure's rounding), and is otherwise INCONCLUSIVE: the crossing of 38 trillion in October lies inside the quarter,
 * which the record cannot date. With no later period end published yet, only an agreeing stock in force can say.
 */
function betweenPeriodEnds(plan: Checkable, r: Result, inForce: ValueAt, after: ValueAt | null): Result {
  const figure = Math.abs(plan.quantity.value);
  const line = plan.mode === 'CROSSED' || plan.reading === 'ABOVE' || plan.reading === 'BELOW' || plan.reading === 'AT_LEAST' || plan.reading === 'AT_MOST';
  // A line is where it is written (the gap between a figure and its series, 0.5%); a level, within its rounding.
  const tol = (line ? 0.005 : Math.max(plan.tolerance, 0.005)) * figure;
  if (!after) {
    if (r.verdict === 'CONSISTENT') return r;
    return { ...r, verdict: 'INCONCLUSIVE', reason: [r.reason, `${fmt(inForce.value)} is the stock at ${inForce.periodEnd}; the record holds no later period end yet, so the figure on a day after it cannot be read.`].filter(Boolean).join(' ') };
  }
  const lo = Math.min(inForce.value, after.value);
  const hi = Math.max(inForce.value, after.value);
  const bothNear = Math.abs(inForce.value - figure) <= tol && Math.abs(after.value - figure) <= tol;
  if (figure < lo - tol || figure > hi + tol) return r;
  if (bothNear && !line) return { ...r, verdict: 'INCONCLUSIVE', reason: `The stocks at both period ends around it, ${fmt(inForce.value)} (${inForce.periodEnd}) and ${fmt(after.value)} (${after.periodEnd}), agree with the figure, but the record holds nothing between them: the figure on a day inside the period is not in it.` };
  return { ...r, verdict: 'INCONCLUSIVE', reason: `The record holds the stock only at period ends: ${fmt(inForce.value)} (${inForce.periodEnd}) and ${fmt(after.value)} (${after.periodEnd}); the figure lies between them, on a day the record does not show.` };
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
  // "Nearly X" (近, 將近, almost) sets the direction: the record is under X by up to the tolerance, and over it by no
  // more than the figure's rounding; "about X" and a plain figure are within the tolerance either way.
  const over = reading === 'NEARLY' ? Math.min(tol, Math.max(roundingOf(plan.quantity.surface), 0.005)) : reading === 'STATED' ? truncatedAbove(tol, plan.quantity.surface) : tol;
  const near = (v: number) => v >= claimed - tol * Math.abs(claimed) && v <= claimed + over * Math.abs(claimed);
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
      // Over a stated window (a month, a year) the line holds when the series was beyond it in the window; at the
      // document's date ("now") the latest figure must be.
      if (meetsThreshold(reading, best.value, claimed)) {
        return plan.latestPublished ? fill(best, what, 'INCONCLUSIVE', `It held on ${best.periodEnd} but not in the latest figure (${last.periodEnd}).`) : fill(best, what, 'CONSISTENT', `It held on ${best.periodEnd}, in the window.`);
      }
      // Within half a percent of the line, on the wrong side: the gap between a figure and the series it was read from.
      if (Math.abs(best.value - claimed) <= 0.005 * Math.abs(claimed)) return fill(best, what, 'INCONCLUSIVE', `It came within 0.5% of ${fmt(claimed)} (${fmt(best.value)} on ${best.periodEnd}) but not beyond it.`);
      return fill(best, what, 'INCONSISTENT');
    }
    case 'REACHED': {
      const down = plan.direction === 'DECREASE';
      const peak = values.reduce((a, b) => ((down ? b.value < a.value : b.value > a.value) ? b : a));
      const within = reachedHolds(peak.value, claimed, tol, down);
      return fill(peak, values.length > 1 ? `${down ? 'lowest' : 'peak'} ${kind} in the window` : `${kind} in force`, within ? 'CONSISTENT' : 'INCONSISTENT');
    }
    default: {
      if (stock || values.length === 1) {
        const v = stock ? inForce : values[0]!;
        if (near(v.value)) return fill(v, `${kind} in force`, 'CONSISTENT');
        if (stock && after && (claimed - v.value) * (claimed - after.value) <= 0) {
          return fill(v, `${kind} in force`, 'INCONCLUSIVE', `The stock moved from ${fmt(v.value)} (${v.periodEnd}) to ${fmt(after.value)} (${after.periodEnd}), through the claimed figure.`);
        }
        return fill(v, `${kind} in force`, 'INCONSISTENT');
      }
      // A short window (a day, a week) holds when any value in it matches; a long one is read at its typical level.
      if (daysBetween(values[0]!.periodEnd, values.at(-1)!.periodEnd) <= 14) {
        const nearest = values.reduce((a, b) => (Math.abs(b.value - claimed) < Math.abs(a.value - claimed) ? b : a));
        // Told as current ("Currently, there's $57 billion"): the latest figure published, or the one before it (a
        // page written a day before it went out); a figure that matches only an older one is stale.
        const latest = values.slice(-2);
        if (plan.present && near(nearest.value) && !latest.some((v) => near(v.value))) {
          const last = values.at(-1)!;
          return fill(last, `latest ${kind} published`, 'INCONSISTENT', `Told as current ("${plan.present}"), but it is the figure of ${nearest.periodEnd} (${fmt(nearest.value)}): the latest published by ${plan.window.to} was ${fmt(last.value)} (${last.periodEnd}), a stale figure.`);
        }
        return fill(nearest, `${kind} nearest the figure in the window`, near(nearest.value) ? 'CONSISTENT' : 'INCONSISTENT');
      }
      const typical = median(values.map((v) => v.value));
      const nearest = values.reduce((a, b) => (Math.abs(b.value - typical) < Math.abs(a.value - typical) ? b : a));
      const typicalAt: ValueAt = { ...nearest, value: typical };
      const lo = Math.min(...values.map((v) => v.value));
      const hi = Math.max(...values.map((v) => v.value));
      if (near(typical)) return fill(typicalAt, `median ${kind} in the window`, 'CONSISTENT');
      // Over a long window a figure may be of any day in it: it holds when the series attained it (within the
      // precision written) in the window; only one outside the whole range (with its rounding) fails.
      const attained = values.reduce((a, b) => (Math.abs(b.value - claimed) < Math.abs(a.value - claimed) ? b : a));
      if (near(attained.value)) {
        return fill(attained, `${kind} nearest the figure in the window`, 'CONSISTENT', `The series attained the figure in the window (${fmt(attained.value)} on ${attained.periodEnd}); its median there was ${fmt(typical)}.`);
      }
      if (claimed >= lo * (1 - tol) && claimed <= hi * (1 + tol)) {
        return fill(typicalAt, `median ${kind} in the window`, 'INCONCLUSIVE', `The claimed figure is within the window's range (${fmt(lo)} to ${fmt(hi)}), but no ${kind} in it is within its precision (nearest ${fmt(attained.value)} on ${attained.periodEnd}).`);
      }
      return fill(typicalAt, `median ${kind} in the window`, 'INCONSISTENT');
    }
  }
}

/** A line crossed: beyond it within the window, and on the other side before. */
function crossed(plan: Checkable, measure: Measure, obs: ValueAt[], values: ValueAt[], before: ValueAt | null, from: string): Result {
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
    crossingTest: 'BEFORE_THE_WINDOW',
    holds: prior.length ? wasOther : null,
    seriesId: measure.series.id,
    text: prior.length
      ? `Before the window (${prior[0]!.periodEnd} to ${prior.at(-1)!.periodEnd}) it was ${wasOther ? `${down ? 'above' : 'below'} the line at times` : `${down ? 'below' : 'above'} the line throughout, so nothing was crossed then`}.`
      : 'The record before the window is not at hand.',
  };
  const parts = [crossing];
  // A stock recorded only at period ends (the quarterly debt), beyond the line at the last period end before the window
  // and on the other side at the one before that: the crossing fell between them, which the record cannot date — it may
  // be the one the claim reports ("topped $34 trillion for the first time", 4 January: it crossed on 29 December). Only
  // for a window that is a report's date (the latest published by then): a period the claim names ("2025年初突破36万亿美元")
  // after the period end already beyond the line is refuted by it.
  let undated: string | null = null;
  if (crossing.holds === false && plan.latestPublished && measure.series.observationKind === 'END_OF_PERIOD' && prior.length) {
    const other = obs.filter((o) => o.periodEnd < prior[0]!.periodEnd).at(-1);
    if (other && (down ? other.value > line : other.value < line)) {
      undated = `${measure.series.id} records the stock only at period ends: it crossed ${fmt(line)} between ${other.periodEnd} (${fmt(other.value)}) and ${prior[0]!.periodEnd} (${fmt(prior[0]!.value)}), which the record cannot date.`;
      parts[0] = { ...crossing, holds: null, text: undated };
    }
  }
  // "For the first time since X": the series stayed on the near side of the line from the end of X to the window.
  if (plan.firstSince) {
    const since = plan.firstSince;
    // The crossing the claim speaks of: in its window — or, when the window is only the document's date (a fallback, or
    // the latest published), at the first time beyond the line in the 45 days before it: a line crossed on 24 September
    // and crossed back and forth since is still "the first time since" in an article of 23 October.
    const loose = plan.windowBasis === 'DOCUMENT_DATE' || plan.latestPublished;
    const episode = loose ? obs.find((o) => o.periodEnd >= addDays(plan.window.to, -45) && o.periodEnd <= plan.window.to && (down ? o.value <= line : o.value >= line)) : undefined;
    const until = episode && episode.periodEnd < from ? episode.periodEnd : loose ? from : plan.window.from;
    const between = obs.filter((o) => o.periodEnd > since.end && o.periodEnd < until);
    const earlier = between.filter((o) => (down ? o.value < line : o.value > line));
    const far = earlier.reduce<ValueAt | null>((a, b) => (!a || (down ? b.value < a.value : b.value > a.value) ? b : a), null);
    parts.push({
      kind: 'CROSSING',
      crossingTest: 'FIRST_SINCE',
      ...(far && plan.documentDate && far.periodEnd < plan.documentDate ? { failsBeforeDocument: true } : {}),
      holds: between.length ? earlier.length === 0 : null,
      seriesId: measure.series.id,
      text: !between.length
        ? `"${since.text}": no observations of ${measure.series.id} between ${since.end} and ${plan.window.from}, so whether it was the first time cannot be told.`
        : far
          ? `"The first time ${since.text}" does not hold: ${measure.series.id} was already ${down ? 'below' : 'above'} ${fmt(line)} on ${earlier.length} of ${between.length} observations between ${since.end} and ${until} (${fmt(far.value)} on ${far.periodEnd}).`
          : `"The first time ${since.text}": ${measure.series.id} was not ${down ? 'below' : 'above'} ${fmt(line)} between ${since.end} and ${until} (${between.length} observations).`,
    });
  }
  if (beyond.length) return undated ? { ...base, parts, verdict: 'INCONCLUSIVE', reason: undated } : { ...base, parts, verdict: 'CONSISTENT' };
  if (Math.abs(deviation) <= plan.tolerance * line) return { ...base, verdict: 'INCONCLUSIVE', reason: 'The measure came within the rounding of the line but not beyond it.', parts };
  return { ...base, verdict: 'INCONSISTENT', reason: `It never went ${down ? 'below' : 'above'} ${fmt(line)} in the window.`, parts };
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
  // "More than X" per period holds at X or above.
  const atLeast = plan.reading === 'ABOVE' || plan.reading === 'AT_LEAST';
  const ok = atLeast ? perPeriod >= claimed : Math.abs(deviation) <= Math.max(plan.tolerance, 0.05) * claimed;
  const close = atLeast ? perPeriod >= 0.75 * claimed : Math.abs(deviation) <= 0.25 * claimed;
  return {
    verdict: ok ? 'CONSISTENT' : close ? 'INCONCLUSIVE' : 'INCONSISTENT',
    reason: ok ? null : close ? `Within a quarter of the claimed flow${atLeast ? ' but short of it' : ', beyond its rounding'}.` : null,
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

/** A change from `baseline` through `inWindow`; `byExtremes`: the move between the window's high and low may be the figure. */
function change(plan: Checkable, baseline: ValueAt, inWindow: ValueAt[], byExtremes = true): Result {
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
  let fromExtreme: Window | null = null;
  // "More than X" (逾, 超, over): it holds when the move over the window, or a typical one per period, reaches X; it
  // fails only when even the largest move falls short of X by more than half a percent.
  const atLeast = plan.reading === 'ABOVE' || plan.reading === 'AT_LEAST';
  // The largest fall within the window (for a change whose direction is not written, its size either way is claimed).
  const largestFall = () => {
    let down = -Infinity;
    for (let i = 0; i < seq.length; i++) {
      const limit = addPeriod(seq[i]!.periodEnd, plan.period);
      for (let j = i + 1; j < seq.length && seq[j]!.periodEnd <= limit; j++) down = Math.max(down, -rel(seq[i]!, seq[j]!));
    }
    return down;
  };
  if (atLeast && (plan.direction || (byExtremes && plan.period === 'WINDOW'))) {
    const size = plan.direction ? dirSign * total : Math.abs(total);
    const widest = plan.direction ? largest : Math.max(largest, largestFall());
    const reached = size >= claimed ? size : plan.period !== 'WINDOW' && typical >= claimed ? typical : null;
    // (a move within the window beyond the figure: "20 天内抽离…超 2000 亿美元", the window's extremes 206 bn apart)
    // (not from a start written as such, "6月以来…吸走超过7000亿": the move runs from June, not from a low inside it)
    const within = reached === null && byExtremes && plan.period === 'WINDOW' && !plan.openStart && widest >= claimed;
    verdict = reached !== null || within ? 'CONSISTENT' : widest < claimed * 0.995 ? 'INCONSISTENT' : 'INCONCLUSIVE';
    compared = reached ?? (within || verdict === 'INCONSISTENT' ? widest : size);
    recordedAs = reached !== null ? (reached === typical && plan.period !== 'WINDOW' ? `typical ${dir} ${per}` : `${dir} over the window`) : within ? `largest ${plan.direction ? dir : 'move'} within the window` : verdict === 'INCONSISTENT' ? `largest ${dir} within the window` : `${dir} over the window`;
    if (within) reason = `Over the window the move was ${fmtMove(size, plan.percent)}, but within it the series moved by ${fmtMove(widest, plan.percent)}, more than the figure.`;
    if (verdict === 'INCONCLUSIVE') reason = `Over the window the move was ${fmtMove(size, plan.percent)}, short of "more than" ${fmtMove(claimed, plan.percent)}; only the largest move (${fmtMove(widest, plan.percent)}) reaches it.`;
  } else if (!plan.direction && Math.abs(Math.abs(total) - claimed) <= tol * claimed) {
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
      // No direction stated ("抽走", "drained", 虹吸规模): the size of the move is claimed. It fails only when no move in
      // either direction within the window comes near it.
      let down = -Infinity;
      for (let i = 0; i < seq.length; i++) {
        const limit = addPeriod(seq[i]!.periodEnd, plan.period);
        for (let j = i + 1; j < seq.length && seq[j]!.periodEnd <= limit; j++) down = Math.max(down, -rel(seq[i]!, seq[j]!));
      }
      if (down >= claimed * (1 - tol)) {
        verdict = 'INCONCLUSIVE';
        reason = `The sentence does not say which way the figure moved; a fall of ${fmtMove(down, plan.percent)} within the window reaches it, a rise does not.`;
      } else {
        compared = Math.max(largest, down);
        recordedAs = plan.period === 'WINDOW' ? 'largest move either way within the window' : `largest move either way ${per} in the window`;
        reason = `The sentence does not say which way the figure moved, but no move either way comes near it: the largest rise was ${fmtMove(largest, plan.percent)}, the largest fall ${fmtMove(Math.max(down, 0), plan.percent)}.`;
      }
    }
  } else if (near(typical) || near(dirSign * totalPerPeriod)) {
    verdict = 'CONSISTENT';
    compared = near(typical) ? typical : dirSign * totalPerPeriod;
    recordedAs = near(typical) ? `typical ${dir} ${per}` : `${dir} over the window${plan.period === 'WINDOW' ? '' : `, ${per}`}`;
  } else if (byExtremes && plan.period === 'WINDOW' && near(largest)) {
    // The move from the window's high to its low (or low to high) is the figure: the press quotes a fall "from its peak"
    // or a rise over a period by its extremes ("burned through $286 billion", 26.5% since the peak), not by the ends.
    // (With no direction written, a rise of the size claimed is as good: "sucked $520 billion … to refill the TGA".)
    verdict = 'CONSISTENT';
    compared = largest;
    recordedAs = `largest ${dir} within the window (${largestFrom.periodEnd} to ${largestTo.periodEnd})`;
    // A move from the window's extreme to the latest figure ("a 26.5% reduction since its peak in April 2022", "Since
    // the end of QE in April 2022, the Fed has shed $1.74 trillion") speaks of that span: from the peak week inside the
    // month the words name, which only the record knows, to the figure in force (time18, "peaks as a move's start").
    // A move between two extremes inside the window ("2022 年 4 月至 2023 年 3 月最低點期間，總計縮表 6,260 億美元", "the $4.81
    // trillion accumulated during pandemic QE") is that move's span too: the window reported is the one the figure holds over.
    fromExtreme = largestTo.periodEnd === end.periodEnd
      ? { ...plan.window, from: largestFrom.periodEnd, to: largestTo.periodEnd, label: `${plan.window.label}, from its ${dirSign < 0 ? 'peak' : 'low'} (${largestFrom.periodEnd}) to ${largestTo.periodEnd}` }
      : { ...plan.window, from: largestFrom.periodEnd, to: largestTo.periodEnd, label: `${plan.window.label}, its largest ${dir} (${largestFrom.periodEnd} to ${largestTo.periodEnd})` };
    reason = `The largest ${dir} within the window, from ${fmt(largestFrom.value)} (${largestFrom.periodEnd}) to ${fmt(largestTo.value)} (${largestTo.periodEnd}), is the figure; over the whole window the move was ${fmtMove(dirSign * total, plan.percent)}.`;
  } else if (JUDGING_RULES.sinceStartOtherWay && plan.openStart && plan.direction && plan.period === 'WINDOW' && otherWayFromStart(seq, plan.window.from, end, dirSign, rel, tol * claimed)) {
    // "-$265 billion since the beginning of QT in July 2022, to $3.46 trillion": the move runs from the start written,
    // not from a high inside the window, and from every day of that start the series ended the other way.
    verdict = 'INCONSISTENT';
    compared = dirSign * total;
    recordedAs = `${dir} over the window`;
    reason = `The move runs from the start the sentence writes, and from every observation of its first month the series ended the other way (${fmtMove(total, plan.percent)} from ${baseline.periodEnd}); only a move from a day inside the window (${fmtMove(largest, plan.percent)}) reaches the figure.`;
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
    ...(fromExtreme ? { window: fromExtreme } : {}),
    toleranceAbsolute: tol * claimed,
    deviation,
    relativeDeviation: claimed ? deviation / claimed : null,
    formula: plan.percent
      ? `(${fmt(end.value)} − ${fmt(baseline.value)}) / ${fmt(baseline.value)} = ${total.toFixed(1)}%`
      : `${fmt(end.value)} (${end.periodEnd}) − ${fmt(baseline.value)} (${baseline.periodEnd}) = ${signed(total)}${plan.period === 'WINDOW' ? '' : ` over ${days} days = ${signed(totalPerPeriod)} ${per}`}`,
  };
}

/** From the baseline and every observation of the window's first month, the move to `end` went against `dirSign` by more than `slack`. */
function otherWayFromStart(seq: ValueAt[], from: string, end: ValueAt, dirSign: number, rel: (a: ValueAt, b: ValueAt) => number, slack: number): boolean {
  const starts = seq.filter((o) => o !== end && o.periodEnd <= addMonths(from, 1));
  return starts.length > 0 && starts.every((o) => dirSign * rel(o, end) < -slack);
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

/** "Reached X": the peak (the trough, for a fall) from −tolerance to +5% of the figure (from +tolerance to −5% for a fall). */
function reachedHolds(value: number, figure: number, tol: number, down: boolean): boolean {
  return down ? value <= figure * (1 + tol) && value >= figure * (1 - Math.max(tol, 0.05)) : value >= figure * (1 - tol) && value <= figure * (1 + Math.max(tol, 0.05));
}

/** Consecutive observations (the series' own steps) whose later one falls between `from` and `to`. */
function stepsEnding(obs: ValueAt[], from: string, to: string, maxGap: number): [ValueAt, ValueAt][] {
  const out: [ValueAt, ValueAt][] = [];
  for (let i = 1; i < obs.length; i++) {
    const b = obs[i]!;
    const a = obs[i - 1]!;
    if (b.periodEnd >= from && b.periodEnd <= to && daysBetween(a.periodEnd, b.periodEnd) <= maxGap) out.push([a, b]);
  }
  return out;
}

/** A window that is one calendar month ("in November"), as the press counts a month of weekly releases. */
const calendarMonth = (w: { from: string; to: string }) => w.from.slice(0, 7) === w.to.slice(0, 7) && w.from.endsWith('-01') && addDays(w.to, 1).endsWith('-01');

const DAY_OF_WEEK = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

/**
 * A change dated by one day, held against the series' own step ending there: the day's move for a daily series; the
 * week's for a weekly one when the sentence speaks of the week or the day is the release's (Wednesday's level,
 * published Thursday). A step a few days earlier that matches (the date may be the report's) is INCONCLUSIVE; no step
 * that matches in the two weeks to the day is INCONSISTENT. Null when the series' step does not date the change.
 */
function stepChange(plan: Checkable, measure: Measure, obs: ValueAt[], day: string): Result | null {
  const kind = measure.series.observationKind;
  const daily = measure.series.frequency === 'DAILY';
  const weekly = measure.series.frequency === 'WEEKLY';
  if (!daily && !weekly) return null;
  // A weekly series' step dates a change only on the release's days or when the sentence says week — except that on a
  // report's date (the document's, read as the latest published) its latest steps may confirm it, never refute it
  // (judging pass 9: "Bank reserves +65.9B" in a Friday memo, 减少约210亿美元至2.9997万亿美元 on a Friday).
  const released = !weekly || plan.step === 'WEEK' || [3, 4].includes(DAY_OF_WEEK(day));
  if (!released && !(JUDGING_RULES.reportStepConfirms && plan.latestPublished)) return null;
  const span = daily && plan.step === 'WEEK' ? 7 : 0;
  const claimed = Math.abs(plan.quantity.value);
  const tol = plan.tolerance;
  const sign = plan.direction === 'DECREASE' ? -1 : plan.direction === 'INCREASE' ? 1 : 0;
  const moveOf = ([a, b]: [ValueAt, ValueAt]) => (plan.percent ? ((b.value - a.value) / a.value) * 100 : b.value - a.value);
  const fits = (s: [ValueAt, ValueAt]) => {
    const m = moveOf(s);
    return (sign === 0 || Math.sign(m) === sign) && Math.abs(Math.abs(m) - claimed) <= tol * claimed;
  };
  // The step in force at the day: for a week average, the week that holds it or the one just published.
  const dailyPairs = (from: string, to: string) => {
    if (!span) return stepsEnding(obs, from, to, daily ? 5 : 8);
    const out: [ValueAt, ValueAt][] = [];
    for (const b of obs.filter((o) => o.periodEnd >= from && o.periodEnd <= to)) {
      const a = obs.filter((o) => o.periodEnd <= addDays(b.periodEnd, -span)).at(-1);
      if (a) out.push([a, b]);
    }
    return out;
  };
  const own = weekly ? dailyPairs(addDays(day, -6), addDays(day, 6)) : dailyPairs(addDays(day, -4), day).slice(-1);
  const earlier = dailyPairs(addDays(day, -13), addDays(day, -1));
  const hit = own.find(fits);
  if (!released) {
    const latest = [...own, ...earlier].filter((x) => x[1].periodEnd <= day).sort((a, b) => byPeriodEnd(a[1], b[1])).reverse().find(fits);
    if (!latest) return null;
    const m = moveOf(latest);
    return { verdict: 'CONSISTENT', reason: `The latest steps published by the report's date confirm it: ${measure.series.id} went from ${fmt(latest[0].value)} (${latest[0].periodEnd}) to ${fmt(latest[1].value)} (${latest[1].periodEnd}).`, claimed, recorded: Math.abs(m), recordedAs: `the week's ${m < 0 ? 'decrease' : 'increase'} (${KIND_WORDS[kind]}s)`, observation: latest[1], toleranceAbsolute: tol * claimed, deviation: Math.abs(m) - claimed, relativeDeviation: claimed ? (Math.abs(m) - claimed) / claimed : null, formula: `${fmt(latest[1].value)} (${latest[1].periodEnd}) − ${fmt(latest[0].value)} (${latest[0].periodEnd}) = ${plan.percent ? `${m.toFixed(1)}%` : signed(m)}` };
  }
  const stepWords = weekly || span ? 'week' : 'day';
  const describe = (s: [ValueAt, ValueAt]) => `${fmt(s[0].value)} (${s[0].periodEnd}) to ${fmt(s[1].value)} (${s[1].periodEnd})`;
  const result = (s: [ValueAt, ValueAt], verdict: Verdict, reason: string | null): Result => {
    const m = moveOf(s);
    const deviation = Math.abs(m) - claimed;
    return {
      verdict,
      reason,
      claimed,
      recorded: Math.abs(m),
      recordedAs: `the ${stepWords}'s ${m < 0 ? 'decrease' : 'increase'} (${KIND_WORDS[kind]}s)`,
      observation: s[1],
      toleranceAbsolute: tol * claimed,
      deviation,
      relativeDeviation: claimed ? deviation / claimed : null,
      formula: `${fmt(s[1].value)} (${s[1].periodEnd}) − ${fmt(s[0].value)} (${s[0].periodEnd}) = ${plan.percent ? `${m.toFixed(1)}%` : signed(m)}`,
    };
  };
  if (hit) return result(hit, 'CONSISTENT', `A change dated by one day is the series' own step ending there: ${measure.series.id} went from ${describe(hit)}.`);
  const before = earlier.filter(fits).at(-1);
  if (before) {
    return result(before, plan.latestPublished ? 'CONSISTENT' : 'INCONCLUSIVE', `${plan.latestPublished ? 'The latest step published by the document\'s date matches' : `Not the step ending ${day}, but an earlier one matches (the date may be the report's)`}: ${measure.series.id} went from ${describe(before)}.`);
  }
  const last = own.at(-1) ?? earlier.at(-1);
  if (!last) return null;
  const none = `no ${stepWords}'s move of ${measure.series.id} in the two weeks to ${day} is ${fmtMove(claimed, plan.percent)}${sign ? ` ${sign < 0 ? 'down' : 'up'}` : ''} (the ${stepWords} ending ${last[1].periodEnd} went from ${describe(last)})`;
  // The step is the claim's own when the sentence names it (weekly, 单日) or the series is a weekly release dated then.
  const stated = plan.step === 'DAY' || plan.step === 'WEEK' || weekly;
  if (stated && !plan.latestPublished) return result(last, 'INCONSISTENT', `The sentence dates the change to the ${stepWords} ending ${day}, and ${none}.`);
  return result(last, 'INCONCLUSIVE', `A change is claimed, but the sentence dates only its end (${day}), not the span it happened over: ${none}, and counting it from any other day would be a guess.`);
}

/**
 * "From X (by Z) to Y": both ends held together on one step of the series (consecutive observations, or any two a
 * month apart for a long window) ending in the window — or in the two weeks before a single day, which may be the
 * report's. Null when no step matches both ends: each figure is then checked on its own.
 */
function fromToStep(plan: Checkable, measure: Measure, obs: ValueAt[], from: string, to: string): Result | null {
  const ft = plan.fromTo!;
  const single = from === to;
  const start = single ? addDays(to, -13) : from;
  const near = (v: number, x: number, tol: number) => Math.abs(v - x) <= Math.max(tol, 0.005) * x;
  let found: [ValueAt, ValueAt] | null = null;
  for (let i = 0; i < obs.length && !found; i++) {
    const b = obs[i]!;
    if (b.periodEnd < start || b.periodEnd > to || !near(b.value, ft.to, ft.toTolerance)) continue;
    // (a move over a period written before it starts in the period or the two weeks before: `from` already holds them)
    for (let j = i - 1; j >= 0 && daysBetween(obs[j]!.periodEnd, b.periodEnd) <= (single ? 31 : Math.max(31, daysBetween(from, to) + 31)) && (!plan.startOfPeriod || obs[j]!.periodEnd >= from); j--) {
      if (near(obs[j]!.value, ft.from, ft.fromTolerance)) {
        found = [obs[j]!, b];
        break;
      }
    }
  }
  if (!found) return null;
  const [a, b] = found;
  const which = plan.quantity.surface === ft.fromSurface ? a : b;
  const move = b.value - a.value;
  const changeOk = ft.change == null || Math.abs(Math.abs(move) - ft.change) <= Math.max(plan.tolerance, 0.01) * ft.change;
  const isChange = plan.mode === 'CHANGE' || plan.mode === 'FLOW';
  const claimed = Math.abs(plan.quantity.value);
  const recorded = isChange ? Math.abs(move) : which.value;
  const deviation = recorded - claimed;
  return {
    verdict: changeOk ? 'CONSISTENT' : isChange ? 'INCONCLUSIVE' : 'CONSISTENT',
    reason: `From ${fmt(ft.from)} ("${ft.fromSurface}") to ${fmt(ft.to)} ("${ft.toSurface}"): ${measure.series.id} went from ${fmt(a.value)} on ${a.periodEnd} to ${fmt(b.value)} on ${b.periodEnd} (${signed(move)}), both ends within their precision.${changeOk ? '' : ` The change stated, ${fmt(ft.change ?? 0)}, is not that move.`}`,
    claimed,
    recorded,
    recordedAs: isChange ? `change between the two ends (${KIND_WORDS[measure.series.observationKind]}s)` : `${KIND_WORDS[measure.series.observationKind]} at the change's ${which === a ? 'start' : 'end'}`,
    observation: which,
    toleranceAbsolute: plan.tolerance * claimed,
    deviation,
    relativeDeviation: claimed ? deviation / claimed : null,
    formula: `${fmt(b.value)} (${b.periodEnd}) − ${fmt(a.value)} (${a.periodEnd}) = ${signed(move)}`,
  };
}
