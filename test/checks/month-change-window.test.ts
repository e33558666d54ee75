/**
 * A month's change on a weekly series is also counted as the releases report it, from the month's first Wednesday to
 * the first one of the next month (Wolf Street's "QT: -$15 billion in September" runs 3 Sep to 1 Oct). When that count
 * is the one that holds, the check's window is the releases it counted, not the month's days: the check said
 * "September" while it had held the figure against 3 Sep – 1 Oct (13 dev rows of checks fresh5/fresh6 and the Wolf
 * Street pieces scored as a wrong time though the count was right).
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import type { QuantityFrame } from '../../src/quantities/frame.ts';

const ctx: CheckContext = { windows: [], unmeasured: new Map() };
const weekly: Measure = { factorId: 'f-x', how: 'WEDNESDAY_LEVEL', rank: 1, note: null, series: { id: 'WEEKLY', title: 'WEEKLY', unit: 'USD', scale: 1e6, frequency: 'WEEKLY', observationKind: 'WEDNESDAY_LEVEL', publisher: 'test', url: 'https://example.test', firstDate: '2025-01-01', lastDate: '2025-12-31', sourceId: 's' } };
/** Wednesdays 27 Aug to 1 Oct 2025 (millions): −10 bn within September's days, −15 bn from 3 Sep to 1 Oct. */
const values = [200_000, 200_000, 196_000, 192_000, 190_000, 185_000];
const obs: Observation[] = values.map((value, i) => ({ date: addDays('2025-08-27', 7 * i), periodEnd: addDays('2025-08-27', 7 * i), value }));
const frame: QuantityFrame = { factorId: 'f-x', factorEvidence: 'x', mode: 'CHANGE', direction: 'DECREASE', period: null, window: { start: '2025-09-01', end: '2025-09-30' }, timeText: 'in September', timeSource: 'TEXT', spanDays: null, base: null, extremum: null, mood: null, moodEvidence: null };
const claim: ClaimInput = { id: 'c', quote: 'Fed Balance Sheet QT: -$15 Billion in September', kind: 'CHANGE', time: null, documentDate: '2025-10-03', factorIds: ['f-x'], factorNames: {}, quantities: [{ surface: '$15 Billion', value: -15e9, upper: null, unit: 'USD', qualifier: null, position: 0, frame }] };

describe('a month change on a weekly series reported over the month while counted over its releases', () => {
  it('reports the releases it counted (3 Sep to 1 Oct), not September', () => {
    const c = planChecks(claim, [weekly], ctx).map((p) => evaluateCheck(p, new Map([['WEEKLY', obs]])))[0]!;
    expect(c.verdict).toBe('CONSISTENT');
    expect(c.reason).toMatch(/weekly releases report a month/);
    expect(c.window).toMatchObject({ from: '2025-09-03', to: '2025-10-01' });
  });

  it('a month counted over its own days keeps the month', () => {
    const within: ClaimInput = { ...claim, quantities: [{ ...claim.quantities[0]!, surface: '$10 Billion', value: -10e9 }] };
    const c = planChecks(within, [weekly], ctx).map((p) => evaluateCheck(p, new Map([['WEEKLY', obs]])))[0]!;
    expect(c.verdict).toBe('CONSISTENT');
    expect(c.window).toMatchObject({ from: '2025-09-01', to: '2025-09-30' });
  });
});

// (time18c, 2026-12-08) The month count fired on any window of 27 days or more: "by $1.45 trillion from the peak in April
// 2022" (two years) was counted to the release after the document's date and reported so.
describe('the month count is for a month only', () => {
  // Wednesdays 30 Jul to 1 Oct 2025: flat at 100 bn, then −15 bn on 1 Oct (after the window).
  const flat = [100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 85_000];
  const flatObs: Observation[] = flat.map((value, i) => ({ date: addDays('2025-07-30', 7 * i), periodEnd: addDays('2025-07-30', 7 * i), value }));
  it('a two-month window is not counted to the release after it', () => {
    const twoMonths: ClaimInput = { ...claim, quote: 'Fed Balance Sheet QT: -$15 Billion in August and September', quantities: [{ ...claim.quantities[0]!, frame: { ...frame, window: { start: '2025-08-01', end: '2025-09-30' }, timeText: 'in August and September' } }] };
    const c = planChecks(twoMonths, [weekly], ctx).map((p) => evaluateCheck(p, new Map([['WEEKLY', flatObs]])))[0]!;
    expect(c.verdict).not.toBe('CONSISTENT');
    expect(c.window?.to ?? '').not.toBe('2025-10-01');
  });
});

describe('a change held as the largest move within its window reports that move', () => {
  // Wednesdays 27 Aug to 1 Oct 2025: 200, 200, 180 (the low), 190, 195, 195 bn: September's ends differ by 5 bn.
  const dip = [200_000, 200_000, 180_000, 190_000, 195_000, 195_000];
  const dipObs: Observation[] = dip.map((value, i) => ({ date: addDays('2025-08-27', 7 * i), periodEnd: addDays('2025-08-27', 7 * i), value }));
  it('"fell by $20 billion in September" holds as the fall to 10 September, and says so', () => {
    const fell: ClaimInput = { ...claim, quote: 'Reserves fell by $20 billion in September', quantities: [{ ...claim.quantities[0]!, surface: '$20 billion', value: -20e9 }] };
    const c = planChecks(fell, [weekly], ctx).map((p) => evaluateCheck(p, new Map([['WEEKLY', dipObs]])))[0]!;
    expect(c.verdict).toBe('CONSISTENT');
    expect(c.window?.to).toBe('2025-09-10');
    expect(c.window!.from <= '2025-09-03').toBe(true);
  });
});
