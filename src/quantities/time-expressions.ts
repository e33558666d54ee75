import type { TimeWindow } from './frame.ts';
import type { Span } from './sentences.ts';

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
  /** How fine the window is: a day, a week, part of a month, a month, a quarter, a year. */
  grain: 'DAY' | 'WEEK' | 'PART' | 'MONTH' | 'QUARTER' | 'YEAR';
  /** "since 2021", 以來: the start of a span up to the document's date. */
  since: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const EN_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ZH_DAYS = '日天一二三四五六';
const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const num = (s: string) => (/^\d/.test(s) ? Number(s) : (ZH_NUM[s] ?? NaN));
const PART_EN = String.raw`(?:early|mid|late|the (?:end|start|beginning|middle) of|end of|start of|beginning of)[\s-]`;

type Resolver = (m: RegExpExecArray, doc: Date | null) => { window: TimeWindow | null; grain: TimeExpression['grain'] } | null;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const lastDay = (y: number, m: number) => utc(y, m + 1, 0).getUTCDate();
const dayWindow = (d: Date) => ({ window: { start: iso(d), end: iso(d) }, grain: 'DAY' as const });
const monthWindow = (y: number, m: number, part?: 'early' | 'mid' | 'late') => {
  const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, lastDay(y, m)] : [1, lastDay(y, m)];
  return { window: { start: iso(utc(y, m, a)), end: iso(utc(y, m, b)) }, grain: part ? ('PART' as const) : ('MONTH' as const) };
};
const yearWindow = (y: number, part?: 'early' | 'mid' | 'late') => {
  const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : part === 'late' ? [9, 12] : [1, 12];
  return { window: { start: iso(utc(y, a, 1)), end: iso(utc(y, b, lastDay(y, b))) }, grain: part ? ('PART' as const) : ('YEAR' as const) };
};
/** A month and day without a year: the latest such day not more than a month after the document's date. */
const yearFor = (doc: Date, m: number, d = 1) => {
  const y = doc.getUTCFullYear();
  return utc(y, m, d).getTime() > addDays(doc, 31).getTime() ? y - 1 : y;
};
/** A day of the month without a month: the document's month, or the one before when the day is still to come. */
const dayOfDocMonth = (doc: Date, d: number) => {
  const y = doc.getUTCFullYear();
  const m = doc.getUTCMonth() + 1;
  return d <= doc.getUTCDate() ? utc(y, m, d) : m === 1 ? utc(y - 1, 12, d) : utc(y, m - 1, d);
};
const partOf = (w: string): 'early' | 'mid' | 'late' | undefined => {
  if (/early|start|beginning|初|上旬/i.test(w)) return 'early';
  if (/mid|middle|中旬|月中/i.test(w)) return 'mid';
  if (/late|end|底|末|下旬/i.test(w)) return 'late';
  return undefined;
};
const monthOf = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
/** The last `weekday` (0 = Sunday) on or before the document's date; `weeksBack` more weeks back. */
const lastWeekday = (doc: Date, weekday: number, weeksBack = 0) => addDays(doc, -((doc.getUTCDay() - weekday + 7) % 7) - 7 * weeksBack);
/** Monday to Sunday of the week holding `d`, `weeksBack` weeks before. */
const weekOf = (d: Date, weeksBack = 0) => {
  const monday = addDays(d, -((d.getUTCDay() + 6) % 7) - 7 * weeksBack);
  return { window: { start: iso(monday), end: iso(addDays(monday, 6)) }, grain: 'WEEK' as const };
};
const prevMonth = (doc: Date) => (doc.getUTCMonth() === 0 ? [doc.getUTCFullYear() - 1, 12] : [doc.getUTCFullYear(), doc.getUTCMonth()]) as [number, number];

