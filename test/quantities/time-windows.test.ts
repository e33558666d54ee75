import { describe, expect, it } from 'vitest';
import type { CheckContext, ClaimInput, Measure } from '../../src/checks/check-types.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import { namedWindowOf } from '../../src/checks/sentence-words.ts';
import { timeExpressionsIn } from '../../src/quantities/time-expressions.ts';
import { frameOf } from '../support/frame-of.ts';

// Regression tests for the time attribution defects found classifying the dev misses of eval:checks (issue 18,
// 2026-12-07), each named after its defect. The sentences are written for the test, like the dev documents'.

describe('a period holding the document date ran past it', () => {
  it('本月 in an article of 12 August is 1–12 August, not the whole month', () => {
    const f = frameOf('隔夜逆回購餘額本月持續下降，僅有一天超過1,200億美元。', '1,200億美元', '2025-08-12');
    expect(f.window).toEqual({ start: '2025-08-01', end: '2025-08-12' });
    expect(f.timeSource).toBe('TEXT');
  });

  it('"in the month of March" in an article of 20 March ends on 20 March', () => {
    const f = frameOf('The Treasury General Account has fallen by $120 billion in the month of March.', '$120 billion', '2025-03-20');
    expect(f.window).toEqual({ start: '2025-03-01', end: '2025-03-20' });
  });

  it('a forecast for the period keeps the whole period', () => {
    const f = frameOf('The Treasury General Account is expected to reach $900 billion this month.', '$900 billion', '2025-03-20');
    expect(f.mood).not.toBe('STATED');
    expect(f.window).toEqual({ start: '2025-03-01', end: '2025-03-31' });
  });

  it('a past period is untouched', () => {
    const f = frameOf('The Treasury General Account fell by $120 billion in February.', '$120 billion', '2025-03-20');
    expect(f.window).toEqual({ start: '2025-02-01', end: '2025-02-28' });
  });
});

describe("a named period in another figure's clause dated the figure (the check's window)", () => {
  it('a figure with no time of its own is held at the document date, not over the shutdown named beside another figure', () => {
    const ctx: CheckContext = { windows: [{ id: 'shutdown', label: 'the shutdown', from: '2025-10-01', to: '2025-11-12', match: ['shutdown'] }], unmeasured: new Map() };
    const TGA: Measure = { factorId: 'f-tga', how: 'DAILY', rank: 1, note: null, series: { id: 'DTS_CLOSE', title: 'DTS', unit: 'USD', scale: 1e6, frequency: 'DAILY', observationKind: 'DAILY', publisher: 'test', url: 'https://example.test', firstDate: '2019-01-01', lastDate: '2026-06-30', sourceId: 's' } };
    const frame = (surface: string, value: number, window: { start: string; end: string } | null, source: 'TEXT' | 'DOCUMENT_DATE', timeText: string | null) => ({ surface, value, upper: null, unit: 'USD', qualifier: null, frame: { factorId: 'f-tga', factorEvidence: 'TGA', mode: 'LEVEL' as const, mood: 'STATED' as const, moodEvidence: null, direction: null, period: null, window, timeText, timeSource: source, spanDays: null, base: null, extremum: null } });
    const quote = 'The TGA has hoarded over $1 trillion in cash, an increase of 200% compared to the $330 billion during the 2018-2019 shutdown period.';
    const claim: ClaimInput = { id: 'c', quote, kind: 'LEVEL', time: null, documentDate: '2025-11-07', factorIds: ['f-tga'], factorNames: {}, quantities: [frame('$1 trillion', 1e12, { start: '2025-11-07', end: '2025-11-07' }, 'DOCUMENT_DATE', null), frame('$330 billion', 3.3e11, { start: '2018-01-01', end: '2019-12-31' }, 'TEXT', '2018-2019')] };
    const [first] = planChecks(claim, [TGA], ctx);
    expect(first && 'window' in first ? first.window : null).toMatchObject({ from: '2025-11-07', to: '2025-11-07' });
  });
});

