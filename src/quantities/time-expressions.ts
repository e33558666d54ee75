import type { TimeWindow } from './frame.ts';
import { isBusinessDay, isoDay, previousBusinessDay } from './business-days.ts';
import type { Span } from './sentences.ts';
import { gateOf } from './time-pattern-gates.ts';
import { CharsPresent } from './chars-present.ts';
import { runStart, unitSet } from './unit-set.ts';
import { namedTimesIn } from './named-periods.ts';
import { PREVIOUS_RELEASE_PATTERN, WEEK_BEFORE_PATTERN } from './release-before.ts';

/**
 * Time expressions in one sentence, each resolved to a window of dates against the document's date: 10月30日,
 * (4日) (a day of the document's month), "Wednesday", 上週三, 10月底, 本月初, "late October", "the week ending
 * October 29", "as of Nov. 6", month names without a year. Hand rules: chrono-node was measured on the same
 * expressions (`npm run eval:times`) and read fewer of them right (it has no "late", "the week ending", 月底, 本月初,
 * (4日) or 上周 in Simplified script), so it is not used.
 */
export interface TimeExpression extends Span {
  text: string;
  /** Null when the expression needs the document's date and none was given. */
  window: TimeWindow | null;
  /** How fine the window is: a day, a week, part of a month, a month, a quarter, a year, or a span between two times. */
  grain: 'DAY' | 'WEEK' | 'PART' | 'MONTH' | 'QUARTER' | 'YEAR' | 'RANGE';
  /** "since 2021", 以來: the start of a span up to the document's date. */
  since: boolean;
  /** 自/從/从/"from" without 以來: the start of a move ("自2020年2月約4.2兆美元，膨脹至…"), which still dates its clause. */
  from?: boolean;
  /** "now", 目前, 當前, a dateline: the document's date named as such; its window is the document's day. */
  now?: boolean;
  /** "the week ending October 29", 截至12月18日當周: a weekly figure dated by the week's last day. */
  weekEnding?: boolean;
  /** Whether the year was written (2025年10月, October 2025) rather than inferred. */
  yearWritten?: boolean;
  /**
   * "the same period", 同期, 在此期間: the span named before it (a reading, not firm: the frame's time source is
   * SENTENCE_BEFORE).
   */
  referred?: boolean;
  /** A span between two times: each end's own window ("2008年至2022年間": 2008, 2022), for a move from one level to another. */
  parts?: [TimeWindow, TimeWindow];
  /** A named period or event ("during the shutdown", 本轮缩表, 川普上任周年: named-periods.ts), with the source of its dates. */
  period?: { id: string; source: string };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name; the full stop only after an abbreviation ("Oct."), never a sentence's own ("since mid-July."). */
const EN_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const EN_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ZH_DAYS = '日天一二三四五六';
const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const num = (s: string) => (/^\d/.test(s) ? Number(s) : (ZH_NUM[s] ?? NaN));
const PART_EN = String.raw`(?:early|mid|late|the (?:end|start|beginning|middle) of|end of|start of|beginning of)[\s-]`;

interface Resolved {
  window: TimeWindow | null;
  grain: TimeExpression['grain'];
  /** For a month or day written without a year: the same expression in year `y` (the year the sentence names). */
  inYear?: (y: number) => { window: TimeWindow; grain: TimeExpression['grain'] };
  weekEnding?: boolean;
  now?: boolean;
  /** "that year", 當天: the year or day named before the sentence or earlier in it. */
  anaphor?: 'YEAR' | 'DAY' | 'DAY_BEFORE' | 'BUSINESS_DAY_BEFORE' | 'WEEK_BEFORE' | 'PREVIOUS_RELEASE' | 'SAME_PERIOD';
}
type Resolver = (m: RegExpExecArray, doc: Date | null) => Resolved | null;

const iso = isoDay;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const lastDay = (y: number, m: number) => utc(y, m + 1, 0).getUTCDate();
const dayWindow = (d: Date) => ({ window: { start: iso(d), end: iso(d) }, grain: 'DAY' as const });
const monthWindow = (y: number, m: number, part?: 'early' | 'mid' | 'late' | 'end') => {
  const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, lastDay(y, m)] : part === 'end' ? [lastDay(y, m) - 4, lastDay(y, m)] : [1, lastDay(y, m)];
  return { window: { start: iso(utc(y, m, a)), end: iso(utc(y, m, b)) }, grain: part ? ('PART' as const) : ('MONTH' as const) };
};
const yearWindow = (y: number, part?: 'early' | 'mid' | 'late' | 'end') => {
  const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : part === 'late' ? [9, 12] : part === 'end' ? [12, 12] : [1, 12];
  return { window: { start: iso(utc(y, a, 1)), end: iso(utc(y, b, lastDay(y, b))) }, grain: part ? ('PART' as const) : ('YEAR' as const) };
};
/** The week (Thursday to Wednesday for an H.4.1 week) ending on a day: the seven days to it. */
/**
 * `r` (a fresh object) with `inYear` when the year was not written: the same expression in the year the sentence names.
 * Set on `r` rather than spread into a new literal (`{ ...r, ...(written ? {} : { inYear }) }` takes V8's slow path,
 * microseconds a time expression: issue 18, reading throughput).
 */
function unlessWritten<T extends object>(written: unknown, r: T, inYear: NonNullable<Resolved['inYear']>): T & Pick<Resolved, 'inYear'> {
  if (!written) (r as T & Pick<Resolved, 'inYear'>).inYear = inYear;
  return r;
}
const weekEnding = (y: number, m: number, d: number) => {
  const end = utc(y, m, d);
  return { window: { start: iso(addDays(end, -6)), end: iso(end) }, grain: 'WEEK' as const };
};
const monthHalf = (y: number, m: number, second: boolean) => ({ window: { start: iso(utc(y, m, second ? 16 : 1)), end: iso(utc(y, m, second ? lastDay(y, m) : 15)) }, grain: 'PART' as const });
const yearHalf = (y: number, second: boolean) => ({ window: { start: iso(utc(y, second ? 7 : 1, 1)), end: iso(utc(y, second ? 12 : 6, second ? 31 : 30)) }, grain: 'PART' as const });
/** A season of a year (northern hemisphere, by months): spring March–May, summer June–August, autumn September–November, winter December–February. */
const seasonWindow = (y: number, word: string) => {
  const first = /spring|春/i.test(word) ? 3 : /summer|夏/i.test(word) ? 6 : /autumn|fall|秋/i.test(word) ? 9 : 12;
  const [ey, em] = first === 12 ? [y + 1, 2] : [y, first + 2];
  return { window: { start: iso(utc(y, first, 1)), end: iso(utc(ey, em, lastDay(ey, em))) }, grain: 'PART' as const };
};
/** A month and day without a year: the latest such day not more than a month after the document's date. */
const yearFor = (doc: Date, m: number, d = 1) => {
  const y = doc.getUTCFullYear();
  return utc(y, m, d).getTime() > addDays(doc, 31).getTime() ? y - 1 : y;
};
/**
 * A day of a month with its year as written, or, when none is, the document's nearest (`yearFor`) and the year to
 * put in its place when one is named before ("that year", 同年: `inYear`); no window without either.
 */
const writtenDay = (year: string | undefined, mo: number, d: number, doc: Date | null): Resolved => {
  const y = year ? Number(year) : doc ? yearFor(doc, mo, d) : null;
  return y === null ? { window: null, grain: 'DAY' } : unlessWritten(year, dayWindow(utc(y, mo, d)), (yy: number) => dayWindow(utc(yy, mo, d)));
};
/** The week ending a day of a month ("the week ending October 29", 截至10月22日当周), its year found as `writtenDay`'s. */
const writtenWeekEnding = (year: string | undefined, mo: number, d: number, doc: Date | null): Resolved => {
  const y = year ? Number(year) : doc ? yearFor(doc, mo, d) : null;
  if (y === null) return { window: null, grain: 'WEEK', weekEnding: true };
  return unlessWritten(year, { ...weekEnding(y, mo, d), weekEnding: true }, (yy: number) => weekEnding(yy, mo, d));
};
/** A day of the month without a month: the document's month, or the one before when the day is still to come. */
const dayOfDocMonth = (doc: Date, d: number) => {
  const y = doc.getUTCFullYear();
  const m = doc.getUTCMonth() + 1;
  return d <= doc.getUTCDate() ? utc(y, m, d) : m === 1 ? utc(y - 1, 12, d) : utc(y, m - 1, d);
};
/**
 * The part of a month or year named. Its end (月底, 月末, "the end of October"; 年底, "the end of 2024") is narrower
 * than its late part (下旬, "late October": the 21st on; "late 2024": September on): a month's last five days (its
 * last business week: 6月末 is the week holding 30 June), a year's December.
 */
