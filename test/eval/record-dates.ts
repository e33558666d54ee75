/**
 * The dates of the shipped record's observations, per series as the labels name them (WRESBAL, DTS, …), for scoring
 * time attribution by the observations a window selects (score-checks.ts `sameObservations`). Read from the files in
 * `seeds/reference/`, once.
 */
import { readFileSync } from 'node:fs';

export interface SeriesDates {
  /** Ascending ISO dates, each the day the observation speaks of (GFDEBTN: the quarter's last day). */
  dates: string[];
  /** A week average speaks of the seven days to its date; any other observation of its day. */
  weekAverage: boolean;
  /** When an observation dated D is first published: H.4.1 weeks the next day (Thursday), daily series the next business day, GFDEBTN is not counted. */
  published: 'NEXT_DAY' | 'NEXT_BUSINESS_DAY' | 'UNCOUNTED';
}
export type RecordDates = ReadonlyMap<string, SeriesDates>;

const root = new URL('../../seeds/reference/', import.meta.url);
const lines = (path: string) => readFileSync(new URL(path, root), 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
const fred = (id: string) => lines(`fred/${id}.csv`).map((l) => l.split(',')).filter(([, v]) => v && v !== '.').map(([d]) => d!);
const quarterEnd = (d: string) => {
  const m = Number(d.slice(5, 7)) + 2;
  return new Date(Date.UTC(Number(d.slice(0, 4)), m, 0)).toISOString().slice(0, 10);
};

let cached: RecordDates | undefined;
export function loadRecordDates(): RecordDates {
  if (cached) return cached;
  const weekly = ['WRESBAL', 'WTREGEN'].map((id) => [id, { dates: fred(id), weekAverage: true, published: 'NEXT_DAY' }] as const);
  const wednesday = ['WALCL', 'WDTGAL', 'WRBWFRBL'].map((id) => [id, { dates: fred(id), weekAverage: false, published: 'NEXT_DAY' }] as const);
  const dts = [...new Set(lines('treasury/dts_operating_cash_balance_tga.csv').map((l) => l.slice(0, 10)))].sort();
  cached = new Map<string, SeriesDates>([
    ...weekly,
    ...wednesday,
    ['RRPONTSYD', { dates: fred('RRPONTSYD'), weekAverage: false, published: 'NEXT_BUSINESS_DAY' }],
    ['DTS', { dates: dts, weekAverage: false, published: 'NEXT_BUSINESS_DAY' }],
    ['GFDEBTN', { dates: fred('GFDEBTN').map(quarterEnd), weekAverage: false, published: 'UNCOUNTED' }],
  ]);
  return cached;
}
