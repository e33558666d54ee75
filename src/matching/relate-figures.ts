import type { TimeWindow } from '../quantities/frame.ts';
import type { RelationKind } from '../vocabulary.ts';
import { datedFigure, days, gapDays, halfUnit, intervalOf, isBound, matchWindow, reportsLine, sharedDays, shiftDays, significantDigits, UNDATED_SLACK_DAYS, type Figure, type Interval } from './figure.ts';
import type { MeasureRecord } from './measure-record.ts';

/** Bumped whenever the rules below change, and stored on every relation they compute. */
export const MATCHER_VERSION = 'claimgraph-match/1.12.0';

/** A relation between two figures, with the arithmetic behind it. `later` is the figure whose window ends later. */
export interface FigureRelation {
  kind: RelationKind;
  earlier: Figure;
  later: Figure;
  why: string;
  /**
   * The documents besides its two sides whose figures it rests on: the twins that placed a page with no date, the side
   * an update passed through, the pages that confirmed a year. When one of them changes (a new version, an editor's
   * reading, the same text ingested again), the relation is weighed again (src/matching/match-claims.ts).
   */
  restsOn?: readonly string[];
}

/** `documents` less the two sides' own, each once; absent when none is left. */
function restingOn(r: Pick<FigureRelation, 'earlier' | 'later'>, documents: Iterable<string>): { restsOn?: readonly string[] } {
  const sides = new Set([r.earlier.documentId, r.later.documentId]);
  const rest = [...new Set(documents)].filter((d) => !sides.has(d)).sort();
  return rest.length ? { restsOn: rest } : {};
}

/** A figure matched without its year must be written with at least this many significant digits (or be a line). */
const YEARLESS_DIGITS = 3;
/** Two pages that state no year: a later reading within a month is an update; beyond, the year is in doubt. */
const YEARLESS_UPDATE_GAP_DAYS = 31;
const precise = (f: Figure) => significantDigits(f.surface) >= YEARLESS_DIGITS;
const line = (f: Figure) => f.mode === 'CROSSED' || isBound(f) !== null;
/**
 * Whether two figures are weighed when one year is unknown: both precise (the same three digits on the same days
 * in another year is unlikely), or one a line crossed or stated as a bound (an event: "fell below $3 trillion for
 * the first time"), which a round level meets only by naming it.
 */
const weighedWithoutYear = (a: Figure, b: Figure) => (precise(a) && precise(b)) || line(a) || line(b);
/** A later figure supersedes an earlier one within about a quarter (the labels' rule); beyond that they are history. */
export const UPDATE_GAP_DAYS = 92;
/** A figure whose window is longer than this is not one reading of a stock ("usually about 800億 since 2021"). */
const LONGEST_STOCK_WINDOW = 92;
/** Two levels can contradict only when each is a reading at a time (a day or a week, with a release date's slack). */
const LONGEST_POINT_WINDOW = 16;
/**
 * A level and its release: a weekly figure is a Wednesday's level, published on Thursday, and a text dates it by
 * either day ("the week ending December 17", 12月18日公布). Two readings of a stock a day apart that agree are the
 * same figure, not a later one.
 */
const RELEASE_LAG_DAYS = 1;
/** …for a day's or a week's figure only ("late September" and 1 October are not a week and its release). */
const RELEASE_WINDOW_DAYS = 7;
/** Two changes are the same change only when their windows nearly coincide (shared days over the longer window). */
const SAME_PERIOD_SHARE = 0.75;
/** …and contradict only when they coincide closely. */
const CONTRADICTING_PERIOD_SHARE = 0.9;

type Family = 'STOCK' | 'LINE' | 'EXTREMUM' | 'CHANGE' | 'FLOW' | 'SHARE';

/**
 * What a mode says of its measure, for matching: a level (LEVEL, REACHED: 升至1萬億 is the level reached), a line
 * crossed, an extremum, a change over a window, a flow per period, a share. OTHER (counts, durations, dates) is
 * never matched. A level and a change of the same measure are different quantities, whatever their numbers.
 */
function familyOf(f: Figure): Family | null {
  switch (f.mode) {
    case 'LEVEL':
    case 'REACHED':
      return 'STOCK';
    case 'CROSSED':
      return 'LINE';
    case 'EXTREMUM':
      return 'EXTREMUM';
    case 'CHANGE':
      return 'CHANGE';
    case 'FLOW':
      return 'FLOW';
    case 'SHARE':
      return 'SHARE';
    default:
      return null;
  }
}

const meets = (a: Interval, b: Interval) => a.low <= b.high && b.low <= a.high;

/**
 * How two figures from different documents relate, or null. Numbers and measures decide before anything else: the
 * same factor, the same unit, compatible modes, then windows and values. Wording never counts here — two quotes
 * that read alike but say £4 million and £4 billion never match, and 準備金 meets "reserves" through the factor id.
 *
 * - SAME_FIGURE: overlapping windows (for changes and flows, nearly the same window) and values that agree within
 *   their rounding ("about", "more than" as bounds).
 * - CONTRADICTS: readings at a time (a day or a week) whose windows overlap and whose values cannot both hold; or
 *   changes over the same window in opposite directions or beyond each other's rounding.
 * - UPDATES: two readings of a stock (level, level reached, line crossed) in windows that do not overlap, the later
 *   starting within a quarter of the earlier's end.
 *
 * Precision first: where a pair could be either (a bound and a bound, a long window), it is left unrelated.
 */
export function relateFigures(original: Figure, other: Figure, record?: MeasureRecord): FigureRelation | null {
  const r = relateReadings(original, other);
  if (!r) return crossedOnce(original, other, record);
  if (r.kind === 'SAME_FIGURE') return r;
  // "B is a later reading than A", "A and B cannot both hold": an editor trusts either only when both readings are
  // firm — each measure named in its own sentence and stated as fact, each date the figure's own with its year.
  const laterFirm = !unfirm(r.later) || (r.kind === 'UPDATES' && currentByTheRecord(r.later, r.earlier, record));
  if (!laterFirm || (unfirm(r.earlier) && !(r.kind === 'UPDATES' && firmlyLater(r.earlier, r.later)))) return null;
  const stocks = familyOf(r.earlier) !== 'CHANGE' && familyOf(r.earlier) !== 'FLOW';
  // Stocks only at a time (a day, a week, a month's end): a level "in April 2022" may be its peak or its average.
  if (stocks && (days(r.earlier.window) > LONGEST_POINT_WINDOW || days(r.later.window) > LONGEST_POINT_WINDOW)) return null;
  if (r.kind === 'UPDATES') return beyondTheRecord(r, record) ? null : r;
  return stocks ? stocksContradicting(r.earlier, r.later, record) : r;
}

/**
 * The same line crossed the same way, reported on different days (or one page giving the day, another the month or
 * the year): one event when the record shows the line was crossed once there — every observation of every series of
 * the measure, from the earlier report's day to a quarter after the later's, lies beyond the line. The federal debt
 * "exceeded $34 trillion for the first time" on 29 December in one page and on 3 January in another: the debt did not
 * fall back below 34 trillion, so it crossed that line once, whichever day a page gives it. A measure that goes back
 * and forth (reserves around 3 trillion) is left alone, as is a report the record does not cover. Both are
 * observations with their own dates (not a page that states no year or no date), at most a quarter apart.
 */
function crossedOnce(a: Figure, b: Figure, record?: MeasureRecord): FigureRelation | null {
  if (!record || a.documentId === b.documentId || a.factorId !== b.factorId || a.unit !== b.unit || a.mode !== 'CROSSED' || b.mode !== 'CROSSED') return null;
  if (!a.direction || a.direction !== b.direction || !sameLine(a, b) || !datedFigure(a) || !datedFigure(b)) return null;
  if ((a.stance ?? 'OBSERVATION') !== 'OBSERVATION' || (b.stance ?? 'OBSERVATION') !== 'OBSERVATION') return null;
  const [earlier, later] = a.window.end < b.window.end || (a.window.end === b.window.end && a.quantityId <= b.quantityId) ? [a, b] : [b, a];
  if (gapDays(earlier.window, later.window) > UPDATE_GAP_DAYS) return null;
  const after = { start: earlier.window.end, end: shiftDays(later.window.end, UPDATE_GAP_DAYS) };
  const recorded = record(a.factorId, a.unit, after);
  const x = Math.abs(a.value);
  const up = a.direction === 'INCREASE';
  if (!recorded || (up ? recorded.low < x : recorded.high > x)) return null;
  return {
    kind: 'SAME_FIGURE',
    earlier,
    later,
    why: `${show(earlier)} and ${show(later)} are the same line crossed ${up ? 'upwards' : 'downwards'}, reported for different days (${span(earlier)}, ${span(later)}): one event — the record of the measure stays ${up ? 'above' : 'below'} the line from ${after.start} to ${after.end} (${formatRange(recorded.low, recorded.high)}: ${recorded.source})`,
  };
}

/** How much more than the record moves a later reading may differ by (a tenth of the larger value). */
const UPDATE_MARGIN = 0.1;

/**
 * Whether a proposed later reading differs from the earlier one by far more than the measure itself moved between
 * them: by more than the record's range over both windows (every series of the measure) and a tenth of the larger
 * value, beyond both roundings. Such a pair is not two readings of one measure — one of them is misread (currency in
 * circulation read as the balance sheet, 4.2 trillion of Treasury holdings as the debt of 38 trillion) — and proposing
 * it as an update would mislead. Without a record over those days, or for a bound, nothing is said.
 */
