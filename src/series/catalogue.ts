/**
 * The reference series claimgraph ships (`seeds/reference/`, provenance in `seeds/reference/SOURCES.md`).
 *
 * Values are stored as the publisher writes them, in `unit` × `scale` (WRESBAL in millions of USD,
 * RRPONTSYD in billions): multiply by `scale` for USD. Week averages, Wednesday levels, daily values
 * and end-of-period stocks are different things and are never mixed by the checks.
 */

import type { ObservationKind, SeriesFrequency } from '../vocabulary.ts';

export type SeriesFormat = 'FRED_CSV' | 'DTS_CSV';

export interface SeriesInfo {
  /** `FRED:WRESBAL`, `TREASURY:DTS_TGA_CLOSE`. */
  id: string;
  title: string;
  unit: 'USD';
  /** Multiplier from a stored value to `unit`: 1e6 = millions of USD. */
  scale: 1e6 | 1e9;
  frequency: SeriesFrequency;
  observationKind: ObservationKind;
  publisher: string;
  licence: string;
  /** The publisher's page for the series: the evidence URL of a review made from a check. */
  url: string;
  /** The shipped file, relative to `seeds/reference/`. */
  file: string;
  format: SeriesFormat;
  /**
   * Plausible range in USD (after scaling) for any observation since 2019. A file whose values land
   * 1000× outside it is in the other scale (FRED moved WRESBAL/WTREGEN from billions to millions in
   * 2025); the importer refuses it, or converts when told to.
   */
  plausible: { min: number; max: number };
  /** For END_OF_PERIOD series: the date column is the first day of the period whose end the stock is for. */
  datedAtPeriodStart?: boolean;
  /** For DTS_CSV series: which row of the statement the series is (the closing balance, or the day's deposits or withdrawals). */
  dtsRow?: 'closing' | 'deposits' | 'withdrawals';
  notes: string;
}

const FRB = 'Board of Governors of the Federal Reserve System';
const PUBLIC_DOMAIN = 'Public domain (US government work); citation requested';
/** The Daily Treasury Statement's operating cash table: one file, three rows of it (`dtsRow`), in millions of dollars. */
const DTS_TGA = {
  unit: 'USD',
  scale: 1e6,
  frequency: 'DAILY',
  publisher: 'U.S. Department of the Treasury, Bureau of the Fiscal Service',
  licence: PUBLIC_DOMAIN,
  url: 'https://fiscaldata.treasury.gov/datasets/daily-treasury-statement/operating-cash-balance',
  file: 'treasury/dts_operating_cash_balance_tga.csv',
  format: 'DTS_CSV',
} as const;

