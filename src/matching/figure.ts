import { borrowedTime, fromToOf, guessedYear, presentWord, startsChange, startTimeAsWindow, unclearMode } from '../checks/firm-reading.ts';
import type { ClaimQuantity } from '../checks/check-types.ts';
import type { FrameDirection, FrameMode, FrameMood, FramePeriod, TimeWindow } from '../quantities/frame.ts';

/**
 * One quantity as the matcher sees it: a number, what it measures, how and when — its effective reading (the
 * extractor's frame, or an editor's reading where one was recorded). Plain data: the matcher is pure.
 */
export interface Figure {
  quantityId: string;
  claimId: string;
  documentId: string;
  /** Language-independent factor id (`f-bank-reserves`), so 準備金, 准备金 and "reserves" meet. */
  factorId: string;
  mode: FrameMode;
  direction: FrameDirection | null;
  period: FramePeriod | null;
  /** Inclusive ISO dates the figure speaks of. */
  window: TimeWindow;
  /** Where the window came from: the figure's own words, or the document's date standing in ("now", 目前). */
  timeSource: 'TEXT' | 'DOCUMENT_DATE' | null;
  /** Normalised (萬億 = 1e12); for a range, its lower bound. A change's sign is in `direction`, not here. */
  value: number;
  upper: number | null;
  unit: string;
  /** ABOUT, ABOVE, BELOW, NEARLY, ONLY, AT_LEAST, AT_MOST as read before or after the number. */
  qualifier: string | null;
  /** The number as written: its last digit sets the rounding. */
  surface: string;
  /**
   * What the figure is, read from the words before it in its clause (`stanceOf`): an OBSERVATION of the measure,
   * an AIM (a target, a forecast, an estimate, a typical level: "a target of about $850 billion", 通常維持在8000億),
   * or an UNDATED_BASE (a level a change started from, 從約3,000億美元暴增至…, whose only date is the document's).
   * Absent: an observation.
   */
  stance?: Stance;
  /**
   * The window was read without a year (its document states none; src/ingest/yearless-windows.ts): its dates are in
   * the year 1000, and it meets only another year-less window.
   */
  yearless?: boolean;
  /**
   * No window at all: a figure whose sentence states no time, in a page that states no date and writes no month and
   * day either ("reserves have fallen to 2.85 trillion", 截至上周五). Its `window` is a placeholder (year 0) that
   * nothing reads: such a figure meets others only through its page's anchor (`relateTimeless` in src/matching/relate-figures.ts).
   */
  timeless?: boolean;
  /**
   * Why the reading is not firm enough to say a figure came later than another or cannot hold beside it (UPDATES,
   * CONTRADICTS): each way its measure or its time rests on a guess, in words (`firmnessOf`). Absent or empty: firm.
   * The same figure needs no firm reading: the numbers carry it.
   */
  unfirm?: Unfirm[];
  /**
   * The date its page states (`published`), when it states one: nothing the page reports is later than that, so a
   * figure dated only by it is at the latest of that day (`firmlyLater` in src/matching/relate-figures.ts).
   */
  published?: string;
}

/** One way a figure's reading rests on a guess (`firmnessOf`). */
export interface Unfirm {
  kind: UnfirmKind;
  why: string;
}
export type UnfirmKind =
  /** Dated only by its document, its clause speaking of no present ("now", 目前). */
  | 'DOCUMENT_DATE'
  /** "now" in a document whose date the page does not state (read from the dates it writes). */
  | 'PRESENT_UNPUBLISHED'
  /** A page that states no year: its month and day are in no year. */
  | 'NO_YEAR'
  /** The time names a month or a day but no year: the year is the document's, or a guess. */
  | 'YEAR_NOT_WRITTEN'
  /** The time is written as another figure's, or is where a change started. */
  | 'BORROWED_TIME'
  /** A level a change started from ("from X to Y"): the date read is the change's. */
  | 'CHANGE_START'
  /** The measure is named in the sentence before ("the figure", 該數字), or read from the sentence before or the headline. */
  | 'ANAPHOR'
  /** The time is the sentence before's: its own sentence states none (a reading of context). */
  | 'CONTEXT_TIME'
  /** Not stated as fact: a forecast, an estimate, a condition, a target. */
  | 'MOOD'
  /** The words before the number say another mode than the one read. */
  | 'MODE';