function beyondTheRecord(r: FigureRelation, record?: MeasureRecord): boolean {
  if (!record || isBound(r.earlier) || isBound(r.later)) return false;
  const union = { start: r.earlier.window.start < r.later.window.start ? r.earlier.window.start : r.later.window.start, end: r.earlier.window.end > r.later.window.end ? r.earlier.window.end : r.later.window.end };
  const recorded = record(r.earlier.factorId, r.earlier.unit, union);
  if (!recorded) return false;
  const a = intervalOf(r.earlier);
  const b = intervalOf(r.later);
  const apart = Math.max(a.low, b.low) - Math.min(a.high, b.high);
  return apart > recorded.high - recorded.low + UPDATE_MARGIN * Math.max(Math.abs(r.earlier.value), Math.abs(r.later.value));
}

/**
 * Whether `later`, a firm reading, is certainly later than `earlier`, a figure whose only doubt is that its sentence
 * states no time (dated by its page's date): a page reports nothing after the date it states, so a figure firmly
 * dated after that date is a later reading, whatever day the earlier one spoke of ("reserves are about 2.85
 * trillion" in a page of 6 November, then 2.93 trillion in the week ending 17 December). The gap is still the
 * update's rule (within a quarter of the page's date). Not for a page whose date is read from the dates it writes
 * (only a lower bound on when it was written), nor for any other doubt (a measure read from context, a mood).
 */
function firmlyLater(earlier: Figure, later: Figure): boolean {
  const doubts = earlier.unfirm ?? [];
  return !earlier.yearless && !!earlier.published && earlier.timeSource === 'DOCUMENT_DATE' && doubts.length > 0 && doubts.every((u) => u.kind === 'DOCUMENT_DATE') && later.window.start > earlier.published;
}

/**
 * Whether a later figure whose only doubt is that its sentence states no time (dated by its document: "reserves are
 * about 2.85 trillion") is shown current by the record: every series of its measure, over the week before its
 * document's date (the latest release its page could quote), holds its value within its rounding ("about" a full unit
 * of its last digit), and over the earlier figure's window does not. A stale figure (目前僅剩約3000億美元 of the TGA in a page
 * of November, July's level) finds no such week; a figure the record cannot place (no series of the measure, or one
 * that did not move) is left unfirm.
 */
function currentByTheRecord(later: Figure, earlier: Figure, record?: MeasureRecord): boolean {
  if (!record || later.yearless || later.timeless || later.timeSource !== 'DOCUMENT_DATE' || isBound(later) || later.mode === 'CROSSED') return false;
  if (!(later.unfirm ?? []).every((u) => u.kind === 'DOCUMENT_DATE')) return false;
  const week = matchWindow(later);
  const now = record(later.factorId, later.unit, week);
  const then = record(earlier.factorId, earlier.unit, earlier.window);
  if (!now || !then) return false;
  const v = looseInterval(later);
  const holds = (x: { low: number; high: number }) => v.low <= x.high && x.low <= v.high;
  return holds(now) && !holds(then);
}

/** Why a figure's reading is not firm (the first reason), or null. A year-less window is never firm. */
export const unfirm = (f: Figure): string | null => (f.yearless ? 'its page states no year' : (f.unfirm?.[0]?.why ?? null));

/**
 * The values a figure allows when weighing a contradiction: its rounding, and "about" / 約 a full unit of its last digit
 * either way (an approximate figure is no tighter than its last digit: "roughly $6.6 trillion" allows 6.54).
 */
function looseInterval(f: Figure): Interval {
  const i = intervalOf(f);
  if (f.qualifier !== 'ABOUT') return i;
  const h = halfUnit(f.surface, f.value);
  return { low: i.low - h, high: i.high + h };
}

/**
 * Two levels of one measure at one time that cannot both hold: the same window — a day, a week ending that day, a
 * month's end — and values apart by more than both roundings allow, and by more
 * than the record itself moves over those days (a week is quoted as its average or its Wednesday level: both can be
 * right). Windows that only overlap ("the end of September" and the week to 1 October) contradict only when the record
 * of those days cannot hold both either; without a record, they are left alone. The arithmetic is in `why`.
 */
function stocksContradicting(earlier: Figure, later: Figure, record?: MeasureRecord): FigureRelation | null {
  if ((earlier.mode === 'CROSSED') !== (later.mode === 'CROSSED')) return crossingContradicting(earlier, later);
  if (earlier.mode === 'CROSSED' || later.mode === 'CROSSED' || isBound(earlier) || isBound(later)) return null;
  const a = looseInterval(earlier);
  const b = looseInterval(later);
  const [low, high] = a.high < b.low ? [a, b] : [b, a];
  const gap = high.low - low.high;
  if (!(gap > 0)) return null;
  const same = sameReadingTime(earlier.window, later.window);
  const union = { start: earlier.window.start < later.window.start ? earlier.window.start : later.window.start, end: earlier.window.end > later.window.end ? earlier.window.end : later.window.end };
  const recorded = record?.(earlier.factorId, earlier.unit, union) ?? null;
  if (!same && !recorded) return null;
  if (recorded && gap <= recorded.high - recorded.low) return null;
  const when = same ? `for the same ${days(union) === 1 ? 'day' : 'time'}` : 'in overlapping windows';
  const record_ = recorded ? `; the record of the measure over ${span({ ...earlier, window: union })} moves only ${formatAmount(recorded.high - recorded.low)} (${formatRange(recorded.low, recorded.high)}: ${recorded.source})` : '; no series of the measure covers those days';
  return {
    kind: 'CONTRADICTS',
    earlier,
    later,
    why: `${show(earlier)} ${rangeOf(earlier, looseInterval(earlier))} and ${show(later)} ${rangeOf(later, looseInterval(later))} cannot both hold: ${formatAmount(high.low)} − ${formatAmount(low.high)} = ${formatAmount(gap)} ${earlier.unit} apart beyond both roundings, ${when} (${span(earlier)}, ${span(later)})${record_}`,
  };
}

/**
 * Whether a level (not a bound) lies short of a line crossed, beyond its rounding ("about" a full unit of its last
 * digit), both on one day: the crossing says the measure was beyond the line that day, the level that it was not.
 */
function shortOfTheLine(level: Figure, crossing: Figure): boolean {
  if (isBound(level) || days(level.window) !== 1 || days(crossing.window) !== 1 || level.window.end !== crossing.window.end) return false;
  const l = looseInterval(level);
  const x = Math.abs(crossing.value);
  return crossing.direction === 'INCREASE' ? l.high < x : crossing.direction === 'DECREASE' ? l.low > x : false;
}

/**
 * A line crossed on a day and a level short of it on the same day cannot both hold (34.99兆美元 "截至7月29日" and "the
 * debt breached US$35 trillion … on Monday (July 29)"): a daily figure beyond a line is beyond it all day. The `why`
 * gives the arithmetic. Both readings are firm (`relateFigures`); a week's crossing and its Wednesday are left alone.
 */
function crossingContradicting(earlier: Figure, later: Figure): FigureRelation | null {
  const [crossing, level] = earlier.mode === 'CROSSED' ? [earlier, later] : [later, earlier];
  if (!shortOfTheLine(level, crossing)) return null;
  const l = looseInterval(level);
  const x = Math.abs(crossing.value);
  const up = crossing.direction === 'INCREASE';
  const apart = up ? x - l.high : l.low - x;
  return {
    kind: 'CONTRADICTS',
    earlier,
    later,
    why: `${show(level)} ${rangeOf(level, l)} and ${show(crossing)} (a line crossed ${up ? 'upwards' : 'downwards'}) cannot both hold: the level is ${formatAmount(apart)} ${level.unit} ${up ? 'below' : 'above'} the line beyond its rounding, on the day the line was crossed (${span(level)})`,
  };
}

/**
 * One reading time: windows of a day or a week ending on the same day (the week ending 22 October and 22 October). A
 * figure dated the next day (a Thursday release) is weighed as a later reading (UPDATES), never as the same time.
 */
function sameReadingTime(a: TimeWindow, b: TimeWindow): boolean {
  if (days(a) > LONGEST_POINT_WINDOW || days(b) > LONGEST_POINT_WINDOW) return false;
  return a.end === b.end;
}