const partOf = (w: string): 'early' | 'mid' | 'late' | 'end' | undefined => {
  if (/early|start|beginning|初|上旬/i.test(w)) return 'early';
  if (/mid|middle|中旬|月中|^中$|年中/i.test(w)) return 'mid';
  if (/late|下旬/i.test(w)) return 'late';
  if (/end|底|末/i.test(w)) return 'end';
  return undefined;
};
const yearPart = partOf;
const monthOf = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
/** The last `weekday` (0 = Sunday) on or before the document's date; `weeksBack` more weeks back. */
const lastWeekday = (doc: Date, weekday: number, weeksBack = 0) => addDays(doc, -((doc.getUTCDay() - weekday + 7) % 7) - 7 * weeksBack);
/** Monday to Sunday of the week holding `d`, `weeksBack` weeks before. */
const weekOf = (d: Date, weeksBack = 0) => {
  const monday = addDays(d, -((d.getUTCDay() + 6) % 7) - 7 * weeksBack);
  return { window: { start: iso(monday), end: iso(addDays(monday, 6)) }, grain: 'WEEK' as const };
};
/** A quarter (1–4) of a year; `closing`: its last day (三季度末, the figure at the quarter's close). */
const quarterWindow = (y: number, q: number, closing = false) =>
  closing ? dayWindow(utc(y, 3 * q, lastDay(y, 3 * q))) : { window: { start: iso(utc(y, 3 * q - 2, 1)), end: iso(utc(y, 3 * q, lastDay(y, 3 * q))) }, grain: 'QUARTER' as const };
/** A quarter without a year: the latest such quarter that has begun by the document's date. */
const yearForQuarter = (doc: Date, q: number) => (utc(doc.getUTCFullYear(), 3 * q - 2, 1).getTime() > doc.getTime() ? doc.getUTCFullYear() - 1 : doc.getUTCFullYear());
const ZH_QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const EN_ORDINAL_Q: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const UNIT_DAYS = { day: 1, week: 7 } as const;
const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, 一: 1, 兩: 2, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十二: 12 };
/** The `n` days, weeks, months or years to the document's date ("the past three months", 过去一周), the day after the same day `n` back to the date. */
const spanTo = (doc: Date, n: number, unit: 'day' | 'week' | 'month' | 'year') => {
  let start: Date;
  if (unit === 'day' || unit === 'week') start = addDays(doc, -n * UNIT_DAYS[unit] + 1);
  else {
    const months = unit === 'month' ? n : 12 * n;
    const y = doc.getUTCFullYear();
    const m = doc.getUTCMonth() - months;
    const back = utc(y, m + 1, Math.min(doc.getUTCDate(), lastDay(y + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1)));
    start = addDays(back, 1);
  }
  return { window: { start: iso(start), end: iso(doc) }, grain: 'RANGE' as const };
};
/** The same day of the month `months` before `doc` (the month's last day when it has no such day). */
const monthsBack = (doc: Date, months: number) => {
  const m = doc.getUTCMonth() - months;
  const y = doc.getUTCFullYear() + Math.floor(m / 12);
  const mo = ((m % 12) + 12) % 12 + 1;
  return utc(y, mo, Math.min(doc.getUTCDate(), lastDay(y, mo)));
};
const spanUnit = (w: string): 'day' | 'week' | 'month' | 'year' => (/day|天|日/i.test(w) ? 'day' : /week|週|周|星期|禮拜|礼拜/i.test(w) ? 'week' : /month|月/i.test(w) ? 'month' : 'year');

const prevMonth = (doc: Date) => (doc.getUTCMonth() === 0 ? [doc.getUTCFullYear() - 1, 12] : [doc.getUTCFullYear(), doc.getUTCMonth()]) as [number, number];

/** Patterns, most specific first; a later pattern never overlaps an earlier match. */
/**
 * Which script every match of a pattern needs: a Latin letter (the English patterns), a Han character (the Chinese
 * ones), or neither. A sentence without that script cannot hold a match, so its pattern is not run there — most of
 * a Chinese document's sentences skip the English patterns and the reverse (issue 18, reading throughput). A new
 * pattern must say which; test/quantities/time-pattern-scripts.test.ts checks every match on the evaluation texts
 * holds its pattern's script.
 */
export type PatternScript = 'LATIN' | 'HAN' | 'ANY';
const LATIN: PatternScript = 'LATIN';
const HAN: PatternScript = 'HAN';
const ANY: PatternScript = 'ANY';
const HAS: Record<PatternScript, RegExp> = { LATIN: /[A-Za-z]/, HAN: /[\u3400-\u9fff\uf900-\ufaff]/, ANY: /[^]/ };

