/**
 * Planning: what each quantity of a claim is compared with, or why it cannot be. Pure. The reading of a quantity
 * comes, in order of precedence, from an editor's reading (the seed's curated readings are recorded as the seed's
 * own), from the frame ingest read in the quantity's own sentence, and — for claims loaded without frames (the
 * curated seed) — from the claim's curated factors and time. Every part of the reading keeps its basis, and a
 * reading that rests on a guess can never end INCONSISTENT (see `evaluate-check.ts`).
 */
import { JUDGING_RULES } from './judging-rules.ts';
import type { ClaimAssertion, FrameMode, QuantityFrame } from '../quantities/frame.ts';
import { addDays, daysBetween, periodOf, windowOf, type Window } from './as-of.ts';
import { readingOf, toleranceOf, type Reading } from './check-rules.ts';
import { nowWord, attributiveHeld, attributivePresent, borrowedTime, interveningTime, sumOfMeasures, clauseOf, fromToOf, guessedYear, inferredCurrency, inferredDocumentDate, presentWord, startsChange, startTimeAsWindow, unclearMode } from './firm-reading.ts';
import { assertionIsAnothers, sentenceExtremumOf, clauseHolding, eventSince, firstSinceOf, fromPeakOf, presentOpening, namedWindowOf, streakOf, sentenceOf as claimSentence, timeQualifiers, weekMoveOf, atPeakAfter, peakWordNear, ratioMoveOf, recordMoveOf } from './sentence-words.ts';
import { countsBack, releaseBeforeWords } from '../quantities/release-before.ts';
import { sinceIn } from '../quantities/time-expressions.ts';
import type { AssertionPlan, Basis, CheckContext, CheckMode, ClaimInput, ClaimQuantity, Direction, EditorReading, Fetch, Measure, Period, Plan, UnfirmKind } from './check-types.ts';

const TIME_UNITS = new Set(['year', 'years', 'date', 'day', 'days']);
const FLOW_PERIOD: Record<string, Period> = { 'USD/day': 'DAY', 'USD/week': 'WEEK', 'USD/month': 'MONTH', 'USD/quarter': 'QUARTER', 'USD/year': 'YEAR' };
const NOT_LEVELS: Record<string, string> = {
  RATIO: 'it states a ratio between amounts, not a level or change of a measured factor',
  SHARE: 'it states a share of a total, which the reference series do not record',
  DURATION: 'it states a duration, not an amount the series record',
  DATE: 'it states a date, not an amount the series record',
};
const DECREASE_WORDS = /(跌|降|減|减|蒸發|蒸发|流失|萎縮|萎缩|下滑|fell|fall|drop|declin|lost|shrank|drain)/i;
const WEEK_WORDS = /(單周|单周|一周|每周|当周|當周|週|week)/i;
const DAY_WORDS = /(單日|单日|一日|一天|當日|当日|當天|当天|daily|in a (?:single )?day|in one day|on the day)/i;
/** The maximum gap between the value in force and the window for each frequency, in days: older is stale. */
const STALE_AFTER: Record<string, number> = { DAILY: 5, WEEKLY: 8, QUARTERLY: 95 };
/** Qualifiers written just before a figure, when ingest recorded none: 約 9800億, more than $2 trillion. */
const NEAR_QUALIFIERS: [RegExp, Reading][] = [
  [/(約|约|大約|大约|about|around|roughly|approximately|some)\s*\$?$/i, 'ABOUT'],
  [/(近|將近|将近|接近|nearly|almost|close to)\s*\$?$/i, 'NEARLY'],
  [/(不超過|不超过|不多於|不多于|at most|no more than)\s*\$?$/i, 'AT_MOST'],
  [/(至少|不少於|不少于|不低於|不低于|at least|no less than)\s*\$?$/i, 'AT_LEAST'],
  [/(逾|超過|超过|超|多於|多于|高於|高于|more than|over|above|in excess of|upwards of|north of)\s*\$?$/i, 'ABOVE'],
  [/(不到|不足|低於|低于|less than|under|below|south of)\s*\$?$/i, 'BELOW'],
];
/** Qualifiers written just after a figure: 9800億美元左右, 3萬億美元以上, "$2 trillion or so". */
const AFTER_QUALIFIERS: [RegExp, Reading][] = [
  [/^\s*(左右|上下|or so)/i, 'ABOUT'],
  [/^\s*(以上|or more)/i, 'AT_LEAST'],
  [/^\s*(以下|or less)/i, 'AT_MOST'],
];

/** Which series a claim needs, given the shipped measures of every factor it may be read as. */
function readingFor(readings: readonly EditorReading[], q: ClaimQuantity): EditorReading | null {
  const own = readings.filter((r) => r.position !== null && r.position === q.position);
  const claim = readings.filter((r) => r.position === null);
  return own.at(-1) ?? claim.at(-1) ?? null;
}

/** The reading of a figure's qualifier: the one recorded, else words written just before it in the quote. */
export function qualifierReading(q: ClaimQuantity, quote: string): Reading {
  if (q.qualifier && q.qualifier !== 'ONLY') return readingOf(q.qualifier, quote);
  const at = quote.indexOf(q.surface);
  if (at > 0) {
    const before = quote.slice(Math.max(0, at - 14), at);
    for (const [re, reading] of NEAR_QUALIFIERS) if (re.test(before)) return reading;
  }
  if (at >= 0) {
    const after = quote.slice(at + q.surface.length, at + q.surface.length + 8);
    for (const [re, reading] of AFTER_QUALIFIERS) if (re.test(after)) return reading;
  }
  return readingOf(q.qualifier, clauseOf(quote, q.surface));
}

function dayWindow(from: string, to: string, basis: string): Window {
  return { from, to, label: from === to ? from : `${from} to ${to}`, basis };
}

