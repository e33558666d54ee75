// Regression tests of the time pass on checks fresh7.yaml and fresh8.yaml (tuning text since 2026-12-07), one
// `describe` per class of miss (docs/reading.md, "Time pass on fresh7/fresh8"). Pure: the extractor with the seed's
// factor matcher, no database.
import { describe, expect, it } from 'vitest';
import { timeExpressionsIn } from '../../src/quantities/time-expressions.ts';
import { frameOf } from '../support/frame-of.ts';

const times = (text: string, doc: string) => timeExpressionsIn(text, { start: 0, end: text.length }, doc).map((t) => [t.text, t.window]);

describe('a part of a year named relative to the document (去年年底, 今年初)', () => {
  it('去年年底 is last December, not last year', () => {
    expect(times('銀行準備金在去年年底達到了約4.25萬億美元的峰值', '2022-12-19')).toEqual([['去年年底', { start: '2021-12-01', end: '2021-12-31' }]]);
    expect(frameOf('銀行準備金在去年年底達到了約4.25萬億美元的峰值', '4.25萬億美元', '2022-12-19').window).toEqual({ start: '2021-12-01', end: '2021-12-31' });
  });
  it('今年初 and 去年底 are the year\'s early part and its December; 去年 alone stays the whole year', () => {
    expect(times('今年初', '2025-06-15')[0]![1]).toEqual({ start: '2025-01-01', end: '2025-04-30' });
    expect(times('去年底', '2025-06-15')[0]![1]).toEqual({ start: '2024-12-01', end: '2024-12-31' });
    expect(times('去年的赤字', '2025-06-15')[0]![1]).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
});

describe('a deadline at a year\'s end ("by the end of 2020", "by year-end")', () => {
  it('is the year\'s last day, not its December', () => {
    expect(frameOf('we see the balance sheet growing to roughly $7.6 trillion by the end of 2020.', '$7.6 trillion', '2020-07-14').window).toEqual({ start: '2020-12-31', end: '2020-12-31' });
    expect(frameOf('The Fed balance sheet could easily grow to $11 trillion by year-end.', '$11 trillion', '2020-07-14').window).toEqual({ start: '2020-12-31', end: '2020-12-31' });
  });
  it('"at the end of 2020" stays December (a fact at a period\'s end, not a deadline)', () => {
    expect(frameOf('Reserves were $3 trillion at the end of 2020.', '$3 trillion', '2021-07-14').window).toEqual({ start: '2020-12-01', end: '2020-12-31' });
  });
});

describe('a change from a release ("from the balance sheet released on September 8")', () => {
  it('runs from the business day the release reports (the Wednesday before its Thursday) to the document\'s date', () => {
    const text = 'Total assets dropped by $37 billion from the prior week, by $63 billion from the balance sheet released on September 8, and by $206 billion from the peak on April 13, to $8.76trillion.';
    const f = frameOf(text, '$63 billion', '2022-10-07');
    expect(f.mode).toBe('CHANGE');
    expect(f.direction).toBe('DECREASE');
    expect(f.window).toEqual({ start: '2022-09-07', end: '2022-10-07' });
  });
});

describe('an amount after "by" running from a since or a from is a change, whatever the verb', () => {
  it('"trimmed its balance sheet by $1.03 Trillion since May 2022" is the fall since May 2022, not a level now', () => {
    const f = frameOf('It has only trimmed its balance sheet by $1.03 Trillion since May 2022.', '$1.03 Trillion', '2023-09-15');
    expect(f.mode).toBe('CHANGE');
    expect(f.direction).toBe('DECREASE');
    expect(f.window).toEqual({ start: '2022-05-01', end: '2023-09-15' });
  });
  it('"by $206 billion from the peak on April 13" (a list item after "dropped by") runs from April 13 to the document\'s date', () => {
    const text = 'Total assets dropped by $37 billion from the prior week, by $63 billion from the balance sheet released on September 8, and by $206 billion from the peak on April 13, to $8.76trillion.';
    expect(frameOf(text, '$206 billion', '2022-10-07').window).toEqual({ start: '2022-04-13', end: '2022-10-07' });
  });
});

describe('Chinese numerals in years (二○二二年, 二〇二五年)', () => {
  it('a year in Han digits is that year, not the document\'s (十月底 of 2022, not of 2025)', () => {
    expect(times('二○二二年十月底，餘額為', '2025-11-05')).toEqual([['二○二二年十月底', { start: '2022-10-27', end: '2022-10-31' }]]);
    expect(times('二〇二五年三月', '2025-11-05')).toEqual([['二〇二五年三月', { start: '2025-03-01', end: '2025-03-31' }]]);
    expect(timeExpressionsIn('自二○一五年六月以來首見', { start: 0, end: 11 }, '2025-11-05')[0]).toMatchObject({ since: true, window: { start: '2015-06-01', end: '2015-06-30' } });
  });
  it('Han digits that are not a year stay as they were (三四五年 is no year)', () => {
    expect(times('三四五年', '2025-11-05').map(([t]) => t)).not.toContain('三四五年');
  });
});

describe('"a day earlier": the business day before the day named last', () => {
  it('"as of Friday was $54.49 billion, compared to $38.84 billion a day earlier" dates the base Thursday', () => {
    const text = "WASHINGTON, May 30 (Reuters) - The U.S. Treasury Department's operating cash balance as of Friday was $54.49 billion, compared to was $38.84 billion a day earlier and $60.66 billion a week earlier, the Treasury said on Tuesday.";
    expect(frameOf(text, '$54.49 billion', '2023-05-30').window).toEqual({ start: '2023-05-26', end: '2023-05-26' });
    expect(frameOf(text, '$38.84 billion', '2023-05-30').window).toEqual({ start: '2023-05-25', end: '2023-05-25' });
  });
});
