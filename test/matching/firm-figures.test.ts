import { describe, expect, it } from 'vitest';
import { firmnessOf, type FirmnessInput } from '../../src/matching/figure.ts';

// Issue 19, fourth pass: what makes a figure's reading firm enough to be proposed as a later reading of another, or as
// contradicting it — the checks' own tests of a firm reading (src/checks/firm-reading.ts), read on real sentences.
const amount = (surface: string, value: number, unit = 'USD') => ({ surface, value, upper: null, unit, qualifier: null });

function input(quote: string, surface: string, value: number, extra: Partial<FirmnessInput> = {}): FirmnessInput {
  return {
    quote,
    surface,
    value,
    upper: null,
    unit: 'USD',
    qualifier: null,
    mode: 'LEVEL',
    window: null,
    timeSource: 'TEXT',
    timeText: null,
    published: null,
    amounts: [amount(surface, value)],
    anaphor: null,
    mood: 'STATED',
    yearless: false,
    editor: { window: false, factor: false, mode: false },
    ...extra,
  };
}
const kinds = (x: FirmnessInput) => firmnessOf(x).map((u) => u.kind);

describe('firm readings for matching (issue 19)', () => {
  it('a figure whose sentence states no time is dated only by its document: not firm', () => {
    const x = input('對應銀行準備金降至約2.85兆美元、為2021年初以來低點', '2.85兆美元', 2.85e12, { timeSource: 'DOCUMENT_DATE', window: { start: '2025-11-05', end: '2025-11-05' }, published: '2025-11-05' });
    expect(kinds(x)).toEqual(['DOCUMENT_DATE']);
  });

  it('"now" written in its clause is the date of a page that states its date; of a page that does not, a guess', () => {
    const x = input('Bank reserves are now about $2.85 trillion', '$2.85 trillion', 2.85e12, { timeSource: 'DOCUMENT_DATE', window: { start: '2025-11-05', end: '2025-11-05' } });
    expect(kinds({ ...x, published: '2025-11-05' })).toEqual([]);
    expect(kinds(x)).toEqual(['PRESENT_UNPUBLISHED']);
  });

  it('a date written in the sentence that is its page\'s own date (截至11月6日) is a stated date', () => {
    const x = input('截至11月6日,美联储资产负债表负债端的TGA账户依然还有9427亿美元', '9427亿美元', 942.7e9, { timeSource: 'DOCUMENT_DATE', timeText: '11月6日', window: { start: '2025-11-06', end: '2025-11-06' }, inferred: '2025-11-06' });
    expect(kinds(x)).toEqual([]);
  });

  it('a bare month and day takes its year from the page: stated, or given by the full dates the page writes; else none', () => {
    const x = input('10月30日增至9838.6亿美元', '9838.6亿美元', 983.86e9, { mode: 'REACHED', timeText: '10月30日', window: { start: '2025-10-30', end: '2025-10-30' } });
    expect(kinds(x)).toEqual(['YEAR_NOT_WRITTEN']);
    expect(kinds({ ...x, inferred: '2025-11-06' })).toEqual([]);
    expect(kinds({ ...x, published: '2025-11-06' })).toEqual([]);
    // A page of March 2026 speaking of "10月30日" read in 2025: the year is a guess.
    expect(kinds({ ...x, published: '2026-03-10' })).toEqual(['YEAR_NOT_WRITTEN']);
    expect(kinds({ ...x, yearless: true })).toEqual(['NO_YEAR']);
  });

  it('a time written beside another figure, a level a change started from, a measure named before, a forecast, a mode the words deny', () => {
    const quote = '財政部一般帳戶（TGA）餘額從約 3,000 億美元暴增至突破 1 兆美元';
    const base = input(quote, '3,000 億美元', 300e9, { amounts: [amount('3,000 億美元', 300e9), amount('1 兆美元', 1e12)], published: '2025-11-05', timeSource: 'DOCUMENT_DATE', window: { start: '2025-11-05', end: '2025-11-05' } });
    expect(kinds(base)).toContain('CHANGE_START');
    const borrowed = input('自 2020 年 2 月約 4.2 兆美元，膨脹至 2022 年 4 月約 9 兆美元', '4.2 兆美元', 4.2e12, {
      amounts: [amount('4.2 兆美元', 4.2e12), amount('9 兆美元', 9e12)],
      timeText: '2022 年 4 月',
      window: { start: '2022-04-01', end: '2022-04-30' },
    });
    expect(kinds(borrowed)).toContain('BORROWED_TIME');
    expect(kinds(input('該數字為2.93萬億美元', '2.93萬億美元', 2.93e12, { anaphor: '該數字', timeText: '2025年10月22日', window: { start: '2025-10-22', end: '2025-10-22' } }))).toEqual(['ANAPHOR']);
    expect(kinds(input('The TGA is expected to reach $850 billion by the end of 2025', '$850 billion', 850e9, { mood: 'FORECAST', timeText: 'the end of 2025', window: { start: '2025-12-31', end: '2025-12-31' } }))).toEqual(['MOOD']);
    expect(kinds(input('reserves fell by $59 billion in the week ending October 22, 2025', '$59 billion', 59e9, { timeText: 'the week ending October 22, 2025', window: { start: '2025-10-16', end: '2025-10-22' } }))).toEqual(['MODE']);
  });

  it('a time or a measure read from context (the sentence before, the headline) is not firm', () => {
    const x = input('它降至2.93萬億美元', '2.93萬億美元', 2.93e12, { timeSource: null, timeFromContext: true, timeText: '截至10月22日當週', window: { start: '2025-10-22', end: '2025-10-22' }, inferred: '2025-10-23' });
    expect(kinds(x)).toEqual(['CONTEXT_TIME']);
    expect(kinds(input('It fell to $2.93 trillion in the week ending October 22, 2025', '$2.93 trillion', 2.93e12, { factorSource: 'HEADLINE', timeText: 'the week ending October 22, 2025', window: { start: '2025-10-22', end: '2025-10-22' } }))).toEqual(['ANAPHOR']);
  });

  it('an editor\'s reading is firm where it speaks', () => {
    const x = input('對應銀行準備金降至約2.85兆美元', '2.85兆美元', 2.85e12, { timeSource: 'DOCUMENT_DATE', anaphor: '該數字', editor: { window: true, factor: true, mode: false } });
    expect(kinds(x)).toEqual([]);
  });
});
