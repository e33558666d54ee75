import { nextBusinessDay } from '../quantities/business-days.ts';

/**
 * Which stretch of the record a claim speaks about: its own time ("2025-11-05", "2025-11", "week to
 * 2025-11-05", "during the shutdown"), else the document's date. Pure; dates are ISO yyyy-mm-dd.
 */

export interface NamedWindow {
  id: string;
  /** Shown in checks: "the 2025 US government shutdown (1 Oct – 12 Nov 2025)". */
  label: string;
  from: string;
  to: string;
  /** A claim about one of these factors, or whose quote or time has one of these words, speaks of this window. */
  factors?: string[];
  match?: string[];
}

export interface Window {
  from: string;
  to: string;
  label: string;
  /** How the window was chosen, for the explanation. */
  basis: string;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day, last))).toISOString().slice(0, 10);
}

/**
 * Series published on the day they are dated: the New York Fed posts the ON RRP operation's results the same afternoon
 * (about 1:15 pm ET), so a report of that day may quote them ("dropped below $300 billion" on 6 August 2024 is the 6th's
 * 291.96 bn).
 */
const SAME_DAY = new Set(['FRED:RRPONTSYD']);

/**
 * Whether an observation was published by a day: the H.4.1's weeks (week averages and Wednesday levels) come out the
 * next day (Thursday), the Daily Treasury Statement the next business day, ON RRP take-up the same day; an
 * end-of-period stock is not counted (its quarter is long past when a claim speaks of it).
 */
export function publishedBy(kind: string, periodEnd: string, day: string, seriesId: string | null = null): boolean {
  if (kind === 'END_OF_PERIOD' || (seriesId && SAME_DAY.has(seriesId) && periodEnd <= day)) return true;
  return (kind === 'DAILY' || kind === 'DAILY_FLOW' ? nextBusinessDay(periodEnd) : addDays(periodEnd, 1)) <= day;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function monthWindow(ym: string): { from: string; to: string } {
  const from = `${ym}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };

/** A date or period as written in a claim's `time` or a document's `published`: yyyy, yyyy-mm or yyyy-mm-dd. */
export function periodOf(text: string): { from: string; to: string; precision: 'day' | 'month' | 'year' } | null {
  const t = text.trim();
  let m = /^(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (m) return { from: m[1]!, to: m[1]!, precision: 'day' };
  m = /^(\d{4}-\d{2})$/.exec(t);
  if (m) return { ...monthWindow(m[1]!), precision: 'month' };
  m = /^(\d{4})\b/.exec(t);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, precision: 'year' };
  return null;
}

export interface AsOfInput {
  time: string | null;
  quote: string;
  factorIds: readonly string[];
  documentDate: string | null;
}

/**
 * The window a claim is checked over, or null with nothing to go on. In order: a named window the
 * claim is about (the shutdown); a week ("week to 2025-11-05"); "past N years" before the document;
 * the claim's own date or month; a claim year that contains the document's date narrows to the
 * document's date (the article speaks in its present); else the document's date.
 */
export function windowOf(claim: AsOfInput, windows: readonly NamedWindow[]): Window | null {
  const time = claim.time?.trim() ?? '';
  const text = `${time}\n${claim.quote}`.toLowerCase();
  const doc = claim.documentDate ? periodOf(claim.documentDate) : null;
  for (const w of windows) {
    const byFactor = w.factors?.some((f) => claim.factorIds.includes(f));
    const byWord = w.match?.some((word) => text.includes(word.toLowerCase()));
    if (byFactor || byWord) return { from: w.from, to: w.to, label: w.label, basis: `the claim is about ${w.label}` };
  }
  let m = /week to (\d{4}-\d{2}-\d{2})/i.exec(time);
  if (m) return { from: addDays(m[1]!, -6), to: m[1]!, label: `the week to ${m[1]}`, basis: `the claim's time, "${time}"` };
  m = /past (\w+) years/i.exec(time);
  if (m && doc) {
    const n = Number(m[1]) || NUMBER_WORDS[m[1]!.toLowerCase()] || 0;
    if (n > 0) {
      const from = `${Number(doc.to.slice(0, 4)) - n}${doc.to.slice(4)}`;
      return { from, to: doc.to, label: `the ${n} years to ${doc.to}`, basis: `the claim's time, "${time}", counted back from the document's date` };
    }
  }
  const own = time ? periodOf(time) : null;
  if (own && own.precision !== 'year') return { from: own.from, to: own.to, label: describe(own), basis: `the claim's time, "${time}"` };
  if (own && doc && doc.from >= own.from && doc.to <= own.to) {
    return { from: doc.from, to: doc.to, label: describe(doc), basis: `the claim's year (${time}) holds the document's date, ${claim.documentDate}` };
  }
  if (own) return { from: own.from, to: own.to, label: describe(own), basis: `the claim's time, "${time}"` };
  if (doc) return { from: doc.from, to: doc.to, label: describe(doc), basis: `the document's date, ${claim.documentDate} (the claim states none)` };
  return null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function describe(p: { from: string; to: string; precision: 'day' | 'month' | 'year' }): string {
  if (p.precision === 'day') return p.from;
  if (p.precision === 'month') return `${MONTHS[Number(p.from.slice(5, 7)) - 1]} ${p.from.slice(0, 4)}`;
  return p.from.slice(0, 4);
}
