import { describe, expect, it } from 'vitest';
import { extractClaims, type ClaimCandidate } from '../../src/ingest/extract-claims.ts';
import { timeExpressionsIn } from '../../src/quantities/time-expressions.ts';
import { previousBusinessDay } from '../../src/quantities/business-days.ts';
import { seedMatcher } from '../support/seed-matcher.ts';

// Regression tests for the time attribution defects seen on the dev part of eval:checks (issue 18), each named after
// its defect. The sentences are written like the dev documents' (not copied from the held-out part).
const matcher = seedMatcher();
function framed(text: string, surface: string, date: string) {
  const all = extractClaims(text, matcher, date);
  const claim = all.find((c) => c.quantities.some((q) => q.surface === surface)) as ClaimCandidate;
  expect(claim, `no claim holds ${surface}`).toBeDefined();
  const i = claim.quantities.findIndex((q) => q.surface === surface);
  return { all, claim, frame: claim.frames[i]! };
}
const win = (start: string, end = start) => ({ start, end });

describe('time attribution (issue 18, dev defects)', () => {
  it('a month without a year resolved to the wrong year — "By May of that year" takes the year named before', () => {
    const text = 'The last time the balance dwindled this low was in 2023 when the US breached the debt ceiling. By May of that year, the TGA was down to just $37 billion.';
    expect(framed(text, '$37 billion', '2025-03-30').frame.window).toEqual(win('2023-05-01', '2023-05-31'));
  });

  it('a month without a year resolved to the wrong year — the year the sentence names before it governs', () => {
    const dec = framed('During the October–December 2025 quarter, Treasury expects to borrow $569 billion, assuming an end-of-December cash balance of $850 billion.', '$850 billion', '2025-11-03');
    expect(dec.frame.window).toEqual(win('2025-12-31'));
    const mar = framed('During the January–March 2026 quarter, Treasury expects to borrow $578 billion, assuming an end-of-March cash balance of $850 billion.', '$850 billion', '2025-11-03');
    expect(mar.frame.window).toEqual(win('2026-03-31'));
    const sep = framed('In July 2025, Treasury estimated borrowing of $1.007 trillion and assumed an end-of-September cash balance of $850 billion.', '$850 billion', '2025-11-03');
    expect(sep.frame.window).toEqual(win('2025-09-30'));
    const apr = framed('Total assets rose from $4.2 trillion in February 2020 to $7 trillion in June.', '$7 trillion', '2025-11-03');
    expect(apr.frame.window).toEqual(win('2020-06-01', '2020-06-30'));
  });

  it('a month without a year resolved to the wrong year — with no year in the sentence, the latest May by the document date', () => {
    expect(framed('In May, the TGA was $500 billion.', '$500 billion', '2025-03-30').frame.window).toEqual(win('2024-05-01', '2024-05-31'));
    expect(framed('直至明年4月15日，TGA余额为8500亿美元。', '8500亿美元', '2025-12-19').frame.window).toEqual(win('2026-04-15'));
  });

  it("a time expression belonging to another figure governed the wrong quantity — 2020年2月 dates 4.2兆, 2022年4月 dates 9兆", () => {
    const text = 'Fed 大規模買入公債，資產負債表自 2020 年 2 月約 4.2 兆美元，膨脹至 2022 年 4 月約 9 兆美元。';
    expect(framed(text, '4.2 兆美元', '2025-10-31').frame.window).toEqual(win('2020-02-01', '2020-02-29'));
    expect(framed(text, '9 兆美元', '2025-10-31').frame.window).toEqual(win('2022-04-01', '2022-04-30'));
  });

  it("a time expression belonging to another figure governed the wrong quantity — a comparison's date is not the claim's", () => {
    const text = 'The Treasury General Account (TGA) has hoarded over $1 trillion in cash, an increase of more than 233% compared to the $300 billion during the 2018-2019 shutdown period.';
    const now = framed(text, '$1 trillion', '2025-11-07').frame;
    expect(now.timeSource).toBe('DOCUMENT_DATE');
    expect(now.window).toEqual(win('2025-11-07'));
    // (the base's time is the named 2018-2019 shutdown itself, 22 Dec 2018 to 25 Jan 2019: named-periods.ts)
    expect(framed(text, '$300 billion', '2025-11-07').frame.window).toEqual(win('2018-12-22', '2019-01-25'));
    const zh = framed('TGA余额为8000亿美元，较上月增加200亿美元。', '8000亿美元', '2025-10-20').frame;
    expect(zh.timeSource).toBe('DOCUMENT_DATE');
  });

  it('a time expression belonging to another figure governed the wrong quantity — 目前 dates its own figure, a time standing alone dates its sentence', () => {
    const now = framed('三年下來，聯準會的資產負債表從2022年9兆美元的高峰，下降至目前的6.6兆美元。', '6.6兆美元', '2025-12-19').frame;
    expect(now).toMatchObject({ window: win('2025-12-19'), timeSource: 'DOCUMENT_DATE', timeText: '目前' });
    const alone = '9月末，准备金余额首次跌破3万亿美元，降至2.93万亿美元。';
    expect(framed(alone, '3万亿美元', '2025-12-19').frame.window).toEqual(win('2025-09-26', '2025-09-30'));
    expect(framed(alone, '2.93万亿美元', '2025-12-19').frame.window).toEqual(win('2025-09-26', '2025-09-30'));
    // The sentence's only time, in another clause, is shared.
    expect(framed('Reserves fell to $2.8 trillion on Oct. 29, and the TGA rose to $1 trillion.', '$1 trillion', '2025-11-06').frame.window).toEqual(win('2025-10-29'));
    // A dateline dates the report, not its figures.
    const dateline = framed('BlockBeats 消息，11 月 19 日，最新数据显示财政部现金从 9590 亿美元减少 340 亿美元至 9250 亿美元。', '9590 亿美元', '2025-11-19').frame;
    expect(dateline.timeSource).toBe('DOCUMENT_DATE');
  });

  it('a change read at one day — "between Dec. 20 and Dec. 31" is its window, "on Thursday" runs from the business day before', () => {
    const text = 'Balances at RRP swelled by $375 billion between Dec. 20 and Dec. 31 before falling by $234 billion on Thursday.';
    expect(framed(text, '$375 billion', '2025-01-03').frame).toMatchObject({ mode: 'CHANGE', window: win('2024-12-20', '2024-12-31') });
    // 1 January is a federal holiday: the change on 2 January is from 31 December.
    expect(framed(text, '$234 billion', '2025-01-03').frame.window).toEqual(win('2024-12-31', '2025-01-02'));
    expect(framed('相比之下，上周五附賣回規模一度增加 460 億美元。', '460 億美元', '2025-09-03').frame.window).toEqual(win('2025-08-28', '2025-08-29'));
  });

  it('a change read at one day — "in the week through Jan. 1" is the week to it, the level the figure dated Jan. 1', () => {
    const text = 'Bank reserves fell by about $326 billion in the week through Jan. 1 to $2.89 trillion.';
    expect(framed(text, '$326 billion', '2025-01-03').frame.window).toEqual(win('2024-12-25', '2025-01-01'));
    expect(framed(text, '$2.89 trillion', '2025-01-03').frame.window).toEqual(win('2025-01-01'));
    expect(framed('截至2025年10月22日当周，美联储总资产规模为6.54万亿美元。', '6.54万亿美元', '2025-12-19').frame.window).toEqual(win('2025-10-22'));
  });

  it('a change read at one day — a change since a time, or from a dated base, runs from it to its end', () => {
    expect(framed('Reserves have fallen by $300 billion since July.', '$300 billion', '2025-11-06').frame.window).toEqual(win('2025-07-01', '2025-11-06'));
    const text = '截至2025年10月22日当周，美联储总资产规模为6.54万亿美元，较2022年4月峰值的8.96万亿美元已累计缩减2.42万亿美元。';
    expect(framed(text, '2.42万亿美元', '2025-12-19').frame.window).toEqual(win('2022-04-01', '2025-10-22'));
    expect(framed(text, '8.96万亿美元', '2025-12-19').frame.window).toEqual(win('2022-04-01', '2022-04-30'));
    const weeks = framed('Reserves fell by $150 billion in the two weeks to Oct. 29.', '$150 billion', '2025-11-06');
    expect(weeks.frame).toMatchObject({ spanDays: 14, window: win('2025-10-29') });
    expect(weeks.all).toHaveLength(1);
    expect(framed('TGA余额上周减少了500亿美元。', '500亿美元', '2025-11-06').frame.window).toEqual(win('2025-10-26', '2025-11-02'));
  });

  it('a level stated for a month or a year is a window of it, and a period\'s close is its last day', () => {
    expect(framed('Back in December 2022, ON RRP balances were $2.6 trillion.', '$2.6 trillion', '2025-08-15').frame.window).toEqual(win('2022-12-01', '2022-12-31'));
    expect(framed('2022年，资产负债表规模为9兆美元。', '9兆美元', '2025-12-19').frame.window).toEqual(win('2022-01-01', '2022-12-31'));
    expect(framed('During the July–September 2025 quarter, Treasury borrowed $1.058 trillion and ended the quarter with a cash balance of $891 billion.', '$891 billion', '2025-11-03').frame.window).toEqual(win('2025-09-30'));
    expect(framed('截至11月，美國國家總債務達38.4萬億美元。', '38.4萬億美元', '2025-12-05').frame.window).toEqual(win('2025-11-30'));
    expect(framed('情勢可能在9月下半月改變，屆時TGA規模預料將達到8600億美元。', '8600億美元', '2025-08-12').frame.window).toEqual(win('2025-09-16', '2025-09-30'));
  });

  it('a date that is itself the figure became a claim of its own', () => {
    const all = extractClaims('美国财政部于2025年10月9日公布数据。TGA余额为8000亿美元。', matcher, '2025-10-20');
    expect(all.map((c) => c.quote)).toEqual(['TGA余额为8000亿美元']);
    const en = extractClaims('The Treasury said on October 9, 2025 that it would publish data. Reserves have fallen by $300 billion since July.', matcher, '2025-11-06');
    expect(en.map((c) => c.quote)).toEqual(['Reserves have fallen by $300 billion since July']);
  });

  it('當天 and "that day" are the day named before', () => {
    const text = '隔夜附賣回操作周二 (2 日) 使用規模降至 2021 年以來最低。根據紐約聯準銀行數據，當天共有 17 家機構參與，合計投入 210.7 億美元。';
    expect(framed(text, '210.7 億美元', '2025-09-03').frame.window).toEqual(win('2025-09-02'));
  });
});

