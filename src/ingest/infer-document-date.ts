/**
 * The date a document speaks from, when whoever sent it gave none (`published`): many pages state their date only
 * through the dates they mention. Year-less dates (10月30日, "the week ending December 17") are resolved against the
 * document's date (src/quantities), so without one every such window is lost.
 *
 * The latest full date written with its year (2025年10月9日, "October 22, 2025", 2025-10-22) anchors it; a later
 * day of the same year written without one (10月30日 after 2025年10月9日) moves it on, since a text dated by its
 * figures is at least as late as its latest figure. Months alone and bare years never anchor (a forecast "by 2035"
 * is not a date of writing). Undefined when the text writes no full date with a year.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

const iso = (y: number, m: number, d: number): string | undefined => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1990 && y <= 2100 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t.toISOString().slice(0, 10) : undefined;
};
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

export function inferDocumentDate(text: string): string | undefined {
  const full: string[] = [];
  const push = (d: string | undefined) => d && full.push(d);
  for (const m of text.matchAll(/((?:19|20)\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號]/g)) push(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`, 'gi'))) push(iso(Number(m[3]), monthOf(m[1] as string), Number(m[2])));
  for (const m of text.matchAll(new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+((?:19|20)\d{2})\b`, 'gi'))) push(iso(Number(m[3]), monthOf(m[2] as string), Number(m[1])));
  for (const m of text.matchAll(/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g)) push(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  if (!full.length) return undefined;
  let date = full.reduce((a, b) => (a > b ? a : b));
  const year = Number(date.slice(0, 4));
  const later = (m: number, d: number) => {
    const day = iso(year, m, d);
    if (day && day > date) date = day;
  };
  // Year-less days: 10月30日 (not preceded by a year), "December 17" (not followed by one).
  for (const m of text.matchAll(/(?<![年\d]\s?)(?<!年)(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號]/g)) later(Number(m[1]), Number(m[2]));
  for (const m of text.matchAll(new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d{2})`, 'gi'))) later(monthOf(m[1] as string), Number(m[2]));
  return date;
}
