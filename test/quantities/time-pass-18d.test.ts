// Regression tests of the short time pass time18d (2026-12-08; docs/reading.md, "Time pass on fresh9/fresh10", its
// follow-up paragraph): rules for classes the pass before left. Pure: the extractor with the seed's factor matcher.
import { describe, expect, it } from 'vitest';
import { frameOf } from '../support/frame-of.ts';


describe('the cleft "…的時間，是 D": the date after 是 dates the figure before 的時間', () => {
  const text = '8月12日，美國的國債突破37兆美元；上一次它突破36兆美元的時間，是去年即2024年11月15日，兩者相距270天，接近9個月。但這次算是拖得久的了，因為美債突破34兆與35兆美元的時間，分別是2023年12月29日，以及2024年7月26日，亦即從34到36兆美元，用時不到11個月。';
  it('是去年即2024年11月15日: the day (the last time of the stretch), not the 8月12日 of the clause before', () => {
    const f = frameOf(text, '36兆美元', '2025-08-13');
    expect(f.window).toEqual({ start: '2024-11-15', end: '2024-11-15' });
    expect(f.timeSource).toBe('TEXT');
  });
  it('分別是 D1，以及 D2: one date each, in order', () => {
    expect(frameOf(text, '34兆', '2025-08-13').window).toEqual({ start: '2023-12-29', end: '2023-12-29' });
    expect(frameOf(text, '35兆美元', '2025-08-13').window).toEqual({ start: '2024-07-26', end: '2024-07-26' });
  });
  it('the figure in the clause with its own date keeps it', () => {
    expect(frameOf(text, '37兆美元', '2025-08-13').window).toEqual({ start: '2025-08-12', end: '2025-08-12' });
  });
});

describe('从/從 before a named period with 时期/期間: the start of a move from the period\'s figure, the period (not a since)', () => {
  it('从疫情时期的近9万亿美元缩减至约6.5万亿美元: 疫情时期 is the pandemic (to 2023-05-05), and 2025年 dates the level reached', () => {
    const text = '2025年,随着美联储将资产负债表规模从疫情时期的近9万亿美元缩减至约6.5万亿美元。';
    const peak = frameOf(text, '9万亿美元', '2025-05-15');
    expect(peak.window).toEqual({ start: '2020-03-11', end: '2023-05-05' });
    const now = frameOf(text, '6.5万亿美元', '2025-05-15');
    expect(now.window).toEqual({ start: '2025-01-01', end: '2025-05-15' });
    expect(now.timeText).toBe('2025年');
  });
  it('自疫情以來 stays a since', () => {
    const f = frameOf('自疫情以來，美聯儲資產負債表增加了4.8萬億美元。', '4.8萬億美元', '2022-05-01');
    expect(f.window?.start).toBe('2020-03-01');
    expect(f.window?.end).toBe('2022-05-01');
  });
});

describe('a target set for the quarter\'s (year\'s) end: the close of the one under way on the document\'s date', () => {
  it('"the quarter-end target of $850bn" in November 2025 is 31 December 2025, not the final week of October', () => {
    const text = 'In the final week of October, the Treasury General Account climbed to $1 trillion, well above the quarter-end target of $850bn.';
    const f = frameOf(text, '$850bn', '2025-11-10');
    expect(f.window).toEqual({ start: '2025-12-31', end: '2025-12-31' });
    // a target: what is aimed at, never checked as a fact
    expect(f.mood).not.toBe('STATED');
    expect(frameOf(text, '$1 trillion', '2025-11-10').window).toEqual({ start: '2025-10-25', end: '2025-10-31' });
  });
  it('"the quarter-end balance" (no target) is not read by this rule', () => {
    const f = frameOf('The quarter-end balance was $890 billion.', '$890 billion', '2025-11-10');
    expect(f.window).not.toEqual({ start: '2025-12-31', end: '2025-12-31' });
  });
});
