import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/series/catalogue.ts';
import { parseFredCsv } from '../../src/series/fred-csv.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { thrownAppError } from '../support/app-error.ts';

const shipped = (file: string) => readFileSync(`${SEEDS_DIR}reference/${file}`, 'utf8');

/** The error a parse throws, for asserting on its message and line/column. */
const failure = (run: () => unknown) => thrownAppError(run, 'expected the parse to fail');

describe('parseFredCsv on the shipped files', () => {
  for (const info of CATALOGUE.filter((s) => s.format === 'FRED_CSV')) {
    it(`reads ${info.file} row for row, missing values kept missing`, () => {
      const text = shipped(info.file);
      // An independent reading of the same file: split lines and commas.
      const lines = text.trim().split('\n').slice(1).map((l) => l.split(','));
      const parsed = parseFredCsv(text, { seriesId: info.id });
      expect(parsed.seriesId).toBe(info.id);
      expect(parsed.observations.map((o) => o.date)).toEqual(lines.map((l) => l[0]).sort());
      expect(parsed.observations.filter((o) => o.value === null).length).toBe(lines.filter((l) => l[1] === '').length);
      const byDate = new Map(lines.map((l) => [l[0], l[1]]));
      for (const o of parsed.observations) expect(o.value).toBe(byDate.get(o.date) === '' ? null : Number(byDate.get(o.date)));
    });
  }
});

describe('parseFredCsv on malformed files: a clear error naming the line and column', () => {
  it('accepts the older DATE,ID header and "." for missing', () => {
    const parsed = parseFredCsv('DATE,WALCL\n2025-01-01,6850000\n2025-01-08,.\n');
    expect(parsed).toEqual({
      seriesId: 'FRED:WALCL',
      observations: [
        { date: '2025-01-01', value: 6850000, line: 2 },
        { date: '2025-01-08', value: null, line: 3 },
      ],
    });
  });

  it.each([
    ['wrong header', 'date_of_obs,WRESBAL\n2025-01-01,1\n', 1, 1, /observation_date/],
    ['no series id in the header', 'observation_date,\n2025-01-01,1\n', 1, 2, /FRED series id/],
    ['a third column', 'observation_date,WRESBAL\n2025-01-01,1,2\n', 2, 3, /2 columns/],
    ['a non-ISO date', 'observation_date,WRESBAL\n2025-01-01,1\n01/08/2025,2\n', 3, 1, /not an ISO date/],
    ['an impossible date', 'observation_date,WRESBAL\n2025-02-30,1\n', 2, 1, /not an ISO date/],
    ['a duplicate date', 'observation_date,WRESBAL\n2025-01-01,1\n2025-01-08,2\n2025-01-01,3\n', 4, 1, /duplicate date 2025-01-01 \(also on line 2\)/],
    ['a non-numeric value', 'observation_date,WRESBAL\n2025-01-01,1\n2025-01-08,3.2 bn\n', 3, 2, /"3.2 bn" is not a number/],
    ['an empty file', '', 1, 1, /empty/],
  ])('%s', (_, text, line, column, message) => {
    const error = failure(() => parseFredCsv(text));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`line ${line}, column ${column}`);
    expect(error.extensions).toMatchObject({ line, column });
  });

  it('refuses a file for another series than the one named', () => {
    const error = failure(() => parseFredCsv('observation_date,WALCL\n2025-01-01,1\n', { seriesId: 'FRED:WRESBAL' }));
    expect(error.message).toMatch(/holds WALCL, not WRESBAL/);
  });

  it('counts lines across CRLF endings and quoted cells', () => {
    const error = failure(() => parseFredCsv('observation_date,WRESBAL\r\n"2025-01-01",1\r\n2025-01-08,x\r\n'));
    expect(error.message).toContain('line 3, column 2');
  });
});
