import { describe, expect, it } from 'vitest';
import { timeExpressionsIn } from '../../src/quantities/time-expressions.ts';
import { frameOf } from '../support/frame-of.ts';

// Regression tests for the reading defects found classifying every factor and time miss of eval:checks on the dev
// parts that were held out until 2026-12-07 (fresh.yaml, fresh2.yaml) and the older dev parts (issue 18, read18),
// each named after its defect. The sentences are written for the test in the manner of those documents.
const win = (start: string, end = start) => ({ start, end });
const times = (text: string, date: string) => timeExpressionsIn(text, { start: 0, end: text.length }, date);

describe('a year written with a space or without 年 before its part was read as the whole year', () => {
  it('"2022 上半年" is the first half of 2022', () => {
    expect(times('2022 上半年 TGA 迅速回升。', '2025-10-15')[0]).toMatchObject({ window: win('2022-01-01', '2022-06-30') });
  });
  it('"2021 Q1" is the first quarter of 2021', () => {
    expect(times('2021 Q1 TGA 持续下降。', '2025-10-15')[0]).toMatchObject({ window: win('2021-01-01', '2021-03-31') });
  });
  it('"截至 2025 年 4 月 16 日" is the day, not April', () => {
    expect(frameOf('美聯儲資產負債表壓縮到 6.73 萬億美元(截至 2025 年 4 月 16 日週三時點)。', '6.73 萬億美元', '2025-04-18').window).toEqual(win('2025-04-16'));
  });
});

describe('a season, "the final week of" a month and "the current level" were not times', () => {
  it('"in the summer of 2022" is June to August 2022, and dates the base it follows, not the level after "to"', () => {
    const text = "That's taken the Fed's balance sheet from a peak of $9 trillion in the summer of 2022 to the current level of $6.7 trillion.";
    expect(frameOf(text, '$9 trillion', '2025-08-29').window).toEqual(win('2022-06-01', '2022-08-31'));
    expect(frameOf(text, '$6.7 trillion', '2025-08-29')).toMatchObject({ window: win('2025-08-29'), timeSource: 'DOCUMENT_DATE' });
  });
  it('"2023 夏季" is the summer of 2023', () => {
    expect(times('2023 夏季后 TGA 大幅回补。', '2025-10-15')[0]).toMatchObject({ window: win('2023-06-01', '2023-08-31') });
  });
  it('"In the final week of October" is its last seven days', () => {
    expect(frameOf('In the final week of October, the Treasury General Account climbed to $1 trillion.', '$1 trillion', '2025-11-10').window).toEqual(win('2025-10-25', '2025-10-31'));
  });
});

describe('"近五年來新低" was read as a span of five years dating the figures', () => {
  it('the level reached is not dated by the extremum\'s reach', () => {
    const f = frameOf('資產負債表規模降至約6.6兆美元，近五年來新低。', '6.6兆美元', '2025-10-29');
    expect(f.timeSource).toBe('DOCUMENT_DATE');
    expect(f.extremum?.kind).toBe('LOWEST');
  });
});

describe('a month without a year in a clause that looks ahead took the last such month before the document', () => {
  it('"estimated $850 billion … for the end of September" in July is the coming September\'s last day', () => {
    expect(frameOf('At the May refunding, the Treasury had estimated $850 billion in cash balance for the end of September.', '$850 billion', '2025-07-08').window).toEqual(win('2025-09-30'));
  });
  it('预计12月底 in August is this December\'s last business day', () => {
    expect(frameOf('财政部预计12 月底现金余额为7500亿美元。', '7500亿美元', '2023-08-01').window).toEqual(win('2023-12-29'));
  });
  it('"將於12月1日" in October is this December, so the next sentence does not take it as a past date', () => {
    const f = frameOf('聯準會宣布將於12月1日結束縮表。資產負債表規模降至約6.6兆美元。', '6.6兆美元', '2025-10-29');
    expect(f.timeSource).toBe('DOCUMENT_DATE');
  });
  it('a figure stated as fact keeps the last month-end before the document', () => {
    expect(frameOf('At the end of September, the TGA stood at $850 billion.', '$850 billion', '2025-11-08').window).toEqual(win('2025-09-26', '2025-09-30'));
  });
});

describe('a figure at a period\'s close written after it ("end-of-quarter") and "end-June" were read as the whole period', () => {
  it('"In Q2 2025, … a $457 billion end-of-quarter cash balance" is 30 June', () => {
    expect(frameOf('In Q2 2025, borrowing was a lean $65 billion, with a $457 billion end-of-quarter cash balance.', '$457 billion', '2025-07-29').window).toEqual(win('2025-06-30'));
  });
  it('"the $900B end-June cash balance" is 30 June', () => {
    expect(times('a TGA rebuild toward the $900B end-June cash-balance assumption', '2026-05-15')[0]).toMatchObject({ window: win('2026-06-30') });
  });
});

