import type { FrameDirection, FrameMode, FramePeriod, TimeWindow } from '../quantities/frame.ts';

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
 * The values a figure allows: its number within half a unit of the last digit written, opened on one side by
 * "more than" / 逾 / 突破 (a lower bound) or "below" / 跌破 / 不到 (an upper bound). 約 and "about" add nothing to the
 * rounding (the labels' rule: "about $2.8 trillion" is 2.75–2.85); 近 / "nearly" reaches 5% below.
 */
export function intervalOf(f: Pick<Figure, 'value' | 'upper' | 'qualifier' | 'surface'>): Interval {
  const v = Math.abs(f.value);
  const h = halfUnit(f.surface, f.value);
  const top = f.upper !== null ? Math.abs(f.upper) : v;
  switch (f.qualifier) {
    case 'ABOVE':
    case 'AT_LEAST':
      return { low: v - h, high: Infinity };
    case 'BELOW':
    case 'AT_MOST':
      return { low: -Infinity, high: top + h };
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
