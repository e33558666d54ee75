// Regression tests of the time pass on checks fresh9.yaml and fresh10.yaml (tuning text since 2026-12-08), one
// `describe` per class of miss (docs/reading.md, "Time pass on fresh9/fresh10"). Pure: the extractor with the seed's
// factor matcher, no database.
import { describe, expect, it } from 'vitest';
import { timeExpressionsIn } from '../../src/quantities/time-expressions.ts';
import { countsBack } from '../../src/quantities/release-before.ts';
import { frameOf } from '../support/frame-of.ts';

const times = (text: string, doc: string) => timeExpressionsIn(text, { start: 0, end: text.length }, doc).map((t) => [t.text, t.window]);

describe('a stated span with no end of its own, placed by the sentence before', () => {
  it('短短 20 天内 after a move from 10 October to 30 October is that move (not the 20 days to the document\'s date)', () => {
    const text = '自 2025 年 10 月 10 日停摆开始,TGA 的余额从约 8000 亿美元膨胀到 10 月 30 日突破 1 万亿美元。短短 20 天内,超过 2000 亿美元的资金被从市场中抽走。';
    const f = frameOf(text, '2000 亿美元', '2025-11-05');
    expect(f.mode).toBe('CHANGE');
    expect(f.window).toEqual({ start: '2025-10-10', end: '2025-10-30' });
    // a reading of context, not firm: the check never calls it INCONSISTENT
    expect(f.timeSource).toBe('SENTENCE_BEFORE');
  });
  it('"in just three months" after a sentence dated 21 January runs from then to the document\'s date', () => {
    const text = 'On January 21, 2025, the day after Trump was sworn in, the Treasury was still flush with $704 billion. The account balance has fallen by an unprecedented 60 percent in just three months.';
    const f = frameOf(text, '60 percent', '2025-03-30');
    expect(f.window).toEqual({ start: '2025-01-21', end: '2025-03-30' });
    expect(f.timeSource).toBe('SENTENCE_BEFORE');
  });
  it('a day far from the span\'s length does not place it: the span stays the fallback on the document\'s date', () => {
    const text = 'On January 21, 2024, the Treasury held $704 billion. The account balance has fallen by 60 percent in just three months.';
    const f = frameOf(text, '60 percent', '2025-03-30');
    expect(f.timeSource).toBe('DOCUMENT_DATE');
    expect(f.spanDays).toBe(90);
  });
});

describe('a since followed by a "when" clause ("since June 3, 2021, when …", 以來…當時)', () => {
  it('the figure of the when-clause is the level on that day, not a span to now nor the document\'s date', () => {
    const f = frameOf('That was the lowest level of usage since June 3, 2021, when the facility took in $479.1 billion.', '$479.1 billion', '2024-03-01');
    expect(f.window).toEqual({ start: '2021-06-03', end: '2021-06-03' });
    expect(f.timeSource).toBe('TEXT');
    const g = frameOf('This figure represents the highest inflow since June 28, when the reverse repo usage was recorded at $664.6 billion.', '$664.6 billion', '2024-09-30');
    expect(g.window).toEqual({ start: '2024-06-28', end: '2024-06-28' });
  });
  it('in Chinese, 當時 after 以來', () => {
    expect(frameOf('逆回購使用量創2021年6月3日以來最低，當時為4791億美元。', '4791億美元', '2024-03-01').window).toEqual({ start: '2021-06-03', end: '2021-06-03' });
  });
  it('a figure before the since keeps its own reading (the since is the extremum\'s)', () => {
    const f = frameOf('Usage fell to $441 billion, the lowest since June 3, 2021.', '$441 billion', '2024-03-01');
    expect(f.window).not.toEqual({ start: '2021-06-03', end: '2021-06-03' });
  });
});

describe('"On D," opening a sentence dates its fact; it is not a dateline', () => {
  it('"On March 31, there was $194 billion…" on 31 March is that day, from the text', () => {
    const f = frameOf("On March 31, there was $194 billion in the government's checkbook, the Treasury General Account (TGA).", '$194 billion', '2023-03-31');
    expect(f.window).toEqual({ start: '2023-03-31', end: '2023-03-31' });
    expect(f.timeSource).toBe('TEXT');
  });
  it('a dateline without "on" stays the report\'s date (DOCUMENT_DATE)', () => {
    expect(frameOf('BlockBeats 消息，11月19日，美国财政部TGA余额为9838亿美元。', '9838亿美元', '2025-11-19').timeSource).toBe('DOCUMENT_DATE');
  });
});