/** Patterns, most specific first; a later pattern never overlaps an earlier match. */
const PATTERNS: [RegExp, Resolver][] = [
  // the week ending October 29(, 2025)
  [new RegExp(String.raw`\b(?:the\s+)?week\s+(?:ending|ended)\s+(?:on\s+)?(?:Wednesday,?\s+)?(${EN_MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`, 'gi'), (m, doc) => {
    const mo = monthOf(m[1]!);
    const y = m[3] ? Number(m[3]) : doc ? yearFor(doc, mo, Number(m[2])) : null;
    if (y === null) return { window: null, grain: 'WEEK' };
    const end = utc(y, mo, Number(m[2]));
    return { window: { start: iso(addDays(end, -6)), end: iso(end) }, grain: 'WEEK' };
  }],
  // late October (2025), the end of October
  [new RegExp(String.raw`\b${PART_EN}(${EN_MONTH})(?:,?\s+(\d{4}))?(?![\s]*\d{1,2}\b)`, 'gi'), (m, doc) => {
    const mo = monthOf(m[1]!);
    const y = m[2] ? Number(m[2]) : doc ? yearFor(doc, mo) : null;
    return y === null ? { window: null, grain: 'PART' } : monthWindow(y, mo, partOf(m[0]));
  }],
  // early 2021, mid-2025
  [new RegExp(String.raw`\b${PART_EN}((?:19|20)\d{2})\b`, 'gi'), (m) => yearWindow(Number(m[1]), partOf(m[0]))],
  // October 29(, 2025), Oct. 29
  [new RegExp(String.raw`\b(${EN_MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'gi'), (m, doc) => {
    const mo = monthOf(m[1]!);
    const d = Number(m[2]);
    if (d < 1 || d > 31) return null;
    const y = m[3] ? Number(m[3]) : doc ? yearFor(doc, mo, d) : null;
    return y === null ? { window: null, grain: 'DAY' } : dayWindow(utc(y, mo, d));
  }],
  // 29 October 2025
  [new RegExp(String.raw`\b(\d{1,2})\s+(${EN_MONTH})(?:\s+(\d{4}))?\b`, 'gi'), (m, doc) => {
    const mo = monthOf(m[2]!);
    const y = m[3] ? Number(m[3]) : doc ? yearFor(doc, mo, Number(m[1])) : null;
    return y === null ? { window: null, grain: 'DAY' } : dayWindow(utc(y, mo, Number(m[1])));
  }],
  // October 2025
  [new RegExp(String.raw`\b(${EN_MONTH})\s+((?:19|20)\d{2})\b`, 'gi'), (m) => monthWindow(Number(m[2]), monthOf(m[1]!))],
  // October (no year): the latest October not after the document's month
  [/\b(January|February|March|April|June|July|August|September|October|November|December|(?<=\b(?:in|since|of|by|until|through)\s)May)\b/gi, (m, doc) =>
    doc ? monthWindow(yearFor(doc, monthOf(m[1]!)), monthOf(m[1]!)) : { window: null, grain: 'MONTH' }],
  // Q3 2025, the third quarter of 2025
  [/\b(?:Q([1-4])\s*(\d{4})|(?:the\s+)?(first|second|third|fourth)\s+quarter(?:\s+of)?\s+(\d{4}))\b/gi, (m) => {
    const q = m[1] ? Number(m[1]) : ['first', 'second', 'third', 'fourth'].indexOf(m[3]!.toLowerCase()) + 1;
    const y = Number(m[2] ?? m[4]);
    return { window: { start: iso(utc(y, 3 * q - 2, 1)), end: iso(utc(y, 3 * q, lastDay(y, 3 * q))) }, grain: 'QUARTER' };
  }],
  // (last) Wednesday
  [/\b(last\s+|this\s+|on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi, (m, doc) =>
    doc ? dayWindow(lastWeekday(doc, EN_DAYS.indexOf(m[2]!.toLowerCase()), /last/i.test(m[1] ?? '') && doc.getUTCDay() <= EN_DAYS.indexOf(m[2]!.toLowerCase()) ? 0 : /last/i.test(m[1] ?? '') ? 1 : 0)) : { window: null, grain: 'DAY' }],
  [/\b(yesterday|today|last week|this week|last month|this month|last year|this year)\b/gi, (m, doc) => {
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
  // 2025年10月9日, 10月30日, 10月30號
  [/(?:(\d{4})\s?年\s?)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月\s?(\d{1,2})\s?[日號号]/g, (m, doc) => {
    const mo = num(m[2]!);
    const d = Number(m[3]);
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
    const y = m[1] ? Number(m[1]) : doc ? yearFor(doc, mo, d) : null;
    return y === null ? { window: null, grain: 'DAY' } : dayWindow(utc(y, mo, d));
  }],
  // 10月底, 2025年10月初, 10月下旬, 上個月底, 本月初
  [/(?:(?:(\d{4})\s?年\s?)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月|(上個?|上个|本|這個?|这个?)月)(初|底|末|中旬|上旬|下旬|中)/g, (m, doc) => {
    if (m[3]) {
      if (!doc) return { window: null, grain: 'PART' };
      const [y, mo] = /上/.test(m[3]) ? prevMonth(doc) : [doc.getUTCFullYear(), doc.getUTCMonth() + 1];
      return monthWindow(y, mo, partOf(m[4]!));
    }
    const mo = num(m[2]!);
    if (!(mo >= 1 && mo <= 12)) return null;
    const y = m[1] ? Number(m[1]) : doc ? yearFor(doc, mo) : null;
    return y === null ? { window: null, grain: 'PART' } : monthWindow(y, mo, partOf(m[4]!));
  }],
  // 2025年10月, 10月份, 10月 (not followed by a day)
  [/(?:(\d{4})\s?年\s?)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月(?:份)?(?![\d日號号底末初中上下])/g, (m, doc) => {
    const mo = num(m[2]!);
    if (!(mo >= 1 && mo <= 12)) return null;
    if (/^\s?[個个]/.test(m[0].slice(m[0].indexOf(m[2]!) + m[2]!.length))) return null;
    const y = m[1] ? Number(m[1]) : doc ? yearFor(doc, mo) : null;
    return y === null ? { window: null, grain: 'MONTH' } : monthWindow(y, mo);
  }],
  // 上週三, 上周, 本週, 週三, 星期三
  [new RegExp(`(上|本|這|这|今)?(?:週|周|星期|禮拜|礼拜)([${ZH_DAYS}])?`, 'g'), (m, doc) => {
    if (!m[1] && !m[2]) return null;
    if (!doc) return { window: null, grain: m[2] ? 'DAY' : 'WEEK' };
    const back = m[1] === '上' ? 1 : 0;
    if (!m[2]) return weekOf(doc, back);
    const wd = '日天一二三四五六'.indexOf(m[2]) <= 1 ? 0 : '日天一二三四五六'.indexOf(m[2]) - 1;
    // 上週三: Wednesday of the week before the document's week (weeks run Monday to Sunday).
    const monday = addDays(doc, -((doc.getUTCDay() + 6) % 7) - 7 * back);
    const d = addDays(monday, (wd + 6) % 7);
    return dayWindow(back || d.getTime() <= doc.getTime() ? d : addDays(d, -7));
  }],
  // (4日), 4日: a day of the document's month
  [/(?<![\d月])(\d{1,2})\s?[日號号](?![內内間间起以之子本元圓圆])/g, (m, doc) => {
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    return doc ? dayWindow(dayOfDocMonth(doc, d)) : { window: null, grain: 'DAY' };
  }],
  [/(昨天|昨日|今天|今日|前天|上個月|上个月|上月|本月|這個月|这个月|今年|去年|明年)/g, (m, doc) => {
    if (!doc) return { window: null, grain: 'DAY' };
    const w = m[1]!;
    if (/昨/.test(w)) return dayWindow(addDays(doc, -1));
    if (/前天/.test(w)) return dayWindow(addDays(doc, -2));
    if (/今[天日]/.test(w)) return dayWindow(doc);
    if (/上/.test(w)) return monthWindow(...prevMonth(doc));
    if (/月/.test(w)) return monthWindow(doc.getUTCFullYear(), doc.getUTCMonth() + 1);
    return yearWindow(doc.getUTCFullYear() + (w === '去年' ? -1 : w === '明年' ? 1 : 0));
  }],
  // 2025年初, 2025年底, 2025年
  [/((?:19|20)\d{2})\s?年(初|底|末|中)?(?![\d])/g, (m) => yearWindow(Number(m[1]), m[2] ? partOf(m[2]) : undefined)],
  // 2025 (a bare year: not an amount, not part of a longer number)
  [/(?<![\d$.,])((?:19|20)\d{2})(?![\d%,.]\d|\s?(?:%|percent|億|亿|萬|万|billion|million|trillion))\b/g, (m) => yearWindow(Number(m[1]))],
];

const SINCE_BEFORE = /(?:since|以來|以来|自)\s*$/i;
const SINCE_AFTER = /^\s*(?:以來|以来)/;

/** Every time expression in `sentence`, in text order, none overlapping another. */
export function timeExpressionsIn(text: string, sentence: Span, documentDate?: string | null): TimeExpression[] {
  const doc = documentDate && /^\d{4}-\d{2}-\d{2}/.test(documentDate) ? utc(Number(documentDate.slice(0, 4)), Number(documentDate.slice(5, 7)), Number(documentDate.slice(8, 10))) : null;
  const body = text.slice(sentence.start, sentence.end);
  const taken: TimeExpression[] = [];
  for (const [re, resolve] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      const r = resolve(m, doc);
      if (!r) continue;
      const before = text.slice(Math.max(sentence.start, start - 8), start);
      const since = SINCE_BEFORE.test(before) || SINCE_AFTER.test(text.slice(end, end + 4)) || /^\s*以[來来]/.test(text.slice(end, end + 3));
      taken.push({ start, end, text: m[0], window: r.window, grain: r.grain, since });
    }
  }
  taken.sort((a, b) => a.start - b.start);
  // 上周六(4日), "Wednesday (Oct. 29)": a day in brackets right after a looser expression says which day it is.
  const merged: TimeExpression[] = [];
  for (const t of taken) {
    const prev = merged.at(-1);
    if (prev && t.grain === 'DAY' && t.window && /^\s?[（(]$/.test(text.slice(prev.end, t.start)) && /^[）)]/.test(text.slice(t.end, t.end + 1))) {
      merged[merged.length - 1] = { ...t, start: prev.start, end: t.end + 1, text: text.slice(prev.start, t.end + 1) };
    } else merged.push(t);
  }
  return merged;
}