function relateReadings(original: Figure, other: Figure): FigureRelation | null {
  // A figure with no time at all meets others only through its page's anchor (relateTimeless).
  if (original.timeless || other.timeless) return null;
  // Undated figures ("now") are matched over the week before their document's date. A page that states no year is
  // dated by its own latest month and day, the date of its latest figure: its undated figures stay on that day.
  const a = { ...original, window: original.yearless ? original.window : matchWindow(original) };
  const b = { ...other, window: other.yearless ? other.window : matchWindow(other) };
  if (a.documentId === b.documentId || a.factorId !== b.factorId || a.unit !== b.unit) return null;
  // A base level dated only by its document ("from about 300 billion" three months back) has no window to match in;
  // a target or a typical level is not a reading: it meets only another aim, and only as the same figure.
  const sa = a.stance ?? 'OBSERVATION';
  const sb = b.stance ?? 'OBSERVATION';
  if (sa === 'UNDATED_BASE' || sb === 'UNDATED_BASE' || sa !== sb) return null;
  if (a.yearless || b.yearless) {
    // Without a year, the same month and day may be another year's: only figures unlikely to meet by chance are
    // weighed (a number written with three significant digits or more, or a line crossed or stated as a bound).
    if (sa === 'AIM' || !weighedWithoutYear(a, b)) return null;
    if (a.yearless && b.yearless) {
      // Neither page states the year: the same month and day are read as the same year. The same figure, or a
      // later reading within a month (beyond that, a year's doubt outweighs the sequence); never a contradiction.
      const r = relateObserved(a, b);
      if (r?.kind === 'UPDATES' && gapDays(r.earlier.window, r.later.window) <= YEARLESS_UPDATE_GAP_DAYS) return { ...r, why: `${r.why}; neither document states the year: the same month and day are read as the same year` };
      return r?.kind === 'SAME_FIGURE' ? { ...r, why: `${r.why}; neither document states the year: the same month and day are read as the same year` } : null;
    }
    // One page states no year, the other does: its month and day are read in the dated figure's year (or the one
    // before or after, whichever is nearest). Only the same figure: anything else would rest on the year.
    // A line crossed on the page's date is an event that happened by then ("攀升至1万亿美元关口" on a page whose latest
    // date is 11月5日): beside a dated figure it reaches back the week, as a dated page's "now" does.
    const placed = (y: Figure, d: Figure) => nearestYear(y.mode === 'CROSSED' ? matchWindow(y) : y.window, d.window);
    // A level merely beyond a round line says nothing of the year: 2.98 trillion is below 3 trillion in many years. Only
    // the line itself (the same line, or a level naming it) meets a line across an unknown year.
    const r = a.yearless ? relateObserved({ ...a, window: placed(a, b) }, b, false, false) : relateObserved(a, { ...b, window: placed(b, a) }, false, false);
    return r?.kind === 'SAME_FIGURE' ? { ...r, why: `${r.why}; one document states no year: its month and day are read in the year of the other figure` } : null;
  }
  if (sa === 'AIM') {
    const r = relateObserved(a, b);
    return r?.kind === 'SAME_FIGURE' ? { ...r, why: `${r.why}; both are aims (a target, a forecast or a typical level), not readings` } : null;
  }
  // Windows that meet only through the undated figure's week of slack: the same figure only when the numbers agree to
  // the finer figure's rounding (below).
  return relateObserved(a, b, sharedDays(original.window, other.window) === 0);
}

/**
 * `soft`: the windows meet only because an undated figure reaches back a week. Then, as for a week's level and its
 * release a day apart, the soft date must be carried by the numbers: they agree to the finer figure's rounding
 * (9427億 "now" on 6 November is not the "$1 trillion" of 31 October, though 1 trillion rounds anything from 0.5 to
 * 1.5 trillion; it is the later reading).
 */
function relateObserved(a: Figure, b: Figure, soft = false, beyondLine = true): FigureRelation | null {
  const fa = familyOf(a);
  const fb = familyOf(b);
  if (!fa || !fb) return null;
  const [earlier, later] = a.window.end < b.window.end || (a.window.end === b.window.end && a.quantityId <= b.quantityId) ? [a, b] : [b, a];
  const shared = sharedDays(a.window, b.window);
  const stocks = new Set<Family>(['STOCK', 'LINE']);
  if (stocks.has(fa) && stocks.has(fb)) {
    if (days(a.window) > LONGEST_STOCK_WINDOW || days(b.window) > LONGEST_STOCK_WINDOW) {
      // A level over a long period (a year, "in 1984") may be its average, its peak or its close: only the same period
      // and the same precise number (three significant digits or more) say the same thing ("about $907 billion" in 1984).
      const samePeriod = a.window.start === b.window.start && a.window.end === b.window.end;
      return samePeriod && fa === 'STOCK' && fb === 'STOCK' && precise(a) && precise(b) && agreeing(a, b) ? same(earlier, later) : null;
    }
    if (shared > 0) {
      const r = relateStocksAtOnce(earlier, later, fa === 'LINE' || fb === 'LINE', beyondLine, soft);
      if (r?.kind === 'SAME_FIGURE') return r;
      // An undated "now" figure (目前, "stands now") reaches back a week only to meet the same figure. Beside a
      // different one dated in its text before the document's date, it is the later reading, not a contradiction.
      const [dated, now] = a.timeSource === 'DOCUMENT_DATE' ? [b, a] : [a, b];
      if (now.timeSource === 'DOCUMENT_DATE' && dated.timeSource === 'TEXT' && dated.window.end < now.window.end) {
        return { kind: 'UPDATES', earlier: dated, later: now, why: `${show(now)} (undated: its document's date, ${now.window.end}) is a later reading of the same measure than ${show(dated)} (${span(dated)})` };
      }
      // A contradiction needs both windows firm. Two undated figures that disagree (a level, a line not reached),
      // of documents written on different days, are the later document's reading after the earlier's (9427億 "now" on 6 November after 逾1兆 "now" on 5
      // November); written the same day, or one dated by a window that ends later, nothing is said.
      if (a.timeSource === 'DOCUMENT_DATE' || b.timeSource === 'DOCUMENT_DATE') {
        if (a.timeSource === 'DOCUMENT_DATE' && b.timeSource === 'DOCUMENT_DATE' && earlier.window.end < later.window.end) {
          return { kind: 'UPDATES', earlier, later, why: `${show(later)} (undated: its document's date, ${later.window.end}) is a later reading of the same measure than ${show(earlier)} (undated: its document's date, ${earlier.window.end})` };
        }
        return null;
      }
      return r;
    }
    const gap = gapDays(earlier.window, later.window);
    // The same statement only: a level beyond a line crossed a day earlier ("fell below $3 trillion" in the week to
    // 30 September, 2.98 trillion on 1 October) is the next week's news, not the same figure.
    if (gap <= RELEASE_LAG_DAYS && days(earlier.window) <= RELEASE_WINDOW_DAYS && days(later.window) === 1) {
      const r = relateStocksAtOnce(earlier, later, fa === 'LINE' || fb === 'LINE', false, true);
      if (r?.kind === 'SAME_FIGURE') return { ...r, why: `${r.why.replace('in overlapping windows', 'in windows a day apart')} (a week's level and its release the next day)` };
    }
    // A later figure dated only by its document that agrees with the earlier one restates it ("the TGA, above $1
    // trillion" a fortnight after it crossed the line): not a new reading, so not an update.
    if (later.timeSource === 'DOCUMENT_DATE' && relateStocksAtOnce(earlier, later, fa === 'LINE' || fb === 'LINE')?.kind === 'SAME_FIGURE') return null;
    // Nor is a later figure that says nothing the earlier did not, whatever its date (`restates`).
    if (restates(earlier, later)) return null;
    if (gap <= UPDATE_GAP_DAYS) {
      return { kind: 'UPDATES', earlier, later, why: `${show(later)} (${span(later)}) is a later reading of the same measure than ${show(earlier)} (${span(earlier)}), ${gapDays(earlier.window, later.window)} days on` };
    }
    return null;
  }
  if (fa !== fb || shared === 0) return null;
  if (fa === 'EXTREMUM') return agreeing(a, b) ? same(earlier, later) : null;
  if (fa === 'FLOW' && a.period !== b.period) return null;
  // A change dated only by its page ("reserves have fallen by about $270 billion", its period unstated) beside a change
  // whose window ends in the page's week (2700亿美元 since 26 June, to 18 December): the same change when the numbers
  // agree to the finer rounding, in the same direction where both say one — the period is the dated figure's.
  const undated = (f: Figure) => f.timeSource === 'DOCUMENT_DATE';
  if (fa === 'CHANGE' && undated(a) !== undated(b)) {
    const [u, d] = undated(a) ? [a, b] : [b, a];
    const sameWay = !u.direction || !d.direction || u.direction === d.direction;
    if (sameWay && d.window.end >= u.window.start && d.window.end <= u.window.end && agreeingPrecisely(u, d)) {
      return { kind: 'SAME_FIGURE', earlier, later, why: `${show(u)} ${range(u)} and ${show(d)} ${range(d)} agree to the finer rounding: ${show(u)} states no period (its document's date, ${u.window.end}), and ${show(d)}'s (${span(d)}) ends then` };
    }
  }
  // Changes, flows and shares: the same quantity only over nearly the same window (a week's fall is not a month's).
  const share = shared / Math.max(days(a.window), days(b.window));
  if (share < SAME_PERIOD_SHARE) return fa === 'CHANGE' ? sameChangeWithin(a, b, earlier, later) : null;
  // A contradiction needs both windows firm: a change dated only by its document may be of another period.
  const firm = a.timeSource !== 'DOCUMENT_DATE' && b.timeSource !== 'DOCUMENT_DATE';
  if (fa === 'CHANGE' && a.direction && b.direction && a.direction !== b.direction) {
    // A week's change of the average and of the Wednesday level can go opposite ways: only longer windows contradict.
    if (!firm || days(a.window) <= RELEASE_WINDOW_DAYS || days(b.window) <= RELEASE_WINDOW_DAYS) return null;
    return share >= CONTRADICTING_PERIOD_SHARE
      ? { kind: 'CONTRADICTS', earlier, later, why: `${show(a)} is ${a.direction === 'INCREASE' ? 'a rise' : 'a fall'} and ${show(b)} ${b.direction === 'INCREASE' ? 'a rise' : 'a fall'} over the same window (${span(a)}, ${span(b)})` }
      : null;
  }
  if (agreeing(a, b)) return same(earlier, later);
  // Two bounds on one side ("more than 500 billion", "more than 700 billion") can both hold. Two changes of one
  // direction and different sizes can too: the change of a week average and of a Wednesday level differ.
  if (fa === 'CHANGE' || isBound(a) || isBound(b) || share < CONTRADICTING_PERIOD_SHARE || !firm) return null;
  return contradicts(earlier, later);
}