describe('"the debt", 債務 and QT named no measure, so the US debt and the Fed balance sheet figures took none', () => {
  it('"the debt crossed $37 trillion" is the US debt, read from a loose word (not firm)', () => {
    expect(frameOf('This milestone comes two months after the debt crossed $37 trillion in mid-August.', '$37 trillion', '2025-10-25')).toMatchObject({ factorId: 'f-us-federal-debt', factorSource: 'LOOSE', mode: 'CROSSED' });
  });
  it('債務達到38兆美元 is the US debt', () => {
    expect(frameOf('在政府關門期間，債務達到38兆美元。', '38兆美元', '2025-10-24')).toMatchObject({ factorId: 'f-us-federal-debt', factorSource: 'LOOSE' });
  });
  it('a debt off the measure\'s scale or someone else\'s takes none', () => {
    expect(frameOf('The company cut its debt to $2 billion.', '$2 billion', '2025-10-24').factorId).toBeNull();
    expect(frameOf('Household debt rose to $18 trillion.', '$18 trillion', '2025-10-24').factorId).toBeNull();
  });
  it('an amount of QT is the Fed balance sheet\'s fall; the level QT took it to is its size', () => {
    expect(frameOf('The $2.4 trillion in QT ended in November.', '$2.4 trillion', '2026-03-05')).toMatchObject({ factorId: 'f-fed-balance-sheet', factorSource: 'LOOSE', mode: 'CHANGE', direction: 'DECREASE' });
    const head = 'Fed Balance Sheet QT: -$37 Billion in November, -$2.43 Trillion from Peak, to $6.54 Trillion';
    expect(frameOf(head, '$6.54 Trillion', '2025-12-04')).toMatchObject({ factorId: 'f-fed-balance-sheet', mode: 'LEVEL' });
    expect(frameOf(head, '-$37 Billion', '2025-12-04')).toMatchObject({ factorId: 'f-fed-balance-sheet', mode: 'CHANGE' });
  });
  it('a QT pace per month is no change of the balance sheet', () => {
    expect(frameOf('The Fed slowed QT to $40 billion per month.', '$40 billion per month', '2025-10-24').factorId).toBeNull();
  });
});

describe('an acronym in the plural ("ON RRPs") named no measure', () => {
  it('"ON RRPs fell to $17.9 billion today" is the ON RRP', () => {
    expect(frameOf('ON RRPs fell to $17.9 billion today.', '$17.9 billion', '2025-09-03').factorId).toBe('f-on-rrp');
  });
  it('a plural word is not read as the measure ("dealers reduced their balance sheets")', () => {
    expect(frameOf('Usage rose by $46 billion as dealers reduced their balance sheets.', '$46 billion', '2025-09-03').factorId).not.toBe('f-fed-balance-sheet');
  });
});

describe('"compared to the peak range of around $2.3 trillion that prevailed from May 2022 through June 2023" was no base', () => {
  it('the base keeps its own span and does not take the extremum after it', () => {
    const text = 'ON RRPs fell to $17.9 billion today – essentially near zero compared to the peak range of around $2.3 trillion that prevailed from May 2022 through June 2023 – and the lowest since early April 2021.';
    const base = frameOf(text, '$2.3 trillion', '2025-09-03');
    expect(base.window).toEqual(win('2022-05-01', '2023-06-30'));
    expect(base.extremum).toBeNull();
  });
});

describe('a named line reached (降至2.7萬億警戒線) read as a level reached, where 跌破 or 關口 read as a line crossed', () => {
  it('降至…警戒線 is a line crossed, like 降至…關口', () => {
    expect(frameOf('準備金降至2.7萬億美元警戒線。', '2.7萬億美元', '2025-11-06')).toMatchObject({ mode: 'CROSSED', direction: 'DECREASE' });
    expect(frameOf('準備金降至2.7萬億美元關口。', '2.7萬億美元', '2025-11-06')).toMatchObject({ mode: 'CROSSED', direction: 'DECREASE' });
  });
});

describe('由 before a move\'s first figure was not read as "from", and 2022年底 before a figure lost its 底', () => {
  it('在12日由2022年底2.6兆美元的高點，降至170億美元: the base is end-2022\'s, the level reached the 12th\'s', () => {
    const text = '附賣回機制也在12日由2022年底2.6兆美元的高點，降至170億美元。';
    expect(frameOf(text, '2.6兆美元', '2025-09-13').window).toEqual(win('2022-12-01', '2022-12-31'));
    const end = frameOf(text, '170億美元', '2025-09-13');
    expect(end.window).toEqual(win('2025-09-12'));
    expect(end.base?.value).toBe(2.6e12);
  });
  it('美联储资产总规模已由8.9万亿美元降至6.6万亿美元: 8.9万亿 is the base', () => {
    expect(frameOf('美联储资产总规模已由8.9万亿美元降至6.6万亿美元。', '6.6万亿美元', '2025-12-01').base?.value).toBe(8.9e12);
  });
});

describe('a figure stated as fact took the sentence\'s only time though it was after the document\'s date', () => {
  it('"…已将债务上限暂停至2025年1月1日,但美国联邦债务总额已达到36万亿美元" in December 2024 is the document\'s now', () => {
    const f = frameOf('尽管该法案已将债务上限暂停至2025年1月1日,但美国联邦债务总额已达到36万亿美元。', '36万亿美元', '2024-12-29');
    expect(f.timeSource).toBe('DOCUMENT_DATE');
  });
  it('a forecast keeps the later time ("预计2026年…将达到")', () => {
    expect(frameOf('市场预计美国国债总额将在2026年达到40万亿美元。', '40万亿美元', '2024-12-29').window).toEqual(win('2026-01-01', '2026-12-31'));
  });
});

describe('"an increase of approximately $170 billion" and "down another $59 billion" were read as levels', () => {
  it('a noun of change with "approximately" is a change', () => {
    expect(frameOf('Reserves rose to $3.02 trillion. This marks an increase of approximately $170 billion.', '$170 billion', '2026-01-08')).toMatchObject({ mode: 'CHANGE', direction: 'INCREASE' });
  });
  it('"…$2.933 trillion for the week ending October 22, down another $59 billion" is the week\'s fall', () => {
    expect(frameOf('Reserves were sitting at $2.933 trillion for the week ending October 22, down another $59 billion.', '$59 billion', '2025-10-24')).toMatchObject({ mode: 'CHANGE', direction: 'DECREASE', window: win('2025-10-15', '2025-10-22') });
  });
});
