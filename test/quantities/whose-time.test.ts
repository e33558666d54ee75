import { describe, expect, it } from 'vitest';
import { clauseAround, datesFigureAfter, otherOwnerOfTime } from '../../src/quantities/whose-time.ts';

const fig = (surface: string, unit = 'USD') => ({ surface, unit });

describe('whose a written time is', () => {
  it('a time in the possessive is the figure after it', () => {
    const quote = 'Usage fell to $10.55 billion from Friday’s $20.34 billion';
    const q = fig('$10.55 billion');
    const base = fig('$20.34 billion');
    expect(otherOwnerOfTime(quote, q, 'Friday', [q, base])).toEqual({ owner: base, how: 'POSSESSIVE' });
    expect(otherOwnerOfTime(quote, base, 'Friday', [q, base])).toBeNull();
  });

  it('a time written beside another figure between them is that figure’s', () => {
    const quote = '自2020年2月約4.2兆美元膨脹至2022年4月約9兆美元';
    const start = fig('4.2兆美元');
    const end = fig('9兆美元');
    expect(otherOwnerOfTime(quote, end, '2020年2月', [start, end])).toEqual({ owner: start, how: 'BESIDE' });
  });

  it('a time in another clause, beside a figure of its own, is that figure’s; a time heading a run of clauses is shared', () => {
    const quote = '自 2020 年 2 月約 4.2 兆美元，膨脹至 2022 年 4 月約 9 兆美元';
    const start = fig('4.2 兆美元');
    const end = fig('9 兆美元');
    expect(otherOwnerOfTime(quote, start, '2022 年 4 月', [start, end])).toEqual({ owner: end, how: 'CLAUSE' });
    const shared = '9月末,准备金余额首次跌破3万亿美元,降至2.93万亿美元';
    expect(otherOwnerOfTime(shared, fig('2.93万亿美元'), '9月末', [fig('3万亿美元'), fig('2.93万亿美元')])).toBeNull();
  });

  it('times read as quantities own no time, and a time not in the quote is no one’s', () => {
    const q = fig('2.8萬億美元');
    expect(otherOwnerOfTime('10月30日 9月 降至2.8萬億美元', q, '10月30日', [q, fig('9月', 'month')])).toBeNull();
    expect(otherOwnerOfTime('降至2.8萬億美元', q, '10月30日', [q])).toBeNull();
  });

  it('the words that leave a time dating the figure right after it', () => {
    expect(datesFigureAfter('’s ')).toBe(true);
    expect(datesFigureAfter('峰值的約')).toBe(true);
    expect(datesFigureAfter('')).toBe(true);
    expect(datesFigureAfter(' when reserves were ')).toBe(false);
  });

  it('a clause runs to the nearest break either side', () => {
    const quote = '截至上周五,余额首次突破1万亿美元;创下新高';
    const at = quote.indexOf('余额');
    expect(quote.slice(...clauseAround(quote, at, at + 2))).toBe('余额首次突破1万亿美元');
  });
});
