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

// Issue 19: number slips that kept figures of the matching set (test/eval/matching-set, dev) from matching.
const full = (text: string) => extractQuantities(text).map((q) => ({ surface: q.surface, value: q.value, upper: q.upper, unit: q.unit }));

describe('number slips (issue 19)', () => {
  it('issue 19: "fell by $20.1 billion to $2.98 trillion" was read as one range, 20.1 billion–2.98 trillion', () => {
    expect(full('bank reserves fell by approximately $20.1 billion to $2.98 trillion.')).toEqual([
      { surface: '$20.1 billion', value: 2.01e10, upper: undefined, unit: 'USD' },
      { surface: '$2.98 trillion', value: 2.98e12, upper: undefined, unit: 'USD' },
    ]);
    expect(full('fell by about $59 billion to $2.93 trillion in the week').map((q) => q.surface)).toEqual(['$59 billion', '$2.93 trillion']);
  });

  it('issue 19: 減少201億美元至2.98萬億美元 (a change, then the level reached) was read as one range', () => {
    expect(full('銀行準備金減少201億美元至2.98萬億美元').map((q) => [q.surface, q.value, q.upper])).toEqual([
      ['201億美元', 2.01e10, undefined],
      ['2.98萬億美元', 2.98e12, undefined],
    ]);
    // Ranges of one magnitude stay ranges, with or without a verb before them.
    expect(full('估計最低點在3兆美元至3.25兆美元之間').map((q) => [q.value, q.upper])).toEqual([[3e12, 3.25e12]]);
    expect(full('預計增長3%至5%').map((q) => [q.value, q.upper])).toEqual([[3, 5]]);
    expect(full('Spending of $600 billion to $1.2 trillion is planned.').map((q) => [q.value, q.upper])).toEqual([[6e11, 1.2e12]]);
  });

  it('issue 19: "1/4 percentage point" was read as 1 and 4 percentage points', () => {
    expect(full('lower the target range by 1/4 percentage point')).toEqual([{ surface: '1/4 percentage point', value: 0.25, upper: undefined, unit: 'pp' }]);
    expect(full('a cut of 1/2 percent')[0]).toMatchObject({ value: 0.5, unit: '%' });
  });

  it('issue 19: "3-3/4 to 4 percent" was read as a range 3–3 and a range 4–4 percent', () => {
    expect(full('to 3-3/4 to 4 percent')).toEqual([{ surface: '3-3/4 to 4 percent', value: 3.75, upper: 4, unit: '%' }]);
    expect(full('between 3-1/2 and 3-3/4 percent')).toEqual([{ surface: '3-1/2 and 3-3/4 percent', value: 3.5, upper: 3.75, unit: '%' }]);
    // A date written with slashes is not a fraction.
    expect(full('on 10/30 the TGA rose').some((q) => q.value === 1 / 3 || q.unit === '%')).toBe(false);
  });

  it('issue 19: "$2.93 Trillion" in a headline lost its scale word (2.93 dollars)', () => {
    expect(full('Reserve Balances Drop to $2.93 Trillion, Hitting Lowest Level')).toEqual([{ surface: '$2.93 Trillion', value: 2.93e12, upper: undefined, unit: 'USD' }]);
    expect(full('A TGA OF $1 TRILLION')[0]).toMatchObject({ value: 1e12, unit: 'USD' });
  });

  it('issue 19: 元 about US debt, in a text naming no Chinese currency, was read as CNY', () => {
    expect(full('美國國債以驚人速度增長，在週二國債總額已經突破37萬億元的歷史新高。根據聯邦財政部的數據，每一秒鐘就增加近6萬元。').filter((q) => /元/.test(q.surface)).map((q) => [q.surface, q.unit])).toEqual([['37萬億元', 'USD'], ['6萬元', 'USD']]);
    // Mainland text keeps 元 as renminbi, Taiwanese text as New Taiwan dollars.
    expect(full('國內消費增長，社會消費品零售總額達4萬億元。').map((q) => q.unit)).toEqual(['CNY']);
    expect(full('人民幣貸款增加2萬億元，美國國債收益率上升。').map((q) => q.unit)).toEqual(['CNY']);
    expect(full('台股下跌,台積電收1,865元。').map((q) => q.unit)).toEqual(['TWD']);
  });
});
