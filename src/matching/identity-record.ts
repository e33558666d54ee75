import { addDays, wednesdayOnOrBefore, type ObservationSet } from '../liquidity/observations.ts';
import { Reference } from '../liquidity/snapshot.ts';
import type { IdentityRecord, RecordedResidual } from './joint-check.ts';

type Window = { start: string; end: string };

/** The H.4.1 weeks (Thursday..Wednesday, named by their Wednesday) that share a day with the window. */
function weeksOver(w: Window): string[] {
  const first = wednesdayOnOrBefore(w.start);
  const weeks: string[] = [];
  for (let week = first === w.start ? first : addDays(first, 7); addDays(week, -6) <= w.end; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/**
 * The identity check's view of the record, from the model's own reference (src/liquidity/snapshot.ts): the residual
 * "other factors" = total assets − TGA − ON RRP − reserves in week averages, as the model computes it, and the ON RRP
 * where no claim gives it. USD (the model works in millions).
 */
export function identityRecord(observations: ObservationSet): IdentityRecord {
  const reference = new Reference(observations);
  const residual = (week: string): number | null => {
    const t = reference.weekTerms(week);
    return 'missing' in t ? null : (t.totalAssets.value - t.tga.value - t.onrrp.value - t.reserves.value) * 1e6;
  };
  const rrp = reference.series['FRED:RRPONTSYD'];
  const rrpOn = (day: string) => {
    const o = rrp.atOrBefore(day);
    return o && o.date >= addDays(day, -4) ? o : undefined;
  };
  return {
    residualLevel(w: Window): RecordedResidual | null {
      const read = weeksOver(w).map((week) => ({ week, value: residual(week) })).filter((x): x is { week: string; value: number } => x.value !== null);
      if (!read.length) return null;
      const values = read.map((x) => x.value);
      return { low: Math.min(...values), high: Math.max(...values), weeks: read.map((x) => x.week), source: `the model's residual in week averages, weeks ending ${read.map((x) => x.week).join(', ')}` };
    },
    residualChange(w: Window): RecordedResidual | null {
      const from = wednesdayOnOrBefore(addDays(w.start, -1));
      const to = wednesdayOnOrBefore(w.end);
      const a = residual(from);
      const b = residual(to);
      if (a === null || b === null || from === to) return null;
      return { low: b - a, high: b - a, weeks: [from, to], source: `the model's residual, week ending ${to} less week ending ${from}` };
    },
    onrrpLevel(w: Window) {
      const days: number[] = [];
      for (let d = w.start; d <= w.end; d = addDays(d, 1)) {
        const o = rrpOn(d);
        if (o) days.push(o.value * 1e6);
      }
      if (!days.length) return null;
      return { low: Math.min(...days), high: Math.max(...days), source: `RRPONTSYD, daily values ${w.start}..${w.end}` };
    },
    onrrpChange(w: Window) {
      const a = rrpOn(addDays(w.start, -1));
      const b = rrpOn(w.end);
      if (!a || !b) return null;
      const v = (b.value - a.value) * 1e6;
      return { low: v, high: v, source: `RRPONTSYD ${b.date} less ${a.date}` };
    },
  };
}