describe('time expressions missed', () => {
  const one = (text: string, date: string) => {
    const ts = timeExpressionsIn(text, { start: 0, end: text.length }, date);
    expect(ts.length, `times in ${text}`).toBeGreaterThan(0);
    return ts[0]!;
  };
  it('a span back from the document date: "over the past month", "the last three months", 过去一周, 近三个月', () => {
    expect(one('Reserves fell $120 billion over the past month.', '2025-03-30').window).toEqual({ start: '2025-03-01', end: '2025-03-30' });
    expect(one('The TGA rose in the last three months.', '2025-11-04').window).toEqual({ start: '2025-08-05', end: '2025-11-04' });
    expect(one('过去一周准备金减少了300亿美元。', '2025-12-19').window).toEqual({ start: '2025-12-13', end: '2025-12-19' });
    expect(one('近三个月TGA余额增加了7000亿美元。', '2025-11-04').window).toEqual({ start: '2025-08-05', end: '2025-11-04' });
  });
  it('a span is not read where it dates an extremum (近五年新高) or a plural without a count ("the past weeks")', () => {
    const t = timeExpressionsIn('创近五年新高', { start: 0, end: 6 }, '2025-11-04');
    expect(t.some((x) => x.grain === 'RANGE')).toBe(false);
    expect(timeExpressionsIn('in the past weeks', { start: 0, end: 17 }, '2025-11-04').some((x) => x.grain === 'RANGE')).toBe(false);
  });
  it('a quarter written in Chinese, or in English without a year: 2025年第三季度, 第3季, 三季度末, "the third quarter", Q2', () => {
    expect(one('2025年第三季度美債總額增加了1兆美元', '2025-11-04').window).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(one('第3季美債總額增加了1兆美元', '2025-11-04').window).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(one('三季度末美债总额为37.6万亿美元', '2025-11-04').window).toEqual({ start: '2025-09-30', end: '2025-09-30' });
    expect(one('第四季美債總額', '2025-08-01').window).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(one('Debt rose $1 trillion in the third quarter.', '2025-11-04').window).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(one('Debt rose in Q2.', '2025-11-04').window).toEqual({ start: '2025-04-01', end: '2025-06-30' });
    expect(one('Debt rose in the third quarter of 2024.', '2025-11-04').window).toEqual({ start: '2024-07-01', end: '2024-09-30' });
  });
  it('the end of a month was read as its last third (下旬): 6月末, 10月底, "the end of October" are its last five days', () => {
    expect(one('2025年6月末准备金约3.2万亿美元', '2025-12-19').window).toEqual({ start: '2025-06-26', end: '2025-06-30' });
    expect(one('10月底TGA突破1兆美元', '2025-11-04').window).toEqual({ start: '2025-10-27', end: '2025-10-31' });
    expect(one('at the end of October the TGA held $1 trillion', '2025-11-04').window).toEqual({ start: '2025-10-27', end: '2025-10-31' });
    expect(one('10月下旬TGA突破1兆美元', '2025-11-04').window).toEqual({ start: '2025-10-21', end: '2025-10-31' });
    expect(one('in late October the TGA held $1 trillion', '2025-11-04').window).toEqual({ start: '2025-10-21', end: '2025-10-31' });
  });
  it('the end of a year is its December, not its last four months: 2024年底, "the end of 2024", year-end 2024', () => {
    expect(one('2024年底TGA余额为7000亿美元', '2025-11-04').window).toEqual({ start: '2024-12-01', end: '2024-12-31' });
    expect(one('at the end of 2024 the TGA held $700 billion', '2025-11-04').window).toEqual({ start: '2024-12-01', end: '2024-12-31' });
    expect(one('at year-end 2024 the TGA held $700 billion', '2025-11-04').window).toEqual({ start: '2024-12-01', end: '2024-12-31' });
    expect(one('in late 2024 the TGA held $700 billion', '2025-11-04').window).toEqual({ start: '2024-09-01', end: '2024-12-31' });
  });
});

