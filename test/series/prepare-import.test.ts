import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seriesInfo } from '../../src/series/catalogue.ts';
import { parseFredCsv } from '../../src/series/fred-csv.ts';
import { prepareImport, quarterEnd } from '../../src/series/prepare-import.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { thrownAppError } from '../support/app-error.ts';

const WRESBAL = seriesInfo('FRED:WRESBAL')!;
const RRP = seriesInfo('FRED:RRPONTSYD')!;
const shipped = parseFredCsv(readFileSync(`${SEEDS_DIR}reference/fred/WRESBAL.csv`, 'utf8')).observations;
/** The same weeks as an older FRED vintage wrote them: billions with three decimals. */
const inBillions = shipped.map((o) => ({ ...o, value: o.value === null ? null : Number((o.value / 1000).toFixed(3)) }));

const failure = (run: () => unknown) => thrownAppError(run, 'expected the import to be refused');

describe('units: detected by magnitude, refused or converted explicitly, never silently', () => {
  it('takes the shipped file (millions) as it is', () => {
    const p = prepareImport(WRESBAL, shipped);
    expect(p.converted).toBe(false);
    expect(p.rows.map((r) => r.value)).toEqual(shipped.map((o) => o.value));
  });

  it('refuses a billions vintage of WRESBAL, naming the first row and saying how to proceed', () => {
    const error = failure(() => prepareImport(WRESBAL, inBillions));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(`line ${inBillions[0]!.line}, column 2`);
    expect(error.message).toMatch(/in billions of USD .* stored in millions; re-run with --convert/);
  });

  it('converts it when told to, back to the millions FRED serves now (to rounding of the three decimals)', () => {
    const p = prepareImport(WRESBAL, inBillions, { convert: true });
    expect(p.converted).toBe(true);
    expect(p.fileScale).toBe(1e9);
    p.rows.forEach((r, i) => expect(Math.abs(r.value! - shipped[i]!.value!)).toBeLessThanOrEqual(0.5));
  });

  it('refuses a file that mixes the two, naming the row that changes unit', () => {
    const mixed = shipped.slice(0, 10).map((o, i) => (i === 6 ? { ...o, value: o.value! / 1000 } : o));
    const error = failure(() => prepareImport(WRESBAL, mixed, { convert: true }));
    expect(error.message).toContain(`line ${mixed[6]!.line}, column 2`);
    expect(error.message).toMatch(/mixed units: .* reads as billions of USD, but line \d+ .* reads as millions/);
  });

  it('refuses an implausible value at any scale', () => {
    const error = failure(() => prepareImport(WRESBAL, [{ date: '2025-01-01', value: 7, line: 2 }]));
    expect(error.message).toMatch(/line 2, column 2 .*implausible/);
  });

  it('ON RRP near zero cannot tell its scale, so only the decisive rows decide', () => {
    const rows = [
      { date: '2025-11-18', value: 0.905, line: 2 },
      { date: '2025-11-19', value: 1.129, line: 3 },
      { date: '2025-10-31', value: 51.802, line: 4 },
    ];
    expect(prepareImport(RRP, rows).converted).toBe(false);
    // The same take-up in millions (51,802) is a file in the wrong scale.
    const error = failure(() => prepareImport(RRP, rows.map((r) => ({ ...r, value: r.value * 1000 }))));
    expect(error.message).toMatch(/in millions of USD .* stored in billions/);
  });
});

describe('dates against the series frequency', () => {
  it('a weekly H.4.1 row must be a Wednesday', () => {
    const error = failure(() => prepareImport(WRESBAL, [{ date: '2025-11-06', value: 2_860_000, line: 5 }]));
    expect(error.message).toMatch(/line 5, column 1 .*not a Wednesday/);
  });

  it('GFDEBTN is dated by the quarter\'s first day for the stock at its end', () => {
    const debt = seriesInfo('FRED:GFDEBTN')!;
    const p = prepareImport(debt, [{ date: '2025-07-01', value: 37_637_552.6, line: 2 }]);
    expect(p.rows[0]).toMatchObject({ date: '2025-07-01', periodEnd: '2025-09-30' });
    expect(failure(() => prepareImport(debt, [{ date: '2025-08-01', value: 37e6, line: 3 }])).message).toMatch(/first day of a quarter/);
    expect(['2025-01-01', '2025-04-01', '2025-10-01', '2024-10-01'].map(quarterEnd)).toEqual(['2025-03-31', '2025-06-30', '2025-12-31', '2024-12-31']);
  });
});