describe('前週 (從前週的 8.64 兆美元) is the week before, as 上週', () => {
  it('reads 前週 as last week, and the figure from it as that week\'s', () => {
    expect(times('從前週的 8.64 兆美元', '2023-03-24')).toEqual([['前週', { start: '2023-03-13', end: '2023-03-19' }]]);
    expect(frameOf('Fed 整體資產負債表規模從前週的 8.64 兆美元擴增至 8.73 兆美元', '8.64 兆美元', '2023-03-24').window).toEqual({ start: '2023-03-13', end: '2023-03-19' });
  });
  it('not 提前週 or 之前週; and the checks do not count back from 前週 again', () => {
    expect(times('他們提前週三公布', '2023-03-24').map(([t]) => t)).not.toContain('前週');
    expect(countsBack('前週')).toBe(true);
  });
});

describe('N個月來, 兩週來 without 近 or 過去: a span to the document\'s date', () => {
  it('6个月来 is the six months to the document\'s date', () => {
    expect(times('6个月来,7560亿美元的RRP余额从市场中流出', '2021-06-18')).toEqual([['6个月来', { start: '2020-12-19', end: '2021-06-18' }]]);
  });
  it('not an extremum\'s reach (3个月来新高), not 6月來 (June\'s since), not years (三年来 may be long past)', () => {
    expect(times('逆回购余额创3个月来新高', '2021-06-18')).toEqual([]);
    expect(times('6月來餘額上升', '2021-06-18').map(([t]) => t)).not.toContain('6月來');
    expect(times('三年来,没有人使用它', '2025-11-03')).toEqual([]);
  });
});

describe('a base with no time of its own, of a figure dated by a week\'s end or a day, is the figure before', () => {
  it('"For the week ending March 30, … to $8.706 trillion, down from $8.734 trillion": the week before', () => {
    const text = 'For the week ending March 30, the U.S. central bank’s balance sheet eased by nearly $30 billion to $8.706 trillion, down from $8.734 trillion.';
    expect(frameOf(text, '$8.734 trillion', '2023-03-31').window).toEqual({ start: '2023-03-23', end: '2023-03-23' });
  });
  it('"rose to $3.1 trillion on Thursday from $3.0 trillion": the business day before', () => {
    expect(frameOf('Reserves rose to $3.1 trillion on Thursday from $3.0 trillion.', '$3.0 trillion', '2023-03-31').window).toEqual({ start: '2023-03-29', end: '2023-03-29' });
  });
  it('a month keeps the month (the figure before is not a day the words give)', () => {
    expect(frameOf('In October 2024, reserves rose to $3.1 trillion from $3.0 trillion.', '$3.0 trillion', '2024-12-31').window).toEqual({ start: '2024-10-01', end: '2024-10-31' });
  });
});

describe('a time of another clause that looks ahead does not date a figure stated as fact', () => {
  it('"plummeted by $53 billion, increasing the chances that the government will run out of cash by early June"', () => {
    const text = "The amount of money that the U.S. government has on hand to pay its bills plummeted by $53 billion, increasing the chances that the government will run out of cash by early June if the debt limit isn't raised or suspended by then.";
    const f = frameOf(text, '$53 billion', '2023-05-16');
    expect(f.timeSource).toBe('DOCUMENT_DATE');
    expect(f.window).toEqual({ start: '2023-05-16', end: '2023-05-16' });
  });
  it('the month May is no modal: "By May of that year, the TGA, which is managed by the Fed, was down to just $37 billion" keeps May', () => {
    const text = 'The last time the coffers dwindled this low was in 2023. By May of that year, the TGA, which is managed by the Federal Reserve, was down to just $37 billion.';
    expect(frameOf(text, '$37 billion', '2025-03-30').window).toEqual({ start: '2023-05-01', end: '2023-05-31' });
  });
});

describe('a move counted from a peak is a fall, from a trough a rise, when no verb says the way', () => {
  it('"pushed down … by $1.45 trillion from the peak in April 2022"', () => {
    const f = frameOf('And so far, QT pushed down both assets and liabilities by $1.45 trillion from the peak in April 2022.', '$1.45 trillion', '2024-03-23');
    expect(f.mode).toBe('CHANGE');
    expect(f.direction).toBe('DECREASE');
    expect(f.window).toEqual({ start: '2022-04-01', end: '2024-03-23' });
  });
  it('"… by $300 billion from the low in 2023" is a rise', () => {
    expect(frameOf('Reserves moved by $300 billion from the low in 2023.', '$300 billion', '2024-03-23').direction).toBe('INCREASE');
  });
});
