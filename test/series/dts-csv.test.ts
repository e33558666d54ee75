import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDtsCsv } from '../../src/series/dts-csv.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { thrownAppError } from '../support/app-error.ts';

const text = readFileSync(`${SEEDS_DIR}reference/treasury/dts_operating_cash_balance_tga.csv`, 'utf8');
const HEADER = text.split('\n')[0]!;
const row = (date: string, label: string, amount: string) => `${date},${label},${amount},0,0,I,Operating Cash Balance,Cash Balance Details,1,2025,1,2025,1,01,01`;

const failure = (run: () => unknown) => thrownAppError(run, 'expected the parse to fail');

describe('parseDtsCsv on the shipped Daily Treasury Statement export', () => {
  const days = parseDtsCsv(text);
  const closingRows = text.split('\n').filter((l) => l.includes(',Treasury General Account (TGA) Closing Balance,')).map((l) => l.split(','));

  it('ascending, one entry per day, the closing balance from the "Opening Balance Today" column', () => {
    const dates = days.map((d) => d.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    const closing = new Map(days.map((d) => [d.date, d.closing]));
    for (const r of closingRows) expect(closing.get(r[0]!)).toBe(Number(r[2]));
    expect(days.filter((d) => d.closing !== null).length).toBe(closingRows.length);
  });

  it('opening + deposits − withdrawals = closing on every day that has all four, to the statement\'s rounding (1 million)', () => {
    const full = days.filter((d) => d.closing !== null && d.opening !== null && d.deposits !== null && d.withdrawals !== null);
    expect(full.length).toBe(closingRows.length);
    for (const d of full) expect(Math.abs(d.opening! + d.deposits! - d.withdrawals! - d.closing!)).toBeLessThanOrEqual(1);
  });

  it('the older statements give only the opening balance, never a made-up closing', () => {
    const old = days.filter((d) => d.date < '2022-04-18');
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((d) => d.closing === null && d.opening !== null)).toBe(true);
  });
});

describe('parseDtsCsv on malformed files', () => {
  it.each([
    ['a missing column', 'Record Date,Type of Account,Closing Balance Today\n', 1, 1, /Opening Balance Today/],
    ['a non-ISO date', `${HEADER}\n${row('11/05/2025', 'Treasury General Account (TGA) Closing Balance', '1')}`, 2, 1, /not an ISO date/],
    ['a non-numeric amount', `${HEADER}\n${row('2025-11-05', 'Treasury General Account (TGA) Closing Balance', '942,7')}`, 2, 15, /expected 15 columns like the header, found 16/],
    ['a text amount', `${HEADER}\n${row('2025-11-05', 'Treasury General Account (TGA) Closing Balance', 'n/a')}`, 2, 3, /"n\/a" is not a number/],
    [
      'a repeated row',
      `${HEADER}\n${row('2025-11-05', 'Treasury General Account (TGA) Closing Balance', '1')}\n${row('2025-11-05', 'Treasury General Account (TGA) Closing Balance', '2')}`,
      3,
      2,
      /second closing row for 2025-11-05 \(also on line 2\)/,
    ],
    [
      'a closing balance that breaks the statement identity',
      [HEADER, row('2025-11-05', 'Treasury General Account (TGA) Opening Balance', '100'), row('2025-11-05', 'Total TGA Deposits (Table II)', '10'), row('2025-11-05', 'Total TGA Withdrawals (Table II) (-)', '5'), row('2025-11-05', 'Treasury General Account (TGA) Closing Balance', '150')].join('\n'),
      5,
      3,
      /not opening 100 \+ deposits 10 − withdrawals 5/,
    ],
  ])('%s', (_, input, line, column, message) => {
    const error = failure(() => parseDtsCsv(input));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`line ${line}`);
    expect(error.extensions).toMatchObject({ line, column });
  });
});
