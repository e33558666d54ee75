/**
 * Verdicts (issue 18, judging pass 8): regression tests named after the defects found by classifying the dev
 * disagreements of the former held-out sets fresh7 and fresh8 (tuning text since the eighth session) and the rest of
 * dev. Pure: hand-made frames and observations, sentences written for the test in the press's manner.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/checks/check-types.ts';
import { claim, frame, measure, run, weekly } from '../support/check-fixtures.ts';

/** A stock recorded at quarter ends (GFDEBTN), in USD millions. */
const quarters = (ends: [string, number][]): Observation[] => ends.map(([periodEnd, value]) => ({ date: periodEnd, periodEnd, value }));

describe('judging pass 8 (issue 18)', () => {
  it('a level "in mid-June" was refuted by the span read for mid-June (11–20) alone: "mushroomed to $7.2 trillion in mid-June" holds on the Wednesday of 10 June', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const quote = 'It also implemented programs that caused the Fed’s balance sheet to mushroom to $7.2 trillion in mid-June from $4.2 trillion at the beginning of March.';
    const f = frame({ factorId: 'f-bs', mode: 'LEVEL', window: { start: '2020-06-11', end: '2020-06-20' }, timeText: 'mid-June', timeSource: 'TEXT', base: { value: 4.2e12, unit: 'USD', window: { start: '2020-03-01', end: '2020-03-10' }, timeText: 'the beginning of March' } });
    const c = claim(quote, [{ surface: '$7.2 trillion', value: 7.2e12, frame: f }], '2020-07-14');
    const bs = [...weekly('2020-02-26', [4_158_637, 4_241_507, 4_312_000]), ...weekly('2020-05-27', [7_097_000, 7_050_000, 7_168_936, 7_094_690, 7_082_000])];
    const [k] = run(c, [walcl], { WALCL: bs });
    expect(k!.verdict).toBe('CONSISTENT');
    expect(k!.explanation).toMatch(/mid-June.*convention/);
    // A figure the record does not hold within half a week of the span either is still refuted.
    const [far] = run(c, [walcl], { WALCL: [...weekly('2020-02-26', [4_158_637, 4_241_507, 4_312_000]), ...weekly('2020-05-27', [6_500_000, 6_510_000, 6_520_000, 6_530_000, 6_540_000])] });
    expect(far!.verdict).toBe('INCONSISTENT');
  });

  it('a line crossed, tested at the document\'s date the sentence does not state, was MISLEADING: "the debt topped $34 trillion" (in December 2023, in words the reader missed) read at the page\'s date, August 2025, is INCONCLUSIVE', () => {
    const debt = measure('f-debt', 'GFDEBTN', 'END_OF_PERIOD');
    const quote = 'The US debt topped $34 trillion at the end of the year before last.';
    const stocks = quarters([['2024-12-31', 36_218_605], ['2025-03-31', 36_214_000], ['2025-06-30', 36_211_000], ['2025-09-30', 37_637_553]]);
    const at = (q: string, timeSource: 'DOCUMENT_DATE' | 'TEXT') => claim(q, [{ surface: '$34 trillion', value: 34e12, frame: frame({ factorId: 'f-debt', mode: 'CROSSED', direction: 'INCREASE', window: { start: '2025-08-13', end: '2025-08-13' }, timeText: timeSource === 'TEXT' ? 'August 13' : null, timeSource }) }], '2025-08-13');
    const [k] = run(at(quote, 'DOCUMENT_DATE'), [debt], { GFDEBTN: stocks });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.explanation).toMatch(/rests on a guess/);
  });

  it('a line crossed on a report\'s date, between the two period ends of a quarterly stock before it, was MISLEADING: the record cannot date the crossing, which may be the one reported', () => {
    const debt = measure('f-debt', 'GFDEBTN', 'END_OF_PERIOD');
    const stocks = quarters([['2023-06-30', 32_332_274], ['2023-09-30', 33_167_334], ['2023-12-31', 34_001_494], ['2024-03-31', 34_586_533]]);
    const reported = 'The US government’s debt has topped $34 trillion for the first time, data released on January 4 showed.';
    const c = claim(reported, [{ surface: '$34 trillion', value: 34e12, frame: frame({ factorId: 'f-debt', mode: 'CROSSED', direction: 'INCREASE', window: { start: '2024-01-04', end: '2024-01-04' }, timeText: 'January 4', timeSource: 'TEXT' }) }], '2024-01-04');
    const [k] = run(c, [debt], { GFDEBTN: stocks });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.explanation).toMatch(/between 2023-09-30 .* and 2023-12-31 .*cannot date/);
    // A period the claim names, after the period end already beyond the line, is refuted by it: "2025年初突破36万亿美元".
    const named = claim('2025年初突破36万亿美元', [{ surface: '36万亿美元', value: 36e12, frame: frame({ factorId: 'f-debt', mode: 'CROSSED', direction: 'INCREASE', window: { start: '2025-01-01', end: '2025-03-28' }, timeText: '2025年初', timeSource: 'TEXT' }) }], '2025-03-28');
    const debt2 = quarters([['2024-06-30', 34_831_634], ['2024-09-30', 35_464_674], ['2024-12-31', 36_218_605], ['2025-03-31', 36_214_000]]);
    expect(run(named, [debt], { GFDEBTN: debt2 })[0]!.verdict).toBe('MISLEADING');
  });

  it('a rise said from a dated base was judged on the last week\'s step: "shot up to nearly $7 trillion … from $4.2 trillion in early March" is not MISLEADING because the last week fell', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const quote = 'The balance sheet, $4.2 trillion in early March, has shot up to nearly $7 trillion as of July 8.';
    const f = frame({ factorId: 'f-bs', mode: 'REACHED', direction: 'INCREASE', window: { start: '2020-07-08', end: '2020-07-08' }, timeText: 'July 8', timeSource: 'TEXT', base: { value: 4.2e12, unit: 'USD', window: { start: '2020-03-01', end: '2020-03-10' }, timeText: 'early March' } });
    const c = claim(quote, [{ surface: '$7 trillion', value: 7e12, qualifier: 'NEARLY', frame: f }], '2020-07-14');
    const bs = [...weekly('2020-02-26', [4_158_637, 4_241_507, 4_312_000]), ...weekly('2020-06-24', [7_082_000, 7_009_040, 6_920_716])];
    const [k] = run(c, [walcl], { WALCL: bs });
    expect(k!.verdict).toBe('CONSISTENT');
    expect(k!.parts.some((p) => p.kind === 'DIRECTION')).toBe(false);
    expect(k!.parts.find((p) => p.kind === 'BASE')?.holds).toBe(true);
  });

  it('a figure called the extreme of all time was CONSISTENT on its number alone: "parked a record total of $1.04 trillion", 突破了歷史新高,來到了4853億美元 — the record starts in 2019, so it is INCONCLUSIVE', () => {
    const rrp = measure('f-rrp', 'RRP', 'DAILY');
    const days = [{ date: '2021-07-29', periodEnd: '2021-07-29', value: 987_283 }, { date: '2021-07-30', periodEnd: '2021-07-30', value: 1_039_394 }];
    const en = 'Eighty-six participants on Friday parked a record total of $1.04 trillion at the facility.';
    const f = frame({ factorId: 'f-rrp', mode: 'LEVEL', window: { start: '2021-07-30', end: '2021-07-30' }, timeText: 'on Friday', timeSource: 'TEXT' });
    const [k] = run(claim(en, [{ surface: '$1.04 trillion', value: 1.04e12, frame: f }], '2021-07-30'), [rrp], { RRP: days });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.explanation).toMatch(/"record" claims the extreme of all time.*starts on 2015-01-01/);
    // The words just before the figure's clause count: the claim is the clause "來到了4853億美元" of its sentence.
    const zh = { ...claim('來到了4853億美元', [{ surface: '4853億美元', value: 4853e8, frame: frame({ factorId: 'f-rrp', mode: 'LEVEL', window: { start: '2021-05-27', end: '2021-05-27' }, timeText: '昨日', timeSource: 'TEXT' }) }], '2021-05-28'), sentence: '昨日美國逆回購金額突破了歷史新高,來到了4853億美元' };
    expect(run(zh, [rrp], { RRP: [{ date: '2021-05-27', periodEnd: '2021-05-27', value: 485_329 }] })[0]!.verdict).toBe('INCONCLUSIVE');
    // Without the words, the same figure is CONSISTENT.
    expect(run(claim('Participants on Friday parked $1.04 trillion at the facility.', [{ surface: '$1.04 trillion', value: 1.04e12, frame: f }], '2021-07-30'), [rrp], { RRP: days })[0]!.verdict).toBe('CONSISTENT');
  });

  it('a figure written as what the measure holds was left unjudged for the clause\'s modal verb: "有多種途徑可以縮減Fed目前規模6.6兆美元的資產負債表" states the size now', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const quote = '有多種途徑可以縮減Fed目前規模6.6兆美元的資產負債表';
    const f = (q: string) => claim(q, [{ surface: '6.6兆美元', value: 6.6e12, frame: frame({ factorId: 'f-bs', mode: 'LEVEL', mood: 'ESTIMATE', moodEvidence: '可以', window: { start: '2026-02-18', end: '2026-02-18' }, timeSource: 'DOCUMENT_DATE' }) }], '2026-02-18');
    const bs = weekly('2026-01-28', [6_587_568, 6_600_000, 6_622_382]);
    const [k] = run(f(quote), [walcl], { WALCL: bs });
    expect(k!.verdict).toBe('CONSISTENT');
    // Confirm-only: read against its clause's mood, the attribute may be confirmed but never refuted.
    const [stale] = run(f(quote), [walcl], { WALCL: weekly('2026-01-28', [7_500_000, 7_510_000, 7_520_000]) });
    expect(stale!.verdict).toBe('INCONCLUSIVE');
    expect(stale!.explanation).toMatch(/may confirm it but not refute it/);
    // Not what the measure holds ("可以縮減至6.6兆美元": a level it could be brought to): still an estimate.
    expect(run(f('有多種途徑可以把資產負債表縮減至6.6兆美元'), [walcl], { WALCL: bs })[0]!.verdict).toBe('INCONCLUSIVE');
  });
});
