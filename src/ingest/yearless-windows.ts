import type { TimeWindow } from '../quantities/frame.ts';
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
 */
const PROVISIONAL = '2000-12-31';
const EN_MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/i;
const ZH_MONTH_DAY = /\d{1,2}\s?月\s?\d{1,2}\s?[日號号]/;
const RELATIVE = /\b(?:last|this|next|yesterday|today)\b|[上本這这今昨去明]/i;

/** A month-and-day expression with no year and nothing relative to the date of writing. */
export const isYearlessMonthDay = (text: string) => (EN_MONTH_DAY.test(text) || ZH_MONTH_DAY.test(text)) && !/\d{4}/.test(text) && !RELATIVE.test(text);

/** `2000-09-25` → `1000-09-25`, `1999-12-26` → `0999-12-26`. */
const floating = (iso: string) => `${String(Number(iso.slice(0, 4)) - 1000).padStart(4, '0')}${iso.slice(4)}`;

/**
 * For each framed quantity of the sentence (same order), its year-less window, or null. Only for quantities whose
 * frame has no window: a text with a date of its own never needs one.
 */
export function yearlessWindows(text: string, reading: SentenceReading, framed: readonly FramedQuantity[]): (TimeWindow | null)[] {
  if (framed.every((f) => f.frame.window !== null)) return framed.map(() => null);
  const times = timeExpressionsIn(text, reading.sentence, PROVISIONAL).filter((t) => t.window !== null && !t.since && isYearlessMonthDay(t.text));
  if (!times.length) return framed.map(() => null);
  const provisional = new Map(readFrames(text, { ...reading, times }, PROVISIONAL).map((f) => [f.quantity.start, f.frame]));
  return framed.map((f) => {
    const p = provisional.get(f.quantity.start);
    if (f.frame.window !== null || !p?.window || p.timeSource !== 'TEXT') return null;
    return { start: floating(p.window.start), end: floating(p.window.end) };
  });
}