/** What `firmnessOf` reads: the figure, its claim's words and amounts, its frame's time words, its document's date. */
export interface FirmnessInput {
  quote: string;
  surface: string;
  value: number;
  upper: number | null;
  unit: string;
  qualifier: string | null;
  mode: FrameMode;
  window: TimeWindow | null;
  timeSource: Figure['timeSource'];
  timeText: string | null;
  /** The date the page itself states (`published`), null when it states none. */
  published: string | null;
  /** Without one, the date its own full dates give it (src/ingest/infer-document-date.ts), when they do. */
  inferred?: string | null;
  /** Every amount of the claim (this one among them), as the checks read them. */
  amounts: readonly ClaimQuantity[];
  anaphor: string | null;
  /** Where the factor was read (frame.ts `FactorSource`): TEXT, SENTENCE_BEFORE, HEADLINE; null on older frames. */
  factorSource?: string | null;
  /** The window is the sentence before's time (frame.ts `TimeSource` SENTENCE_BEFORE). */
  timeFromContext?: boolean;
  mood: FrameMood | null;
  yearless: boolean;
  /** An editor's reading set the window / the factor / the mode: firm by a person's decision. */
  editor: { window: boolean; factor: boolean; mode: boolean };
}

/**
 * Why a figure's reading is not firm — the checks' own tests of a firm reading (src/checks/firm-reading.ts), so a
 * figure the checks would not call INCONSISTENT is not proposed as contradicting or superseding another either. An
 * editor trusts "B is a later reading than A" only when both dates are the figures' own, with their years (written, or
 * the page's own recent months by its stated date), and both measures are named and stated as fact.
 */
export function firmnessOf(x: FirmnessInput): Unfirm[] {
  const out: Unfirm[] = [];
  const q = x.amounts.find((a) => a.surface === x.surface) ?? { surface: x.surface, value: x.value, upper: x.upper, unit: x.unit, qualifier: x.qualifier };
  if (!x.editor.window) {
    if (x.yearless) out.push({ kind: 'NO_YEAR', why: 'its page states no year' });
    else if (x.timeFromContext) out.push({ kind: 'CONTEXT_TIME', why: `its time is read from the sentence before${x.timeText ? ` ("${x.timeText}")` : ''}: its own sentence states none` });
    // A date written in the sentence that is the document's own ("截至11月6日" in a page of 6 November) is read as the
    // document's date, and is still a date the sentence states: weighed below like any written time.
    else if (x.timeSource !== 'TEXT' && !(x.timeText && x.quote.includes(x.timeText))) {
      const now = presentWord(x.quote, x.surface);
      if (!now) out.push({ kind: 'DOCUMENT_DATE', why: "its sentence states no time: it is dated by its document's date" });
      else if (!x.published) out.push({ kind: 'PRESENT_UNPUBLISHED', why: `"${now}" is its document's date, which the page does not state` });
    } else {
      const borrowed = borrowedTime(x.quote, q, x.timeText, x.amounts);
      if (borrowed) out.push({ kind: 'BORROWED_TIME', why: borrowed });
      // A bare month or day takes its year from the page's date: stated, or given by the full dates the page writes
      // (its year is then written in the page). Not one of the page's own recent months: a guess.
      const date = [x.published, x.inferred].find((d) => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d)) ?? null;
      const guessed = x.window ? guessedYear(x.timeText, { from: x.window.start, to: x.window.end }, date) : null;
      if (guessed) out.push({ kind: 'YEAR_NOT_WRITTEN', why: guessed });
      const started = startTimeAsWindow(x.quote, x.timeText, x.mode);
      if (started) out.push({ kind: 'BORROWED_TIME', why: started });
    }
    if (x.mode !== 'CHANGE') {
      const ft = fromToOf(x.quote, q, x.amounts);
      if ((ft && ft.from === q) || (!ft && startsChange(x.quote, q))) out.push({ kind: 'CHANGE_START', why: `"${x.surface}" is where a change started` });
    }
  }
  if (!x.editor.factor && x.anaphor) out.push({ kind: 'ANAPHOR', why: `its measure is named in the sentence before ("${x.anaphor}")` });
  else if (!x.editor.factor && x.factorSource && x.factorSource !== 'TEXT') out.push({ kind: 'ANAPHOR', why: `its measure is read from ${x.factorSource === 'HEADLINE' ? 'the headline: its own sentence names none' : x.factorSource === 'PAGE' ? "the page's one subject: its own sentence names none" : x.factorSource === 'LOOSE' ? 'a loose word that names it only for a figure of its scale' : 'the sentence before: its own sentence names none'}` });
  if (x.mood && x.mood !== 'STATED') out.push({ kind: 'MOOD', why: `it is not stated as fact (${x.mood.toLowerCase()})` });
  if (!x.editor.mode) {
    const unclear = unclearMode(x.quote, q, x.mode);
    if (unclear) out.push({ kind: 'MODE', why: unclear });
  }
  return out;
}

