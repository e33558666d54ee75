import { addDays } from './observations.ts';
import { MEASURES, recordedWeek, recordedWeekAverage, type Measure, type RecordedWeek } from './recorded-week.ts';
import type { SimulationResult } from './simulate.ts';
import type { Reference } from './snapshot.ts';

/**
 * A projection held against the weeks that followed its start, beside two naive forecasts made at the same start:
 * no change (the opening week's value) and the last four weeks' trend carried on. Week averages throughout, the
 * model's basis. Pure: the record comes in as a Reference.
 */

export const MEASURE_LABELS: Record<Measure, string> = { reserves: 'reserves (WRESBAL)', tga: 'TGA', onrrp: 'ON RRP' };
export const HORIZONS = [4, 8, 13, 26] as const;

/**
 * The record around a run, measure by measure: every week from `weeksBefore` weeks before the opening week to the
 * run's last week that the record reaches, on the model's own basis, so a chart of it is the record the projection
 * is scored against.
 */
export function recordAround(result: SimulationResult, reference: Reference, weeksBefore = 13): Record<Measure, RecordedWeek[]> {
  const opening = result.weeks[0]!;
  const weeks = [...Array.from({ length: weeksBefore }, (_, k) => addDays(opening, -7 * (weeksBefore - k))), ...result.weeks];
  const pick = (m: Measure) => weeks.map((w) => recordedWeek(reference, m, w)).filter((x): x is RecordedWeek => x !== undefined);
  return { reserves: pick('reserves'), tga: pick('tga'), onrrp: pick('onrrp') };
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
