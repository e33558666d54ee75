import { addDays, SeriesIndex, wednesdayOnOrBefore, type ModelSeriesId, type ObservationSet } from './observations.ts';
import { recordedWeek } from './recorded-week.ts';

/**
 * Which kind of number a term is. The identity holds for week averages and for Wednesday levels
 * separately; the model works in week averages because reserves (WRESBAL) are shipped only as a
 * week average.
 */
export type Basis = 'WEEK_AVERAGE' | 'WEDNESDAY_LEVEL';

export interface Term {
  /** Whole millions of USD. */
  value: number;
  basis: Basis;
  /** Series the value is computed from. */
  series: ModelSeriesId[];
  /** How: the observation used, or the formula. */
  method: string;
  /** True when the term is an approximation the shipped series force (said in `method`). */
  approximate: boolean;
}

export interface Snapshot {
  /** The date asked for. */
  asOf: string;
  /** The H.4.1 week used: it ends on this Wednesday, the latest on or before `asOf` with every term available. */
  week: string;
  basis: 'WEEK_AVERAGE';
  reserves: Term;
  tga: Term;
  onrrp: Term;
  totalAssets: Term;
  /** total assets − TGA − ON RRP − reserves: mostly currency, plus the foreign repo pool, other deposits and capital. */
  otherFactors: Term;
  /** Gross federal debt at the end of the latest quarter that ended by `week`. */
  federalDebt: Term;
  /** The same week's Wednesday levels, shown beside the averages, never mixed with them. Reserves have no shipped Wednesday level. */
  wednesdayLevels: { tga: Term | null; onrrp: Term | null; totalAssets: Term | null };
}

/** Reference series indexed once, so many snapshots and scenario runs share the work. */
export class Reference {
  readonly series: Record<ModelSeriesId, SeriesIndex>;

  constructor(observations: ObservationSet) {
    const ix = (id: ModelSeriesId) => new SeriesIndex(id, observations[id] ?? []);
    this.series = {
      'FRED:WRESBAL': ix('FRED:WRESBAL'),
      'FRED:WTREGEN': ix('FRED:WTREGEN'),
      'FRED:WDTGAL': ix('FRED:WDTGAL'),
      'FRED:WALCL': ix('FRED:WALCL'),
      'FRED:RRPONTSYD': ix('FRED:RRPONTSYD'),
      'FRED:GFDEBTN': ix('FRED:GFDEBTN'),
      'TREASURY:DTS_TGA_CLOSE': ix('TREASURY:DTS_TGA_CLOSE'),
    };
  }

  /** Week-average terms of one week, or the reasons they are not available. */
  weekTerms(week: string): { reserves: Term; tga: Term; onrrp: Term; totalAssets: Term } | { missing: string[] } {
    const s = this.series;
    const missing: string[] = [];
    // The week's record is read where the scoring and the page read it (recorded-week.ts); the term adds its method.
    const reserves = recordedWeek(this, 'reserves', week);
    if (!reserves) missing.push(`FRED:WRESBAL has no week ending ${week}`);
    const tga = recordedWeek(this, 'tga', week);
    if (!tga) missing.push(`neither FRED:WTREGEN nor TREASURY:DTS_TGA_CLOSE covers the week ending ${week}`);
    const rrp = recordedWeek(this, 'onrrp', week);
    if (!rrp) missing.push(`FRED:RRPONTSYD does not cover the week ending ${week}`);
    const walcl = s['FRED:WALCL'].on(week);
    const walclBefore = s['FRED:WALCL'].on(addDays(week, -7));
    if (walcl === undefined || walclBefore === undefined) missing.push(`FRED:WALCL lacks the Wednesdays ${addDays(week, -7)} and ${week}`);
    if (!reserves || !tga || !rrp?.days || walcl === undefined || walclBefore === undefined) return { missing };
    return {
      reserves: { value: reserves.value, basis: 'WEEK_AVERAGE', series: [reserves.series], method: `WRESBAL, week ending ${week}`, approximate: false },
      tga: {
        value: tga.value,
        basis: 'WEEK_AVERAGE',
        series: [tga.series],
        method: tga.days ? `mean of daily TGA closing balances ${tga.days.from}..${tga.days.to} (weekends carry Friday)` : `WTREGEN, week ending ${week}`,
        approximate: false,
      },
      onrrp: { value: rrp.value, basis: 'WEEK_AVERAGE', series: [rrp.series], method: `mean of daily ON RRP ${rrp.days.from}..${rrp.days.to} (holidays carry the previous day)`, approximate: false },
      totalAssets: {
        // No week average of total assets is shipped: the mean of the Wednesdays bracketing the week stands in for it.
        value: Math.round((walcl + walclBefore) / 2),
        basis: 'WEEK_AVERAGE',
        series: ['FRED:WALCL'],
        method: `mean of WALCL on ${addDays(week, -7)} and ${week} (no week average of total assets is shipped)`,
        approximate: true,
      },
    };
  }