/** Every plan of a claim: one per quantity that speaks of a measured factor (at least one, saying why when none). */
export function planChecks(claim: ClaimInput, measures: readonly Measure[], ctx: CheckContext): Plan[] {
  const readings = ctx.useReadings === false ? [] : (claim.readings ?? []);
  const amounts = claim.quantities.map((q, i) => ({ ...q, position: q.position ?? i })).filter((q) => !TIME_UNITS.has(q.unit));
  const assertionKinds = new Set(readings.flatMap((r) => r.assertions));
  const assertions: ClaimAssertion[] = [
    ...(claim.assertions ?? []),
    ...[...assertionKinds].filter((k) => !(claim.assertions ?? []).some((a) => a.kind === k)).map((kind) => ({ kind, text: claim.quote, start: -1, end: -1, factorId: null })),
  ];
  if (amounts.length === 0) {
    return [notCheckable(claim, null, 'Its numbers are dates or durations, not amounts a series records.', [])];
  }
  const framed = amounts.some((q) => q.frame);
  let targets = framed ? amounts.filter((q) => readingFor(readings, q)?.factorId || (q.frame?.factorId && q.frame.mode !== 'OTHER')) : amounts.slice(0, 1);
  if (targets.length === 0) targets = amounts.slice(0, 1);
  // Each assertion goes with the figure it is written beside ("降至2.93万亿美元,创下…最低水平" is about 2.93, not the
  // line crossed before it); with the first figure checked when that one is not.
  // An assertion in another clause of the sentence, beside another claim's figure, is that claim's.
  const owner = (a: ClaimAssertion) => {
    if (a.start >= 0 && assertionIsAnothers(claim, a.text)) return null;
    // The nearest figure that is checked: a date read as a quantity (2020年6月 in "自2020年6月以来") owns nothing, nor
    // does a comparison base own "the lowest since" ("plunged to about $2.8 trillion, down from $3.5 trillion earlier
    // this year - the lowest since 2021": the lowest is the $2.8 trillion's), unless it is the only figure.
    const bases = new Set(targets.filter((q) => targets.some((o) => o !== q && o.frame?.base && Math.abs(o.frame.base.value - Math.abs(q.value)) <= 1e-6 * Math.abs(q.value))));
    const owners = a.kind === 'EXTREMUM_SINCE' && targets.length > bases.size ? targets.filter((q) => !bases.has(q)) : targets;
    const figure = a.start < 0 ? null : nearest(owners, claim.quote, a.text);
    return figure ?? owners[0]!;
  };
  return targets.map((q) => planQuantity(claim, q, readingFor(readings, q), measures, ctx, assertions.filter((a) => owner(a) === q), amounts));
}

function notCheckable(claim: ClaimInput, quantity: ClaimQuantity | null, reason: string, assertions: AssertionPlan[], verdict: 'INCONCLUSIVE' | 'NOT_CHECKABLE' = 'NOT_CHECKABLE', note: string | null = null): Plan {
  const fetch = assertionFetches(assertions);
  return { claimId: claim.id, checkable: false, quantity, reason, verdict, assertions, fetch, note };
}

