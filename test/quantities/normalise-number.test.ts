import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../src/quantities/chinese-numerals.ts';
import { normaliseNumber } from '../../src/quantities/normalise-number.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10],
    ['三百萬', 3e6],
    ['七萬', 7e4],
    ['兩百七十萬', 2.7e6],
    ['萬億', 1e12],
    ['一千二百', 1200],
    ['三億五千萬', 3.5e8],
    ['两亿', 2e8],
    ['一萬五千億', 1.5e12],
  ])('%s = %d', (s, v) => expect(parseChineseNumeral(s)).toBe(v));

  it('rejects what is not a numeral', () => expect(parseChineseNumeral('十年')).toBeUndefined());
});

describe('normaliseNumber', () => {
  it.each([
    ['2.7萬億美元', 2.7e12, 'USD'],
    ['9800億美元', 9.8e11, 'USD'],
    ['38萬億美元', 3.8e13, 'USD'],
    ['2.7万亿美元', 2.7e12, 'USD'],
    ['萬億', 1e12, 'count'],
    ['千倍', 1000, 'x'],
    ['3倍', 3, 'x'],
    ['1,000x', 1000, 'x'],
    ['$2.7 trillion', 2.7e12, 'USD'],
    ['US$5bn', 5e9, 'USD'],
    ['10萬噸', 1e5, 't'],
    ['2026年', 2026, 'year'],
    ['47年', 47, 'years'],
    ['十年', 10, 'years'],
    ['250萬人', 2.5e6, 'people'],
    ['300億港元', 3e10, 'HKD'],
  ])('%s → %d %s', (surface, value, unit) => {
    const n = normaliseNumber(surface);
    expect(n?.value).toBeCloseTo(value, 6);
    expect(n?.unit).toBe(unit);
  });

  it('reads ranges with either separator', () => {
    expect(normaliseNumber('18%-25%')).toEqual({ value: 18, upper: 25, unit: '%' });
    expect(normaliseNumber('18%至25%')).toEqual({ value: 18, upper: 25, unit: '%' });
    expect(normaliseNumber('1858年到1872年')).toEqual({ value: 1858, upper: 1872, unit: 'year' });
  });

  it('resolves a month-day date against the document year', () => {
    expect(normaliseNumber('11月5日', { year: 2025 })).toEqual({ value: 20251105, unit: 'date', date: '2025-11-05' });
  });

  it('answers undefined for text that is not a number', () => {
    expect(normaliseNumber('美元')).toBeUndefined();
  });
});