describe('business days', () => {
  it('skips weekends and federal holidays, observed', () => {
    expect(previousBusinessDay('2025-01-02')).toBe('2024-12-31');
    expect(previousBusinessDay('2025-11-03')).toBe('2025-10-31');
    expect(previousBusinessDay('2025-11-28')).toBe('2025-11-26'); // Thanksgiving, 27 Nov
    expect(previousBusinessDay('2021-07-06')).toBe('2021-07-02'); // 4 July on a Sunday, observed Monday 5
  });

  it('reads spans between two times as one expression', () => {
    const s = 'between Dec. 20 and Dec. 31';
    expect(timeExpressionsIn(s, { start: 0, end: s.length }, '2025-01-03').map((t) => [t.grain, t.window])).toEqual([['RANGE', win('2024-12-20', '2024-12-31')]]);
  });
});

describe('a claim’s subject', () => {
  it('is not a list bullet or a heading number: "● 到10月22日当周…" has no subject "●"', () => {
    const text = '● 到10月22日当周,该数字维持在2.93万亿美元。\n(2) 到10月29日,该数字降至2.85万亿美元。';
    const subjects = extractClaims(text, matcher, '2025-12-19').map((c) => c.subject);
    expect(subjects.length).toBeGreaterThan(1);
    // No subject at all rather than a bullet or a number: every subject left has a letter of some script.
    for (const s of subjects) expect(s === '' || /\p{L}/u.test(s), s).toBe(true);
  });
  it('keeps the words before the first figure when there are any', () => {
    const [c] = extractClaims('● 银行体系的准备金余额降至2.85万亿美元。', matcher, '2025-12-19');
    expect(c!.subject).toBe('银行体系的准备金余额降');
  });
});
