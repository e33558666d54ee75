import { addDays } from './observations.ts';
import type { Reference } from './snapshot.ts';

/**
 * Drivers fitted on the record before a scenario's start, never after it: what the model may know at
 * the start. Every function here reads only weeks ending on or before `week` (the opening week).
 * Amounts are whole millions of USD.
 */

/** The residual "other factors" (total assets − TGA − ON RRP − reserves, week averages) of the weeks up to `week`. */
export function otherFactorsHistory(reference: Reference, week: string, weeks: number): { week: string; value: number }[] {
  const out: { week: string; value: number }[] = [];
  for (let k = weeks - 1; k >= 0; k--) {
    const w = addDays(week, -7 * k);
    const t = reference.weekTerms(w);
    if ('missing' in t) continue;
    out.push({ week: w, value: t.totalAssets.value - t.tga.value - t.onrrp.value - t.reserves.value });
  }
  return out;
}

export interface LinearFit {
  /** Change per week. */
  slope: number;
  /** Standard deviation of the residuals around the line. */
  residualSd: number;
  /** Weeks the fit used. */
  n: number;
  from: string;
  to: string;
}

/** Least-squares line through weekly points (x = week index). */
export function linearFit(points: { week: string; value: number }[]): LinearFit | undefined {
  const n = points.length;
  if (n < 3) return undefined;
  const xs = points.map((_, i) => i);
  const mx = (n - 1) / 2;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += ((xs[i] as number) - mx) * ((points[i] as { value: number }).value - my);
    sxx += ((xs[i] as number) - mx) ** 2;
  }
  const slope = sxy / sxx;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((points[i] as { value: number }).value - (my + slope * ((xs[i] as number) - mx))) ** 2;
  return { slope, residualSd: Math.sqrt(ss / (n - 2)), n, from: points[0]!.week, to: points[n - 1]!.week };
}

/** The trend of the other factors over `weeks` weeks ending at `week`. */
export function fitOtherFactors(reference: Reference, week: string, weeks: number): LinearFit | undefined {
  return linearFit(otherFactorsHistory(reference, week, weeks));
}

/** The mean weekly fall of total assets (WALCL, Wednesday levels) over `weeks` weeks ending at `week`, at least 0. */
export function fitRunoff(reference: Reference, week: string, weeks: number): { perWeek: number; from: string; to: string } | undefined {
  const s = reference.series['FRED:WALCL'];
  const now = s.on(week);
  const from = addDays(week, -7 * weeks);
  const then = s.on(from);
  if (now === undefined || then === undefined) return undefined;
  return { perWeek: Math.max(0, (then - now) / weeks), from, to: week };
}
