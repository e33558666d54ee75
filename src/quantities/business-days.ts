/**
 * US business days, for the window of a change dated by one day ("fell by $234 billion on Thursday", 上周五…增加460億):
 * the change is from the previous business day's figure to that day's, and the series we ship (H.4.1, the Daily
 * Treasury Statement, ON RRP) publish nothing on weekends and federal holidays. Federal holidays by 5 U.S.C. 6103,
 * with a Saturday holiday observed on the Friday before and a Sunday one on the Monday after.
 */

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** A UTC day as YYYY-MM-DD: toISOString().slice(0, 10), without building the full timestamp (it runs per time read). */
export function isoDay(d: Date): string {
  const y = d.getUTCFullYear();
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10); // signed or padded years, and the invalid date's error
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}
const iso = isoDay;

/** The `n`th `weekday` (0 = Sunday) of a month; n = -1 for the last. */
function nthWeekday(y: number, m: number, weekday: number, n: number): Date {
  if (n > 0) {
    const first = utc(y, m, 1);
    return utc(y, m, 1 + ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
  }
  const last = utc(y, m + 1, 0);
  return utc(y, m, last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7));
}

/** A fixed-date holiday as observed: Saturday → Friday, Sunday → Monday. */
function observed(d: Date): Date {
  const wd = d.getUTCDay();
  return wd === 6 ? utc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate() - 1) : wd === 0 ? utc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate() + 1) : d;
}

const cache = new Map<number, Set<string>>();
function holidays(y: number): Set<string> {
  let h = cache.get(y);
  if (h) return h;
  const days = [
    observed(utc(y, 1, 1)), nthWeekday(y, 1, 1, 3), nthWeekday(y, 2, 1, 3), nthWeekday(y, 5, 1, -1),
    ...(y >= 2021 ? [observed(utc(y, 6, 19))] : []), observed(utc(y, 7, 4)), nthWeekday(y, 9, 1, 1), nthWeekday(y, 10, 1, 2),
    observed(utc(y, 11, 11)), nthWeekday(y, 11, 4, 4), observed(utc(y, 12, 25)),
  ];
  h = new Set(days.map(iso));
  cache.set(y, h);
  return h;
}

export function isBusinessDay(day: string): boolean {
  const d = utc(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
  const wd = d.getUTCDay();
  return wd !== 0 && wd !== 6 && !holidays(d.getUTCFullYear()).has(day) && !holidays(d.getUTCFullYear() + 1).has(day);
}

/** The business day before `day` (ISO date). */
export function previousBusinessDay(day: string): string {
  let d = utc(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
  do d = new Date(d.getTime() - 86_400_000);
  while (!isBusinessDay(iso(d)));
  return iso(d);
}

/** The business day after `day` (ISO date). */
export function nextBusinessDay(day: string): string {
  let d = utc(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
  do d = new Date(d.getTime() + 86_400_000);
  while (!isBusinessDay(iso(d)));
  return iso(d);
}