/**
 * A change whose window lies within the other's, both ending on the same day, is the same change when the numbers say
 * so precisely: both written with three significant digits or more, agreeing to the finer rounding, the same way
 * ("$40.1 billion" over the fortnight to 18 December as one page's reading dates it, 401亿美元 over the week to 18
 * December; "$2.42 trillion" of QT to 22 October and 2.42万亿美元 since April 2022 to 22 October). One window is the
 * other's misread start: a week's and a fortnight's change, or a week's and three years', that agree to three digits
 * are not chance. Both dated in their own words (not by a page's date), never a round number, never a contradiction.
 */
function sameChangeWithin(a: Figure, b: Figure, earlier: Figure, later: Figure): FigureRelation | null {
  const within = (x: TimeWindow, y: TimeWindow) => y.start <= x.start && x.end <= y.end;
  if (a.window.end !== b.window.end || !(within(a.window, b.window) || within(b.window, a.window))) return null;
  if (a.timeSource !== 'TEXT' || b.timeSource !== 'TEXT' || !precise(a) || !precise(b) || !a.direction || a.direction !== b.direction || !agreeingPrecisely(a, b)) return null;
  return { kind: 'SAME_FIGURE', earlier, later, why: `${show(a)} ${range(a)} and ${show(b)} ${range(b)} agree to the finer rounding, the same way, over windows ending the same day, one within the other (${span(a)}, ${span(b)}): the same change, one window's start misread` };
}

/**
 * Whether a later figure of a stock, in a window after the earlier's, only restates it — so is no later reading:
 * - the same line crossed the same way: one event, reported on another day or put on another day (34萬億 on
 *   2023年12月29日 and "exceeded $34 trillion for the first time" on January 3, 2024) — an update of an event by
 *   itself says nothing, and which day is right is for an editor;
 * - a line crossed, or a bound, that the earlier figure already lies beyond ($34,001,493,655,565.48 on 29 December,
 *   then "exceeded $34 trillion" on 3 January): the later figure says less than the earlier did.
 * A later level is always a reading of its own (2.85 trillion, then 2.85 trillion a week on; 35.966 trillion, then
 * 36兆 the next day; "crossed 38万亿" on 22 October, then "about $38 trillion" in November: the labels' rule).
 */
function restates(earlier: Figure, later: Figure): boolean {
  if (earlier.mode === 'CROSSED' && later.mode === 'CROSSED') return earlier.direction === later.direction && sameLine(earlier, later);
  if (later.mode === 'CROSSED' || isBound(later)) return relateStocksAtOnce(earlier, later, true)?.kind === 'SAME_FIGURE';
  if (earlier.mode === 'CROSSED' || isBound(earlier)) return false;
  // Within a week, a later figure coarser than the earlier that holds it says nothing new: a range around it ("$38.0–38.09
  // trillion" five days after $38.09 trillion), or a round "about" ("about $38 trillion"). Further on, a later round
  // figure is a reading of its own (the labels' rule: "about $38 trillion" in November after 38.02 on 21 October).
  if (gapDays(earlier.window, later.window) <= RELEASE_WINDOW_DAYS && earlier.upper === null) {
    const v = Math.abs(earlier.value);
    if (later.upper !== null && Math.abs(later.value) <= v && v <= Math.abs(later.upper)) return true;
    if (later.qualifier === 'ABOUT' && significantDigits(later.surface) <= 2 && agreeing(earlier, later)) return true;
  }
  // The same value written with four significant digits or more, at two times more than a week apart: a measure that
  // moves does not come back to the same four digits — one reading, one of its dates misread ("$2.554 trillion", the
  // ON RRP's record, dated 30 September in one page and 30 December in another). Not an update; an editor may join them.
  if (later.upper === null && significantDigits(earlier.surface) >= SAME_DIGITS && significantDigits(later.surface) >= SAME_DIGITS && gapDays(earlier.window, later.window) > RELEASE_WINDOW_DAYS && agreeingPrecisely(earlier, later)) return true;
  return false;
}

/** Digits that make two equal values one reading rather than a measure's return to a level (`restates`). */
const SAME_DIGITS = 4;

/**
 * Two readings of a stock over overlapping windows: a level, a level reached or a line crossed. `beyondLine`: whether
 * a level beyond a line crossed agrees with the crossing (not when they are a day apart, below).
 */
function relateStocksAtOnce(earlier: Figure, later: Figure, line: boolean, beyondLine = true, precisely = false): FigureRelation | null {
  if (earlier.mode === 'CROSSED' && later.mode === 'CROSSED') {
    // The same line crossed the same way is the same event; anything else is left to an editor.
    return earlier.direction === later.direction && sameLine(earlier, later) ? same(earlier, later) : null;
  }
  if (line) {
    // A level beyond the line crossed agrees with the crossing ("broke below 3 trillion" and "2.93 trillion"). A line
    // is a round number by nature: 突破1兆 names 1 trillion exactly, not 0.5–1.5 trillion.
    const [crossing, level] = earlier.mode === 'CROSSED' ? [earlier, later] : [later, earlier];
    // "above 1 trillion" (逾1兆) beside "broke through 1 trillion" (突破1兆): the same line, on the same side.
    const side = isBound(level);
    if (side && sameLine(level, crossing) && (side === 'LOWER' ? crossing.direction === 'INCREASE' : crossing.direction === 'DECREASE')) {
      return { kind: 'SAME_FIGURE', earlier, later, why: `${show(level)} is ${side === 'LOWER' ? 'above' : 'below'} the line ${show(crossing)} was crossed at, in overlapping windows (${span(earlier)}, ${span(later)})` };
    }
    // A level written as the line itself ("reserves at $3 trillion" beside "fell below $3 trillion"): the same figure.
    if (!side && (level.qualifier === null || level.qualifier === 'ABOUT') && namesLine(level, crossing)) {
      return { kind: 'SAME_FIGURE', earlier, later, why: `${show(level)} names the line ${show(crossing)} was crossed at, in overlapping windows (${span(earlier)}, ${span(later)})` };
    }
    if (!beyondLine) return null;
    const l = intervalOf(level);
    const x = Math.abs(crossing.value);
    const beyond = crossing.direction === 'DECREASE' ? l.high <= x : crossing.direction === 'INCREASE' ? l.low >= x : false;
    if (beyond) return { kind: 'SAME_FIGURE', earlier, later, why: `${show(level)} lies ${crossing.direction === 'DECREASE' ? 'below' : 'above'} the line ${show(crossing)} was crossed at, in overlapping windows (${span(earlier)}, ${span(later)})` };
    // A level short of the line on the very day it was crossed (34.99兆 "as of 29 July", "breached $35 trillion on
    // Monday, July 29"): a candidate contradiction, weighed as any (firm readings, `crossingContradicting`).
    return !side && shortOfTheLine(level, crossing) ? { kind: 'CONTRADICTS', earlier, later, why: '' } : null;
  }
  if (precisely ? agreeingPrecisely(earlier, later) : agreeing(earlier, later)) return same(earlier, later);
  if (precisely) return null;
  if (days(earlier.window) > LONGEST_POINT_WINDOW || days(later.window) > LONGEST_POINT_WINDOW) return null;
  return contradicts(earlier, later);
}

/**
 * Whether two figures' values can be the same: their intervals meet. Two bounds on the same side ("more than 500
 * billion", "more than 700 billion") always meet, and say nothing alike: they agree only when their numbers do.
 */
function agreeing(a: Figure, b: Figure): boolean {
  const sa = isBound(a);
  const sb = isBound(b);
  if (sa && sa === sb) return meets(intervalOf({ ...a, qualifier: null }), intervalOf({ ...b, qualifier: null }));
  if (!meets(intervalOf(a), intervalOf(b))) return false;
  // A bound beside a value: the value beyond the line, and near it — "just over $36.03 trillion" is not the same
  // figure as 54 trillion, though 54 is more than 36.03.
  const [bound, value] = sa && !sb ? [a, b] : sb && !sa ? [b, a] : [null, null];
  return !bound || !value || nearTheLine(bound, value);
}

/** How far beyond a bound's line a value may lie and still be the figure the bound speaks of (a tenth of the line). */
const BOUND_REACH = 0.1;
function nearTheLine(bound: Figure, value: Figure): boolean {
  const x = Math.abs(bound.value);
  const v = intervalOf({ ...value, qualifier: value.qualifier === 'NEARLY' ? 'NEARLY' : null });
  return isBound(bound) === 'LOWER' ? v.low <= x * (1 + BOUND_REACH) : v.high >= x * (1 - BOUND_REACH);
}

/**
 * Whether two values agree to the finer one's rounding: 9838.6億 and "$1 trillion" meet within the rounding of a
 * round trillion (0.5–1.5 trillion), not within 9838.55–9838.65億. For two figures whose dates are a day apart or
 * meet only through an undated figure's slack, where the numbers must carry what the dates do not.
 */
function agreeingPrecisely(a: Figure, b: Figure): boolean {
  if (a.qualifier === 'NEARLY' || b.qualifier === 'NEARLY' || (isBound(a) && isBound(b))) return agreeing(a, b);
  const h = Math.min(halfUnit(a.surface, a.value), halfUnit(b.surface, b.value));
  const at = (f: Figure): Interval => ({ low: Math.abs(f.value) - h, high: (f.upper !== null ? Math.abs(f.upper) : Math.abs(f.value)) + h });
  // A bound beside a value: the value, to the finer rounding, on the bound's side of its line (36兆 on 15 November is
  // not "just over $36,034,994,586,981" on 21 November: 36 trillion to the dollar is below that line).
  const side = (f: Figure, bound: 'LOWER' | 'UPPER'): Interval => (bound === 'LOWER' ? { low: Math.abs(f.value), high: Infinity } : { low: -Infinity, high: Math.abs(f.upper ?? f.value) });
  const ba = isBound(a);
  const bb = isBound(b);
  if (ba) return meets(side(a, ba), at(b)) && nearTheLine(a, b);
  if (bb) return meets(at(a), side(b, bb)) && nearTheLine(b, a);
  return meets(at(a), at(b));
}

