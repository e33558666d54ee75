import type { TimeWindow } from '../quantities/frame.ts';
import type { Span } from '../quantities/sentences.ts';
import { readFrames, type FramedQuantity, type SentenceReading } from '../quantities/read-frames.ts';
import { timeExpressionsIn } from '../quantities/time-expressions.ts';

/**
 * Windows of figures dated by a month and day in a text that states no year anywhere, with no `published` date
 * ("the week ending October 1", 截至10月1日的一週): without a year the frame has no window, and the figure could
 * neither be checked nor matched. Here the same sentence is read as if written on 31 December of a provisional
 * year, and only a window that came from a month-and-day expression of the sentence itself is kept, moved into the
 * year 1000 (0999 for a week reaching back over New Year): a year no figure of the record or of a dated text has,
 * so such a window meets only another year-less one. The matcher relates two of them only as the same figure, with
 * precise numbers, and says that the year was not stated (src/matching/relate-figures.ts). Checks never see them.
 *
 * A figure whose sentence states no time at all ("dropping below the $3 trillion mark for the first time") takes the
 * document's date in a dated text (a stated fallback of the frame). A year-less text has a year-less date of its own:
 * the latest month and day it writes (not one a "since" looks back to), as a dated text without `published` is dated
 * by its latest full date (infer-document-date.ts). Such a figure takes that day, flagged as the document's date, so
 * the matcher treats it as any undated "now" figure (a week's reach back), still in the year 1000.
 */
const PROVISIONAL = '2000-12-31';
const EN_MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/i;
const ZH_MONTH_DAY = /\d{1,2}\s?月\s?\d{1,2}\s?[日號号]/;
const RELATIVE = /\b(?:last|this|next|yesterday|today)\b|[上本這这今昨去明]/i;

/** A month-and-day expression with no year and nothing relative to the date of writing. */
export const isYearlessMonthDay = (text: string) => (EN_MONTH_DAY.test(text) || ZH_MONTH_DAY.test(text)) && !/\d{4}/.test(text) && !RELATIVE.test(text);

/** A year-less window and where it came from: the sentence's own month and day, or the document's year-less date. */
export interface YearlessWindow extends TimeWindow {
  timeSource: 'TEXT' | 'DOCUMENT_DATE';
}

/**
 * "the lowest level since the week of January 1", "since the end of March": a since that names the day it counts from
 * through a week or a part of the period. The day is looked back to, never the date a page speaks from (a page of 23
 * October read as of 1 January, round New Year).
 */
const SINCE_A_WEEK = /\bsince\s+(?:the\s+)?(?:week|weekend|day|end|close|start|beginning|middle)\s+(?:of|ending|ended|on)\s+$/i;

/**
 * The year-less date a text speaks from: the latest month and day it writes without a year (and not as "since"),
 * in the provisional year 2000 (`2000-12-17`), or null when it writes none. "Latest" goes round New Year: the days
 * are taken in the order of the year and the text's date is the last before the longest stretch with none, so a
 * page of 2 January that looks back to 31 December is dated 2 January (--01-02, not --12-31).
 */
export function yearlessDocumentDate(text: string, sentences: readonly Span[]): string | null {
  const days = new Set<string>();
  for (const sentence of sentences) {
    for (const t of timeExpressionsIn(text, sentence, PROVISIONAL)) {
      if (t.window && !t.since && !SINCE_A_WEEK.test(text.slice(Math.max(sentence.start, t.start - 40), t.start)) && isYearlessMonthDay(t.text) && t.window.end.startsWith('2000-')) days.add(t.window.end);
    }
  }
  const sorted = [...days].sort();
  if (!sorted.length) return null;
  const at = (iso: string) => Date.parse(iso) / 86_400_000;
  let best = sorted.length - 1;
  let widest = -1;
  sorted.forEach((d, i) => {
    const next = i + 1 < sorted.length ? at(sorted[i + 1] as string) : at(sorted[0] as string) + 366;
    if (next - at(d) > widest) [widest, best] = [next - at(d), i];
  });
  return sorted[best] as string;
}

/** `2000-09-25` → `1000-09-25`, `1999-12-26` → `0999-12-26`. */
const floating = (iso: string) => `${String(Number(iso.slice(0, 4)) - 1000).padStart(4, '0')}${iso.slice(4)}`;

/**
 * For each framed quantity of the sentence (same order), its year-less window, or null. Only for quantities whose
 * frame has no window: a text with a date of its own never needs one. `documentDay`: the text's year-less date
 * (`yearlessDocumentDate`), for the figures whose sentence states no time.
 */
export function yearlessWindows(text: string, reading: SentenceReading, framed: readonly FramedQuantity[], documentDay: string | null = null): (YearlessWindow | null)[] {
  if (framed.every((f) => f.frame.window !== null)) return framed.map(() => null);
  const times = timeExpressionsIn(text, reading.sentence, PROVISIONAL).filter((t) => t.window !== null && !t.since && isYearlessMonthDay(t.text));
  const provisional = times.length ? new Map(readFrames(text, { ...reading, times }, PROVISIONAL).map((f) => [f.quantity.start, f.frame])) : null;
  // The sentence read as if written on the document's year-less date: a figure whose frame then takes the document's
  // date states no time. One dated by a relative "last week" is not kept (it would rest on the guess twice).
  const undated = documentDay ? new Map(readFrames(text, { ...reading, times: timeExpressionsIn(text, reading.sentence, documentDay) }, documentDay).map((f) => [f.quantity.start, f.frame])) : null;
  return framed.map((f) => {
    if (f.frame.window !== null) return null;
    const p = provisional?.get(f.quantity.start);
    if (p?.window && p.timeSource === 'TEXT') return { start: floating(p.window.start), end: floating(p.window.end), timeSource: 'TEXT' };
    const d = undated?.get(f.quantity.start);
    if (!d?.window || d.timeSource !== 'DOCUMENT_DATE') return null;
    return { start: floating(d.window.start), end: floating(d.window.end), timeSource: 'DOCUMENT_DATE' };
  });
}
