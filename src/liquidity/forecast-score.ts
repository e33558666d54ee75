import { addDays, weekAverageOfDaily } from './observations.ts';
import type { SimulationResult } from './simulate.ts';
import type { Reference } from './snapshot.ts';

/**
 * A projection held against the weeks that followed its start, beside two naive forecasts made at the same start:
 * no change (the opening week's value) and the last four weeks' trend carried on. Week averages throughout, the
 * model's basis. Pure: the record comes in as a Reference.
 */

export const MEASURES = ['reserves', 'tga', 'onrrp'] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_LABELS: Record<Measure, string> = { reserves: 'reserves (WRESBAL)', tga: 'TGA', onrrp: 'ON RRP' };
export const HORIZONS = [4, 8, 13, 26] as const;

/** The recorded week average of a measure for the week ending `week`, millions; undefined when the record has none. */
export function recordedWeekAverage(reference: Reference, measure: Measure, week: string): number | undefined {
  const s = reference.series;
  if (measure === 'reserves') return s['FRED:WRESBAL'].on(week);
  if (measure === 'tga') return s['FRED:WTREGEN'].on(week) ?? weekAverageOfDaily(s['TREASURY:DTS_TGA_CLOSE'], week)?.value;
  return weekAverageOfDaily(s['FRED:RRPONTSYD'], week)?.value;
}

export interface HorizonScore {
  measure: Measure;
  horizon: number;
  week: string;
  /** Millions; null when the record does not reach the week. */
  recorded: number | null;
  model: number;
  /** The band's bounds at this week. */
  lower: number;
  upper: number;
  noChange: number;
  trend: number | null;
}

const pathOf = (r: SimulationResult, m: Measure) => (m === 'reserves' ? r.reserves : m === 'tga' ? r.tga : r.onrrp);

/** Every measure at every horizon the projection reaches. */
export function scoreProjection(result: SimulationResult, reference: Reference, horizons: readonly number[] = HORIZONS): HorizonScore[] {
  const out: HorizonScore[] = [];
  const opening = result.weeks[0]!;
  for (const measure of MEASURES) {
    const path = pathOf(result, measure);
    const band = result.band[measure];
    const v0 = path[0]!;
    const before = recordedWeekAverage(reference, measure, addDays(opening, -28));
    for (const h of horizons) {
      if (h >= result.weeks.length) continue;
      const week = result.weeks[h]!;
      const rec = recordedWeekAverage(reference, measure, week);
      out.push({
        measure,
        horizon: h,
        week,
        recorded: rec ?? null,
        model: path[h]!,
        lower: band.lower[h]!,
        upper: band.upper[h]!,
        noChange: v0,
        // ON RRP cannot go below zero, so neither can its trend.
        trend: before === undefined ? null : Math.max(measure === 'onrrp' ? 0 : Number.NEGATIVE_INFINITY, v0 + ((v0 - before) * h) / 4),
      });
    }
  }
  return out;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