  /** The latest week ending on or before `asOf` with every term, searching back at most `lookbackWeeks`. */
  snapshot(asOf: string, lookbackWeeks = 8): Snapshot | { missing: string[] } {
    let week = wednesdayOnOrBefore(asOf);
    let firstMissing: string[] | undefined;
    for (let k = 0; k <= lookbackWeeks; k++, week = addDays(week, -7)) {
      const terms = this.weekTerms(week);
      if ('missing' in terms) {
        firstMissing ??= terms.missing;
        continue;
      }
      const debt = this.debtAt(week);
      if (!debt) return { missing: [`FRED:GFDEBTN has no quarter ending by ${week}`] };
      const other = terms.totalAssets.value - terms.tga.value - terms.onrrp.value - terms.reserves.value;
      return {
        asOf,
        week,
        basis: 'WEEK_AVERAGE',
        ...terms,
        otherFactors: {
          value: other,
          basis: 'WEEK_AVERAGE',
          series: ['FRED:WALCL', ...terms.tga.series, 'FRED:RRPONTSYD', 'FRED:WRESBAL'],
          method: 'total assets − TGA − ON RRP − reserves (a residual: currency, the foreign repo pool, other deposits, capital)',
          approximate: true,
        },
        federalDebt: debt,
        wednesdayLevels: this.wednesdayLevels(week),
      };
    }
    return { missing: firstMissing ?? [`no data on or before ${asOf}`] };
  }

  private debtAt(week: string): Term | undefined {
    const s = this.series['FRED:GFDEBTN'];
    // GFDEBTN is dated the first day of a quarter for the stock at its end.
    for (let i = s.dates.length - 1; i >= 0; i--) {
      const start = s.dates[i] as string;
      const [y, m] = start.split('-').map(Number) as [number, number];
      const end = addDays(new Date(Date.UTC(y, m - 1 + 3, 1)).toISOString().slice(0, 10), -1);
      if (end <= week) return { value: s.values[i] as number, basis: 'WEDNESDAY_LEVEL', series: ['FRED:GFDEBTN'], method: `GFDEBTN dated ${start}: the debt on ${end}`, approximate: false };
    }
    return undefined;
  }

  private wednesdayLevels(week: string): Snapshot['wednesdayLevels'] {
    const tga = this.series['FRED:WDTGAL'].on(week);
    const walcl = this.series['FRED:WALCL'].on(week);
    const rrp = this.series['FRED:RRPONTSYD'].atOrBefore(week);
    const level = (value: number, id: ModelSeriesId, method: string): Term => ({ value, basis: 'WEDNESDAY_LEVEL', series: [id], method, approximate: false });
    return {
      tga: tga === undefined ? null : level(tga, 'FRED:WDTGAL', `WDTGAL on ${week}`),
      onrrp: rrp && rrp.date >= addDays(week, -4) ? level(rrp.value, 'FRED:RRPONTSYD', `RRPONTSYD on ${rrp.date}`) : null,
      totalAssets: walcl === undefined ? null : level(walcl, 'FRED:WALCL', `WALCL on ${week}`),
    };
  }
}