/** "the week ending October 22", "the week to 17 December", 截至10月1日的一週, 截至9月24日當周 (not 本周一, a day). */
const WEEK_ENDING = /\bweek\s+(?:ending|ended|to|through)\b|(?:當|当|一|該|该|本|上)\s*(?:週|周)(?![一二三四五六日天末])/i;

/**
 * The window a stock figure of "the week ending X" is matched over: the week (Thursday..Wednesday), not only the
 * Wednesday the reading gives it — the press quotes a week as its average or as its Wednesday level, and the text does
 * not say which. A change of the week already spans it; any other window is kept.
 */
export function statedWeek(window: TimeWindow, timeText: string | null, mode: FrameMode): TimeWindow {
  if (!timeText || window.start !== window.end || mode === 'CHANGE' || mode === 'FLOW' || !WEEK_ENDING.test(timeText)) return window;
  return { start: shiftDays(window.end, -6), end: window.end };
}

/** The placeholder window of a figure with no time at all (never compared: see `Figure.timeless`). */
export const NO_WINDOW = { start: '0000-01-01', end: '0000-01-01' } as const;

/**
 * How many significant digits the number is written with (`$2.98 trillion` 3, `3,260億` 3, `$3 trillion` 1): a
 * figure matched without its year must be precise enough that meeting the same value by chance is unlikely.
 */
export function significantDigits(surface: string): number {
  const numbers = [...surface.matchAll(/\d[\d,]*(?:\.\d+)?/g)];
  const last = numbers[numbers.length - 1]?.[0];
  if (!last) return 0;
  const digits = last.replace(/[,.]/g, '').replace(/^0+/, '');
  return (last.includes('.') ? digits : digits.replace(/0+$/, '')).length;
}

/**
 * Whether the figure reports a line crossed: a line crossed (CROSSED), or a level reached that is written as a round
 * line of its scale ("the debt hit $37 trillion", "reached 38 trillion dollars", 达到35万亿: a whole number of the
 * scale word, at most two significant digits, no qualifier), with a direction. Reaching a round line is how the press
 * tells the day a measure crossed it, so such a figure meets the reports of that crossing where the record places it
 * (`relateRecordCrossings` in src/matching/relate-figures.ts) — as the same figure only, never an update or a
 * contradiction; it stays a level reached for every other rule. "fell to $37.4 billion" (three digits) is a reading.
 */
export function reportsLine(f: Pick<Figure, 'mode' | 'direction' | 'surface' | 'qualifier' | 'timeSource' | 'timeless'>): boolean {
  if (f.mode === 'CROSSED') return true;
  if (f.mode !== 'REACHED' || (f.direction !== 'INCREASE' && f.direction !== 'DECREASE') || f.qualifier) return false;
  // Dated only by its page ("the debt has reached 38 trillion"): the present level, not the day of a crossing.
  if (f.timeSource === 'DOCUMENT_DATE' && !f.timeless) return false;
  const written = /(\d[\d,]*(?:\.\d+)?)\s?(?:trillion|billion|tn|bn|萬億|万亿|兆|億|亿)/i.exec(f.surface);
  return !!written && !written[1]!.includes('.') && significantDigits(f.surface) <= 2;
}