/** Two lines crossed are the same line when their numbers are (to a thousandth). */
const sameLine = (a: Figure, b: Figure) => Math.abs(Math.abs(a.value) - Math.abs(b.value)) <= 1e-3 * Math.max(Math.abs(a.value), Math.abs(b.value));

/**
 * Whether a level is written as the line itself: the line lies within the level's own rounding ("$3.0 trillion" names
 * the line of 3 trillion), or the level lies within a thousandth of the line on the side it was crossed to
 * (38019813354700.26美元 beside 突破38萬億). 34.99兆 beside 35兆 crossed upwards does not name it: it says the line
 * is not reached yet.
 */
const namesLine = (level: Figure, crossing: Figure) => {
  const i = intervalOf({ ...level, qualifier: null });
  const x = Math.abs(crossing.value);
  if (i.low <= x && x <= i.high) return true;
  const v = Math.abs(level.value);
  const beyond = crossing.direction === 'INCREASE' ? v >= x : crossing.direction === 'DECREASE' ? v <= x : false;
  return beyond && sameLine(level, crossing);
};

function same(earlier: Figure, later: Figure): FigureRelation {
  return { kind: 'SAME_FIGURE', earlier, later, why: `${show(earlier)} ${range(earlier)} and ${show(later)} ${range(later)} agree within their rounding, in overlapping windows (${span(earlier)}, ${span(later)})` };
}

function contradicts(earlier: Figure, later: Figure): FigureRelation {
  const a = intervalOf(earlier);
  const b = intervalOf(later);
  const [low, high] = a.high < b.low ? [a, b] : [b, a];
  const apart = Number.isFinite(high.low) && Number.isFinite(low.high) ? `${formatAmount(high.low)} − ${formatAmount(low.high)} = ${formatAmount(high.low - low.high)} ${earlier.unit} apart beyond both roundings` : 'the values do not meet within their rounding';
  return { kind: 'CONTRADICTS', earlier, later, why: `${show(earlier)} ${range(earlier)} and ${show(later)} ${range(later)} cannot both hold: ${apart}, and the windows overlap (${span(earlier)}, ${span(later)})` };
}