export const CATALOGUE: readonly SeriesInfo[] = [
  {
    id: 'FRED:WRESBAL',
    title: 'Reserve balances with Federal Reserve Banks: week average (H.4.1)',
    unit: 'USD',
    scale: 1e6,
    frequency: 'WEEKLY',
    observationKind: 'WEEK_AVERAGE',
    publisher: FRB,
    licence: PUBLIC_DOMAIN,
    url: 'https://fred.stlouisfed.org/series/WRESBAL',
    file: 'fred/WRESBAL.csv',
    format: 'FRED_CSV',
    plausible: { min: 1e11, max: 2e13 },
    notes: 'Average of the daily values of the week ending Wednesday, dated that Wednesday.',
  },
  {
    id: 'FRED:WRBWFRBL',
    title: 'Reserve balances with Federal Reserve Banks: Wednesday level (H.4.1)',
    unit: 'USD',
    scale: 1e6,
    frequency: 'WEEKLY',
    observationKind: 'WEDNESDAY_LEVEL',
    publisher: FRB,
    licence: PUBLIC_DOMAIN,
    url: 'https://fred.stlouisfed.org/series/WRBWFRBL',
    file: 'fred/WRBWFRBL.csv',
    format: 'FRED_CSV',
    plausible: { min: 1e11, max: 2e13 },
    notes: 'The balance at the close of each Wednesday; the press quotes reserves both as this and as the week average (WRESBAL), which differ by tens of billions some weeks.',
  },
  {
    id: 'FRED:WTREGEN',
    title: 'US Treasury General Account at the Fed: week average (H.4.1)',
    unit: 'USD',
    scale: 1e6,
    frequency: 'WEEKLY',
    observationKind: 'WEEK_AVERAGE',
    publisher: FRB,
    licence: PUBLIC_DOMAIN,
    url: 'https://fred.stlouisfed.org/series/WTREGEN',
    file: 'fred/WTREGEN.csv',
    format: 'FRED_CSV',
    plausible: { min: 5e9, max: 5e12 },
    notes: 'Average of the week ending Wednesday. The shipped copy ends on 2025-11-19.',
  },
  {
    id: 'FRED:WDTGAL',
    title: 'US Treasury General Account at the Fed: Wednesday level (H.4.1)',
    unit: 'USD',
    scale: 1e6,
    frequency: 'WEEKLY',
    observationKind: 'WEDNESDAY_LEVEL',
    publisher: FRB,
    licence: PUBLIC_DOMAIN,
    url: 'https://fred.stlouisfed.org/series/WDTGAL',
    file: 'fred/WDTGAL.csv',
    format: 'FRED_CSV',
    plausible: { min: 5e9, max: 5e12 },
    notes: 'Balance at the close of each Wednesday; equals the DTS closing balance of that day.',
  },
  {
    id: 'FRED:WALCL',
    title: 'Federal Reserve total assets (less eliminations from consolidation): Wednesday level (H.4.1)',
    unit: 'USD',
    scale: 1e6,
    frequency: 'WEEKLY',
    observationKind: 'WEDNESDAY_LEVEL',
    publisher: FRB,
    licence: PUBLIC_DOMAIN,
    url: 'https://fred.stlouisfed.org/series/WALCL',
    file: 'fred/WALCL.csv',
    format: 'FRED_CSV',
    plausible: { min: 1e12, max: 5e13 },
    notes: 'The size of the Fed balance sheet at the close of each Wednesday.',
  },
  {
    id: 'FRED:RRPONTSYD',
    title: 'Overnight reverse repurchase agreements: Treasury securities sold by the Fed (ON RRP take-up), daily',
    unit: 'USD',
    scale: 1e9,
    frequency: 'DAILY',
    observationKind: 'DAILY',
    publisher: 'Federal Reserve Bank of New York',
    licence: 'US government data published by the Federal Reserve Bank of New York; FRED tag not verified (see SOURCES.md)',
    url: 'https://fred.stlouisfed.org/series/RRPONTSYD',
    file: 'fred/RRPONTSYD.csv',
    format: 'FRED_CSV',
    plausible: { min: 0, max: 5e12 },
    notes: 'Daily take-up in billions of USD; empty on weekday holidays (missing, never zero).',
  },
  {
    id: 'FRED:GFDEBTN',
    title: 'Federal debt: total public debt, end of quarter',
    unit: 'USD',
    scale: 1e6,
    frequency: 'QUARTERLY',
    observationKind: 'END_OF_PERIOD',
    publisher: 'U.S. Department of the Treasury, Fiscal Service',
    licence: PUBLIC_DOMAIN,
    url: 'https://fred.stlouisfed.org/series/GFDEBTN',
    file: 'fred/GFDEBTN.csv',
    format: 'FRED_CSV',
    plausible: { min: 1e13, max: 1e14 },
    datedAtPeriodStart: true,
    notes: 'FRED dates each quarter by its first day; the value is the stock at the quarter\'s end (2025-07-01 = 2025-09-30).',
  },
  {
    id: 'TREASURY:DTS_TGA_CLOSE',
    title: 'Treasury General Account closing balance, Daily Treasury Statement (Table I)',
    ...DTS_TGA,
    observationKind: 'DAILY',
    plausible: { min: 5e9, max: 5e12 },
    notes: 'Closing balance of each business day, from 2022-04-18 (earlier statements give only the opening balance).',
    dtsRow: 'closing',
  },
  {
    id: 'TREASURY:DTS_TGA_DEPOSITS',
    title: 'Total TGA deposits of the day, Daily Treasury Statement (Table II total)',
    ...DTS_TGA,
    observationKind: 'DAILY_FLOW',
    plausible: { min: 0, max: 3e12 },
    notes: 'Money paid into the TGA each business day (taxes, debt issued, other receipts), from 2022-04-18. A flow, not a balance.',
    dtsRow: 'deposits',
  },
  {
    id: 'TREASURY:DTS_TGA_WITHDRAWALS',
    title: 'Total TGA withdrawals of the day, Daily Treasury Statement (Table II total)',
    ...DTS_TGA,
    observationKind: 'DAILY_FLOW',
    plausible: { min: 0, max: 3e12 },
    notes: 'Money paid out of the TGA each business day (outlays, debt redeemed), from 2022-04-18, as a positive amount. A flow, not a balance.',
    dtsRow: 'withdrawals',
  },
];

const BY_ID = new Map(CATALOGUE.map((s) => [s.id, s]));

/** The catalogue entry for an id (`FRED:WRESBAL`, or the bare FRED id `WRESBAL`), or undefined. */
export function seriesInfo(id: string): SeriesInfo | undefined {
  return BY_ID.get(id) ?? BY_ID.get(`FRED:${id}`);
}