export type Stance = 'OBSERVATION' | 'AIM' | 'UNDATED_BASE';

/**
 * Words that make a figure a target, a forecast, an estimate or a typical level rather than a reading — and a level
 * not reached yet (眼看就要冲9000亿美元 "about to hit 900 billion", "could reach $54 trillion").
 */
const AIM_WORDS = /目標|目标|預計|预计|預期|预期|預測|预测|估計|估计|估算|假設|假设|計劃|计划|通常|一般維持|一般维持|平時|平时|往常|眼看|就要|即將|即将|將要|将要|快要|\b(?:targets?|goals?|aims?|expects?|expected|expecting|forecasts?|forecasted|projects?|projected|projections?|estimates?|estimated|assumes?|assumed|assuming|assumptions?|plans?|planned|usually|typically|normally|would|will|could|might|about to|set to|poised to|on track to)\b/i;
/**
 * A number inside a possessive noun phrase ("…will halt the reduction of its approximately $6.6 trillion balance
 * sheet"): the present size of the thing possessed, whatever the clause aims at.
 */
const POSSESSED = /\b(?:its|their|the\s+(?:Fed|Federal Reserve|Treasury|government|central bank)['’]s)\s+(?:(?:current|present|existing|approximately|about|around|roughly|nearly|almost|some)\s+)*(?:US)?\$?\s*$/i;
/** "from X": the level a change started from. */
const FROM_BEFORE = /(?:從|从|自|由|\bfrom)\s?(?:約|约|大約|大约|近|逾|about|around|roughly|approximately|nearly|some|\s)*(?:US)?\$?$/i;
const CLAUSE_BREAK = /[,，;；。:：!?！？\n]|\b(?:and|but|while)\b/gi;

/**
 * The stance of the quantity written `surface` in `quote` (its claim's words): the words of its clause before it
 * decide. `timeSource`: a base level dated by its own words is an observation like any other.
 */
export function stanceOf(quote: string, surface: string, timeSource: Figure['timeSource']): Stance {
  const at = quote.indexOf(surface);
  if (at < 0) return 'OBSERVATION';
  const before = quote.slice(0, at);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  const clause = before.slice(cut);
  if (AIM_WORDS.test(clause) && !POSSESSED.test(clause)) return 'AIM';
  if (FROM_BEFORE.test(clause) && timeSource === 'DOCUMENT_DATE') return 'UNDATED_BASE';
  return 'OBSERVATION';
}

/** A closed interval of values a figure allows; an open side is ±Infinity. */
export interface Interval {
  low: number;
  high: number;
}

const CJK_SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };
const EN_SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, t: 1e12 };

/**
 * Half a unit of the last digit written, in normalised units: `$2.93 trillion` → 0.005e12, `3,260億` → 0.5e8,
 * `37兆48億1762萬5842.56美元` → 0.005. The surface's last Arabic number and the scale words right after it decide;
 * a number written in Chinese numerals only (二千億) gets half a unit of its value's leading digit.
 */
export function halfUnit(surface: string, value: number): number {
  const numbers = [...surface.matchAll(/\d[\d,]*(?:\.(\d+))?/g)];
  const last = numbers[numbers.length - 1];
  if (!last) {
    const magnitude = Math.abs(value) > 0 ? 10 ** Math.floor(Math.log10(Math.abs(value))) : 1;
    return magnitude / 2;
  }
  const decimals = last[1]?.length ?? 0;
  const after = surface.slice((last.index ?? 0) + last[0].length);
  let scale = 1;
  const cjk = /^\s?([十百千萬万億亿兆]+)/.exec(after);
  if (cjk) for (const ch of cjk[1] as string) scale *= CJK_SCALE[ch] ?? 1;
  else {
    const en = /^[\s-]?(thousand|million|billion|trillion|bn|tn|mn|[kmbt])\b/i.exec(after);
    if (en) scale = EN_SCALE[(en[1] as string).toLowerCase()] ?? 1;
  }
  return (0.5 * scale) / 10 ** decimals;
}

