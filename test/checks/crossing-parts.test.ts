/**
 * The parts of a line crossed carry which test they are (`crossingTest`), and the verdict reads that field, not the
 * part's wording (review of judging pass 8: the fallback rule matched the text prefix "Before the window"). Pure:
 * hand-made frames and observations.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/checks/check-types.ts';
import { claim, frame, measure, run } from '../support/check-fixtures.ts';

const quarters = (ends: [string, number][]): Observation[] => ends.map(([periodEnd, value]) => ({ date: periodEnd, periodEnd, value }));
const debt = measure('f-debt', 'GFDEBTN', 'END_OF_PERIOD');
/** Beyond $34 trillion throughout the 92 days before August 2025: nothing was crossed then. */
const stocks = quarters([['2023-09-30', 33_167_334], ['2023-12-31', 34_001_494], ['2024-12-31', 36_218_605], ['2025-03-31', 36_214_000], ['2025-06-30', 36_211_000], ['2025-09-30', 37_637_553]]);
const crossing = (quote: string) =>
  claim(quote, [{ surface: '$34 trillion', value: 34e12, frame: frame({ factorId: 'f-debt', mode: 'CROSSED', direction: 'INCREASE', window: { start: '2025-08-13', end: '2025-08-13' }, timeSource: 'DOCUMENT_DATE' }) }], '2025-08-13');

describe('the parts of a line crossed', () => {
  it('the part "on the other side before the window" is flagged BEFORE_THE_WINDOW, and failing only it at the document\'s date (a fallback) is INCONCLUSIVE', () => {
    const [k] = run(crossing('The US debt topped $34 trillion.'), [debt], { GFDEBTN: stocks });
    const parts = k!.parts.filter((p) => p.kind === 'CROSSING');
    expect(parts.map((p) => [p.crossingTest, p.holds])).toEqual([['BEFORE_THE_WINDOW', false]]);
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.explanation).toMatch(/rests on a guess/);
  });

  it('the part "for the first time since X" is flagged FIRST_SINCE, and its failure is the claim\'s own history: MISLEADING even at the fallback date', () => {
    const [k] = run(crossing('The US debt topped $34 trillion for the first time since 2023.'), [debt], { GFDEBTN: stocks });
    const first = k!.parts.find((p) => p.crossingTest === 'FIRST_SINCE');
    expect(first?.holds).toBe(false);
    expect(k!.parts.find((p) => p.crossingTest === 'BEFORE_THE_WINDOW')?.holds).toBe(false);
    expect(k!.verdict).toBe('MISLEADING');
  });

  it('only CROSSING parts carry the flag', () => {
    const [k] = run(crossing('The US debt topped $34 trillion for the first time since 2023.'), [debt], { GFDEBTN: stocks });
    for (const p of k!.parts) expect(p.crossingTest === undefined).toBe(p.kind !== 'CROSSING');
  });
});