const PATTERNS: [PatternScript, RegExp, Resolver][] = [
  // the week ending October 29(, 2025), in the week through Jan. 1: a weekly figure, dated by the week's last day
  [LATIN, new RegExp(String.raw`\b(?:the\s+)?week\s+(?:ending|ended|through|to)\s+(?:on\s+)?(?:Wednesday,?\s+)?(${EN_MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`, 'gi'), (m, doc) => {
    const mo = monthOf(m[1]!);
    const d = Number(m[2]);
    if (d < 1 || d > 31) return null;
    return writtenWeekEnding(m[3], mo, d, doc);
  }],
  // the past three months, over the last week, 过去一周, 近三个月, 最近一个月: a span ending on the document's date
  [LATIN, /\b(?:in|over|during|for|within)?\s*the\s+(?:past|last|previous|prior)\s+(?:(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?(day|week|month|year)s?\b/gi, (m, doc) => {
    const n = m[1] ? (/^\d/.test(m[1]) ? Number(m[1]) : (COUNT_WORDS[m[1].toLowerCase()] ?? NaN)) : 1;
    if (!(n >= 1)) return null;
    if (!m[1] && /s$/i.test(m[0])) return null;
    // "a $54.3 billion increase the previous week": the week before the one just reported (the last seven days), not
    // the last seven days themselves.
    // ("the previous day" is the business day before the day named last: the pattern for 此前一天 reads it)
    if (!m[1] && /previous|prior/i.test(m[0]) && /day/i.test(m[2]!)) return null;
    if (!m[1] && /previous|prior/i.test(m[0]) && /week/i.test(m[2]!)) return doc ? { window: { start: iso(addDays(doc, -13)), end: iso(addDays(doc, -7)) }, grain: 'WEEK' } : { window: null, grain: 'WEEK' };
    return doc ? spanTo(doc, n, spanUnit(m[2]!)) : { window: null, grain: 'RANGE' };
  }],
  [HAN, /(?:過去|过去|最近|近)\s?(\d{1,2}|[一兩两二三四五六七八九十]|十二)\s?(?:個|个)?\s?(天|日|週|周|星期|禮拜|礼拜|月|年)(?:來|来|內|内|裡|里|間|间|以來|以来)?(?!\s?(?:來|来|以來|以来)?\s?(?:的)?(?:新高|新低|最高|最低|高點|高点|低點|低点|高位|低位|之最))/g, (m, doc) => {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : (COUNT_WORDS[m[1]!] ?? NaN);
    if (!(n >= 1)) return null;
    // 近三个月 needs 个 (近三月 is rare, 近五年 common); 近一日 and 近日 are not spans.
    if (/^近/.test(m[0]) && /[天日]/.test(m[2]!)) return null;
    return doc ? spanTo(doc, n, spanUnit(m[2]!)) : { window: null, grain: 'RANGE' };
  }],
  // 6个月来, 兩週來, 10天以來 (no 近 or 過去 before it): the same span to the document's date — months, weeks or days
  // (N 年來 may be a span long past: "三年来,没有人使用它" of 2021–2024); not an extremum's reach (3个月来新高).
  [HAN, /(?<![\d年月日.])(\d{1,2}|[一兩两二三四五六七八九十]|十二)\s?(?:個|个)?\s?(天|週|周|星期|月)(?:來|来|以來|以来)(?!\s?(?:的)?(?:新高|新低|最高|最低|高點|高点|低點|低点|高位|低位|之最|首次|首度))/g, (m, doc) => {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : (COUNT_WORDS[m[1]!] ?? NaN);
    if (!(n >= 1)) return null;
    // (a month needs its 個: 6月來 is June's since)
    if (m[2] === '月' && !/[個个]/.test(m[0])) return null;
    return doc ? spanTo(doc, n, spanUnit(m[2]!)) : { window: null, grain: 'RANGE' };
  }],
  // 2025年第三季度, 第3季, 三季度末, 今年第二季: a quarter (its last day when its end is named)
  [HAN, /(?:(?:((?:19|20)\d{2})\s?年|(今年|去年|明年))\s?)?(?:第\s?([一二三四1-4])\s?季度?|([一二三四1-4])\s?季度)(末|底|初)?(?![節节风風])/g, (m, doc) => {
    const q = ZH_QUARTER[m[3] ?? m[4]!]!;
    const closing = m[5] === '末' || m[5] === '底';
    const y = m[1] ? Number(m[1]) : m[2] && doc ? doc.getUTCFullYear() + ({ 今年: 0, 去年: -1, 明年: 1 } as Record<string, number>)[m[2]]! : doc ? yearForQuarter(doc, q) : null;
    if (y === null) return { window: null, grain: closing ? 'DAY' : 'QUARTER' };
    return unlessWritten(m[1] || m[2], quarterWindow(y, q, closing), (yy: number) => quarterWindow(yy, q, closing));
  }],
  // 2025 Q3, 2021 Q1 (the year written before the quarter, as tables and digests write it)
  [LATIN, /(?<![\d.,])((?:19|20)\d{2})\s?Q([1-4])\b/g, (m) => quarterWindow(Number(m[1]), Number(m[2]))],
  // the summer of 2022, summer 2022, 2023年夏季, 2023 夏天: a season of a year (northern: summer is June to August;
  // winter runs from the year's December into the next)
  [LATIN, /\b(?:the\s+)?(spring|summer|autumn|winter|fall(?=\s+of\b))\s+(?:of\s+)?((?:19|20)\d{2})\b/gi, (m) => seasonWindow(Number(m[2]), m[1]!)],
  [HAN, /((?:19|20)\d{2})\s?年?\s?(?:的)?(春季|夏季|秋季|冬季|春天|夏天|秋天|冬天)/g, (m) => seasonWindow(Number(m[1]), m[2]!)],
  // the final week of October, the first week of October 2025: seven days at the month's end or start
  [LATIN, new RegExp(String.raw`\b(?:the\s+)?(first|final|last)\s+week\s+of\s+(${EN_MONTH})(?:,?\s+(\d{4}))?`, 'gi'), (m, doc) => {
    const mo = monthOf(m[2]!);
    const first = /first/i.test(m[1]!);
    const at = (y: number) => ({ window: first ? { start: iso(utc(y, mo, 1)), end: iso(utc(y, mo, 7)) } : { start: iso(utc(y, mo, lastDay(y, mo) - 6)), end: iso(utc(y, mo, lastDay(y, mo))) }, grain: 'PART' as const });
    const y = m[3] ? Number(m[3]) : doc ? yearFor(doc, mo) : null;
    return y === null ? { window: null, grain: 'PART' } : unlessWritten(m[3], at(y), at);
  }],
  // Q3, the third quarter, third-quarter (no year written): the latest such quarter begun by the document's date
  [LATIN, /\b(?:Q([1-4])|(?:the\s+)?(first|second|third|fourth)[\s-]quarter)\b(?!\s*(?:of\s+)?(?:19|20)\d{2})/gi, (m, doc) => {
    const q = m[1] ? Number(m[1]) : EN_ORDINAL_Q[m[2]!.toLowerCase()]!;
    if (!doc) return { window: null, grain: 'QUARTER' };
    return { ...quarterWindow(yearForQuarter(doc, q), q), inYear: (yy: number) => quarterWindow(yy, q) };
  }],
  // the week ended Wednesday, in the week to Thursday: a weekly figure dated by the last such day by the document's date
  [LATIN, /\b(?:the\s+)?week\s+(?:ending|ended|through|to)\s+(?:on\s+|last\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi, (m, doc) => {
    if (!doc) return { window: null, grain: 'WEEK', weekEnding: true };
    const end = lastWeekday(doc, EN_DAYS.indexOf(m[1]!.toLowerCase()));
    return { ...weekEnding(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()), weekEnding: true };
  }],
  // 截至週三的一週, 到上周三当周: the week ending on that weekday (the last such day by the document's date)
  [HAN, new RegExp(`(?:截至|截止|到)\\s?(上|本|這|这)?(?:週|周|星期|禮拜|礼拜)([${ZH_DAYS}])\\s?(?:止)?\\s?(?:的)?(?:當週|當周|当周|当週|這一週|这一周|那一週|那一周|一週|一周)`, 'g'), (m, doc) => {
    if (!doc) return { window: null, grain: 'WEEK', weekEnding: true };
    const wd = ZH_DAYS.indexOf(m[2]!) <= 1 ? 0 : ZH_DAYS.indexOf(m[2]!) - 1;
    // 上週三: the Wednesday of the week before the document's (weeks run Monday to Sunday); else the last one by then.
    const back = m[1] === '上' ? 1 : 0;
    const day = addDays(addDays(doc, -((doc.getUTCDay() + 6) % 7) - 7 * back), (wd + 6) % 7);
    const end = back || day.getTime() <= doc.getTime() ? day : addDays(day, -7);
    return { ...weekEnding(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()), weekEnding: true };
  }],
  // 2025-10-29, 2025/10/29, 2025.10.29 (a date written with numbers, year first), 10/29/2025 (US order)
  [ANY, /(?<![\d.,/-])(?:((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2}))(?![\d.,/-]?\d)/g, (m) => {
    const [y, mo, d] = m[1] ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[6]), Number(m[4]), Number(m[5])];
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo))) return null;
    return dayWindow(utc(y, mo, d));
  }],
  // year to date, so far this year (read by "this year"), month-to-date, YTD, 年初至今, 今年迄今, 本月至今: from the period's start to the document's date
  [ANY, /\b(year|month)[- ]to[- ]date\b|\b(YTD|MTD)\b|(年初|今年|本月|月初)(?:至今|迄今|到現在|到现在)/gi, (m, doc) => {
    if (!doc) return { window: null, grain: 'RANGE' };
    const month = /month|MTD|本月|月初/i.test(m[0]);
    return { window: { start: iso(utc(doc.getUTCFullYear(), month ? doc.getUTCMonth() + 1 : 1, 1)), end: iso(doc) }, grain: 'RANGE' };
  }],
  // end-of-December (an "end-of-December cash balance"): the month's last day
  [LATIN, new RegExp(String.raw`\bend-(?:of-)?(${EN_MONTH})(?:,?\s+(\d{4}))?`, 'gi'), (m, doc) => {
    const mo = monthOf(m[1]!);
    const at = (y: number) => dayWindow(utc(y, mo, lastDay(y, mo)));
    const y = m[2] ? Number(m[2]) : doc ? yearFor(doc, mo) : null;
    return y === null ? { window: null, grain: 'DAY' } : unlessWritten(m[2], at(y), at);
  }],
  // the first / second half of September (2025), of 2025
  [LATIN, new RegExp(String.raw`\b(?:the\s+)?(first|second)\s+half\s+of\s+(?:(${EN_MONTH})(?:,?\s+(\d{4}))?|((?:19|20)\d{2}))\b`, 'gi'), (m, doc) => {
    const second = /second/i.test(m[1]!);
    if (m[4]) return yearHalf(Number(m[4]), second);
    const mo = monthOf(m[2]!);
    const at = (y: number) => monthHalf(y, mo, second);
    const y = m[3] ? Number(m[3]) : doc ? yearFor(doc, mo) : null;
    return y === null ? { window: null, grain: 'PART' } : unlessWritten(m[3], at(y), at);
  }],
  // May of that year, October of the same year: the year is the one named before (resolved by the caller)
  [LATIN, new RegExp(String.raw`\b(${EN_MONTH})(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b`, 'gi'), (m) => {
    const mo = monthOf(m[1]!);
    const d = m[2] ? Number(m[2]) : null;
    return { window: null, grain: d ? 'DAY' : 'MONTH', anaphor: 'YEAR', inYear: (y: number) => (d ? dayWindow(utc(y, mo, d)) : monthWindow(y, mo)) };
  }],
  // late October (2025), the end of October
  [LATIN, new RegExp(String.raw`\b${PART_EN}(${EN_MONTH})(?:,?\s+(\d{4}))?(?![\s]*\d{1,2}\b)`, 'gi'), (m, doc) => {
    const mo = monthOf(m[1]!);
    const part = partOf(m[0]);
    const y = m[2] ? Number(m[2]) : doc ? yearFor(doc, mo) : null;
    return y === null ? { window: null, grain: 'PART' } : unlessWritten(m[2], monthWindow(y, mo, part), (yy: number) => monthWindow(yy, mo, part));
  }],
  // (before "early 2021", whose "the end of 2024" would take it as December)
  // 到2024年底, 截至2025年末, "by the end of 2024", "by year-end 2024": a deadline, the year's last day
  [ANY, /(?:到|截至|截止)\s?((?:19|20)\d{2})\s?年\s?(?:底|末)|\b(?:by|through|until)\s+(?:the\s+end\s+of\s+|year[- ]end\s+|end-)((?:19|20)\d{2})\b/gi, (m) => dayWindow(utc(Number(m[1] ?? m[2]), 12, 31))],
  // by year-end, at quarter-end, until year-end: a deadline at the close of the document's year or quarter, its last day
  [LATIN, /\b(?:by|at|through|until|till|before)\s+(?:the\s+)?(year|quarter)[- ]end\b(?![- ]?\s*(?:19|20)\d{2})/gi, (m, doc) => {
    if (!doc) return { window: null, grain: 'DAY' };
    const y = doc.getUTCFullYear();
    const mo = /year/i.test(m[1]!) ? 12 : 3 * (Math.floor(doc.getUTCMonth() / 3) + 1);
    return dayWindow(utc(y, mo, lastDay(y, mo)));
  }],
  // "the quarter-end target of $850bn", "a year-end goal": a target set for the close of the quarter (year) under way
  // on the document's date, its last day (what is aimed at lies ahead; a target's check is inconclusive anyway)
  [LATIN, /(?<=\b(?:the|a|its|their|Treasury['’]s)\s+)(?:(?:current|this)\s+)?(year|quarter)[- ]end(?=\s+(?:cash\s+)?(?:target|goal|projection|forecast|estimate|assumption)\b)/gi, (m, doc) => {
    if (!doc) return { window: null, grain: 'DAY' };
    const y = doc.getUTCFullYear();
    const mo = /year/i.test(m[1]!) ? 12 : 3 * (Math.floor(doc.getUTCMonth() / 3) + 1);
    return dayWindow(utc(y, mo, lastDay(y, mo)));
  }],
  // early 2021, mid-2025
  [LATIN, new RegExp(String.raw`\b${PART_EN}((?:19|20)\d{2})\b`, 'gi'), (m) => yearWindow(Number(m[1]), yearPart(m[0]))],
  // year-end 2024, end-2024, 2024 year-end: December
  [LATIN, /\b(?:year[- ]end\s+|end-)((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s+year[- ]end\b/gi, (m) => yearWindow(Number(m[1] ?? m[2]), 'end')],
  // October 29(, 2025), Oct. 29
  [LATIN, new RegExp(String.raw`\b(${EN_MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'gi'), (m, doc) => {
    const mo = monthOf(m[1]!);
    const d = Number(m[2]);
    if (d < 1 || d > 31) return null;
    return writtenDay(m[3], mo, d, doc);
  }],
  // 29 October 2025
  [LATIN, new RegExp(String.raw`\b(\d{1,2})\s+(${EN_MONTH})(?:\s+(\d{4}))?\b`, 'gi'), (m, doc) => {
    const mo = monthOf(m[2]!);
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    return writtenDay(m[3], mo, d, doc);
  }],
  // October 2025
  [LATIN, new RegExp(String.raw`\b(${EN_MONTH})\s+((?:19|20)\d{2})\b`, 'gi'), (m) => monthWindow(Number(m[2]), monthOf(m[1]!))],
  // October (no year): the latest October not after the document's month
  [LATIN, /\b(January|February|March|April|June|July|August|September|October|November|December|(?<=\b(?:in|since|of|by|until|through)\s)May)\b/gi, (m, doc) => {
    const mo = monthOf(m[1]!);
    return doc ? { ...monthWindow(yearFor(doc, mo), mo), inYear: (y: number) => monthWindow(y, mo) } : { window: null, grain: 'MONTH', inYear: (y: number) => monthWindow(y, mo) };
  }],
  // Q3 2025, the third quarter of 2025
  [LATIN, /\b(?:Q([1-4])\s*(\d{4})|(?:the\s+)?(first|second|third|fourth)\s+quarter(?:\s+of)?\s+(\d{4}))\b/gi, (m) => {
    const q = m[1] ? Number(m[1]) : ['first', 'second', 'third', 'fourth'].indexOf(m[3]!.toLowerCase()) + 1;
    const y = Number(m[2] ?? m[4]);
    return { window: { start: iso(utc(y, 3 * q - 2, 1)), end: iso(utc(y, 3 * q, lastDay(y, 3 * q))) }, grain: 'QUARTER' };
  }],
  // since the beginning of the year, the start of this month: the period's first day
  [LATIN, /\b(?:the\s+)?(?:beginning|start)\s+of\s+(?:the|this)\s+(year|month|quarter)\b/gi, (m, doc) => {
    if (!doc) return { window: null, grain: 'DAY' };
    const unit = m[1]!.toLowerCase();
    const mo = unit === 'year' ? 1 : unit === 'month' ? doc.getUTCMonth() + 1 : 3 * Math.floor(doc.getUTCMonth() / 3) + 1;
    return dayWindow(utc(doc.getUTCFullYear(), mo, 1));
  }],
  // the final trading day of 2022, the last business day of December: that day
  [LATIN, new RegExp(String.raw`\b(?:the\s+)?(?:final|last)\s+(?:trading|business)\s+day\s+of\s+(?:((?:19|20)\d{2})|(${EN_MONTH})(?:,?\s+((?:19|20)\d{2}))?)`, 'gi'), (m, doc) => {
    const [y, mo] = m[1] ? [Number(m[1]), 12] : [m[3] ? Number(m[3]) : doc ? yearFor(doc, monthOf(m[2]!)) : NaN, monthOf(m[2]!)];
    if (!(y > 0)) return { window: null, grain: 'DAY' };
    const last = iso(utc(y, mo, lastDay(y, mo)));
    const day = isBusinessDay(last) ? last : previousBusinessDay(last);
    return { window: { start: day, end: day }, grain: 'DAY' };
  }],
  // (last) Wednesday
  [LATIN, /\b(last\s+|this\s+|on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi, (m, doc) =>
    doc ? dayWindow(lastWeekday(doc, EN_DAYS.indexOf(m[2]!.toLowerCase()), /last/i.test(m[1] ?? '') && doc.getUTCDay() <= EN_DAYS.indexOf(m[2]!.toLowerCase()) ? 0 : /last/i.test(m[1] ?? '') ? 1 : 0)) : { window: null, grain: 'DAY' }],
  // the end of the year, the end of this month, 上週末: the close of the document's period (of the one before)
  [ANY, /\b(?:(by|through|until|till)\s+)?(?:the\s+)?end\s+of\s+(?:the|this|last)\s+(year|month|quarter)\b|(上週末|上周末|上個週末|上个周末)|\blast\s+weekend\b/gi, (m, doc) => {
    if (!doc) return { window: null, grain: 'DAY' };
    if (m[3] || /weekend/i.test(m[0])) {
      // The week before's Friday to Sunday: a daily series' last close of that week is its Friday.
      const friday = addDays(doc, -((doc.getUTCDay() + 6) % 7) - 3);
      return { window: { start: iso(friday), end: iso(addDays(friday, 2)) }, grain: 'PART' };
    }
    // "the end of the month" alone may be another month's ("last Friday (end of the month)"): only a deadline or this/last.
    if (!m[1] && !/\b(?:this|last)\s/i.test(m[0])) return null;
    const unit = m[2]!.toLowerCase();
    const back = /last/i.test(m[0]);
    const y = doc.getUTCFullYear();
    // "by the end of the year" is a deadline, its last day; "at the end of the year" its December (as "the end of 2024").
    if (unit === 'year') return m[1] ? dayWindow(utc(back ? y - 1 : y, 12, 31)) : yearWindow(back ? y - 1 : y, 'end');
    if (unit === 'quarter') {
      const q = Math.floor(doc.getUTCMonth() / 3) + 1 - (back ? 1 : 0);
      const [qy, qq] = q === 0 ? [y - 1, 4] : [y, q];
      return dayWindow(utc(qy, 3 * qq, lastDay(qy, 3 * qq)));
    }
    const [my, mm] = back ? prevMonth(doc) : [y, doc.getUTCMonth() + 1];
    return m[1] ? dayWindow(utc(my, mm, lastDay(my, mm))) : monthWindow(my, mm, 'end');
  }],
  // 此前一天, 前一天, the day before, the previous day: the day before the day named last (resolved by the caller)
  // 前一交易日, the previous trading day / session: the business day before the day named last (resolved by the caller;
  // 此前一天 and "the day before" resolve the same way, below)
  [ANY, /(前一交易日|上一交易日|前一個交易日|前一个交易日|\bthe\s+(?:previous|prior)\s+(?:trading\s+day|session)\b)/gi, () => ({ window: null, grain: 'DAY', anaphor: 'BUSINESS_DAY_BEFORE' })],
  [ANY, /(此前一天|前一天|前一日|\bthe\s+(?:day\s+before|previous\s+day|prior\s+day)\b)/gi, () => ({ window: null, grain: 'DAY', anaphor: 'DAY_BEFORE' })],
  // over the same period, during this period, 同期 (not 去年同期, 同期相比), 在此期間, a clause's 期間: the span named before
  [LATIN, /\b(?:over|during|in)\s+(?:the\s+same|this|that)\s+(?:period|time\s*frame|timeframe|span|stretch)\b/gi, () => ({ window: null, grain: 'RANGE', anaphor: 'SAME_PERIOD' })],
  [HAN, /(?:在此期[間间]|此期[間间]|在這段期[間间]|在这段期间|這段期[間间]|这段期间|同一[時时]期|(?:^|(?<=[，,；;。]\s?))期[間间](?![內内])|(?<![年月比較较去上前今本])同期(?![比相內内]))/g, () => ({ window: null, grain: 'RANGE', anaphor: 'SAME_PERIOD' })],
  // "$7.13 trillion a week earlier", "from a week before": seven days before the day named last (the document's date
  // when none is). The words of the release before are release-before.ts's, shared with the checks.
  [LATIN, WEEK_BEFORE_PATTERN, () => ({ window: null, grain: 'DAY', anaphor: 'WEEK_BEFORE' })],
  // "$38.84 billion a day earlier", "below the low it was at a day earlier": the business day before the day named last
  // (as "the previous day"; resolved by the caller)
  [LATIN, /\b(?:a|one)\s+(?:business\s+|trading\s+)?day\s+(?:earlier|before)\b/gi, () => ({ window: null, grain: 'DAY', anaphor: 'BUSINESS_DAY_BEFORE' })],
  // "from the previous figure of $3.062 trillion", "the previous level", "the previous standing", "the prior reading":
  // the release before the one reported — on a weekly release, the week 13 to 7 days before the day named last
  [LATIN, PREVIOUS_RELEASE_PATTERN, () => ({ window: null, grain: 'WEEK', anaphor: 'PREVIOUS_RELEASE' })],
  // earlier this year, 今年早些時候, 本月稍早: from the period's start to the document's date (what was before it)
  [ANY, /\bearlier\s+(?:in\s+)?this\s+(year|month|week)\b|(今年|本月|本週|本周)(?:早些[時时]候|稍早|較早|较早)/gi, (m, doc) => {
    if (!doc) return { window: null, grain: 'RANGE' };
    const unit = (m[1] ?? m[2]!).toLowerCase();
    const start = /year|年/.test(unit) ? utc(doc.getUTCFullYear(), 1, 1) : /month|月/.test(unit) ? utc(doc.getUTCFullYear(), doc.getUTCMonth() + 1, 1) : addDays(doc, -((doc.getUTCDay() + 6) % 7));
    return { window: { start: iso(start), end: iso(doc) }, grain: 'RANGE' };
  }],
  // two months ago, 兩個月前, 三年前: the day that many days, weeks, months or years before the document's date
  // "less than a year ago", 不到一年前: any day from then to the document's date; "two decades ago": that year
  [ANY, /\b(?:(less\s+than|under|within)\s+)?(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(day|week|month|year|decade)s?\s+ago\b|(不到|不足|未到|未滿|未满)?(?<![\d年月])(\d{1,2}|[一兩两二三四五六七八九十]|十二)\s?(?:(?:個|个)\s?(月)|(天|週|周|星期|年))前(?![後后往夕])/gi, (m, doc) => {
    const word = (m[2] ?? m[5]!).toLowerCase();
    const n = /^\d/.test(word) ? Number(word) : (COUNT_WORDS[word] ?? NaN);
    if (!(n >= 1)) return null;
    if (!doc) return { window: null, grain: 'DAY' };
    const written = (m[3] ?? m[6] ?? m[7]!).toLowerCase();
    if (written === 'decade') return yearWindow(doc.getUTCFullYear() - 10 * n);
    const unit = spanUnit(written);
    const day = unit === 'day' || unit === 'week' ? addDays(doc, -n * UNIT_DAYS[unit]) : monthsBack(doc, unit === 'month' ? n : 12 * n);
    return m[1] || m[4] ? { window: { start: iso(day), end: iso(doc) }, grain: 'RANGE' } : dayWindow(day);
  }],
  [LATIN, /\b(yesterday|today|last week|this week|last month|this month|last year|this year)\b/gi, (m, doc) => {
    if (!doc) return { window: null, grain: 'DAY' };
    const w = m[1]!.toLowerCase();
    if (w === 'yesterday') return dayWindow(addDays(doc, -1));
    if (w === 'today') return dayWindow(doc);
    if (w === 'last week') return weekOf(doc, 1);
    if (w === 'this week') return weekOf(doc);
    if (w === 'last month') return monthWindow(...prevMonth(doc));
    if (w === 'this month') return monthWindow(doc.getUTCFullYear(), doc.getUTCMonth() + 1);
    return yearWindow(doc.getUTCFullYear() - (w === 'last year' ? 1 : 0));
  }],
  // 明年4月15日, 今年6月中旬, 去年12月: a month of a year named relative to the document's
  [HAN, /(今年|去年|明年|前年)\s?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月(?:份)?(?:\s?(\d{1,2})\s?[日號号]|(初|底|末|中旬|上旬|下旬))?/g, (m, doc) => {
    const mo = num(m[2]!);
    if (!(mo >= 1 && mo <= 12)) return null;
    if (!doc) return { window: null, grain: m[3] ? 'DAY' : 'MONTH' };
    const y = doc.getUTCFullYear() + ({ 今年: 0, 去年: -1, 明年: 1, 前年: -2 } as Record<string, number>)[m[1]!]!;
    if (m[3]) {
      const d = Number(m[3]);
      return d >= 1 && d <= 31 ? dayWindow(utc(y, mo, d)) : null;
    }
    return monthWindow(y, mo, m[4] ? partOf(m[4]) : undefined);
  }],
  // 截至12月18日當周, 到10月22日当周: the week ending that day (a weekly figure, dated by the week's last day)
  [HAN, /(?:截至|截止|到)?\s?(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?[日號号]\s?(?:止)?\s?(?:的)?(?:當週|當周|当周|当週|這一週|这一周|那一週|那一周|一週|一周)/g, (m, doc) => {
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
    return writtenWeekEnding(m[1], mo, d, doc);
  }],
  // 同年5月, 當年10月30日: the year named before (resolved by the caller)
  [HAN, /(?:同年|當年|当年|該年|该年|那年)\s?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月(?:\s?(\d{1,2})\s?[日號号])?/g, (m) => {
    const mo = num(m[1]!);
    if (!(mo >= 1 && mo <= 12)) return null;
    const d = m[2] ? Number(m[2]) : null;
    return { window: null, grain: d ? 'DAY' : 'MONTH', anaphor: 'YEAR', inYear: (y: number) => (d ? dayWindow(utc(y, mo, d)) : monthWindow(y, mo)) };
  }],
  // 截至11月, 截至2025年11月底: as of a month, the figure at its close
  [HAN, /(?:截至|截止)\s?(?:(\d{4})\s?年\s?)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月(?:份)?(?:底|末)?(?!\s?[\d日號号初中上下旬])/g, (m, doc) => {
    const mo = num(m[2]!);
    if (!(mo >= 1 && mo <= 12)) return null;
    const at = (y: number) => dayWindow(utc(y, mo, lastDay(y, mo)));
    const y = m[1] ? Number(m[1]) : doc ? yearFor(doc, mo) : null;
    return y === null ? { window: null, grain: 'DAY' } : unlessWritten(m[1], at(y), at);
  }],
  // 9月下半月, 2025年10月上半月
  [HAN, /(?:(\d{4})\s?年\s?)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月(?:份)?\s?(上半月|下半月|前半月|後半月|后半月)/g, (m, doc) => {
    const mo = num(m[2]!);
    if (!(mo >= 1 && mo <= 12)) return null;
    const second = /下|後|后/.test(m[3]!);
    const at = (y: number) => monthHalf(y, mo, second);
    const y = m[1] ? Number(m[1]) : doc ? yearFor(doc, mo) : null;
    return y === null ? { window: null, grain: 'PART' } : unlessWritten(m[1], at(y), at);
  }],
  // 12月9–10日, 2025年12月9日至10日: days of a month (a meeting's two days)
  [HAN, /(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?[日號号]?\s?[-–—~～至到]\s?(\d{1,2})\s?[日號号]/g, (m, doc) => {
    const mo = Number(m[2]);
    const [a, b] = [Number(m[3]), Number(m[4])];
    if (!(mo >= 1 && mo <= 12 && a >= 1 && a < b && b <= 31)) return null;
    const at = (y: number) => ({ window: { start: iso(utc(y, mo, a)), end: iso(utc(y, mo, b)) }, grain: 'RANGE' as const });
    const y = m[1] ? Number(m[1]) : doc ? yearFor(doc, mo, a) : null;
    return y === null ? { window: null, grain: 'RANGE' } : unlessWritten(m[1], at(y), at);
  }],
  // 2025年10月9日, 10月30日, 10月30號
  [HAN, /(?:(\d{4})\s?年\s?)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月\s?(\d{1,2})\s?[日號号]/g, (m, doc) => {
    const mo = num(m[2]!);
    const d = Number(m[3]);
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
    const y = m[1] ? Number(m[1]) : doc ? yearFor(doc, mo, d) : null;
    return y === null ? { window: null, grain: 'DAY' } : unlessWritten(m[1], dayWindow(utc(y, mo, d)), (yy: number) => dayWindow(utc(yy, mo, d)));
  }],
  // 10月底, 2025年10月初, 10月下旬, 上個月底, 本月初
  [HAN, /(?:(?:(\d{4})\s?年\s?)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月|(上個?|上个|本|這個?|这个?)月)(初|底|末|中旬|上旬|下旬|中)/g, (m, doc) => {
    if (m[3]) {
      if (!doc) return { window: null, grain: 'PART' };
      const [y, mo] = /上/.test(m[3]) ? prevMonth(doc) : [doc.getUTCFullYear(), doc.getUTCMonth() + 1];
      return monthWindow(y, mo, partOf(m[4]!));
    }
    const mo = num(m[2]!);
    if (!(mo >= 1 && mo <= 12)) return null;
    const part = partOf(m[4]!);
    const y = m[1] ? Number(m[1]) : doc ? yearFor(doc, mo) : null;
    return y === null ? { window: null, grain: 'PART' } : unlessWritten(m[1], monthWindow(y, mo, part), (yy: number) => monthWindow(yy, mo, part));
  }],
  // 2025年10月, 10月份, 10月 (not followed by a day)
  [HAN, /(?:(\d{4})\s?年\s?)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月(?:份)?(?!\s?[\d日號号底末初中上下])/g, (m, doc) => {
    const mo = num(m[2]!);
    if (!(mo >= 1 && mo <= 12)) return null;
    if (/^\s?[個个]/.test(m[0].slice(m[0].indexOf(m[2]!) + m[2]!.length))) return null;
    const y = m[1] ? Number(m[1]) : doc ? yearFor(doc, mo) : null;
    return y === null ? { window: null, grain: 'MONTH' } : unlessWritten(m[1], monthWindow(y, mo), (yy: number) => monthWindow(yy, mo));
  }],
  // 上週三, 上周, 本週, 週三, 星期三; 前週 (從前週的8.64兆美元) is 上週 (not 提前週, 之前週…)
  [HAN, new RegExp(`(上|本|這|这|今|(?<![提之以此目當当])前)?(?:週|周|星期|禮拜|礼拜)([${ZH_DAYS}])?`, 'g'), (m, doc) => {
    if (!m[1] && !m[2]) return null;
    if (!doc) return { window: null, grain: m[2] ? 'DAY' : 'WEEK' };
    const back = m[1] === '上' || m[1] === '前' ? 1 : 0;
    if (!m[2]) return weekOf(doc, back);
    const wd = '日天一二三四五六'.indexOf(m[2]) <= 1 ? 0 : '日天一二三四五六'.indexOf(m[2]) - 1;
    // 上週三: Wednesday of the week before the document's week (weeks run Monday to Sunday).
    const monday = addDays(doc, -((doc.getUTCDay() + 6) % 7) - 7 * back);
    const d = addDays(monday, (wd + 6) % 7);
    return dayWindow(back || d.getTime() <= doc.getTime() ? d : addDays(d, -7));
  }],
  // (4日), 4日: a day of the document's month
  [HAN, /(?<![\d月])(\d{1,2})\s?[日號号](?![內内間间起以之子本元圓圆])/g, (m, doc) => {
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    return doc ? dayWindow(dayOfDocMonth(doc, d)) : { window: null, grain: 'DAY' };
  }],
  // 2025年下半年, 今年上半年
  // (a year written without its 年 before the half: "2022 上半年", as some pages write it)
  [HAN, /(?:((?:19|20)\d{2})\s?年?|(今年|去年|明年))\s?(上半年|下半年)/g, (m, doc) => {
    const y = m[1] ? Number(m[1]) : doc ? doc.getUTCFullYear() + (m[2] === '去年' ? -1 : m[2] === '明年' ? 1 : 0) : null;
    return y === null ? { window: null, grain: 'PART' } : yearHalf(y, /下/.test(m[3]!));
  }],
  // 去年年底, 去年底, 今年年初, 明年年中: a part of a year named relative to the document's (not 去年 alone, the whole year)
  [HAN, /(今年|去年|明年|前年)\s?(年底|年末|年初|年中|底|末|初)/g, (m, doc) => {
    if (!doc) return { window: null, grain: 'PART' };
    return yearWindow(doc.getUTCFullYear() + ({ 今年: 0, 去年: -1, 明年: 1, 前年: -2 } as Record<string, number>)[m[1]!]!, yearPart(m[2]!));
  }],
  // 年初 alone (余额从年初的近2万亿美元骤降…, 年初以来): the document's year's start, as 2025年初 is 2025's
  [HAN, /(?<!\d\s?)(?<![年今去明前本])年初/g, (_m, doc) => (doc ? yearWindow(doc.getUTCFullYear(), 'early') : { window: null, grain: 'PART' })],
  [HAN, /(昨天|昨日|今天|今日|前天|上個月|上个月|上月|本月|這個月|这个月|今年|去年|明年)/g, (m, doc) => {
    if (!doc) return { window: null, grain: 'DAY' };
    const w = m[1]!;
    if (/昨/.test(w)) return dayWindow(addDays(doc, -1));
    if (/前天/.test(w)) return dayWindow(addDays(doc, -2));
    if (/今[天日]/.test(w)) return dayWindow(doc);
    if (/上/.test(w)) return monthWindow(...prevMonth(doc));
    if (/月/.test(w)) return monthWindow(doc.getUTCFullYear(), doc.getUTCMonth() + 1);
    return yearWindow(doc.getUTCFullYear() + (w === '去年' ? -1 : w === '明年' ? 1 : 0));
  }],
  // 當天, that day: the day named before (resolved by the caller)
  [ANY, /(當天|当天|當日|当日|同日|同一天|\bthat day\b|\bthe same day\b)/gi, () => ({ window: null, grain: 'DAY', anaphor: 'DAY' })],
  // that year, 同年: the year named before (resolved by the caller)
  [ANY, /(\b(?:that|the same) year\b|同年|當年|当年|該年|该年)/gi, () => ({ window: null, grain: 'YEAR', anaphor: 'YEAR', inYear: (y: number) => yearWindow(y) })],
  // 新冠疫情以來, "since the pandemic": March 2020, when it began in the US record (only as a since)
  [ANY, /(?:新冠|COVID-?19\s*)?(?:疫情|肺炎)(?:爆發|爆发|開始|开始)?(?=\s*(?:以來|以来))|(?<=\bsince\s)the\s+(?:covid(?:-19)?\s+)?pandemic\b/gi, () => monthWindow(2020, 3)],
  // 此後回落至6.6兆美元, "since then … to": after the times named before, where it stands now (not 此後兩年)
  [ANY, /(?:此後|此后|其後|其后)(?![\d一二兩两三四五六七八九十幾几數数]|\s?[個个]月)|\bsince\s+then\b/gi, (_m, doc) => (doc ? { ...dayWindow(doc), now: true } : { window: null, grain: 'DAY', now: true })],
  // now, 目前, 當前, "the current level": the document's date, named
  [ANY, /(目前|當前|当前|現在|现在|如今|現時|现时|\bnow\b|\bcurrently\b|\bat present\b|\bthe\s+current\s+(?:level|reading|figure|balance|size|total)\b)/gi, (_m, doc) => (doc ? { ...dayWindow(doc), now: true } : { window: null, grain: 'DAY', now: true })],
  // 2025年初, 2025年底, 2025年 (2022年底2.6兆美元: a part word before a figure)
  [HAN, /((?:19|20)\d{2})\s?年(?:(初|底|末|中)|(?![\d]))/g, (m) => yearWindow(Number(m[1]), m[2] ? yearPart(m[2]) : undefined)],
  // 2025 (a bare year: not an amount, not part of a longer number)
  [ANY, /(?<![\d$.,])((?:19|20)\d{2})(?![\d%,.]\d|\s?(?:%|percent|億|亿|萬|万|billion|million|trillion))\b/g, (m) => yearWindow(Number(m[1]))],
];

/** The patterns with their gates: the index of the pattern's words in GATE_WORDS (one for patterns with the same words), -1 for none. */
const GATE_WORDS: (readonly string[])[] = [];
const GATED_PATTERNS: [PatternScript, RegExp, Resolver, number][] = PATTERNS.map(([script, re, resolve]) => {
  const words = gateOf(re);
  if (!words) return [script, re, resolve, -1];
  const same = GATE_WORDS.findIndex((w) => w.join('\n') === words.join('\n'));
  return [script, re, resolve, same >= 0 ? same : GATE_WORDS.push(words) - 1];
});

const SINCE_AFTER = /^\s*(?:以來|以来)/;
/** 從…開始, 自…起: the time a state or a move started (not 起來, 起見). */
const START_AFTER = /^\s*(?:開始|开始|起(?![來来見见]))/;
/** 相較於 / 比起 / 較 … a time … 時(的水準): compared with the level then. */
const COMPARED_THEN_BEFORE = /(?:相較於|相较于|相較|相较|比起)[^，,。；;]{0,24}$/;
const THEN_AFTER = /^[^，,。；;\d]{0,16}?(?:時|时)(?:的)?(?:水準|水平|規模|规模|餘額|余额)?/;
/** Words of a clause that looks ahead: a schedule, a forecast, an estimate or a target. */
const FUTURE_BEFORE = /將|将|預計|预计|預估|预估|預期|预期|預料|预料|計劃|计划|\bwill\b|\bshall\b|\bexpect(?:s|ed)?\b|\bestimated\b|\bproject(?:s|ed)\b|\bforecast(?:s)?\b|\bscheduled\b|\bplans?\b|\bplanned\b|\bwould\b/i;
/** The words of a clause before an offset: back to the last comma, semicolon or stop (at most 60 characters). */
const clauseBefore = (text: string, span: Span, at: number) => text.slice(runStart(text, CLAUSE_BREAK, at, Math.max(span.start, at - 60)), at);
/** The marks ending a clause for clauseBefore (asked by code: no array of marks per time read). */
const CLAUSE_BREAK = unitSet('，,；;。：:');
/** "since its peak in April 2022": a since whose time is named after the event it counts from. */
const SINCE_EVENT_BEFORE = /\bsince\s+(?:(?:its|the|their|a)\s+)?(?:(?:record|all-time|pandemic-era)\s+)?(?:peak|high|low|trough|top|bottom|start|beginning|launch)\s+(?:in|of|on|at)\s+$/i;
/** 自2022年6月Fed開始縮表以來: 自/從 a time, then the event, then 以來, in one clause. */
const SINCE_EVENT_AFTER = /^[^，,。；;：:！？!?\d]{1,16}?(?:以來|以来)/;
/**
 * "Since the end of QE in April 2022", "since peak-QE in January 2015", "Since the bank panic in March": a since whose
 * event is a noun phrase of a few words, then its time (no verb: "since the Treasury will rebuild its cash in August" is
 * a reason, not a start).
 */
const SINCE_PHRASE_BEFORE = /\bsince\s+(?:(?!(?:is|are|was|were|will|would|has|have|had|be|been|can|could|should|may|might|must|do|does|did|plans?|expects?|then|that|it|they|we|he|she)\b)[A-Za-z][A-Za-z’'“”"-]*\s+){1,7}(?:in|on)\s+$/i;
function sinceAcross(text: string, span: Span, start: number, end: number): boolean {
  const head = text.slice(Math.max(span.start, start - 64), start);
  if (SINCE_EVENT_BEFORE.test(head) || SINCE_PHRASE_BEFORE.test(head)) return true;
  return /(?:自|從|从)\s*$/.test(text.slice(Math.max(span.start, start - 3), start)) && SINCE_EVENT_AFTER.test(text.slice(end, Math.min(span.end, end + 20)));
}
/** 自/從/from a time: the start of a move; 較/比/compared with a time: the time of the comparison's base. */
const FROM_BEFORE = /(?:\bfrom|從|从|(?<![經经理藉借])由|自|較|较|比|相比|compared (?:with|to)|versus)\s*$/i;
/** "down 45% from the one-day-wonder peak on December 31, 2022": a move's start named by its event, then its time. */
// (and a release dated by it: "by $63 billion from the balance sheet released on September 8")
const FROM_EVENT_BEFORE = /\bfrom\s+(?:the|its|a|their)\s+(?:[\w-]+\s+){0,2}(?:peak|high|low|top|bottom|record|level|balance sheet|release|reading|report|statement)s?\s+(?:(?:released|published|reported|issued)\s+)?(?:on|in|of|at)\s+$/i;
/** "from the balance sheet released on September 8", "from the data published on": a move's start named by a release. */
const FROM_RELEASE_BEFORE = /\bfrom\s+(?:the|its|a|their|last)\s+(?:[\w'’-]+\s+){0,3}(?:released|published|issued|reported)\s+(?:on\s+)?$/i;
/** Words joining two times into one span: "between Dec. 20 and Dec. 31", "October–December 2025", 10月1日至11月12日. */
const RANGE_JOIN = /^\s*(?:[-–—~～]|to|through|thru|until|till|and|至|到|至今)\s*$/i;
/** How far back "that year" and 當天 look for the year or day they mean. */
const ANAPHOR_REACH = 1500;
/** How far back "a week earlier" and "the previous figure" look for the day they count from (a sentence or two). */
const NEAR_REACH = 400;
const shiftDay = (day: string, n: number) => iso(addDays(utc(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))), n));

interface Found extends TimeExpression {
  inYear?: Resolved['inYear'];
  anaphor?: Resolved['anaphor'];
}

/** The sentence being scanned, in lower case, asked for its patterns' gate words (chars-present.ts). */
const GATE_CHARS = new CharsPresent();

const HAN_DIGIT: Record<string, string> = { 〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** A year written in Han digits before 年 (二○二二年, 二〇二五年, 一九九八年), as zh-Hant newspapers write it. */
const HAN_YEAR = /[一二][〇○零一二三四五六七八九]{3}(?=\s?年)/g;
/**
 * The sentence with its years in Han digits written in Arabic ones, one character for one (offsets unchanged), so
 * that every pattern reads 二○二二年十月底 as 2022年十月底 — not 十月底 of the document's year, a guess that dated the
 * figure to the wrong year (time18, "Chinese numerals in years").
 */
function hanYears(body: string): string {
  if (!body.includes('年')) return body;
  return body.replace(HAN_YEAR, (y) => (/^(?:一九|二[〇○零])/.test(y) ? [...y].map((c) => HAN_DIGIT[c]).join('') : y));
}

/** Every pattern's matches in `span`, none overlapping an earlier pattern's, in text order. */
function scan(text: string, span: Span, doc: Date | null): Found[] {
  const body = hanYears(text.slice(span.start, span.end));
  const taken: Found[] = [];
  const blocked: Span[] = [];
  const has = { LATIN: HAS.LATIN.test(body), HAN: HAS.HAN.test(body), ANY: true };
  // Each pattern's gate (time-pattern-gates.ts) is asked once a sentence: several patterns share one (月).
  const gates = GATE_CHARS.load(has.LATIN ? body.toLowerCase() : body);
  const open: (boolean | undefined)[] = [];
  for (const [script, re, resolve, gate] of GATED_PATTERNS) {
    if (!has[script]) continue;
    if (gate >= 0 && !(open[gate] ??= gates.holdsAny(GATE_WORDS[gate] as readonly string[]))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (taken.some((t) => t.start < end && start < t.end) || blocked.some((b) => b.start < end && start < b.end)) continue;
      // "the sharpest post-2008 declines", "pre-2020 levels": a time inside a noun's modifier dates no figure.
      if (/\b(?:post|pre)-$/i.test(text.slice(Math.max(span.start, start - 5), start))) {
        blocked.push({ start, end });
        continue;
      }
      let r = resolve(m, doc);
      if (!r) continue;
      // A month or day without a year in a clause that looks ahead (將於12月1日, 预计12月底, "estimated … for the end
      // of September"): the coming one, up to a year after the document's date, not the last one before it.
      if (r.inYear && r.window && doc && FUTURE_BEFORE.test(clauseBefore(text, span, start))) {
        // (at most half a year ahead: "higher than announced in November" in a February text is last November)
        const ahead = r.inYear(doc.getUTCFullYear());
        if (ahead.window.start > iso(doc) && ahead.window.start > r.window.start && ahead.window.start <= iso(addDays(doc, 183))) r = { ...r, ...ahead };
      }
      const before = text.slice(Math.max(span.start, start - 8), start);
      const after = text.slice(end, end + 4);
      // 从2022年开始(的QT), 自9月起: the start of what goes on since; 相較於…在2022年6月開始縮表時的水準: a change since then.
      const startWord = /(?:從|从|自)\s*$/.test(before) && START_AFTER.test(after);
      const thenWord = COMPARED_THEN_BEFORE.test(text.slice(Math.max(span.start, start - 30), start)) && THEN_AFTER.test(text.slice(end, Math.min(span.end, end + 24)));
      const sinceWord = /(?:since|以來|以来)\s*$/i.test(before) || SINCE_AFTER.test(after) || sinceAcross(text, span, start, end) || startWord || thenWord;
      const since = sinceWord;
      // "from the balance sheet released on September 8": a move from a release, whose figures are of the business day
      // before it (the H.4.1 of Thursday is Wednesday's; a Daily Treasury Statement the day before's).
      const release = !since && r.grain === 'DAY' && !!r.window && FROM_RELEASE_BEFORE.test(text.slice(Math.max(span.start, start - 60), start));
      if (release) r = { ...r, window: { start: previousBusinessDay(r.window!.start), end: previousBusinessDay(r.window!.start) } };
      const from = release || (!since && (FROM_BEFORE.test(before) || FROM_EVENT_BEFORE.test(text.slice(Math.max(span.start, start - 48), start))));
      // (the words as written: a year in Han digits was read in Arabic ones, hanYears)
      const f: Found = { start, end, text: text.slice(start, end), window: r.window, grain: r.grain, since };
      if (from) f.from = true;
      if (r.now) f.now = true;
      if (r.weekEnding) f.weekEnding = true;
      if (r.inYear) f.inYear = r.inYear;
      else if (!r.anaphor && r.window && /(?:19|20)\d{2}|今年|去年|明年|前年/.test(m[0])) f.yearWritten = true;
      if (r.anaphor) f.anaphor = r.anaphor;
      taken.push(f);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The named periods and events of the sentence (named-periods.ts) among its written times: a name overlapping a written
 * time is left to it, except a bare year written right before the name, which only chose its occurrence ("the
 * 2018-2019 shutdown", 2025 年债务上限解决后) and is taken into it; likewise a month after an event that holds its day
 * ("since the debt ceiling was lifted in July").
 */
function withNamedPeriods(text: string, sentence: Span, taken: Found[], doc: string | null): Found[] {
  const named = namedTimesIn(text, sentence, doc);
  if (!named.length) return taken;
  let out = taken;
  for (const n of named) {
    const inside = out.filter((t) => t.start < n.end && n.start < t.end);
    if (inside.some((t) => !(n.yearWritten && t.start >= n.start && t.end <= n.end && (t.grain === 'YEAR' || t.grain === 'RANGE')))) continue;
    let end = n.end;
    // "since the debt ceiling was lifted in July": the month written after the event holds its day.
    const after = out.find((t) => t.start >= n.end && /^\s+(?:in|on)\s+$/i.test(text.slice(n.end, t.start)) && t.window);
    const next = after && after.window!.start <= n.window.start && n.window.start <= after.window!.end ? after : null;
    // "when QT started in July 2022": the writer's own date for the event, not the table's, dates it.
    if (after && !next) continue;
    const drop = new Set([...inside, ...(n.since && next ? [next] : [])]);
    if (n.since && next) end = next.end;
    out = out.filter((t) => !drop.has(t));
    out.push({ start: n.start, end, text: text.slice(n.start, end), window: n.window, grain: n.grain, since: n.since, ...(n.yearWritten ? { yearWritten: true } : {}), period: { id: n.period, source: n.source } });
  }
  return out.sort((a, b) => a.start - b.start);
}

const yearOf = (t: TimeExpression) => Number((t.window as TimeWindow).end.slice(0, 4));

/** Where the sentence before `at` starts: after the last full stop or line break before it (a stop right before `at` is its own). */
function sentenceStartBefore(text: string, at: number): number {
  let from = at - 1;
  while (from > 0 && /\s/.test(text[from]!)) from--;
  for (let i = from - 1; i >= Math.max(0, at - ANAPHOR_REACH); i--) {
    const c = text[i]!;
    if (c === '\n' || c === '。' || c === '！' || c === '？' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ''))) return i + 1;
  }
  return Math.max(0, at - ANAPHOR_REACH);
}

/**
 * The dated times of the nearest sentence before `sentence` that names any (up to three back: a heading line between
 * is skipped), as that sentence reads them.
 */
function timesBefore(text: string, sentence: Span, documentDate: string | null): TimeExpression[] {
  let end = sentence.start;
  for (let k = 0; k < 3 && end > 0; k++) {
    const start = sentenceStartBefore(text, end);
    const there = timeExpressionsIn(text, { start, end }, documentDate).filter((p) => !p.now && p.window);
    if (there.length) return there;
    end = start;
  }
  return [];
}

/**
 * Every time expression in `sentence`, in text order, none overlapping another. A month or day written without a
 * year takes the year the sentence names before it (or in its own span: "October–December 2025"), or the year a
 * "that year" refers back to; failing both, the latest such month not more than a month after the document's date.
 */
export function timeExpressionsIn(text: string, sentence: Span, documentDate?: string | null): TimeExpression[] {
  const doc = documentDate && /^\d{4}-\d{2}-\d{2}/.test(documentDate) ? utc(Number(documentDate.slice(0, 4)), Number(documentDate.slice(5, 7)), Number(documentDate.slice(8, 10))) : null;
  const taken = withNamedPeriods(text, sentence, scan(text, sentence, doc), documentDate && doc ? iso(doc) : null);
  // 上周六(4日), "Wednesday (Oct. 29)": a day in brackets right after a looser expression says which day it is.
  const merged: Found[] = [];
  for (const t of taken) {
    const prev = merged.at(-1);
    if (prev && t.grain === 'DAY' && t.window && !t.anaphor && /^\s?[（(]$/.test(text.slice(prev.end, t.start)) && /^[）)]/.test(text.slice(t.end, t.end + 1))) {
      merged[merged.length - 1] = { ...t, start: prev.start, end: t.end + 1, text: text.slice(prev.start, t.end + 1), since: prev.since, ...(prev.from ? { from: true } : {}) };
    } else merged.push(t);
  }
  // Anaphors: "that year", 當天 take the year or day named last before them (in the sentence, else before it).
  let earlier: Found[] | null = null;
  const before = (at: number) => {
    earlier ??= scan(text, { start: Math.max(0, sentence.start - ANAPHOR_REACH), end: sentence.start }, doc).filter((t) => !t.anaphor && t.window);
    return [...earlier, ...merged.filter((t) => t.end <= at && !t.anaphor && t.window)];
  };
  for (const t of merged) {
    if (!t.anaphor) continue;
    const prior = before(t.start);
    if (t.anaphor === 'SAME_PERIOD') {
      // (resolved below, on the spans: "从 2023 年初到 2025 年底" is one)
    } else if (t.anaphor === 'WEEK_BEFORE' || t.anaphor === 'PREVIOUS_RELEASE') {
      // (the day the figure it is compared with was dated: "as of July 1 versus $7.13 trillion a week earlier"; a week
      // ending a day counts as that day; only a day named near it, else the document's date)
      const day = prior.filter((p) => (p.grain === 'DAY' || p.weekEnding) && !p.now && !p.since && p.window && p.end >= t.start - NEAR_REACH).at(-1)?.window?.end ?? (doc ? iso(doc) : null);
      if (day) t.window = t.anaphor === 'WEEK_BEFORE' ? { start: shiftDay(day, -7), end: shiftDay(day, -7) } : { start: shiftDay(day, -13), end: shiftDay(day, -7) };
    } else if (t.anaphor === 'DAY' || t.anaphor === 'DAY_BEFORE' || t.anaphor === 'BUSINESS_DAY_BEFORE') {
      // (not a since: "创下4月28日以来最高水平。较前一天增加…" — the day before is the day reported, not the day reached back to)
      const day = prior.filter((p) => p.grain === 'DAY' && !p.now && !p.since && p.window).at(-1);
      // 此前一天: the day before the day named last (the document's date when none is named).
      const named = day?.window ?? (t.anaphor !== 'DAY' && doc ? { start: iso(doc), end: iso(doc) } : null);
      // 此前一天, 前一交易日, "the previous day's": the business day before it (the figures are business days' closes:
      // 周五 16 June 2023 → Thursday 15 June; the Tuesday after Memorial Day → the Friday before).
      if (named) t.window = t.anaphor === 'DAY' ? named : { start: previousBusinessDay(named.start), end: previousBusinessDay(named.start) };
    } else {
      const named = prior.filter((p) => p.yearWritten).at(-1);
      if (named && t.inYear) Object.assign(t, t.inYear(yearOf(named)), { yearWritten: true });
    }
    delete t.inYear;
  }
  // Spans: "between Dec. 20 and Dec. 31", "October–December 2025", "2018-2019", 10月1日至11月12日.
  const spans: Found[] = [];
  for (const t of merged) {
    const prev = spans.at(-1);
    const join = prev ? text.slice(prev.end, t.start) : '';
    // (从 2023 年初到 2025 年底: the second time was read with its 到, a deadline's word)
    const joined = RANGE_JOIN.test(join) || (!!prev?.from && /^\s*$/.test(join) && /^(?:到|至)/.test(t.text));
    if (prev && prev.window && t.window && !prev.now && !t.now && joined && (!/and/i.test(join) || /between\s*$/i.test(text.slice(Math.max(sentence.start, prev.start - 9), prev.start)))) {
      let a = prev.window;
      let b = t.window;
      if (prev.inYear && t.yearWritten) a = prev.inYear(yearOf(t) - (prev.inYear(yearOf(t)).window.start > t.window.end ? 1 : 0)).window;
      // "2021 Q1–Q3", "2023年6月至9月": the second time without a year is in the first one's (or the next).
      else if (t.inYear && prev.yearWritten && !prev.inYear) b = t.inYear(yearOf(prev) + (t.inYear(yearOf(prev)).window.end < prev.window.start ? 1 : 0)).window;
      if (a.start <= b.end) {
        spans[spans.length - 1] = { start: prev.start, end: t.end, text: text.slice(prev.start, t.end), window: { start: a.start, end: b.end }, grain: 'RANGE', parts: [a, b], since: prev.since, ...(prev.from ? { from: true } : {}), ...(prev.yearWritten || t.yearWritten ? { yearWritten: true } : {}) };
        continue;
      }
    }
    spans.push(t);
  }
  // A month or day without a year: the year named before it in the sentence.
  for (const [i, t] of spans.entries()) {
    if (!t.inYear) continue;
    const named = spans.slice(0, i).filter((p) => p.yearWritten && !p.since).at(-1);
    if (named) Object.assign(t, t.inYear(yearOf(named)));
  }
  // "over the same period", 同期, 在此期間: the last span named before it in the sentence (a range, or a since to the
  // document's date), else in the nearest sentence before that names a time; failing a span, from the earliest to the
  // latest time named there ("2022年6月美联储开始缩表,截至2025年11月初,…,同期…").
  for (const [i, t] of spans.entries()) {
    if (t.anaphor !== 'SAME_PERIOD') continue;
    const own = spans.slice(0, i).filter((p) => !p.now && p.window && !p.anaphor);
    const near = own.length ? own : timesBefore(text, sentence, documentDate ?? null);
    const span = near.filter((p) => p.grain === 'RANGE' || p.since).at(-1);
    const docDay = doc ? iso(doc) : null;
    const to = (p: TimeExpression) => (p.since && docDay && docDay > p.window!.end ? docDay : p.window!.end);
    const w = span ? { start: span.window!.start, end: to(span) } : near.length > 1 ? { start: near.map((p) => p.window!.start).sort()[0]!, end: near.map(to).sort().at(-1)! } : null;
    if (w && w.start < w.end) Object.assign(t, { window: w, referred: true });
  }
  return spans.map(({ inYear: _y, anaphor: _a, ...t }) => t);
}

/**
 * The first "since" a text names, with its words ("since early 2021", 自2020年6月以來, 2021 年初以来, 新冠疫情以來,
 * "since its peak in April 2022"), read without a document's date: a month or day written without a year is not
 * resolved. The one reading of "since" for the frames (an extremum's since) and the checks ("the lowest since X").
 */
export function sinceIn(text: string): { start: string; end: string; text: string } | null {
  const t = timeExpressionsIn(text, { start: 0, end: text.length }, null).find((x) => x.since && x.window);
  if (!t?.window) return null;
  const word = /(?:since\s+(?:(?:its|the|their|a)\s+[\w\s-]{0,30}?)?|自\s*|從\s*|从\s*)$/i.exec(text.slice(Math.max(0, t.start - 40), t.start));
  const tail = /^[^，,。；;：:！？!?\d]{0,16}?(?:以來|以来)/.exec(text.slice(t.end));
  return { start: t.window.start, end: t.window.end, text: text.slice(t.start - (word?.[0].length ?? 0), t.end + (tail?.[0].length ?? 0)) };
}

/** The patterns with the script each declares (for the test that holds them to it). */
export const timePatternScripts = (): { script: PatternScript; re: RegExp }[] => PATTERNS.map(([script, re]) => ({ script, re }));