/**
 * The values a figure allows: its number within half a unit of the last digit written; "more than" / 逾 / 突破 (a
 * lower bound) or "below" / 跌破 / 不到 (an upper bound) is the number itself as a line, open on one side. 約 and "about" add nothing to the
 * rounding (the labels' rule: "about $2.8 trillion" is 2.75–2.85); 近 / "nearly" reaches 5% below.
 */
export function intervalOf(f: Pick<Figure, 'value' | 'upper' | 'qualifier' | 'surface'>): Interval {
  const v = Math.abs(f.value);
  const h = halfUnit(f.surface, f.value);
  const top = f.upper !== null ? Math.abs(f.upper) : v;
  switch (f.qualifier) {
    // A bound is the line itself, not a rounded value: "more than $1 trillion" (逾1兆) says at least 1 trillion,
    // never 983.86 billion, though 1兆 alone would stand for 0.5–1.5 trillion.
    case 'ABOVE':
    case 'AT_LEAST':
      return { low: v, high: Infinity };
    case 'BELOW':
    case 'AT_MOST':
      return { low: -Infinity, high: top };
    case 'NEARLY':
      return { low: Math.min(v - h, v * 0.95), high: v + h };
    default:
      return { low: v - h, high: top + h };
  }
}

/** Whether the figure states a bound ("more than", "below") rather than a value. */
export const isBound = (f: Pick<Figure, 'qualifier'>): 'LOWER' | 'UPPER' | null =>
  f.qualifier === 'ABOVE' || f.qualifier === 'AT_LEAST' ? 'LOWER' : f.qualifier === 'BELOW' || f.qualifier === 'AT_MOST' ? 'UPPER' : null;

const DAY = 86_400_000;

/**
 * How far before the document's date an undated figure ("reserves are now about 2.85 trillion", 目前) may speak
 * of: the latest weekly release before the document was written, so a week. The labels' rule too.
 */
export const UNDATED_SLACK_DAYS = 7;

/** The window as matched: an undated figure's window reaches back a week before the document's date. */
export function matchWindow(f: Pick<Figure, 'window' | 'timeSource'>): TimeWindow {
  if (f.timeSource !== 'DOCUMENT_DATE') return f.window;
  const start = new Date(Date.parse(f.window.start) - UNDATED_SLACK_DAYS * DAY).toISOString().slice(0, 10);
  return { start, end: f.window.end };
}
export const days = (w: TimeWindow): number => (Date.parse(w.end) - Date.parse(w.start)) / DAY + 1;
/** Days both windows cover (0 when they do not meet). */
export const sharedDays = (a: TimeWindow, b: TimeWindow): number => {
  const start = Math.max(Date.parse(a.start), Date.parse(b.start));
  const end = Math.min(Date.parse(a.end), Date.parse(b.end));
  return end < start ? 0 : (end - start) / DAY + 1;
};
/** Days from the end of `earlier` to the start of `later` (negative when they overlap). */
export const gapDays = (earlier: TimeWindow, later: TimeWindow): number => (Date.parse(later.start) - Date.parse(earlier.end)) / DAY;
/** An ISO date moved by whole days. */
export const shiftDays = (iso: string, d: number): string => new Date(Date.parse(iso) + d * DAY).toISOString().slice(0, 10);

/**
 * A figure placed by its own date: not on a page that states no year (`yearless`, its month and day in the year 1000)
 * nor on one that states no date at all (`timeless`). Only such figures say where in time they are by themselves; the
 * others are placed by their twins or the record (src/matching/relate-figures.ts).
 */
export const datedFigure = (f: Pick<Figure, 'yearless' | 'timeless'>): boolean => !f.yearless && !f.timeless;

/** The days from the earliest start to the latest end of these windows, or null for none. */
export function spanOf(windows: readonly TimeWindow[]): TimeWindow | null {
  if (!windows.length) return null;
  let { start, end } = windows[0]!;
  for (const w of windows) {
    if (w.start < start) start = w.start;
    if (w.end > end) end = w.end;
  }
  return { start, end };
}