/** A year-less window (year 1000, src/ingest/yearless-windows.ts) moved into the year nearest to `dated`. */
function nearestYear(yearless: TimeWindow, dated: TimeWindow): TimeWindow {
  const shift = (iso: string, years: number) => `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
  const base = Number(dated.end.slice(0, 4)) - 1000;
  const distance = (w: TimeWindow) => Math.abs(Date.parse(w.start) + Date.parse(w.end) - Date.parse(dated.start) - Date.parse(dated.end));
  return [base - 1, base, base + 1]
    .map((k) => ({ start: shift(yearless.start, k), end: shift(yearless.end, k) }))
    .reduce((best, w) => (distance(w) < distance(best) ? w : best));
}

/** A year-less window shows its months and days only (--10-01). */
const day = (f: Figure, iso: string) => (f.yearless ? `--${iso.slice(5)}` : iso);
const span = (f: Figure) => (f.window.start === f.window.end ? day(f, f.window.start) : `${day(f, f.window.start)}..${day(f, f.window.end)}`);
const show = (f: Figure) => `“${f.surface}”`;

const SCALES: [number, string][] = [[1e12, ' trillion'], [1e9, ' billion'], [1e6, ' million'], [1, '']];
const scaleOf = (v: number) => SCALES.find(([d]) => Math.abs(v) >= d) ?? [1, ''];
const digits = (v: number, d: number) => `${Number((v / d).toPrecision(6))}`;

/** An amount in words a reader checks at a glance: 2.93 trillion, 401 billion. */
export function formatAmount(v: number, _unit?: string): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const [d, word] = scaleOf(v);
  return `${digits(v, d)}${word}`;
}

/** A closed range in one scale where it can be: 2.975–2.985 trillion. */
export function formatRange(low: number, high: number): string {
  const [d, word] = scaleOf(Math.max(Math.abs(low), Math.abs(high)));
  return `${digits(low, d)}–${digits(high, d)}${word}`;
}

function range(f: Figure): string {
  return rangeOf(f, intervalOf(f));
}

function rangeOf(f: Figure, i: Interval): string {
  const u = f.unit;
  if (i.high === Infinity) return `(at least ${formatAmount(i.low)} ${u})`;
  if (i.low === -Infinity) return `(at most ${formatAmount(i.high)} ${u})`;
  return `(${formatRange(i.low, i.high)} ${u})`;
}

/** The key of a figure's group in `relateAll`: its factor and unit (only figures of one group can relate). */
const groupKey = (f: Pick<Figure, 'factorId' | 'unit'>) => `${f.factorId}\u0000${f.unit}`;

/**
 * Every relation among `figures` that involves at least one figure of `focus` (every relation when `focus` is
 * absent). Figures are grouped by factor and unit and sorted by window, so a pair is only weighed when its windows
 * come within a quarter of each other: the cost follows the pairs that can relate, not all pairs.
 */
export function relateAll(figures: readonly Figure[], focus?: ReadonlySet<string>, record?: MeasureRecord): FigureRelation[] {
  const groups = new Map<string, Figure[]>();
  const found: FigureRelation[] = relateTimeless(figures, focus);
  for (const f of figures) {
    if (f.timeless) continue;
    const key = groupKey(f);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const weigh = (a: Figure, b: Figure) => {
    if (focus && !focus.has(a.documentId) && !focus.has(b.documentId)) return;
    const r = relateFigures(a, b, record);
    if (r) found.push(r);
  };
  for (const group of groups.values()) {
    group.sort((x, y) => (x.window.start < y.window.start ? -1 : x.window.start > y.window.start ? 1 : 0));
    for (let i = 0; i < group.length; i++) {
      const a = group[i] as Figure;
      const reach = shiftDays(a.window.end, UPDATE_GAP_DAYS + UNDATED_SLACK_DAYS + 1);
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j] as Figure;
        if (b.window.start > reach) break;
        weigh(a, b);
      }
    }
    // A year-less figure meets a dated one by its month and day, in any year: only precise figures and lines can,
    // and pages that state no year are few, so these pairs are weighed one by one.
    const yearless = group.filter((f) => f.yearless);
    if (yearless.length) for (const y of yearless) for (const d of group) if (!d.yearless && weighedWithoutYear(y, d)) weigh(y, d);
  }
  found.push(...relateCorroborated(figures, found, focus));
  found.push(...relateRecordCrossings(figures, found, focus, record));
  // The year of a page that states none is confirmed by every figure weighed here, not only the focus document's: a
  // page confirmed by a document ingested earlier meets the one ingested now (ingest and `claimgraph match` agree).
  const evidence = focus ? [...found, ...yearlessTwins(figures, groups, record), ...relateCorroborated(figures, [])] : found;
  found.push(...relateConfirmedYears(figures, evidence, found, groups, focus, record));
  // With a focus document, the updates its figures' twins take part in among other documents (directly, or through a
  // page's confirmed year) are weighed too, so an update passes through a twin whichever document came last.
  const more = focus ? [...partnerUpdates(found, groups, focus, record), ...relateConfirmedYears(figures, evidence, [], groups, undefined, record)] : [];
  found.push(...relateThroughTwins(figures, found, focus ? [...evidence, ...datedTwins(found, groups, record)] : found, more, focus, record));
  return found;
}

/**
 * The twins of a figure, and their kin: the figures of other documents in its group that `relateFigures` relates to
 * it as `kind` (SAME_FIGURE: its twins; UPDATES: the readings earlier or later than it), among those `eligible` lets
 * through. One walk for every step that follows a relation through a third document (`datedTwins`,
 * `partnerUpdates`).
 */
function relatedInGroup(f: Figure, kind: RelationKind, groups: ReadonlyMap<string, Figure[]>, eligible: (x: Figure) => boolean, record?: MeasureRecord): FigureRelation[] {
  const out: FigureRelation[] = [];
  for (const x of groups.get(groupKey(f)) ?? []) {
    if (x.documentId === f.documentId || !eligible(x)) continue;
    const r = relateFigures(f, x, record);
    if (r?.kind === kind) out.push(r);
  }
  return out;
}

/** Each figure's twins (the other side of every SAME_FIGURE among `evidence`), as the figures of `byId` where known. */
function twinsOf(evidence: readonly FigureRelation[], byId: ReadonlyMap<string, Figure>): Map<string, Figure[]> {
  const twins = new Map<string, Figure[]>();
  for (const r of evidence) {
    if (r.kind !== 'SAME_FIGURE') continue;
    for (const [x, y] of [[r.earlier, r.later], [r.later, r.earlier]] as const) {
      const list = twins.get(x.quantityId) ?? twins.set(x.quantityId, []).get(x.quantityId)!;
      if (!list.some((t) => t.quantityId === y.quantityId)) list.push(byId.get(y.quantityId) ?? y);
    }
  }
  return twins;
}

/**
 * The same figures of the sides of every update, among dated figures of other documents (the twins `relateAll`
 * weighs only with a focus document): so a figure the same as one side meets the other side whichever document was
 * ingested last.
 */
function datedTwins(found: readonly FigureRelation[], groups: ReadonlyMap<string, Figure[]>, record?: MeasureRecord): FigureRelation[] {
  const out: FigureRelation[] = [];
  const seen = new Set<string>();
  for (const r of found) {
    if (r.kind !== 'UPDATES') continue;
    for (const side of [r.earlier, r.later]) {
      if (seen.has(side.quantityId)) continue;
      seen.add(side.quantityId);
      out.push(...relatedInGroup(side, 'SAME_FIGURE', groups, datedFigure, record));
    }
  }
  return out;
}

/**
 * The updates of the twins of the focus documents' figures, among other documents (which `relateAll` weighs only
 * with a focus document): so a figure ingested after both sides of an update meets the side its twin does not.
 */
function partnerUpdates(found: readonly FigureRelation[], groups: ReadonlyMap<string, Figure[]>, focus: ReadonlySet<string>, record?: MeasureRecord): FigureRelation[] {
  const out: FigureRelation[] = [];
  const seen = new Set<string>();
  for (const r of found) {
    if (r.kind !== 'SAME_FIGURE') continue;
    for (const [own, partner] of [[r.earlier, r.later], [r.later, r.earlier]] as const) {
      if (!focus.has(own.documentId) || focus.has(partner.documentId) || !datedFigure(partner) || seen.has(partner.quantityId)) continue;
      seen.add(partner.quantityId);
      out.push(...relatedInGroup(partner, 'UPDATES', groups, (x) => !focus.has(x.documentId), record));
    }
  }
  return out;
}

/**
 * Later readings through the same figure: when B is a later reading than A (an update between firm readings), a
 * figure of a third document that is the same figure as A is earlier than B too, and one that is the same figure as B
 * is later than A — the same reading, stated elsewhere, with whatever doubt its own page left (dated only by its page,
 * a page that states no year or no date: the numbers placed it beside its twin). One step only, updates only (a
 * contradiction rests on the exact values of both sides, not on a twin's), and each proposed pair is weighed as an
 * update would be: no direct relation between the two, the twin's own window (where it has one) on the right side of
 * the other figure's, nothing restated, nothing beyond the record. The `why` names the twin and the update.
 */
function relateThroughTwins(figures: readonly Figure[], found: readonly FigureRelation[], evidence: readonly FigureRelation[], more: readonly FigureRelation[], focus?: ReadonlySet<string>, record?: MeasureRecord): FigureRelation[] {
  const byId = new Map(figures.map((f) => [f.quantityId, f]));
  const key = (a: Figure, b: Figure) => [a.quantityId, b.quantityId].sort().join('|');
  const related = new Set(found.map((r) => key(r.earlier, r.later)));
  const twins = twinsOf(evidence, byId);
  const out: FigureRelation[] = [];
  for (const u of [...found, ...more]) {
    if (u.kind !== 'UPDATES') continue;
    for (const [side, other, twinIsEarlier] of [[u.earlier, u.later, true], [u.later, u.earlier, false]] as const) {
      for (const twin of twins.get(side.quantityId) ?? []) {
        // A twin whose page states no year, or no date at all, was placed beside the side by its numbers (a precise
        // figure or a line on the same month and day, or a page's figures meeting twins in one fortnight): it is the
        // side's reading, stated where the year or the day is missing, and the side's update holds for it as for the side.
        if (twin.documentId === other.documentId || twin.quantityId === other.quantityId || related.has(key(twin, other))) continue;
        // With a focus document, the chains it takes part in: as the twin, the update's other side, or the side.
        if (focus && !focus.has(twin.documentId) && !focus.has(other.documentId) && !focus.has(side.documentId)) continue;
        const [earlier, later] = twinIsEarlier ? [twin, other] : [other, twin];
        if (datedFigure(twin) && !(matchWindow(earlier).end < later.window.end && earlier.window.start < later.window.start)) continue;
        if (restates(earlier, later)) continue;
        const r: FigureRelation = { kind: 'UPDATES', earlier, later, why: '' };
        if (beyondTheRecord({ ...r, earlier: datedFigure(earlier) ? earlier : { ...earlier, window: side.window }, later: datedFigure(later) ? later : { ...later, window: side.window } }, record)) continue;
        related.add(key(twin, other));
        out.push({ ...r, ...restingOn(r, [side.documentId, ...(u.restsOn ?? [])]), why: `${show(later)} is a later reading of the same measure than ${show(earlier)}: ${show(twin)} is the same figure as ${show(side)} (${span(side)}), and ${twinIsEarlier ? `${show(other)} (${span(other)}) is a later reading than ${show(side)}` : `${show(side)} is a later reading than ${show(other)} (${span(other)})`} (${u.why})` });
      }
    }
  }
  return out;
}

/** Every year-less figure's same figure among dated ones (the year-less weighing of relateAll, with no focus). */
function yearlessTwins(figures: readonly Figure[], groups: ReadonlyMap<string, Figure[]>, record?: MeasureRecord): FigureRelation[] {
  const out: FigureRelation[] = [];
  for (const group of groups.values()) {
    for (const y of group) {
      if (!y.yearless) continue;
      for (const d of group) {
        if (d.yearless || !weighedWithoutYear(y, d)) continue;
        const r = relateFigures(y, d, record);
        if (r?.kind === 'SAME_FIGURE') out.push(r);
      }
    }
  }
  return out;
}

/** Two pages, one of which states no year, corroborate each other when they agree on the same day on this many measures. */
const CORROBORATING_MEASURES = 2;

/**
 * Round figures of pages that state no year, corroborated by their page. A round figure ("$3.0 trillion" of reserves
 * on 10月8日) alone is never weighed without its year: the same round number on the same month and day of another year
 * is not unlikely. Two pages that agree on the same day on figures of **two measures or more** (reserves about 3
 * trillion and the TGA about 800 billion, both on 8 October: a speech and its reports, a release and its translations)
 * are the same reading, and that is unlikely by chance: their agreeing figures are proposed as the same figure, round
 * ones too. Each figure is a level, a level reached or a line crossed at a time (a day or a week) of the same day —
 * read in the dated page's year when one page states it (one year for all of them) — agreeing within its rounding;
 * a level beyond a line does not count. Only the same figure: an update or a contradiction would still rest on the
 * year (a page's year is confirmed by its figures in relateConfirmedYears, where these count as confirmations). With
 * `focus`, the pairs of pages one of which is a focus document.
 */
function relateCorroborated(figures: readonly Figure[], found: readonly FigureRelation[], focus?: ReadonlySet<string>): FigureRelation[] {
  const point = (f: Figure) => !f.timeless && (f.stance ?? 'OBSERVATION') === 'OBSERVATION' && (f.mode === 'LEVEL' || f.mode === 'REACHED' || f.mode === 'CROSSED') && days(f.window) <= LONGEST_POINT_WINDOW;
  const byDoc = new Map<string, Figure[]>();
  for (const f of figures) if (point(f)) (byDoc.get(f.documentId) ?? byDoc.set(f.documentId, []).get(f.documentId)!).push(f);
  const yearless = [...byDoc.keys()].filter((d) => byDoc.get(d)!.some((f) => f.yearless));
  if (!yearless.length) return [];
  const related = new Set(found.map((r) => [r.earlier.quantityId, r.later.quantityId].sort().join('|')));
  const out: FigureRelation[] = [];
  for (const a of yearless) {
    const own = byDoc.get(a)!.filter((f) => f.yearless);
    for (const [b, theirs] of byDoc) {
      // Each pair of pages once: a year-less page with every dated page, and with the year-less pages after it.
      if (b === a || (yearless.includes(b) && b < a) || (focus && !focus.has(a) && !focus.has(b))) continue;
      const agreeing: { x: Figure; y: Figure; r: FigureRelation; year: string }[] = [];
      for (const x of own) {
        for (const y of theirs) {
          if (x.factorId !== y.factorId || x.unit !== y.unit) continue;
          const placed = y.yearless ? x.window : nearestYear(x.window, y.window);
          if (sharedDays(placed, y.window) === 0) continue;
          const px = { ...x, window: placed };
          const [earlier, later] = px.window.end < y.window.end || (px.window.end === y.window.end && px.quantityId <= y.quantityId) ? [px, y] : [y, px];
          const r = relateStocksAtOnce(earlier, later, x.mode === 'CROSSED' || y.mode === 'CROSSED', false);
          if (r?.kind === 'SAME_FIGURE') agreeing.push({ x, y, r, year: y.yearless ? '' : placed.end.slice(0, 4) });
        }
      }
      if (new Set(agreeing.map((g) => g.year)).size !== 1) continue;
      const measures = new Set(agreeing.map((g) => g.x.factorId));
      if (measures.size < CORROBORATING_MEASURES) continue;
      const list = agreeing.map((g) => `${show(g.x)} and ${show(g.y)}`).join(', ');
      for (const { x, y, r } of agreeing) {
        const key = [x.quantityId, y.quantityId].sort().join('|');
        if (related.has(key)) continue;
        related.add(key);
        out.push({ ...r, why: `${r.why}; ${y.yearless ? 'neither document states the year' : 'one document states no year'}, and the two pages agree on the same day on ${measures.size} measures (${list}): one reading, read in ${y.yearless ? 'one year' : `the year of the other (${agreeing[0]!.year})`}` });
      }
    }
  }
  return out;
}

/** A year is confirmed only by figures precise enough not to meet by chance, and not by a line (a round number). */
const confirming = (f: Figure) => precise(f) && !line(f);

/** How far either side of its days a year-less figure is looked for in the record (a week's average, a weekend). */
const RECORD_YEAR_SLACK_DAYS = 3;
/** The years a year-less figure is looked for in (the shipped record starts in the 1990s). */
const RECORD_YEARS = { from: 1990, to: 2040 } as const;
/** A year the record alone gives means something only when the record covers the figure's days in this many years. */
const RECORD_YEARS_COVERED = 5;

/** Where a page's year comes from: the record, or the twins of its figures. */
interface YearFromRecord {
  year: number;
  /** Of how many years the record covers on those days. */
  covered: number;
  source: string;
}

/**
 * The one year in which the record of its measure holds a year-less figure on its month and day: a precise level
 * (three significant digits, not a line or a bound; a reading at a time, stated as fact, its only doubts its year and,
 * for a figure dated by its page, its day) within its rounding ("about" a full unit of its last digit), over its
 * days and three either side (a week's average, a weekend; a figure dated by its page, the week before it too) — of
 * the years the record covers there (at least five), exactly one. 2.93 trillion of reserves in the week ending 22
 * October is 2025's: no other year's record holds it on those days. Null when none holds it, or several do.
 */
export function yearByTheRecord(f: Figure, record?: MeasureRecord): YearFromRecord | null {
  if (!record || !f.yearless || f.timeless || (f.stance ?? 'OBSERVATION') !== 'OBSERVATION' || (f.mode !== 'LEVEL' && f.mode !== 'REACHED')) return null;
  if (!confirming(f) || f.qualifier === 'NEARLY' || days(f.window) > LONGEST_POINT_WINDOW) return null;
  if (!(f.unfirm ?? []).every((u) => u.kind === 'NO_YEAR' || u.kind === 'DOCUMENT_DATE')) return null;
  const v = looseInterval(f);
  const own = Number(f.window.end.slice(0, 4));
  const back = RECORD_YEAR_SLACK_DAYS + (f.timeSource === 'DOCUMENT_DATE' ? UNDATED_SLACK_DAYS : 0);
  let covered = 0;
  const holding: YearFromRecord[] = [];
  for (let year = RECORD_YEARS.from; year <= RECORD_YEARS.to; year++) {
    const k = year - own;
    const r = record(f.factorId, f.unit, { start: shiftDays(movedYears(f.window.start, k), -back), end: shiftDays(movedYears(f.window.end, k), RECORD_YEAR_SLACK_DAYS) });
    if (!r) continue;
    covered += 1;
    if (v.low <= r.high && r.low <= v.high) holding.push({ year, covered: 0, source: r.source });
  }
  return covered >= RECORD_YEARS_COVERED && holding.length === 1 ? { ...holding[0]!, covered } : null;
}

/** A year-less page's year as its figures place it: by a firm dated twin (`twin`), or by the record (`fromRecord`). */
interface Confirmation {
  own: Figure;
  twin: Figure | null;
  shift: number;
  precise: boolean;
  measures: Set<string>;
  /** The documents whose figures placed it. */
  by: Set<string>;
  fromRecord: YearFromRecord | null;
}

/** An ISO date moved by whole years (`1000-10-22`, 1025 → `2025-10-22`). */
const movedYears = (iso: string, k: number) => `${String(Number(iso.slice(0, 4)) + k).padStart(4, '0')}${iso.slice(4)}`;

/**
 * Pages that state no year, read in the year their own figures confirm: a precise figure of the page (three
 * significant digits, not a line or a bound) is the same figure, on the same month and day, as a figure of another
 * document whose reading is firm — 2.93 trillion in the week ending December 17 and 2.93万亿美元 on 2025年12月18日 are not
 * chance — or the record of its measure holds it on its month and day in one year only (`yearByTheRecord`) — and no
 * such figure places the page in another year. An editor can trust the page's year then, so its figures, read in that
 * year, may update or contradict firm figures of other documents, and meet them as the same figure as a dated page's
 * would (round figures, changes). Only the year is confirmed: every other reason a figure is not firm still holds.
 * With `focus`, the relations involving a figure of the focus documents.
 */
function relateConfirmedYears(figures: readonly Figure[], evidence: readonly FigureRelation[], found: readonly FigureRelation[], groups: ReadonlyMap<string, Figure[]>, focus?: ReadonlySet<string>, record?: MeasureRecord): FigureRelation[] {
  const byId = new Map(figures.map((f) => [f.quantityId, f]));
  // Each year-less page's confirmations: the years its figures are placed in by firm dated twins. A year is
  // confirmed by one precise figure (not a line), or by figures of two measures or more placed in it (the pages
  // corroborate each other: relateCorroborated), and only when no other year is.
  const years = new Map<string, Map<number, Confirmation>>();
  for (const r of evidence) {
    if (r.kind !== 'SAME_FIGURE') continue;
    const [placed, twin] = r.earlier.yearless && !r.later.yearless ? [r.earlier, r.later] : r.later.yearless && !r.earlier.yearless ? [r.later, r.earlier] : [null, null];
    const own = placed && byId.get(placed.quantityId);
    if (!placed || !twin || !own || twin.timeless || unfirm(twin)) continue;
    const shift = Number(placed.window.end.slice(0, 4)) - Number(own.window.end.slice(0, 4));
    const page = years.get(own.documentId) ?? years.set(own.documentId, new Map()).get(own.documentId)!;
    const at = page.get(shift) ?? page.set(shift, { own, twin, shift, precise: false, measures: new Set(), by: new Set(), fromRecord: null }).get(shift)!;
    at.measures.add(own.factorId);
    at.by.add(twin.documentId);
    if (!at.precise && confirming(own) && confirming(twin)) Object.assign(at, { own, twin, precise: true });
  }
  // …or by the record: a precise figure the record of its measure holds on its month and day in one year only.
  for (const f of figures) {
    const found = yearByTheRecord(f, record);
    if (!found) continue;
    const shift = found.year - Number(f.window.end.slice(0, 4));
    const page = years.get(f.documentId) ?? years.set(f.documentId, new Map()).get(f.documentId)!;
    const at = page.get(shift) ?? page.set(shift, { own: f, twin: null, shift, precise: true, measures: new Set(), by: new Set(), fromRecord: found }).get(shift)!;
    at.measures.add(f.factorId);
    if (!at.precise) Object.assign(at, { own: f, twin: null, precise: true, fromRecord: found });
  }
  const confirmed = new Map<string, Confirmation>();
  for (const [documentId, page] of years) {
    const strong = [...page.values()].filter((c) => c.precise || c.measures.size >= CORROBORATING_MEASURES);
    if (strong.length === 1 && [...page.values()].every((c) => c === strong[0] || !c.precise)) confirmed.set(documentId, strong[0]!);
  }
  if (!confirmed.size) return [];
  const related = new Set(found.map((r) => [r.earlier.quantityId, r.later.quantityId].sort().join('|')));
  // The page's figures in its confirmed year, firm in their year (every other reason kept).
  const dated = (f: Figure): Figure => {
    const { shift } = confirmed.get(f.documentId)!;
    const rest = (f.unfirm ?? []).filter((u) => u.kind !== 'NO_YEAR');
    const { unfirm: _dropped, yearless: _yearless, ...plain } = f;
    return { ...plain, window: { start: movedYears(f.window.start, shift), end: movedYears(f.window.end, shift) }, ...(rest.length ? { unfirm: rest } : {}) };
  };
  const out: FigureRelation[] = [];
  for (const group of groups.values()) {
    const pages = group.filter((f) => f.yearless && confirmed.has(f.documentId)).map(dated);
    if (!pages.length) continue;
    const others = [...group.filter((f) => !f.yearless), ...pages];
    const seen = new Set<string>();
    for (const a of pages) {
      for (const b of others) {
        const key = [a.quantityId, b.quantityId].sort().join('|');
        if (a.documentId === b.documentId || related.has(key) || seen.has(key)) continue;
        seen.add(key);
        // A page whose year a focus document confirms is weighed whole: its figures meet documents ingested before the
        // one that confirmed it (whole-graph and ingest-time matching agree).
        const confirmedByFocus = (d: string) => [...(confirmed.get(d)?.by ?? [])].some((x) => focus?.has(x));
        if (focus && !focus.has(a.documentId) && !focus.has(b.documentId) && !confirmedByFocus(a.documentId) && !confirmedByFocus(b.documentId)) continue;
        const r = relateFigures(a, b, record);
        if (!r) continue;
        const why = [a, b]
          .filter((f) => confirmed.has(f.documentId) && byId.get(f.quantityId)?.yearless)
          .map((f) => {
            const c = confirmed.get(f.documentId)!;
            const year = f.window.end.slice(0, 4);
            if (!c.twin) return `${show(f)}'s page states no year: ${year} is confirmed by the record: ${show(c.own)} of that page is what the record of its measure holds on its month and day in ${year}, and in no other of the ${c.fromRecord?.covered ?? 0} years it covers there (${c.fromRecord?.source ?? ''})`;
            return c.precise
              ? `${show(f)}'s page states no year: ${year} is confirmed by ${show(c.own)} of that page being the same figure as ${show(c.twin)} (${span(c.twin)})`
              : `${show(f)}'s page states no year: ${year} is confirmed by figures of ${c.measures.size} measures of that page being the same figures as firm ones of that year (${show(c.own)} and ${show(c.twin)}, ${span(c.twin)}, among them)`;
          });
        // It rests on the documents that confirmed each side's year (and on whatever the relation itself rests on).
        const by = [a, b].flatMap((f) => (confirmed.has(f.documentId) && byId.get(f.quantityId)?.yearless ? [...confirmed.get(f.documentId)!.by] : []));
        out.push({ ...r, earlier: byId.get(r.earlier.quantityId) ?? r.earlier, later: byId.get(r.later.quantityId) ?? r.later, ...restingOn(r, [...by, ...(r.restsOn ?? [])]), why: `${r.why}; ${why.join('; ')}` });
      }
    }
  }
  return out;
}

