import { linearFit, otherFactorsHistory } from './fit.ts';
import { addDays } from './observations.ts';
import type { Reference } from './snapshot.ts';
import { recordedWeekAverage } from './recorded-week.ts';

/**
 * An uncertainty band around a projection, measured on the record before its start: how far each term the
 * announcements do not fix wandered from the path the model would draw for it, over as many weeks ahead.
 *
 *  - Other factors: their deviation from their own least-squares trend, h weeks on.
 *  - The TGA: its deviation from the straight line between its recorded quarter-end levels (what even a Treasury
 *    that hits its cash balance exactly does in between: tax dates, the timing of auctions), h weeks on.
 *  - ON RRP: its change over h weeks.
 *
 * Each is the root mean square over every start in the window; reserves take the three as independent
 * (sd² adds). Beyond the weeks the window can measure, the spread grows with √h. Amounts in millions.
 */

export const BAND_COVERAGE = 0.8;
/** The two-sided 80% normal quantile. */
export const BAND_Z = 1.2815515655446004;
/** Weeks of record before the start the band is measured on. */
export const BAND_WINDOW_WEEKS = 104;
const MAX_MEASURED_H = 52;

export interface Band {
  coverage: number;
  /** Standard deviation at each step of the projection (index 0, the opening week, is 0). */
  sd: { reserves: number[]; tga: number[]; onrrp: number[] };
  method: string;
}

function rmsOfChanges(xs: (number | undefined)[], h: number): number | undefined {
  let ss = 0;
  let n = 0;
  for (let t = 0; t + h < xs.length; t++) {
    const a = xs[t];
    const b = xs[t + h];
    if (a === undefined || b === undefined) continue;
    ss += (b - a) ** 2;
    n++;
  }
  return n >= 4 ? Math.sqrt(ss / n) : undefined;
}

/** sd for every h in 0..horizon from the measured ones, √h beyond the last measured. */
function spread(xs: (number | undefined)[], horizon: number): number[] {
  const out = [0];
  let last = 0;
  let lastH = 0;
  for (let h = 1; h <= horizon; h++) {
    const measured = h <= MAX_MEASURED_H ? rmsOfChanges(xs, h) : undefined;
    if (measured !== undefined) {
      last = measured;
      lastH = h;
      out.push(measured);
    } else out.push(lastH ? last * Math.sqrt(h / lastH) : 0);
  }
  return out;
}

const quarterEnds = (from: string, to: string): string[] => {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  m = Math.ceil(m / 3) * 3;
  for (;;) {
    const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (end > to) return out;
    if (end >= from) out.push(end);
    m += 3;
    if (m > 12) {
      m -= 12;
      y++;
    }
  }
};

/** TGA week averages' deviation from the line through the recorded quarter-end weeks. */
function tgaDeviations(reference: Reference, weeks: string[]): (number | undefined)[] {
  const tgaOf = (w: string) => recordedWeekAverage(reference, 'tga', w);
  const values = weeks.map(tgaOf);
  // The week containing a quarter's last day ends on the Wednesday on or after it.
  const anchorIdx = quarterEnds(weeks[0]!, weeks[weeks.length - 1]!)
    .map((d) => weeks.findIndex((w) => w >= d))
    .filter((i) => i >= 0 && values[i] !== undefined);
  const out: (number | undefined)[] = weeks.map(() => undefined);
  for (let a = 0; a + 1 < anchorIdx.length; a++) {
    const i0 = anchorIdx[a]!;
    const i1 = anchorIdx[a + 1]!;
    for (let i = i0; i <= i1; i++) {
      const v = values[i];
      if (v === undefined) continue;
      const line = values[i0]! + ((values[i1]! - values[i0]!) * (i - i0)) / (i1 - i0);
      out[i] = v - line;
    }
  }
  return out;
}

/** The band of a projection of `horizon` weeks from the opening week `week`, measured on the record before it. */
export function projectionBand(reference: Reference, week: string, horizon: number): Band {
  const weeks: string[] = [];
  for (let k = BAND_WINDOW_WEEKS - 1; k >= 0; k--) weeks.push(addDays(week, -7 * k));
  const other = otherFactorsHistory(reference, week, BAND_WINDOW_WEEKS);
  const fit = linearFit(other);
  const otherByWeek = new Map(other.map((p, i) => [p.week, fit ? p.value - fit.slope * i : p.value]));
  const otherResidual = weeks.map((w) => otherByWeek.get(w));
  const rrp = weeks.map((w) => recordedWeekAverage(reference, 'onrrp', w));
  const sdOther = spread(otherResidual, horizon);
  const sdTga = spread(tgaDeviations(reference, weeks), horizon);
  const sdRrp = spread(rrp.slice(-52), horizon);
  const sdReserves = sdOther.map((o, h) => Math.sqrt(o ** 2 + sdTga[h]! ** 2 + sdRrp[h]! ** 2));
  return {
    coverage: BAND_COVERAGE,
    sd: { reserves: sdReserves, tga: sdTga, onrrp: sdRrp },
    method: `${BAND_COVERAGE * 100}% band (±${BAND_Z.toFixed(2)} sd), measured on the ${BAND_WINDOW_WEEKS} weeks to ${week}: other factors' deviation from their trend, the TGA's from the line between its quarter-end levels, ON RRP's change (52 weeks), each h weeks on; reserves add the three as independent`,
  };
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26, error < 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * The probability that reserves are below `level` in the week they are most likely to be: the largest weekly
 * probability under the band (a lower bound on the chance of crossing at some week). 1 when the path itself is
 * below the line, barring the opening week, which is recorded and certain.
 */
export function crossingProbability(path: number[], sd: number[], level: number): { probability: number; week: number } {
  let best = { probability: 0, week: 0 };
  for (let k = 1; k < path.length; k++) {
    const s = sd[k] ?? 0;
    const p = s > 0 ? normalCdf((level - path[k]!) / s) : path[k]! < level ? 1 : 0;
    if (p > best.probability) best = { probability: p, week: k };
  }
  return best;
}
