import type { SeriesInfo } from './catalogue.ts';
import { csvError } from './read-csv.ts';

/** A parsed row before validation: FRED's `date,value`, or a DTS day's closing balance. */
export interface RawObservation {
  date: string;
  value: number | null;
  line: number;
}

/** A row ready to store, in the series' declared scale. */
export interface PreparedObservation {
  /** The date as the publisher labels it. */
  date: string;
  /** The date the value is in force from (quarter end for GFDEBTN; otherwise `date`). */
  periodEnd: string;
  value: number | null;
}

export interface PreparedImport {
  rows: PreparedObservation[];
  /** The scale the file was written in (equal to the series' unless converted). */
  fileScale: number;
  converted: boolean;
  missing: number;
}

const SCALE_NAME: Record<number, string> = { 1e6: 'millions', 1e9: 'billions' };

/**
 * Validates rows against the series' catalogue entry and returns them in its declared scale.
 *
 * Units: FRED served WRESBAL and WTREGEN in billions until 2025 and in millions after, so the scale
 * is read from the magnitudes, never assumed. Each value is placed against the series' plausible
 * range at the declared scale and at the other one (×1000 apart). A file wholly in the other scale
 * is refused unless `convert` is set (then converted, and the import says so); a file mixing the two
 * is refused naming the first row that disagrees. Weekly H.4.1 rows must fall on Wednesdays and
 * quarterly rows on the first day of a quarter.
 */
export function prepareImport(info: SeriesInfo, raw: readonly RawObservation[], options: { convert?: boolean } = {}): PreparedImport {
  const declared = info.scale;
  const other = declared === 1e6 ? 1e9 : 1e6;
  const valueColumn = info.format === 'DTS_CSV' ? 'Opening Balance Today' : info.id.replace(/^FRED:/, '');
  const valueCol = info.format === 'DTS_CSV' ? 3 : 2;
  const fits = (v: number, scale: number) => Math.abs(v) * scale >= info.plausible.min && Math.abs(v) * scale <= info.plausible.max;

  let first: { scale: number; line: number; value: number } | undefined;
  let missing = 0;
  for (const r of raw) {
    checkDate(info, r);
    if (r.value === null) {
      missing++;
      continue;
    }
    if (r.value < 0) throw csvError(r.line, valueCol, valueColumn, `${r.value} is negative; ${info.id} is a balance`);
    if (r.value === 0 && info.plausible.min === 0) continue;
    const atDeclared = fits(r.value, declared);
    const atOther = fits(r.value, other);
    if (!atDeclared && !atOther) {
      throw csvError(r.line, valueCol, valueColumn, `${r.value} is implausible for ${info.id} in millions or billions of USD`);
    }
    if (atDeclared && atOther) continue; // small values (ON RRP near zero) cannot tell the scale
    const scale = atDeclared ? declared : other;
    if (!first) first = { scale, line: r.line, value: r.value };
    else if (first.scale !== scale) {
      throw csvError(
        r.line,
        valueCol,
        valueColumn,
        `mixed units: ${r.value} reads as ${SCALE_NAME[scale]} of USD, but line ${first.line} (${first.value}) reads as ${SCALE_NAME[first.scale]}`,
      );
    }
  }

  const fileScale = first?.scale ?? declared;
  if (fileScale !== declared && !options.convert) {
    throw csvError(
      first!.line,
      valueCol,
      valueColumn,
      `the file is in ${SCALE_NAME[fileScale]} of USD (${first!.value}) but ${info.id} is stored in ${SCALE_NAME[declared]}; ` +
        `re-run with --convert to multiply by ${fileScale / declared}, or import a current vintage`,
    );
  }
  const factor = fileScale / declared;
  const rows = raw.map((r) => ({
    date: r.date,
    periodEnd: info.datedAtPeriodStart ? quarterEnd(r.date) : r.date,
    // Rounded to the millionth so ×1000 of a three-decimal figure stays the figure FRED would print.
    value: r.value === null ? null : factor === 1 ? r.value : Math.round(r.value * factor * 1e6) / 1e6,
  }));
  return { rows, fileScale, converted: factor !== 1, missing };
}

function checkDate(info: SeriesInfo, r: RawObservation): void {
  const day = new Date(`${r.date}T00:00:00Z`).getUTCDay();
  if (info.frequency === 'WEEKLY' && day !== 3) {
    throw csvError(r.line, 1, 'date', `${r.date} is not a Wednesday; ${info.id} is dated by the Wednesday that ends each week`);
  }
  if (info.frequency === 'QUARTERLY' && !/-(01|04|07|10)-01$/.test(r.date)) {
    throw csvError(r.line, 1, 'date', `${r.date} is not the first day of a quarter, as FRED dates ${info.id}`);
  }
  if (info.frequency === 'DAILY' && (day === 0 || day === 6)) {
    throw csvError(r.line, 1, 'date', `${r.date} is a weekend day; ${info.id} is published for business days`);
  }
}

/** The last day of the quarter a date falls in: FRED dates GFDEBTN's end-of-quarter stock by the quarter's first day. */
export function quarterEnd(date: string): string {
  const y = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  return new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10);
}