/** How long after the record's crossing a page may still report it as news ("released 9 Aug", reported on 15 Aug). */
const CROSSING_REPORT_DAYS = 31;

/**
 * The same line crossed the same way, in pages the record places (`record.crossedOnce`): when every observation of
 * the measure on the near side of the line comes before every observation beyond it, the line was crossed once, and
 * every report of that crossing is the same event — a dated page's (its date within the record's crossing window or a
 * month after it), a year-less page's (its month and day in that window's year), and a page's that states no date at
 * all ("the national debt has climbed past $37 trillion"). The debt passing 37 trillion between its readings of 30 June
 * and 30 September 2025, told by thirteen pages in three scripts, some dated 12 August, some 15 August, some not at
 * all, is one event. Lines only (a level near a line could be any day's), observations only (not "is expected to
 * cross"), with a direction; never an update or a contradiction (the record places the event, not the page's day).
 */
function relateRecordCrossings(figures: readonly Figure[], found: readonly FigureRelation[], focus?: ReadonlySet<string>, record?: MeasureRecord): FigureRelation[] {
  if (!record?.crossedOnce) return [];
  const related = new Set(found.map((r) => [r.earlier.quantityId, r.later.quantityId].sort().join('|')));
  const lines = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!reportsLine(f) || !f.direction || (f.direction !== 'INCREASE' && f.direction !== 'DECREASE') || (f.stance ?? 'OBSERVATION') !== 'OBSERVATION') continue;
    const key = `${groupKey(f)}\u0000${f.direction}\u0000${Number(Math.abs(f.value).toPrecision(4))}`;
    (lines.get(key) ?? lines.set(key, []).get(key)!).push(f);
  }
  const out: FigureRelation[] = [];
  for (const group of lines.values()) {
    if (new Set(group.map((f) => f.documentId)).size < 2) continue;
    if (focus && !group.some((f) => focus.has(f.documentId))) continue;
    const first = group[0]!;
    const crossing = record.crossedOnce(first.factorId, first.unit, Math.abs(first.value), first.direction as 'INCREASE' | 'DECREASE');
    if (!crossing) continue;
    const reported = { start: crossing.window.start, end: shiftDays(crossing.window.end, CROSSING_REPORT_DAYS) };
    // Where each report is placed: its own window (a year-less one in the crossing's year), or none (no date at all).
    const placed = new Map<string, TimeWindow | null>();
    for (const f of group) {
      if (f.timeless) placed.set(f.quantityId, null);
      else {
        const w = f.yearless ? nearestYear(f.window, reported) : matchWindow(f);
        if (w.start <= reported.end && reported.start <= w.end) placed.set(f.quantityId, w);
      }
    }
    const reports = group.filter((f) => placed.has(f.quantityId) && sameLine(f, first));
    for (let i = 0; i < reports.length; i++) {
      for (let j = i + 1; j < reports.length; j++) {
        const a = reports[i]!;
        const b = reports[j]!;
        const key = [a.quantityId, b.quantityId].sort().join('|');
        if (a.documentId === b.documentId || related.has(key) || (focus && !focus.has(a.documentId) && !focus.has(b.documentId))) continue;
        related.add(key);
        const when = (f: Figure) => (f.timeless ? 'its page states no date' : f.yearless ? `${span(f)}, its page states no year` : span(f));
        // A year-less report is given in the crossing's year (as every rule that places one does), so that nothing
        // weighing this relation later reads its page as of the year 1000.
        const at = (f: Figure): Figure => (f.yearless ? { ...f, window: placed.get(f.quantityId)! } : f);
        const [earlier, later] = (placed.get(a.quantityId)?.end ?? '9999') <= (placed.get(b.quantityId)?.end ?? '9999') ? [at(a), at(b)] : [at(b), at(a)];
        out.push({
          kind: 'SAME_FIGURE',
          earlier,
          later,
          why: `${show(earlier)} (${when(earlier)}) and ${show(later)} (${when(later)}) are the same line crossed ${first.direction === 'INCREASE' ? 'upwards' : 'downwards'}: the record of the measure crosses it once, from ${crossing.window.start} to ${crossing.window.end} (${crossing.source}) — one event, whichever day a page gives it`,
        });
      }
    }
  }
  return out;
}