function planQuantity(
  claim: ClaimInput,
  quantity: ClaimQuantity,
  editor: EditorReading | null,
  measures: readonly Measure[],
  ctx: CheckContext,
  claimAssertions: ClaimAssertion[],
  amounts: ClaimQuantity[],
): Plan {
  const frame: QuantityFrame | null = quantity.frame ?? null;
  const names = (ids: readonly string[]) => ids.map((f) => claim.factorNames[f] ?? measures.find((m) => m.factorId === f)?.factorName ?? f).join(', ');
  const note = editor?.note ?? null;

  // When: the editor's window, the frame's, the curated claim's time, or the document's date as a stated fallback.
  let window: Window | null = null;
  let windowBasis: Basis = 'DOCUMENT_DATE';
  if (editor?.window) {
    window = dayWindow(editor.window.start, editor.window.end, `an editor's reading (${editor.editor}) sets it`);
    windowBasis = 'EDITOR';
  } else if (frame?.window) {
    const own = frame.timeSource === 'TEXT';
    // The one time of the sentence before (read-frames' context, frame.ts `TimeSource`): a reading, not firm.
    const before = frame.timeSource === 'SENTENCE_BEFORE';
    window = dayWindow(frame.window.start, frame.window.end, own ? `the claim's own time, "${frame.timeText ?? frame.window.start}"` : before ? `the time of the sentence before, "${frame.timeText ?? frame.window.start}" (its own sentence states none)` : `the document's date, ${claim.documentDate} (the sentence states no time: a fallback)`);
    windowBasis = own ? 'TEXT' : before ? 'INFERRED' : 'DOCUMENT_DATE';
  } else if (frame) {
    const doc = claim.documentDate ? periodOf(claim.documentDate) : null;
    if (doc) window = dayWindow(doc.to, doc.to, `the document's date, ${claim.documentDate} (the sentence states no time: a fallback)`);
  } else {
    window = windowOf({ time: claim.time, quote: claim.quote, factorIds: claim.factorIds, documentDate: claim.documentDate }, ctx.windows);
    windowBasis = !window ? 'DOCUMENT_DATE' : window.basis.startsWith("the document's date") ? 'DOCUMENT_DATE' : window.basis.startsWith('the claim is about') ? 'TEXT' : 'CURATED_CLAIM';
  }

  // A frame without a time of its own: a named period the sentence speaks of (停摆期间, "during the shutdown"), or the
  // present ("目前", "now") written in the figure's clause — then the document's date is the time the sentence states.
  let latestPublished = windowBasis === 'DOCUMENT_DATE' && !!window && window.from === window.to;
  let presentStated = false;
  let present: string | null = null;
  // A time borrowed from another figure, while the figure's own clause speaks of the present ("下降至目前的6.6兆美元"):
  // the present is its time.
  if (frame && !editor?.window && frame.timeSource === 'TEXT' && claim.documentDate && periodOf(claim.documentDate) && borrowedTime(claim.quote, quantity, frame.timeText, amounts)) {
    const now = presentWord(claim.quote, quantity.surface);
    const doc = periodOf(claim.documentDate)!;
    if (now) {
      window = dayWindow(doc.to, doc.to, `the sentence speaks of the present ("${now}"): the document's date, ${claim.documentDate}`);
      windowBasis = 'DOCUMENT_DATE';
      latestPublished = true;
      presentStated = true;
      present = now;
    }
  }
  // A named period written in the figure's sentence and not another figure's ("停摆期间…,TGA 余额…飙升至 1.1 万亿美元"):
  // the window of a figure with no time of its own, or a narrower one inside the time it has ("the $300 billion during
  // the 2018-2019 shutdown": the shutdown, not the two years).
  const named = frame && !editor?.window ? namedWindowOf(claim, quantity, ctx.windows, amounts) : null;
  if (named && frame?.timeSource === 'TEXT' && window && named.window.from >= window.from && named.window.to <= window.to && (named.window.from > window.from || named.window.to < window.to)) {
    window = { from: named.window.from, to: named.window.to, label: named.window.label, basis: `the claim is about ${named.window.label} ("${named.word}"), within its time "${frame.timeText ?? window.label}"` };
  }
  if (frame && !editor?.window && frame.timeSource !== 'TEXT') {
    // ("its massive $7.1 trillion balance sheet": what it holds is told as it stands now)
    // (only in place of the document's date: a time read from the sentence before stays that reading)
    const now = presentWord(claim.quote, quantity.surface) ?? (windowBasis === 'DOCUMENT_DATE' ? attributivePresent(claim.quote, quantity.surface) : null);
    if (named) {
      window = { from: named.window.from, to: named.window.to, label: named.window.label, basis: `the claim is about ${named.window.label} ("${named.word}")` };
      windowBasis = 'TEXT';
      latestPublished = false;
    } else if (now && window && frame.timeSource === 'DOCUMENT_DATE') {
      window = { ...window, basis: `the sentence speaks of the present ("${now}"): the document's date, ${claim.documentDate}` };
      presentStated = true;
      present = now;
    } else if (!now && window && frame.timeSource === 'DOCUMENT_DATE' && frame.timeText && nowWord(frame.timeText) && presentOpening(claim, quantity.surface, frame.timeText)) {
      // "Currently, there's $57 billion in the Treasury's General Account": the sentence opens with a word of the
      // present, and the figure is the first written after it (outside the claim's clause).
      window = { ...window, basis: `the sentence speaks of the present ("${frame.timeText}"): the document's date, ${claim.documentDate}` };
      presentStated = true;
      present = frame.timeText;
    }
  }

  // "截至上周五" / "as of Friday" / "by October 1": the time is a deadline, what is claimed happened on or before it.
  // "11 月 19 日,最新数据显示…": the date is the report's, so the figures are the latest published by then.
  // The words are read in the claim's sentence too: the claim is often one clause of it ("截至上周五,…余额首次突破 1 万亿美元").
  let byDate = false;
  if (frame?.timeText && frame.timeSource === 'TEXT' && window && !editor?.window) {
    const said = timeQualifiers(claim, frame.timeText);
    byDate = said.byDate;
    if (window.from === window.to && said.report) {
      latestPublished = true;
      window = { ...window, basis: `${window.basis}, the date of a report ("${said.report}…"): the latest figures published by then` };
    }
  }

  const assertions = claimAssertions.map((a) => assertionPlan(a, claim, window, amounts, measures, ctx));
  if (editor?.notCheckable) return notCheckable(claim, quantity, editor.notCheckable, assertions, 'NOT_CHECKABLE', note);

  // What: the editor's factor, the frame's (evidence in the sentence, or none), or the curated claim's factors.
  let factorId: string | null = null;
  let factorBasis: Basis = 'TEXT';
  if (editor?.factorId) {
    factorId = editor.factorId;
    factorBasis = 'EDITOR';
  } else if (frame) {
    factorId = frame.factorId;
    if (!factorId) return notCheckable(claim, quantity, `Its sentence names no measured factor${frame.factorEvidence ? '' : ''}: what "${quantity.surface}" measures would be a guess.`, assertions, 'NOT_CHECKABLE', note);
  } else {
    const measured = [...new Set(measures.filter((m) => claim.factorIds.includes(m.factorId)).map((m) => m.factorId))];
    if (measured.length > 1) {
      return notCheckable(claim, quantity, `The claim is about several measured factors (${names(measured)}); which one "${quantity.surface}" measures is not stated, so any check would rest on a guess.`, assertions, 'INCONCLUSIVE', note);
    }
    factorId = measured[0] ?? null;
    factorBasis = 'CURATED_CLAIM';
    if (!factorId) {
      const known = [...ctx.unmeasured].find(([f]) => claim.factorIds.includes(f))?.[1];
      return notCheckable(claim, quantity, known ?? `No shipped series measures ${names(claim.factorIds) || 'what it is about'}.`, assertions, 'NOT_CHECKABLE', note);
    }
  }
  const all = measures.filter((m) => m.factorId === factorId).sort((a, b) => a.rank - b.rank || a.series.id.localeCompare(b.series.id));
  if (all.length === 0) {
    const known = ctx.unmeasured.get(factorId);
    return notCheckable(claim, quantity, known ?? `No shipped series measures ${names([factorId])}.`, assertions, 'NOT_CHECKABLE', note);
  }

  // How: the editor's mode, the frame's, or (curated claims) from the claim's kind, unit and words.
  const nearLine = assertions.find((a) => a.kind === 'NEAR_LINE' && a.figure === quantity);
  const stockAsFlow = assertions.some((a) => a.kind === 'STOCK_AS_FLOW' && a.figure === quantity);
  const percent = quantity.unit === '%';
  const unitPeriod = FLOW_PERIOD[quantity.unit];
  let mode: FrameMode;
  let modeBasis: Basis;
  if (editor?.mode) [mode, modeBasis] = [editor.mode, 'EDITOR'];
  else if (frame) [mode, modeBasis] = [frame.mode, 'TEXT'];
  else {
    if (NOT_LEVELS[claim.kind]) return notCheckable(claim, quantity, `Not a figure the record can settle: ${NOT_LEVELS[claim.kind]}.`, assertions, 'NOT_CHECKABLE', note);
    const change = unitPeriod || (claim.kind === 'CHANGE' && (percent || quantity.unit === 'USD'));
    mode = unitPeriod ? 'FLOW' : change ? 'CHANGE' : 'LEVEL';
    modeBasis = 'CURATED_CLAIM';
  }
  // A stock presented as an amount issued is held as the stock it is; its assertion says the rest.
  if (stockAsFlow) mode = 'LEVEL';
  if (mode === 'OTHER' || mode === 'SHARE') {
    return notCheckable(claim, quantity, mode === 'SHARE' ? 'It states a share or ratio, which the reference series do not record.' : `"${quantity.surface}" is not read as a level, change or flow of the measure, so it is not held against a series.`, assertions, 'NOT_CHECKABLE', note);
  }
  const checkMode = mode as CheckMode;
  if (!window) return notCheckable(claim, quantity, 'Neither the claim nor its document has a date to hold it against the record.', assertions, 'INCONCLUSIVE', note);
  const usd = quantity.unit === 'USD' || !!unitPeriod;
  if (!usd && !(percent && checkMode === 'CHANGE')) {
    return notCheckable(claim, quantity, `Its figure is in ${quantity.unit}, while the series that measure ${names([factorId])} record USD amounts.`, assertions, 'NOT_CHECKABLE', note);
  }

  const direction: Direction | null =
    editor?.direction ?? frame?.direction ?? (checkMode === 'CHANGE' || checkMode === 'FLOW' || checkMode === 'REACHED' || checkMode === 'CROSSED' ? (quantity.value < 0 || DECREASE_WORDS.test(claim.quote) ? 'DECREASE' : frame ? null : 'INCREASE') : null);
  const framePeriod = editor?.period ?? frame?.period ?? null;
  const period: Period = checkMode === 'FLOW' ? (framePeriod ?? unitPeriod ?? 'MONTH') : checkMode === 'CHANGE' && !frame && WEEK_WORDS.test(claim.quote) ? 'WEEK' : 'WINDOW';
  const spanDays = frame?.spanDays ?? null;
  if (checkMode === 'CHANGE' && spanDays && window.from === window.to && windowBasis !== 'EDITOR') {
    window = { ...window, from: addDays(window.to, 1 - spanDays), label: `the ${spanDays} days to ${window.to}`, basis: `${window.basis}, and the ${spanDays} days the sentence states` };
  }
  // A change or flow is about, nearly, or at least its figure ("drained more than $200 billion", 增加逾2000億); a line
  // below it ("fell by less than") is left to the plain reading.
  const qualified = qualifierReading(quantity, claim.quote);
  // (a level where a move started is not "reached" because the sentence says the move soared to its end: 從X猛增至Y)
  const reading: Reading = startsAMove(claim, quantity, amounts) && qualified === 'REACHED' ? 'STATED' : checkMode === 'CHANGE' || checkMode === 'FLOW' ? (['ABOUT', 'NEARLY', 'ABOVE', 'AT_LEAST'].includes(qualified) ? qualified : 'STATED') : checkMode === 'REACHED' ? 'REACHED' : qualified;

  // Which series: those whose record covers the window, preferred first.
  const covering = all.filter((m) => covers(m, window!, checkMode));
  const finer = all.find((m) => !covering.includes(m) && m.series.observationKind !== 'WEEK_AVERAGE');
  const finerKindMissing = covering.length && covering.every((m) => m.series.observationKind === 'WEEK_AVERAGE') && finer ? `${finer.series.id} (${finer.series.observationKind === 'WEDNESDAY_LEVEL' ? 'the Wednesday level' : 'a finer record'}) does not cover ${window.label}` : null;
  if (covering.length === 0) {
    const m = all[0]!;
    // A change whose window starts before the record: keep the series, the arithmetic bounds a rise by the level.
    const endCovered = (checkMode === 'CHANGE' || checkMode === 'FLOW') && !!m.series.firstDate && !!m.series.lastDate && m.series.firstDate < window.to && m.series.lastDate >= addDays(window.to, -(STALE_AFTER[m.series.frequency] ?? 8));
    if (!endCovered || percent || direction === 'DECREASE') {
      return notCheckable(claim, quantity, `The record of ${m.series.id} runs from ${m.series.firstDate} to ${m.series.lastDate}, which does not cover ${window.label} (${window.from} to ${window.to}).`, assertions, 'NOT_CHECKABLE', note);
    }
    covering.push(m);
  }
  // A forecast's figure dated by a word of the present is where the forecast starts, not what it forecasts
  // ("預計將從目前約4,900億美元飆升至8,600億美元": 4,900億 is the balance now).
  // (the word of the present its own time, written in its own clause: "they could drop below $3 trillion soon" after
  // "Today, bank reserves are sitting at $3.3 trillion" stays a forecast)
  // What the measure holds, written as its attribute ("its $7 trillion balance sheet", "其约 6.6 万亿美元的资产负债表"), is
  // told as it stands, whatever the clause's verb may do to it ("可以縮減Fed目前規模6.6兆美元的資產負債表").
  // (confirm-only: the mood was read otherwise, so the figure read as stated may be confirmed, never refuted)
  const attribute = frame?.mood && frame.mood !== 'STATED' && !editor?.window && windowBasis === 'DOCUMENT_DATE' ? attributiveHeld(claim.quote, quantity.surface) : null;
  const mood = (frame?.mood === 'FORECAST' && frame.timeSource === 'TEXT' && frame.timeText && nowWord(frame.timeText) && presentWord(claim.quote, quantity.surface)) || attribute ? 'STATED' : (frame?.mood ?? null);
  // Is the reading firm enough for INCONSISTENT? Each reason it is not, in words.
  const unfirm: string[] = [];
  const unfirmKinds: UnfirmKind[] = [];
  /** One way the reading rests on a guess: its words, for the editor, and its kind, for the rules. */
  const doubt = (kind: UnfirmKind, text: string) => {
    unfirm.push(text);
    unfirmKinds.push(kind);
  };
  if (attribute) doubt('MOOD', `Its clause reads as ${frame!.mood === 'FORECAST' ? 'a forecast' : 'an estimate'} ("${frame!.moodEvidence ?? frame!.mood}"); read as what the measure holds ("${attribute}"), the record may confirm it but not refute it.`);
  let sinceStart: { from: string; to: string } | null = null;
  let yearGuessed = false;
  let asChange: { direction: Direction | null; words: string } | null = null;
  if (windowBasis === 'DOCUMENT_DATE' && !presentStated && (frame || (checkMode !== 'CHANGE' && checkMode !== 'FLOW'))) {
    doubt('DOCUMENT_DATE', `The sentence states no date, so it was held against the document's date (${window.to}), a fallback: it may speak of another day.`);
  }
  // A document sent without its date: ingest dated "now", "currently", "last week" and the fallback by the latest full
  // date its text writes (src/ingest/infer-document-date.ts), the earliest it can be — the page may be days later, so
  // a figure that looks stale at that date is a guess.
  const inferred = !claim.documentDate && !editor?.window && frame ? inferredDocumentDate(windowBasis, frame) : null;
  if (inferred) doubt('INFERRED_DOCUMENT_DATE', inferred);
  if (frame && !editor?.window && frame.timeSource === 'TEXT' && !presentStated) {
    const borrowed = borrowedTime(claim.quote, quantity, frame.timeText, amounts);
    if (borrowed) doubt('NOT_ITS_OWN_DATE', `Its date may not be its own: ${borrowed}.`);
    const between = !borrowed ? interveningTime(claim.quote, quantity, frame.timeText, claim.quantities) : null;
    if (between) doubt('NOT_ITS_OWN_DATE', `Its date may not be its own: ${between}.`);
    const cut = truncatedTime(claim.quote, frame.timeText);
    if (cut) doubt('CUT_SHORT', `Its date is cut short: ${cut}.`);
    const around = roughTime(claimSentence(claim).text, frame.timeText);
    if (around) doubt('APPROXIMATE_TIME', `Its time is only approximate: "${around}" — the span is wider than the date read.`);
    const started = startTimeAsWindow(claimSentence(claim).text, frame.timeText, checkMode);
    // (only when the window read ends in that time, well before the document's date: not a span from it to now)
    if (started && claim.documentDate && /^\d{4}-\d{2}-\d{2}$/.test(claim.documentDate) && window.to < addDays(claim.documentDate, -14)) {
      doubt('CHANGE_WINDOW', `Its window may not be the change's: ${started}.`);
      sinceStart = { from: window.from, to: claim.documentDate };
    }
    const guessed = guessedYear(frame.timeText, window, claim.documentDate && /^\d{4}-\d{2}-\d{2}$/.test(claim.documentDate) ? claim.documentDate : null);
    if (guessed) doubt('NO_YEAR', `Its year is not written: ${guessed}.`);
    if (guessed?.endsWith('is a guess')) yearGuessed = true;
  }
  // "by the end of May was already down $50 billion", 截至…累计减少: a deadline dates where the change had got to, not the
  // span it ran over (it started "in April"); unless the sentence states the span, only its end is dated.
  if (checkMode === 'CHANGE' && byDate && !spanDays && frame && !editor?.window && windowBasis === 'TEXT') {
    doubt('DEADLINE_ONLY', `Only the change's end is dated: "${frame.timeText ?? window.label}" is a deadline ("by", "as of", 截至), not the span the change ran over.`);
  }
  // A time read from the sentence before: the claim's own sentence states none.
  if (windowBasis === 'INFERRED' && frame?.timeSource === 'SENTENCE_BEFORE') {
    doubt('SENTENCE_BEFORE', `Its time is read from the sentence before ("${frame.timeText ?? window.label}"): its own sentence states none.`);
  }
  // "Reserves and ON RRPs combined … $5.87 trillion": the figure adds measures up.
  const sum = frame ? sumOfMeasures(claim.quote, quantity.surface) : null;
  if (sum) doubt('SUM_OF_MEASURES', `Its measure is not one: ${sum}.`);
  // A currency the sentence does not write (a bare 500亿 in a dollar document): the unit is inferred, not read.
  const currency = inferredCurrency(claimSentence(claim).text, quantity);
  if (currency) doubt('INFERRED_CURRENCY', `Its unit is inferred: ${currency}.`);
  // A measure read from the sentence before ("the figure", 該數字, "It") or from the headline: what the words refer to
  // is a reading, not a fact (frame.ts `FactorSource`).
  const factorFrom = factorBasis !== 'TEXT' ? null : frame?.factorSource && frame.factorSource !== 'TEXT' ? frame.factorSource : frame?.factorAnaphor ? 'SENTENCE_BEFORE' : null;
  // ("its cash pile": a pronoun of the figure's own sentence read as referring to the owner named before it)
  if (factorFrom === 'SENTENCE_BEFORE' && frame?.factorSource === 'TEXT' && frame.factorAnaphor) {
    doubt('ANAPHOR', `Its measure rests on a word referring back: "${frame.factorAnaphor}" was read as "${frame.factorEvidence ?? factorId}".`);
  } else if (factorFrom === 'SENTENCE_BEFORE') {
    doubt('ANAPHOR', frame?.factorAnaphor ? `Its measure is named in the sentence before: "${frame.factorAnaphor}" was read as referring back to "${frame.factorEvidence ?? factorId}".` : `Its measure is read from the sentence before ("${frame?.factorEvidence ?? factorId}").`);
  } else if (factorFrom === 'HEADLINE') {
    doubt('HEADLINE', `Its measure is read from the headline ("${frame?.factorEvidence ?? factorId}"): its own sentence names none.`);
  } else if (factorFrom === 'PAGE') {
    doubt('PAGE_SUBJECT', `Its measure is the page's one subject ("${frame?.factorEvidence ?? factorId}"): its own sentence names none.`);
  } else if (factorFrom === 'LOOSE') {
    doubt('LOOSE_WORD', `Its measure is read from a loose word ("${frame?.factorEvidence ?? factorId}") that names it only for a figure of its scale.`);
  }
  if (factorFrom) factorBasis = 'INFERRED';
  if (frame && !editor?.mode) {
    const unclear = unclearMode(claim.quote, quantity, checkMode);
    if (unclear) doubt('UNCLEAR_MODE', `Its mode is unclear: ${unclear}.`);
    // A level read where the words before the figure make it a change ("burned through $286BN … in the past month"),
    // over a window of more than a day: the change the words say is tried too, and may confirm the claim.
    if (unclear && checkMode !== 'CHANGE' && window.from !== window.to) {
      const before = clauseOf(claim.quote, quantity.surface).split(quantity.surface)[0] ?? '';
      asChange = { direction: DECREASE_WORDS.test(before) || /burn|spen[dt]|支出|花/i.test(before) ? 'DECREASE' : /(增|升|漲|涨|rose|rise|add|gain|grew|increas)/i.test(before) ? 'INCREASE' : null, words: unclear };
    }
  }
  const ft = frame ? fromToOf(claim.quote, quantity, amounts) : null;
  const fromTo = ft
    ? {
        from: Math.abs(ft.from.value),
        to: Math.abs(ft.to.value),
        change: ft.change ? Math.abs(ft.change.value) : null,
        fromSurface: ft.from.surface,
        toSurface: ft.to.surface,
        fromTolerance: toleranceOf(qualifierReading(ft.from, claim.quote) === 'ABOUT' ? 'ABOUT' : 'STATED', ft.from.surface),
        toTolerance: toleranceOf(qualifierReading(ft.to, claim.quote) === 'ABOUT' ? 'ABOUT' : 'STATED', ft.to.surface),
      }
    : null;
  // "在2020年启动QE,规模从约4万亿美元扩张至近9万亿美元": a time written before the "from" may date where the move started
  // (the expansion ran to 2022), so the end figure's date is not firm.
  const timeAt = frame?.timeText && frame.timeSource === 'TEXT' ? claim.quote.indexOf(frame.timeText) : -1;
  if (ft && ft.to === quantity && !editor?.window && timeAt >= 0 && timeAt < claim.quote.indexOf(ft.from.surface) && checkMode !== 'CHANGE') {
    doubt('CHANGE_START', `"${frame!.timeText}" is written before the change from "${ft.from.surface}": it may date where the move started, not where it ended.`);
  }
  // "停擺期間,…餘額從約3000億美元猛增至超過1萬億美元", "In 2020, … from about $4 trillion to nearly $9 trillion": a period
  // written before the "from" is the span the move ran over, so the figure it started from is a level of the period's
  // start — held against the period and the two weeks before it. A time written after the change ("from X to Y in
  // October") may date only its end: the start is then not firm.
  let startOfPeriod = false;
  let pastFrom = false;
  if (((ft && ft.from === quantity) || (!ft && frame && startsChange(claim.quote, quantity))) && checkMode !== 'CHANGE') {
    const s = claimSentence(claim);
    const words = named?.word ?? (frame?.timeSource === 'TEXT' ? frame.timeText : null);
    const wordsAt = words ? s.text.indexOf(words) : -1;
    const figureAt = s.quoteAt + claim.quote.indexOf(quantity.surface);
    const span = daysBetween(window.from, window.to) >= 7;
    if (span && wordsAt >= 0 && wordsAt < figureAt && windowBasis === 'TEXT' && !byDate && !editor?.window && !unfirmKinds.includes('NOT_ITS_OWN_DATE')) startOfPeriod = true;
    else {
      doubt('CHANGE_START', `"${quantity.surface}" is where a change started ("from"); the date read is the change's, not this level's.`);
      pastFrom = true;
    }
  }
  // A change dated by one day: "weekly"/当周 or "daily"/单日 say which step; otherwise only its end is dated.
  const clause = clauseOf(claim.quote, quantity.surface);
  const step: 'DAY' | 'WEEK' | 'END' | null =
    checkMode !== 'CHANGE' || window.from !== window.to ? null : WEEK_WORDS.test(clause) || WEEK_WORDS.test(frame?.timeText ?? '') ? 'WEEK' : DAY_WORDS.test(clause) ? 'DAY' : 'END';

  const base = frame?.base ?? null;
  // A value of the measure (a level, a level reached, an extreme), not a move or a line crossed: what a sentence's
  // extreme, a past level, a peak, a week's move or a streak can be said of.
  const aValue = checkMode === 'LEVEL' || checkMode === 'REACHED' || checkMode === 'EXTREMUM';
  // "the lowest since X" in the figure's sentence, when the reader attached none with its since to this figure (nor
  // ingest an assertion: that one is tested with its own leniency)
  const read = frame?.extremum?.since ? frame.extremum : (aValue && frame && !editor?.mode && !claimAssertions.some((a) => a.kind === 'EXTREMUM_SINCE') ? sentenceExtremumOf(claim, quantity.surface) : null) ?? frame?.extremum ?? null;
  // "创近五年新高" (a high of nearly five years): the span back is shorter than written.
  const extremum = read?.since && claim.documentDate && /^\d{4}-\d{2}-\d{2}$/.test(claim.documentDate) && nearlySince(claimSentence(claim).text, read.sinceText) ? { ...read, since: shortenedSince(read.since, claim.documentDate) } : read;
  const firstSince = checkMode === 'CROSSED' ? firstSinceOf(claim, quantity.surface) : null;
  const recordMove = checkMode === 'CHANGE' && direction ? recordMoveOf(claim, quantity.surface) : null;
  // (a window of a few days is where the move ended too: "plunged by $1.9 trillion from the peak … as of the Fed's
  // balance sheet yesterday")
  // A level told as past with no date of its own: where a move started, or a peak / "once" / 此前 at the fallback date.
  const peakKind = frame?.extremum && !frame.extremum.since ? frame.extremum.kind : null;
  const pastWords = PAST_LEVEL.exec(clause)?.[0] ?? null;
  const pastLevel = aValue && frame && !editor?.window && (pastFrom || ((peakKind || pastWords) && windowBasis === 'DOCUMENT_DATE' && !presentStated))
    ? { peak: peakKind === 'HIGHEST' || peakKind === 'LOWEST' ? peakKind : null, words: pastFrom ? 'from' : peakKind ? (peakWordNear(claim, quantity.surface) ? 'peak' : 'the extreme') : pastWords! }
    : null;
  const fromPeak = checkMode === 'CHANGE' && daysBetween(window.from, window.to) <= 7 && !ft ? fromPeakOf(claim, quantity.surface) : null;
  // The move ran from the peak: the window read dates only its end, so its own change cannot refute the figure.
  if (fromPeak && !editor?.window) doubt('FROM_PEAK', `The change is counted from the peak ("${fromPeak.text}"): the time read dates only where it ended.`);
  const docDay = claim.documentDate && /^\d{4}-\d{2}-\d{2}$/.test(claim.documentDate) ? claim.documentDate : null;
  const yearCandidates = yearGuessed && docDay ? otherYears(window, docDay) : null;
  const fetch: Fetch[] = covering.map((m) => {
    let from = (recordMove || fromPeak || pastLevel) && m.series.firstDate ? m.series.firstDate : addDays(window!.from, -100);
    for (const w of yearCandidates ?? []) if (addDays(w.from, -100) < from) from = addDays(w.from, -100);
    if (base?.window && addDays(base.window.start, -10) < from) from = addDays(base.window.start, -10);
    if (extremum?.since && extremum.since.start < from) from = extremum.since.start;
    if (firstSince && firstSince.start < from) from = firstSince.start;
    for (const a of assertions) if (a.since && a.since.start < from) from = a.since.start;
    const docDate = claim.documentDate && /^\d{4}-\d{2}-\d{2}$/.test(claim.documentDate) ? claim.documentDate : null;
    const to = docDate && docDate > addDays(window!.to, 100) ? docDate : addDays(window!.to, 100);
    if (docDate && addDays(docDate, -20) < from) from = addDays(docDate, -20);
    return { seriesId: m.series.id, from, to };
  });
  return {
    claimId: claim.id,
    checkable: true,
    quantity,
    factorId,
    factorName: claim.factorNames[factorId] ?? all[0]!.factorName ?? factorId,
    measures: covering,
    finerKindMissing,
    window,
    windowBasis,
    mode: nearLine ? 'LEVEL' : checkMode,
    modeBasis,
    factorBasis,
    reading,
    tolerance: toleranceOf(reading, quantity.surface),
    direction,
    period,
    spanDays,
    percent,
    base,
    extremum,
    assertions,
    documentDate: claim.documentDate && /^\d{4}-\d{2}-\d{2}$/.test(claim.documentDate) ? claim.documentDate : null,
    unfirm,
    unfirmKinds,
    latestPublished,
    present: latestPublished && window.from === window.to ? present : null,
    byDate,
    fromTo,
    step,
    firstSince,
    asChange,
    // A peak in a window the sentence states (not the document's date: "its peak" then may be any time before it).
    // ("the lowest level" without a since is not a peak: how far back it reaches is not said)
    peak: aValue && windowBasis !== 'DOCUMENT_DATE' && !extremum?.since ? ((extremum && peakWordNear(claim, quantity.surface) ? extremum.kind : null) ?? atPeakAfter(claim, quantity.surface)) : null,
    recordMove,
    startOfPeriod,
    // A ratio over a window the sentence states, a month or more: what the level started from is then known.
    sinceStart,
    yearCandidates,
    fromPeak,
    openStart: openStart(claimSentence(claim).text, frame?.timeText ?? null),
    pastLevel,
    // (not when the reader already dated the figure by counting back: time-expressions.ts reads "the previous figure")
    previousStep: checkMode === 'LEVEL' && frame && !editor?.window && !(frame.timeSource === 'TEXT' && frame.timeText && countsBack(frame.timeText)) ? releaseBeforeWords(claimSentence(claim).text, claimSentence(claim).quoteAt + claim.quote.indexOf(quantity.surface), quantity.surface) : null,
    ratioMove: (checkMode === 'LEVEL' || checkMode === 'REACHED') && windowBasis === 'TEXT' && daysBetween(window.from, window.to) >= 27 ? ratioMoveOf(claim, quantity.surface) : null,
    // (in the figure's clause, or just before it: "突破了歷史新高,來到了4853億美元")
    allTime: (aValue || checkMode === 'CROSSED') && frame && !editor?.mode && !extremum?.since ? allTimeWords(claim, clause, quantity.surface) : null,
    approximateSpan: aValue && frame && !editor?.window && windowBasis === 'TEXT' && window.from !== window.to ? monthPartOf(frame.timeText) : null,
    weekMove: aValue || checkMode === 'CROSSED' ? weekMoveOf(claim, quantity.surface) : null,
    streak: aValue || checkMode === 'CHANGE' ? streakOf(claim, quantity.surface) : null,
    // An editor who sets how a projection is judged (the seed's c021: by what happened) has decided it can fail.
    projection: !(editor?.mode || editor?.window) && (mood ? mood !== 'STATED' : claim.kind === 'PROJECTION' || PROJECTION_WORDS.test(sentenceOf(claim.quote, quantity.surface))),
    // The frame's mood (quantities/mood.ts), unless an editor has said how to judge the figure.
    mood: editor?.mode || editor?.window ? null : mood,
    moodEvidence: frame?.moodEvidence ?? null,
    note,
    fetch: [...fetch, ...assertionFetches(assertions)],
  };
}

