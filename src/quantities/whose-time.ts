/**
 * Whose a written time is when a sentence has several figures: the reader's answer to "is this time the figure's own,
 * or another figure's?", from the words alone (pure). `bind-times.ts` binds every figure of a sentence to one time as
 * it reads; the questions asked of one time and one figure afterwards are answered here — by the frame reader for a
 * comparison base's own time ("from Friday's $20.34 billion"), and by the checks, which ask whether the time a frame
 * was read with belongs to another figure of the quote (`src/checks/firm-reading.ts` words the answer for an editor).
 */

/** Clause boundaries in a quote: a time expression in another clause than the figure, beside another figure, is that figure's. */
const CLAUSE_BREAK = /[，,；;。：:！？!?]|—|――/;

/** The clause of a quote around [from, to): to the nearest clause break either side. */
export function clauseAround(quote: string, from: number, to: number): [start: number, end: number] {
  let start = from;
  while (start > 0 && !CLAUSE_BREAK.test(quote[start - 1]!)) start--;
  let end = to;
  while (end < quote.length && !CLAUSE_BREAK.test(quote[end]!)) end++;
  return [start, end];
}

/**
 * The words a time may be followed by and still date the figure right after it: a possessive, a peak or level word,
 * an approximation ("Friday's $20.34 billion", 2022年4月峰值的8.96萬億美元, or nothing at all). The frame reader
 * takes such a time as a comparison base's own when a base word stands before it ("from", 從).
 */
const DATES_FIGURE_AFTER = /^(?:['’]s)?\s*(?:的)?\s*(?:峰值|高峰|高點|高点|低點|低点|水平|水準)?\s*(?:的)?\s*(?:約|约|近|逾)?\s*$/;

/** Whether the words between a time and the figure after it (`gap`) leave the time that figure's. */
export const datesFigureAfter = (gap: string): boolean => DATES_FIGURE_AFTER.test(gap);

/**
 * Between a time and the figure it owns, written in the possessive: "Friday's $20.34 billion", 上周五的203亿美元. Unlike
 * `DATES_FIGURE_AFTER` the possessive itself must be written: nothing says "from" here, the possessive alone tells.
 */
const POSSESSIVE = /^\s*(?:['’]s?|的)\s*(?:about|around|nearly|約|约|近)?\s*(?:US)?\$?\s*$/i;

/** Units of time expressions read as quantities (9月, 三個月): never a figure that could own a time. */
const TIME_LIKE = new Set(['month', 'months', 'week', 'weeks', 'year', 'years', 'date', 'day', 'days', 'ordinal']);

/** A figure as a quote writes it. */
export interface WrittenFigure {
  surface: string;
  unit: string;
}

/** Another figure that owns a time, and how the quote shows it. */
export interface TimeOwner<F extends WrittenFigure> {
  owner: F;
  /** POSSESSIVE: the time is written in the possessive before it; BESIDE: right beside it, between the time and the
   * figure asked about; CLAUSE: beside it in the time's own clause, another clause than the figure's. */
  how: 'POSSESSIVE' | 'BESIDE' | 'CLAUSE';
}

/** Where a surface is written in the quote (the first occurrence; -1 when it is not). */
export function writtenAt(quote: string, surface: string): number {
  return surface ? quote.indexOf(surface) : -1;
}

/**
 * The other figure of the quote a time expression belongs to, if any: another amount is written between them, or they
 * sit in different clauses and the time's clause has a figure of its own ("自 2020 年 2 月約 4.2 兆美元，膨脹至 2022 年 4
 * 月約 9 兆美元": 2022 年 4 月 is the 9 兆's). Null when the time is `figure`'s own, or not written in the quote.
 */
export function otherOwnerOfTime<F extends WrittenFigure>(quote: string, figure: F, timeText: string, figures: readonly F[]): TimeOwner<F> | null {
  const f = writtenAt(quote, figure.surface);
  const t = writtenAt(quote, timeText);
  if (f < 0 || t < 0) return null;
  const [lo, hi] = t < f ? [t + timeText.length, f] : [f + figure.surface.length, t];
  // Other figures (amounts, percentages, counts), not other time expressions read as quantities (9月, 三個月).
  const others = figures.filter((o) => o !== figure && o.surface !== figure.surface && !TIME_LIKE.has(o.unit)).map((o) => ({ o, i: writtenAt(quote, o.surface) })).filter((x) => x.i >= 0);
  // Another figure between them takes the time when it is written right beside it ("2022 年 4 月約 9 兆美元", "the $300
  // billion during the 2018-2019 shutdown"); a time heading a run of clauses ("9月末,准备金余额首次跌破3万亿美元,降至
  // 2.93万亿美元") is shared by its figures.
  const bound = (x: { o: F; i: number }) => {
    const gap = t < x.i ? quote.slice(t + timeText.length, x.i) : quote.slice(x.i + x.o.surface.length, t);
    return gap.replace(/\s+/g, '').length <= 16 && !CLAUSE_BREAK.test(gap);
  };
  // "drop to $10.55 billion from Friday's $20.34 billion", 上周五的203亿美元: a time in the possessive is the figure's after it.
  const possessed = others.find((x) => x.i > t && POSSESSIVE.test(quote.slice(t + timeText.length, x.i)));
  if (possessed) return { owner: possessed.o, how: 'POSSESSIVE' };
  const between = others.find((x) => x.i >= lo && x.i < hi && bound(x));
  if (between) return { owner: between.o, how: 'BESIDE' };
  if (!CLAUSE_BREAK.test(quote.slice(lo, hi))) return null;
  // The time's own clause.
  const [start, end] = clauseAround(quote, t, t + timeText.length);
  const own = others.find((x) => x.i >= start && x.i < end && bound(x));
  return own ? { owner: own.o, how: 'CLAUSE' } : null;
}
