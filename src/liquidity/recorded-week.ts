import { weekAverageOfDaily, type ModelSeriesId } from './observations.ts';
import type { Reference } from './snapshot.ts';

/**
 * The record of one week, on the model's basis (week averages, millions), and which series says it. The one place
 * that chooses the series: the model's opening snapshot (Snapshot.weekTerms), the projection's scoring, the band and
 * the page's record line all read a week through here, so they cannot disagree about a week.
 */

export const MEASURES = ['reserves', 'tga', 'onrrp'] as const;
export type Measure = (typeof MEASURES)[number];

/** One recorded week average, millions, the series it comes from, and — when it is averaged from a daily series — the days averaged. */
export interface RecordedWeek {
  week: string;
  value: number;
  series: ModelSeriesId;
  days?: { from: string; to: string };
}

/**
 * The recorded week average of a measure for the week ending `week`, with its series; undefined when the record has
 * none. Reserves: WRESBAL. The TGA: WTREGEN, and where its shipped copy ends (November 2025) the week average of the
 * Daily Treasury Statement's closing balances carries the record on (the same average, within a million). The ON RRP:
 * the week average of the daily RRPONTSYD (no weekly average is shipped).
 */
export function recordedWeek(reference: Reference, measure: Measure, week: string): RecordedWeek | undefined {
  const s = reference.series;
  const weekly = (value: number | undefined, series: ModelSeriesId): RecordedWeek | undefined => (value === undefined ? undefined : { week, value, series });
  const daily = (series: 'TREASURY:DTS_TGA_CLOSE' | 'FRED:RRPONTSYD'): RecordedWeek | undefined => {
    const avg = weekAverageOfDaily(s[series], week);
    return avg && { week, value: avg.value, series, days: { from: avg.from, to: avg.to } };
  };
  if (measure === 'reserves') return weekly(s['FRED:WRESBAL'].on(week), 'FRED:WRESBAL');
  if (measure === 'tga') return weekly(s['FRED:WTREGEN'].on(week), 'FRED:WTREGEN') ?? daily('TREASURY:DTS_TGA_CLOSE');
  return daily('FRED:RRPONTSYD');
}

/** The recorded week average of a measure for the week ending `week`, millions; undefined when the record has none. */
export function recordedWeekAverage(reference: Reference, measure: Measure, week: string): number | undefined {
  return recordedWeek(reference, measure, week)?.value;
}
