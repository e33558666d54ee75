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

/**
 * The record's range for a factor and unit over a window, or null when no series measuring it covers those days; with
 * `crossedOnce` where the record was built from observations (`measureRecord`).
 */
export type MeasureRecord = ((factorId: string, unit: string, window: TimeWindow) => RecordRange | null) & { crossedOnce?: CrossedOnce };

/** Where the record crosses a line, when it crosses it once only (`measureRecord`). */
export interface LineCrossing {
  /** From the day after the last observation on the near side of the line to the first beyond it. */
  window: TimeWindow;
  /** The series read and the two observations around the crossing: `FRED:GFDEBTN (36.2115 trillion on 2025-06-30, 37.6376 trillion on 2025-09-30)`. */
  source: string;
}
export type CrossedOnce = (factorId: string, unit: string, line: number, direction: 'INCREASE' | 'DECREASE') => LineCrossing | null;

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
  const range = (factorId: string, unit: string, window: TimeWindow): RecordRange | null => {
    if (unit !== 'USD') return null;
    const over = (byFactor.get(factorId) ?? []).filter((o) => o.start <= window.end && o.end >= window.start);
    if (!over.length) return null;
    const values = over.map((o) => o.value);
    const series = [...new Set(over.map((o) => o.seriesId))].sort();
    const days = [...new Set(over.map((o) => o.end))].sort();
    return { low: Math.min(...values), high: Math.max(...values), source: `${series.join(', ')} (${days.length === 1 ? days[0] : `${days[0]}..${days[days.length - 1]}`})` };
  };
  // A line the record crosses once: every observation of every series of the measure on the near side of it comes
  // before every observation beyond it (the federal debt crossed 37 trillion once, between its readings of 30 June and
  // 30 September 2025; reserves went back and forth around 3 trillion). Both sides must be in the record: a line crossed
  // before the record starts, or not yet, is not placed.
  const crossedOnce: CrossedOnce = (factorId, unit, line, direction) => {
    if (unit !== 'USD') return null;
    const beyond = (v: number) => (direction === 'INCREASE' ? v >= line : v <= line);
    let lastNear: { end: string; value: number; seriesId: string } | null = null;
    let firstBeyond: { end: string; value: number; seriesId: string } | null = null;
    for (const o of byFactor.get(factorId) ?? []) {
      if (beyond(o.value)) {
        if (!firstBeyond || o.end < firstBeyond.end) firstBeyond = o;
      } else if (!lastNear || o.end > lastNear.end) lastNear = o;
    }
    if (!lastNear || !firstBeyond || lastNear.end >= firstBeyond.end) return null;
    const at = (o: { end: string; value: number }) => `${Math.abs(o.value) >= 1e12 ? `${Number((o.value / 1e12).toPrecision(6))} trillion` : `${Number((o.value / 1e9).toPrecision(6))} billion`} on ${o.end}`;
    const series = [...new Set([lastNear.seriesId, firstBeyond.seriesId])].sort().join(', ');
    return { window: { start: shiftDays(lastNear.end, 1), end: firstBeyond.end }, source: `${series} (${at(lastNear)}, ${at(firstBeyond)})` };
  };
  return Object.assign(range, { crossedOnce });
}