/** The figures of a page that states no date are read as of the fortnight most of their twins elsewhere speak of. */
const ANCHOR_DAYS = 14;
/** …when at least this many different figures of the page meet a twin in that fortnight (one could be chance). */
const ANCHOR_FIGURES = 2;

interface Twin {
  timeless: Figure;
  other: Figure;
  /** The other figure's window, read in the anchor's year when it states none. */
  end: string;
}

/**
 * Figures with no time at all (`Figure.timeless`: a page that states no date and writes no month and day, its
 * sentence no time either — "reserves have fallen to 2.85 trillion", 截至上周五…突破1万亿美元) cannot be placed by
 * themselves. Their page can, by what it says: each such figure that is precise enough not to meet by chance (three
 * significant digits, or a line: `weighedWithoutYear`) has twins elsewhere — the same factor, unit and kind of
 * figure (a level or a line; never a change, whose period is unknown), agreeing within their rounding as if in the
 * same window, a level beyond a line not counted. When at least two different figures of the page have twins whose
 * windows end within one fortnight, the page is read as written then, and those twins — only those — are proposed
 * as the same figure; its `why` says the page states no date and where it was placed. A twin of a page that states
 * no year is read in the anchor's year. Never a contradiction or an update: only the numbers place the page, so only
 * agreeing numbers can relate it. Pure; with `focus`, the pages placed by or with one of its figures (all their twins).
 */
export function relateTimeless(figures: readonly Figure[], focus?: ReadonlySet<string>): FigureRelation[] {
  const timeless = figures.filter((f) => f.timeless && f.stance !== 'AIM' && f.stance !== 'UNDATED_BASE');
  if (!timeless.length) return [];
  const stock = (f: Figure) => f.mode === 'LEVEL' || f.mode === 'REACHED' || f.mode === 'CROSSED';
  const others = figures.filter((f) => !f.timeless && stock(f) && (f.stance ?? 'OBSERVATION') === 'OBSERVATION' && days(f.window) <= LONGEST_STOCK_WINDOW);
  const pages = new Map<string, Figure[]>();
  for (const f of timeless) if (stock(f)) (pages.get(f.documentId) ?? pages.set(f.documentId, []).get(f.documentId)!).push(f);
  const found: FigureRelation[] = [];
  for (const [documentId, own] of pages) {
    const twin = (t: Figure, o: Figure) => {
      if (o.documentId === documentId || o.factorId !== t.factorId || o.unit !== t.unit || !weighedWithoutYear(t, o)) return false;
      const placed = { ...t, window: o.window, timeSource: 'TEXT' as const, timeless: false };
      return relateStocksAtOnce(placed, o, t.mode === 'CROSSED' || o.mode === 'CROSSED', false, true)?.kind === 'SAME_FIGURE';
    };
    const dated: Twin[] = [];
    for (const t of own) for (const o of others) if (!o.yearless && twin(t, o)) dated.push({ timeless: t, other: o, end: o.window.end });
    // The fortnight in which the most different figures of the page have twins (the latest such on a tie).
    const ends = [...new Set(dated.map((x) => x.end))].sort();
    let anchor: { from: string; to: string; figures: number } | null = null;
    for (const to of ends) {
      const from = shiftDays(to, -(ANCHOR_DAYS - 1));
      const n = new Set(dated.filter((x) => x.end >= from && x.end <= to).map((x) => x.timeless.quantityId)).size;
      if (!anchor || n >= anchor.figures) anchor = { from, to, figures: n };
    }
    if (!anchor || anchor.figures < ANCHOR_FIGURES) continue;
    const { from, to } = anchor;
    const twins = dated.filter((x) => x.end >= from && x.end <= to);
    // Figures of pages that state no year, read in the anchor's year.
    for (const t of own) {
      for (const o of others) {
        if (!o.yearless || !twin(t, o)) continue;
        const w = nearestYear(o.window, { start: from, end: to });
        if (w.end >= from && w.end <= to) twins.push({ timeless: t, other: { ...o, window: w }, end: w.end });
      }
    }
    // A page placed by the focus document's figures is placed for all its twins: a twin ingested earlier, which could
    // not place the page alone, is related now too (the page reads the same whichever document came first).
    if (focus && !focus.has(documentId) && !twins.some((x) => focus.has(x.other.documentId))) continue;
    // Each relation rests on every twin that placed the page: another document's twin gone, the page may not be placed.
    const placers = twins.map((x) => x.other.documentId);
    for (const { timeless: t, other: o } of twins) {
      const original = figures.find((f) => f.quantityId === o.quantityId) ?? o;
      found.push({
        kind: 'SAME_FIGURE',
        earlier: original,
        later: t,
        ...restingOn({ earlier: original, later: t }, placers),
        why: `${show(t)} ${range(t)} and ${show(original)} ${range(original)} agree within their rounding; ${show(t)} has no date (its page states none): ${anchor.figures} of its page's figures meet figures of other documents dated ${from}..${to}, so it is read as of then`,
      });
    }
  }
  return found;
}