/** Years a bare month may be of, besides the one read (judging pass 10). */
const YEARS_BACK = 5;

/**
 * The window read for a bare month, moved to each other year the page allows: the document's year and the five before
 * it, wherever the moved window has ended by the document's date (a stated past). The verdict that every one of them
 * gives is not a guess (evaluate-check.ts, `everyYearAgrees`).
 */
export function otherYears(window: Window, documentDate: string): Window[] {
  const docYear = Number(documentDate.slice(0, 4));
  const year = Number(window.from.slice(0, 4));
  const out: Window[] = [];
  for (let y = docYear; y >= docYear - YEARS_BACK; y--) {
    if (y === year) continue;
    const from = movedYear(window.from, y - year);
    const to = movedYear(window.to, y - year);
    if (to > documentDate) continue;
    out.push({ ...window, from, to, label: `${window.label} (moved to ${y})`, basis: `${window.basis}, with the year ${y}` });
  }
  return out;
}

/** A date moved by whole years; a month's last day stays its last day (29 February → 28 February). */
function movedYear(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lastBefore = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  const day = d === lastBefore ? last : Math.min(d, last);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A time written as the middle of a span ("in the weeks surrounding April 15", "the days around the deadline", 4月15日前后):
 * the words, or null. The date read is then a point inside the span, not the span.
 */
function roughTime(sentence: string, timeText: string | null): string | null {
  if (!timeText) return null;
  const at = sentence.indexOf(timeText);
  if (at < 0) return null;
  const before = /\b(?:(?:the\s+)?(?:weeks?|days?|months?)\s+(?:surrounding|around|either side of|leading up to|following)|around the time of)\s+$/i.exec(sentence.slice(Math.max(0, at - 40), at));
  if (before) return `${before[0]}${timeText}`;
  const after = /^\s*(?:前后|前後|左右|上下)/.exec(sentence.slice(at + timeText.length, at + timeText.length + 4));
  return after ? `${timeText}${after[0]}` : null;
}

/** Words that call a figure the extreme of all time: "a record total", "all-time high", "for the first time ever", 歷史新高, 歷來高位, 创纪录. */
const ALL_TIME = /\brecord\b|\ball[- ]time\s+(?:high|low|peak|record)s?\b|\bfirst\s+time\s+ever\b|\b(?:highest|lowest|largest|biggest|most)\s+ever\b|\bever\s+recorded\b|歷史新[高低]|历史新[高低]|歷來|历来|史上最|創紀錄|创纪录|創歷史|创历史|有史以來|有史以来|歷史最[高低]|历史最[高低]/i;

function allTimeWords(claim: ClaimInput, clause: string, surface: string): string | null {
  const s = claimSentence(claim);
  const at = s.quoteAt + claim.quote.indexOf(surface);
  return (ALL_TIME.exec(clause) ?? (at >= s.quoteAt ? ALL_TIME.exec(s.text.slice(Math.max(0, at - 16), at)) : null))?.[0] ?? null;
}

/** A part of a month written as the time ("mid-June", "in late October", "the end of May", 6月中旬, 10月底, 月初): the words, or null. */
const MONTH_PART = /\b(?:early|mid|late)[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|月\s?(?:上旬|中旬|下旬|初|中|底|末)/i;
function monthPartOf(timeText: string | null): string | null {
  return timeText && MONTH_PART.test(timeText) ? timeText : null;
}

/** The date written goes on past the time read ("截至 2025 年 4 月" read from "截至 2025 年 4 月 16 日"): the day was lost. */
function truncatedTime(quote: string, timeText: string | null): string | null {
  const t = timeText ? quote.indexOf(timeText) : -1;
  if (!timeText || t < 0) return null;
  const rest = quote.slice(t + timeText.length, t + timeText.length + 12);
  const m = /月$/.test(timeText) ? /^\s*(\d{1,2})\s*(?:日|號|号)/.exec(rest) : /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i.test(timeText) ? /^\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![\d,.]*\s*(?:%|percent|billion|million|trillion|bn))/i.exec(rest) : null;
  return m ? `"${timeText}" is read without the day written after it ("${rest.slice(0, m[0].length).trim()}")` : null;
}

/** A span back from now written as "nearly" that long: 近五年新高, "a nearly five-year high", 將近三個月. */
const NEARLY_SPAN = /(?:近|將近|将近|接近|nearly|almost|close to)\s*(?:[\d一二两兩三四五六七八九十半]+)\s*[- ]?\s*(?:年|個月|个月|月|週|周|天|日|years?|months?|weeks?|days?)/i;
const sinceTextOf = (text: string): string | null => NEARLY_SPAN.exec(text)?.[0] ?? null;
function nearlySince(text: string, sinceText: string | null | undefined): boolean {
  if (!sinceText) return false;
  if (NEARLY_SPAN.test(sinceText)) return true;
  const at = text.indexOf(sinceText);
  return at >= 0 && /(?:近|將近|将近|接近|nearly|almost|close to)\s*$/i.test(text.slice(Math.max(0, at - 10), at));
}
/** "Nearly N years": nothing beyond the figure for somewhat less than N years — the last fifth of the span is left out. */
function shortenedSince(since: { start: string; end: string }, documentDate: string): { start: string; end: string } {
  const cut = Math.max(1, Math.round(daysBetween(since.start, documentDate) / 5));
  return { start: addDays(since.start, cut), end: addDays(since.end, cut) };
}

/** The time is written as a start running to now: "6月以来", "since June", 自6月. */
function openStart(sentence: string, timeText: string | null): boolean {
  const t = timeText ? sentence.indexOf(timeText) : -1;
  if (!timeText || t < 0) return false;
  return /以来|以來|\bsince\b/i.test(timeText) || /^\s*(?:以来|以來)/.test(sentence.slice(t + timeText.length)) || /(?:\bsince|自|從|从)\s*$/i.test(sentence.slice(Math.max(0, t - 8), t)) ||
    // "since the beginning of QT in July 2022": a since naming the start, then its date, in one clause with no amount between
    (JUDGING_RULES.sinceStartOtherWay && /\bsince\b(?:(?![,;.]|\$|\d).){1,40}$/i.test(sentence.slice(Math.max(0, t - 48), t)));
}

/** The figure is where a change started: "from" before it and "to" (至, 到) after it in its clause. */
function startsAMove(claim: ClaimInput, quantity: ClaimQuantity, amounts: ClaimQuantity[]): boolean {
  const ft = fromToOf(claim.quote, quantity, amounts);
  return ft ? ft.from === quantity : startsChange(claim.quote, quantity);
}

function covers(m: Measure, window: Window, mode: CheckMode): boolean {
  const first = m.series.firstDate;
  const last = m.series.lastDate;
  if (!first || !last) return false;
  const stale = STALE_AFTER[m.series.frequency] ?? 8;
  return mode === 'CHANGE' || mode === 'FLOW' ? first < window.from && last >= addDays(window.to, -stale) : first <= window.to && last >= addDays(window.from, -stale);
}

/** Words that tell a level as past without dating it: "once", "at one point", 此前, 曾, 一度. */
const PAST_LEVEL = /\b(?:once|at one point|formerly|previously)\b|此前|曾經|曾经|曾|一度|昔日/i;

/** Words that make a figure a projection or hypothesis rather than a statement about the record. */
const PROJECTION_WORDS = /(\bcould\b|\bwould\b|\bmight\b|\bshould\b|\bcan (?:fall|rise|drop|reach|be|go|hit)|\bmay (?:fall|rise|drop|reach|be|need|hit)|\bwill\b|expected to|expects?\b|forecast|projected|estimate[sd]? (?:that|to)|target|assum|we (?:think|believe)|預計|预计|預期|预期|預估|预估|預料|预料|預測|预测|料將|料将|可望|恐將|恐将|可能|可(?=[降升達达增減减跌漲涨])|應能|应能|將會|将会|將(?=[降升達达增減减跌漲涨回])|将(?=[降升達达增減减跌漲涨回])|有望|目標|目标|假設|假设|估計|估计|認為|认为|若|如果)/i;

/** The clause of a quote around a figure (to the nearest stop or semicolon either side): words elsewhere do not qualify it. */
function sentenceOf(quote: string, surface: string): string {
  const at = quote.indexOf(surface);
  if (at < 0) return quote;
  const before = quote.slice(0, at);
  const start = Math.max(0, ...['。', '；', ';', '. ', '，但', ', but'].map((p) => before.lastIndexOf(p)).filter((i) => i >= 0).map((i) => i + 1));
  const rest = quote.slice(at);
  const ends = ['。', '；', ';', '. '].map((p) => rest.indexOf(p)).filter((i) => i >= 0);
  return quote.slice(start, at + (ends.length ? Math.min(...ends) : rest.length));
}


/** Plans one assertion: its window (the claim's, at least the 30 days to its end for a flow), its figure, its series. */
function assertionPlan(a: ClaimAssertion, claim: ClaimInput, window: Window | null, amounts: ClaimQuantity[], measures: readonly Measure[], ctx: CheckContext): AssertionPlan {
  const named = windowOf({ time: null, quote: claim.quote, factorIds: claim.factorIds, documentDate: null }, ctx.windows);
  let w: Window = named ?? window ?? { from: '', to: '', label: 'no window', basis: 'the claim has no date' };
  if (a.kind === 'FLOW_STOPPED' && w.from && daysBetween(w.from, w.to) < 7) {
    w = { ...w, from: addDays(w.to, -29), label: `the 30 days to ${w.to}`, basis: `${w.basis}, widened to a month: a flow that stopped would show over weeks` };
  }
  if (a.kind === 'STOCK_AS_FLOW' && w.from && daysBetween(w.from, w.to) < 90) {
    w = { ...w, from: addDays(w.to, -364), label: `the year to ${w.to}`, basis: `${w.basis}, widened to a year: what was issued is the change of the stock` };
  }
  // The figure: the amount nearest the assertion's words (all of them when the assertion came from an editor).
  const figure = a.start < 0 ? (amounts.reduce<ClaimQuantity | null>((best, q) => (!best || Math.abs(q.value) > Math.abs(best.value) ? q : best), null)) : nearest(amounts, claim.quote, a.text);
  const factor = a.factorId ?? figure?.frame?.factorId ?? null;
  const measure = measures.filter((m) => (factor ? m.factorId === factor : claim.factorIds.includes(m.factorId))).sort((x, y) => x.rank - y.rank)[0] ?? null;
  // "Since when" is read in the assertion's own words, else in its clause of the sentence ("为 2021 年初以来最低").
  const clause = clauseHolding(claimSentence(claim), a.text) ?? '';
  const since = sinceIn(a.text) ?? sinceIn(clause) ?? eventSince(clause);
  return {
    kind: a.kind,
    text: a.text,
    window: w,
    figure: a.kind === 'NEAR_LINE' && a.start < 0 ? amounts[0] ?? null : figure,
    measure,
    since: since ? (claim.documentDate && /^\d{4}-\d{2}-\d{2}$/.test(claim.documentDate) && nearlySince(a.text, sinceTextOf(a.text)) ? shortenedSince(since, claim.documentDate) : { start: since.start, end: since.end }) : null,
    extremumKind: /(lowest|smallest|最低|最小|新低)/i.test(a.text) ? 'LOWEST' : /(highest|largest|biggest|最高|最大|新高)/i.test(a.text) ? 'HIGHEST' : null,
  };
}

function nearest(amounts: ClaimQuantity[], quote: string, text: string): ClaimQuantity | null {
  const at = quote.indexOf(text);
  if (at < 0) return amounts[0] ?? null;
  let best: ClaimQuantity | null = null;
  let bestD = Infinity;
  for (const q of amounts) {
    const i = quote.indexOf(q.surface);
    if (i < 0) continue;
    const d = i >= at + text.length ? i - (at + text.length) : at - (i + q.surface.length);
    if (Math.abs(d) < bestD) [best, bestD] = [q, Math.abs(d)];
  }
  return best ?? amounts[0] ?? null;
}

/** The series the assertion checks read: the DTS flows for FLOW_STOPPED, the debt for STOCK_AS_FLOW, the factor's for the others. */
export function assertionFetches(assertions: readonly AssertionPlan[]): Fetch[] {
  const out: Fetch[] = [];
  for (const a of assertions) {
    if (!a.window.from) continue;
    if (a.kind === 'FLOW_STOPPED') {
      out.push({ seriesId: 'TREASURY:DTS_TGA_WITHDRAWALS', from: a.window.from, to: a.window.to }, { seriesId: 'TREASURY:DTS_TGA_DEPOSITS', from: a.window.from, to: a.window.to });
    } else if (a.kind === 'STOCK_AS_FLOW') {
      out.push({ seriesId: 'FRED:GFDEBTN', from: addDays(a.window.from, -100), to: addDays(a.window.to, 100) });
    } else if (a.measure) {
      out.push({ seriesId: a.measure.series.id, from: a.since?.start ?? addDays(a.window.from, -100), to: addDays(a.window.to, 10) });
    }
  }
  return out;
}