describe('time expressions missed (dates and weeks written otherwise)', () => {
  const one = (text: string, date: string) => timeExpressionsIn(text, { start: 0, end: text.length }, date)[0];
  it('"the week ended Wednesday" is a week ending on the last Wednesday, not a single day', () => {
    const t = one('Reserves fell $40 billion in the week ended Wednesday.', '2025-11-07')!;
    expect(t.weekEnding).toBe(true);
    expect(t.window).toEqual({ start: '2025-10-30', end: '2025-11-05' });
  });
  it('a date written with numbers: 2025-10-29, 2025/10/29, 2025.10.29, 10/29/2025', () => {
    for (const text of ['截至2025-10-29，准备金为2.83万亿美元', '截至2025/10/29，准备金为2.83万亿美元', '2025.10.29 准备金为2.83万亿美元', 'On 10/29/2025 reserves were $2.83 trillion']) {
      expect(one(text, '2025-11-07')?.window, text).toEqual({ start: '2025-10-29', end: '2025-10-29' });
    }
    expect(timeExpressionsIn('3.2025 and 1/4', { start: 0, end: 14 }, '2025-11-07').some((t) => t.grain === 'DAY')).toBe(false);
  });
  it('year to date and 年初至今 run from the period\'s start to the document date', () => {
    expect(one('The deficit year-to-date is $500 billion.', '2025-11-07')!.window).toEqual({ start: '2025-01-01', end: '2025-11-07' });
    expect(one('年初至今TGA余额增加了1000亿美元', '2025-11-07')!.window).toEqual({ start: '2025-01-01', end: '2025-11-07' });
    expect(one('本月至今逆回购减少了200亿美元', '2025-11-07')!.window).toEqual({ start: '2025-11-01', end: '2025-11-07' });
  });
});

describe('a named period written as a cause dated the figure', () => {
  const windows = [{ id: 'us-shutdown-2025', label: 'the 2025 shutdown', from: '2025-10-01', to: '2025-11-12', match: ['停摆', 'shutdown'] }];
  const q = { surface: '9400亿美元', value: 9.4e11, upper: null, unit: 'USD', qualifier: null };
  it('因为停摆 / "because of the shutdown" is why, not when: the figure keeps its own time', () => {
    const quote = '因为停摆,财政部的TGA账户里的现金被动升到了9400亿美元';
    expect(namedWindowOf({ quote, sentence: quote }, q, windows, [q])).toBeNull();
    const en = 'Because of the shutdown, the TGA rose to $940 billion';
    expect(namedWindowOf({ quote: en, sentence: en }, { ...q, surface: '$940 billion' }, windows, [{ ...q, surface: '$940 billion' }])).toBeNull();
    const during = '停摆期间,TGA余额升到了9400亿美元';
    expect(namedWindowOf({ quote: during, sentence: during }, q, windows, [q])?.window.id).toBe('us-shutdown-2025');
  });
});

describe('a week named by its last weekday in Chinese was read as one day', () => {
  const one = (text: string, date: string) => timeExpressionsIn(text, { start: 0, end: text.length }, date)[0]!;
  it('截至週三的一週 / 到上周三当周 is the week ending that Wednesday', () => {
    const t = one('截至週三的一週，準備金減少了400億美元', '2025-11-07');
    expect(t.weekEnding).toBe(true);
    expect(t.window).toEqual({ start: '2025-10-30', end: '2025-11-05' });
    expect(one('到上周三当周，准备金减少了400亿美元', '2025-11-07').window).toEqual({ start: '2025-10-23', end: '2025-10-29' });
  });
});

describe('a "since" time was dropped for a level, which fell back on the document date', () => {
  it('今年以來…一度升至 and "Since July, … has stayed above" run from the time to the document date', () => {
    expect(frameOf('今年以來，財政部一般帳戶餘額一度升至1兆美元。', '1兆美元', '2025-11-07').window).toEqual({ start: '2025-01-01', end: '2025-11-07' });
    expect(frameOf('Since July, bank reserves have stayed above $2.8 trillion.', '$2.8 trillion', '2025-11-07').window).toEqual({ start: '2025-07-01', end: '2025-11-07' });
  });
  it("an extremum's since is not the figure's time (\"the lowest since 2020\")", () => {
    const f = frameOf('Bank reserves fell to $2.8 trillion, the lowest since 2020.', '$2.8 trillion', '2025-11-07');
    expect(f.window).toEqual({ start: '2025-11-07', end: '2025-11-07' });
    expect(f.extremum?.since).toEqual({ start: '2020-01-01', end: '2020-12-31' });
  });
});
