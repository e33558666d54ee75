/**
 * A change dated by one day runs from the business day before (bind-times.ts): on a series that publishes nothing in
 * those days (a Thursday-to-Friday move on a weekly series) the check cannot see the move, and says so instead of
 * calling a true figure INCONSISTENT (seen on dev: 上周五…附賣回規模一度增加460億美元 held against a weekly series).
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import type { QuantityFrame } from '../../src/quantities/frame.ts';

const ctx: CheckContext = { windows: [], unmeasured: new Map() };
const weekly: Measure = { factorId: 'f-x', how: 'WEDNESDAY_LEVEL', rank: 1, note: null, series: { id: 'WEEKLY', title: 'WEEKLY', unit: 'USD', scale: 1e6, frequency: 'WEEKLY', observationKind: 'WEDNESDAY_LEVEL', publisher: 'test', url: 'https://example.test', firstDate: '2025-01-01', lastDate: '2025-12-31', sourceId: 's' } };
/** Wednesdays from 2025-08-06, 100 bn then +1 bn a week (millions). */
const obs: Observation[] = Array.from({ length: 10 }, (_, i) => ({ date: addDays('2025-08-06', 7 * i), periodEnd: addDays('2025-08-06', 7 * i), value: 100_000 + 1_000 * i }));
const frame = (window: { start: string; end: string }): QuantityFrame => ({ factorId: 'f-x', factorEvidence: 'x', mode: 'CHANGE', direction: 'INCREASE', period: null, window, timeText: '上周五', timeSource: 'TEXT', spanDays: null, base: null, extremum: null, mood: null, moodEvidence: null });
const claim = (window: { start: string; end: string }): ClaimInput => ({ id: 'c', quote: '上周五增加460億美元', kind: 'CHANGE', time: null, documentDate: '2025-09-03', factorIds: ['f-x'], factorNames: {}, quantities: [{ surface: '460億美元', value: 46e9, upper: null, unit: 'USD', qualifier: null, position: 0, frame: frame(window) }] });
const check = (window: { start: string; end: string }) => planChecks(claim(window), [weekly], ctx).map((p) => evaluateCheck(p, new Map([['WEEKLY', obs]])))[0]!;

describe('a change over days a weekly series does not publish', () => {
  it('a true change on one day was called INCONSISTENT against a weekly series', () => {
    const c = check({ start: '2025-08-28', end: '2025-08-29' });
    expect(c.verdict).toBe('INCONCLUSIVE');
    expect(c.reason).toMatch(/no observation in those days/);
  });

  it('a change over a window holding its observations is still judged', () => {
    expect(check({ start: '2025-08-19', end: '2025-08-27' }).verdict).toBe('INCONSISTENT'); // +1 bn, not +46 bn
  });
});
