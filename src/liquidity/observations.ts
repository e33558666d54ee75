/**
 * The model reads reference series as plain observation arrays, whoever fetched them (the shipped
 * CSVs, the series store in Neo4j, a test). Values arrive in each series' published unit and are
 * converted to whole millions of USD here, once.
 */

import { partitionPoint } from '../partition-point.ts';

export interface Observation {
  /** ISO date of the observation, as published (a Wednesday for H.4.1 series). */
  date: string;
  value: number | null;
}

/** The series the model reads, by catalogue id. */
export const MODEL_SERIES = ['FRED:WRESBAL', 'FRED:WTREGEN', 'FRED:WDTGAL', 'FRED:WALCL', 'FRED:RRPONTSYD', 'FRED:GFDEBTN', 'TREASURY:DTS_TGA_CLOSE'] as const;
export type ModelSeriesId = (typeof MODEL_SERIES)[number];

/** What the model needs: observations per series, sorted by date. A missing series is an empty list. */
export type ObservationSet = Partial<Record<ModelSeriesId, readonly Observation[]>>;

/**
 * Whole millions of USD. RRPONTSYD is published in billions. FRED served WRESBAL and WTREGEN in
 * billions until about April 2025 and in millions after, so the H.4.1 series are scaled by
 * magnitude, not trusted: reserves, the TGA and total assets are never below 100 billion, which
 * in millions is at least 1e5 and in billions at most 1e5.
 */
export function toMillions(seriesId: ModelSeriesId, value: number): number {
  if (seriesId === 'FRED:RRPONTSYD') return Math.round(value * 1000);
  if (seriesId === 'TREASURY:DTS_TGA_CLOSE' || seriesId === 'FRED:GFDEBTN') return Math.round(value);
  return Math.round(Math.abs(value) < 1e5 ? value * 1000 : value);
}

/** A series as a date → millions map, with its sorted dates, for look-ups by day. */
export class SeriesIndex {
  readonly dates: string[] = [];
  readonly values: number[] = [];
  private readonly byDate = new Map<string, number>();

  readonly seriesId: ModelSeriesId;

  constructor(seriesId: ModelSeriesId, observations: readonly Observation[] = []) {
    this.seriesId = seriesId;
    const sorted = [...observations].filter((o) => o.value !== null && Number.isFinite(o.value)).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    for (const o of sorted) {
      const v = toMillions(seriesId, o.value as number);
      this.dates.push(o.date);
      this.values.push(v);
      this.byDate.set(o.date, v);
    }
  }

  get first(): string | undefined {
    return this.dates[0];
  }

  get last(): string | undefined {
    return this.dates[this.dates.length - 1];
  }

  on(date: string): number | undefined {
    return this.byDate.get(date);
  }

  /** The latest observation on or before `date`, with its date. */
  atOrBefore(date: string): { date: string; value: number } | undefined {
    const found = partitionPoint(this.dates, (d) => d <= date) - 1;
    return found < 0 ? undefined : { date: this.dates[found] as string, value: this.values[found] as number };
  }
}

const DAY = 86_400_000;
export const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
export const isWednesday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() === 3;
/** The Wednesday ending the H.4.1 week (Thursday..Wednesday) that contains `iso`... or, before it, the last one. */
export function wednesdayOnOrBefore(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((day - 3 + 7) % 7));
}

/**
 * The average over the seven days Thursday..Wednesday ending `wednesday` of a daily series
 * published on business days. A weekend or holiday takes the previous business day's value,
 * as the Fed's week averages do. Undefined when the series does not reach the week, or when a
 * value would be carried more than four days (a gap in the data, not a holiday): missing data
 * is reported, never filled.
 */
export function weekAverageOfDaily(series: SeriesIndex, wednesday: string): { value: number; from: string; to: string } | undefined {
  let sum = 0;
  const firstDay = addDays(wednesday, -6);
  if (!series.last || series.last < wednesday) return undefined;
  for (let k = 0; k < 7; k++) {
    const day = addDays(firstDay, k);
    const o = series.atOrBefore(day);
    if (!o || daysBetween(o.date, day) > 4) return undefined;
    sum += o.value;
  }
  // The mean of seven whole millions, rounded back to whole millions (published week averages are rounded too).
  return { value: Math.round(sum / 7), from: firstDay, to: wednesday };
}
