import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../web/src/format.ts';
import type { Quantity } from '../../web/src/queries.ts';

const q = (x: Partial<Quantity>) => ({ surface: '', value: 0, upper: null, unit: 'USD', qualifier: null, date: null, ...x }) as Quantity;

describe('a quantity as the review page writes it', () => {
  it('writes a month with its year as a month (1月 → 2025-01), not as its stored number "202.501K month"', () => {
    expect(formatQuantity(q({ surface: '1月', value: 202501, unit: 'month', date: '2025-01' }))).toBe('2025-01');
  });
  it('writes a month whose year the text does not give as that month, not as a duration', () => {
    expect(formatQuantity(q({ value: 3, unit: 'month' }))).toBe('month 3 (year not stated)');
    expect(formatQuantity(q({ value: 1, upper: 3, unit: 'month' }))).toBe('month 1–3 (year not stated)');
  });
  it('writes days as ISO dates, years as written, money with its scale', () => {
    expect(formatQuantity(q({ value: 20251022, unit: 'date', date: '2025-10-22' }))).toBe('2025-10-22');
    expect(formatQuantity(q({ value: 2025, unit: 'year' }))).toBe('2025 year');
    expect(formatQuantity(q({ value: 2018, upper: 2019, unit: 'year' }))).toBe('2018–2019 year');
    expect(formatQuantity(q({ value: 2.93e12, unit: 'USD' }))).toBe('2.93T (2,930,000,000,000) USD');
    expect(formatQuantity(q({ value: 18, upper: 25, unit: '%', qualifier: 'ABOUT' }))).toBe('about 18 – 25 %');
    expect(formatQuantity(q({ value: 3, unit: 'months' }))).toBe('3 months');
  });
});
