import { seriesInfo } from '../series/catalogue.ts';
import type { TimeWindow } from '../quantities/frame.ts';
import { shiftDays } from './figure.ts';

/**
 * What the record holds of one measure over some days: the lowest and the highest value any series measuring it
 * recorded there — week averages, Wednesday levels, daily closes alike — and which series. A measure's week is quoted
 * as its average or its Wednesday level (reserves: WRESBAL and WRBWFRBL differ by tens of billions some weeks), so two
 * figures of one week that differ by less than the record itself moves over those days can both be right.
 */
export interface RecordRange {
  low: number;
  high: number;
  /** The series read, and their dates: `FRED:WRESBAL, FRED:WRBWFRBL (weeks ending 2025-10-22)`. */
  source: string;
}

/** The record's range for a factor and unit over a window, or null when no series measuring it covers those days. */
export type MeasureRecord = (factorId: string, unit: string, window: TimeWindow) => RecordRange | null;

/** One observation of a series measuring a factor, as the store reads it. */
export interface MeasureObservation {
  factorId: string;
  seriesId: string;
  /** The day the observation is of (a week average's Wednesday). */
  periodEnd: string;
  /** In the series' stored unit (× the catalogue's scale for USD). */
  value: number;
}


/**
 * The record of the measures, from their observations (pure): a week average covers its week (Thursday..Wednesday),
 * any other observation its own day. USD only: the shipped series are all in dollars.
 */
export function measureRecord(observations: readonly MeasureObservation[]): MeasureRecord {
  const byFactor = new Map<string, { start: string; end: string; value: number; seriesId: string }[]>();
  for (const o of observations) {
    const info = seriesInfo(o.seriesId);
    if (!info) continue;
    const start = info.observationKind === 'WEEK_AVERAGE' ? shiftDays(o.periodEnd, -6) : o.periodEnd;
    (byFactor.get(o.factorId) ?? byFactor.set(o.factorId, []).get(o.factorId)!).push({ start, end: o.periodEnd, value: o.value * info.scale, seriesId: o.seriesId });
  }
  return (factorId, unit, window) => {
    if (unit !== 'USD') return null;
    const over = (byFactor.get(factorId) ?? []).filter((o) => o.start <= window.end && o.end >= window.start);
    if (!over.length) return null;
    const values = over.map((o) => o.value);
    const series = [...new Set(over.map((o) => o.seriesId))].sort();
    const days = [...new Set(over.map((o) => o.end))].sort();
    return { low: Math.min(...values), high: Math.max(...values), source: `${series.join(', ')} (${days.length === 1 ? days[0] : `${days[0]}..${days[days.length - 1]}`})` };
  };
}
