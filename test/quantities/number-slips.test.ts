import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/quantities/extract-quantities.ts';

// Issue 18, item 7: the number slips seen, each a regression test named after it.
const read = (text: string, documentDate?: string) =>
  extractQuantities(text, documentDate ? { documentDate } : {}).map((q) => ({ surface: q.surface, value: q.value, unit: q.unit, kind: q.kind, ...(q.date ? { date: q.date } : {}) }));

describe('number slips (issue 18)', () => {
  it('issue 18: "-$16 billion" lost its sign', () => {
    expect(read('The TGA fell -$16 billion on the day.')).toEqual([{ surface: '-$16 billion', value: -1.6e10, unit: 'USD', kind: 'money' }]);
  });

  it('issue 18: "$20 billion per month" had unit USD, not a flow', () => {
    expect(read('The Fed will buy $20 billion per month of bills.')[0]).toMatchObject({ value: 2e10, unit: 'USD/month' });
    expect(read('runoff of $95 billion a month')[0]).toMatchObject({ unit: 'USD/month' });
    expect(read('每月減持950億美元')[0]).toMatchObject({ unit: 'USD/month' });
  });

  it('issue 18: (4日) is a day of the document\'s month, stored as a date', () => {
    expect(read('上周六(4日)，全社会跨区域人员流动量为30129.11万人次', '2025-10-08')[0]).toEqual({ surface: '4日', value: 20251004, unit: 'date', kind: 'date', date: '2025-10-04' });
    // A day after the document's: the month before.
    expect(read('(28日)準備金下降', '2025-11-06')[0]).toMatchObject({ date: '2025-10-28' });
  });

  it('issue 18: month names without a year are resolved from the document\'s date and stored as dates', () => {
    expect(read('In October, reserves fell.', '2025-11-06')[0]).toEqual({ surface: 'October', value: 202510, unit: 'month', kind: 'date', date: '2025-10' });
    expect(read('In December, reserves fell.', '2026-01-15')[0]).toMatchObject({ value: 202512, date: '2025-12' });
    expect(read('10月TGA上升', '2025-11-06')[0]).toMatchObject({ value: 202510, date: '2025-10' });
  });

  it('issue 18: 第35天 is read whole, as an ordinal, not a count', () => {
    expect(read('政府停擺第35天')).toEqual([{ surface: '第35天', value: 35, unit: 'ordinal', kind: 'ordinal' }]);
  });

  it('issue 18: index names such as 標普500, 日經225 and S&P 500 are not counts', () => {
    expect(read('標普500下跌1.2%，日經225指數上漲，S&P 500 fell 2%').map((q) => q.surface)).toEqual(['1.2%', '2%']);
  });

  it('issue 18: float noise — 2.07 trillion is stored as exactly 2.07e12', () => {
    expect(read('reserves of 2.07 trillion dollars')[0]!.value).toBe(2.07e12);
    expect(read('2.07兆美元')[0]!.value).toBe(2.07e12);
    expect(read('$2.85 trillion')[0]!.value).toBe(2.85e12);
    expect(read('9838.6亿美元')[0]!.value).toBe(9.8386e11);
  });

  it('issue 18: 個, the commonest classifier, counts (一個 stays an article)', () => {
    expect(read('三個引擎和五個工廠，一個問題').map((q) => [q.surface, q.value, q.unit])).toEqual([['三個', 3, 'count'], ['五個', 5, 'count']]);
    expect(read('三口之家有五艘船').map((q) => [q.surface, q.unit])).toEqual([['三口', 'count'], ['五艘', 'count']]);
  });

  it("issue 18: Taiwan's units and imperial units are measures, not bare counts", () => {
    expect(read('面積約12坪，3甲地，5公頃，10公噸，2台斤，4公尺，8公分，20公里').map((q) => [q.surface, q.unit])).toEqual([
      ['12坪', 'ping'], ['3甲', 'jia'], ['5公頃', 'ha'], ['10公噸', 't'], ['2台斤', 'catty'], ['4公尺', 'm'], ['8公分', 'cm'], ['20公里', 'km'],
    ]);
    expect(read('15 miles, 20 acres, 3 feet, 5 pounds and 300 square feet; 占地3平方英里').map((q) => [q.surface, q.unit])).toEqual([
      ['15 miles', 'mi'], ['20 acres', 'acre'], ['3 feet', 'ft'], ['5 pounds', 'lb'], ['300 square feet', 'ft2'], ['3平方英里', 'mi2'],
    ]);
    expect(read('3 in 2025').map((q) => q.unit)).toEqual(['count', 'year']);
  });

  it('issue 18: population counts are people', () => {
    expect(read('人口約270萬')[0]).toMatchObject({ value: 2.7e6, unit: 'people' });
    expect(read('a population of 2.3 million')[0]).toMatchObject({ value: 2.3e6, unit: 'people' });
  });
});
