/**
 * A reading of context (issue 18, context-readings.ts): a time read from the sentence before (`timeSource`
 * SENTENCE_BEFORE) or a measure read from the headline (`factorSource` HEADLINE). Neither is firm: a figure the record
 * does not bear out is INCONCLUSIVE with the reason, never INCONSISTENT, while one it bears out is CONSISTENT.
 */
import { describe, expect, it } from 'vitest';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import type { QuantityFrame } from '../../src/quantities/frame.ts';

const ctx: CheckContext = { windows: [], unmeasured: new Map() };
const RES: Measure = { factorId: 'f-bank-reserves', how: 'WEEK_AVERAGE', rank: 1, note: null, series: { id: 'RES', title: 'Reserves', unit: 'USD', scale: 1e9, frequency: 'WEEKLY', observationKind: 'WEDNESDAY_LEVEL', publisher: 'test', url: 'https://example.test', firstDate: '2019-01-01', lastDate: '2026-06-30', sourceId: 's' } };
const record = { RES: [{ date: '2019-09-18', periodEnd: '2019-09-18', value: 1394 }, { date: '2019-09-25', periodEnd: '2019-09-25', value: 1400 }] as Observation[] };
const frame = (over: Partial<QuantityFrame>): QuantityFrame => ({ factorId: 'f-bank-reserves', factorEvidence: 'bank reserves', factorSource: 'TEXT', mode: 'LEVEL', mood: 'STATED', moodEvidence: null, direction: null, period: null, window: { start: '2019-09-01', end: '2019-09-30' }, timeText: 'September 2019', timeSource: 'TEXT', spanDays: null, base: null, extremum: null, ...over });
const claim = (surface: string, value: number, f: QuantityFrame): ClaimInput => ({ id: 'c', quote: `Quantitative tightening had drained bank reserves to ${surface}.`, kind: 'LEVEL', time: null, documentDate: '2025-11-03', factorIds: [], factorNames: {}, quantities: [{ surface, value, upper: null, unit: 'USD', qualifier: null, position: 0, frame: f }] });
const check = (c: ClaimInput) => planChecks(c, [RES], ctx).map((p) => evaluateCheck(p, new Map(Object.entries(record))))[0]!;

describe('a time read from the sentence before is not firm', () => {
  it('a figure the record does not bear out is INCONCLUSIVE with the reason, not INCONSISTENT', () => {
    const c = check(claim('$2 trillion', 2e12, frame({ timeSource: 'SENTENCE_BEFORE' })));
    expect(c.verdict).toBe('INCONCLUSIVE');
    expect(c.reason).toMatch(/Its time is read from the sentence before \("September 2019"\)/);
    expect(c.readingBasis?.window).toBe('INFERRED');
    // The same figure dated by its own sentence is INCONSISTENT: the source alone made the difference.
    expect(check(claim('$2 trillion', 2e12, frame({}))).verdict).toBe('INCONSISTENT');
  });

  it('a figure the record bears out is CONSISTENT', () => {
    expect(check(claim('$1.4 trillion', 1.4e12, frame({ timeSource: 'SENTENCE_BEFORE' }))).verdict).toBe('CONSISTENT');
  });
});

describe('a measure read from the headline is not firm', () => {
  it('a figure the record does not bear out is INCONCLUSIVE with the reason, not INCONSISTENT', () => {
    const c = check(claim('$2 trillion', 2e12, frame({ factorSource: 'HEADLINE', factorEvidence: 'Bank Reserves' })));
    expect(c.verdict).toBe('INCONCLUSIVE');
    expect(c.reason).toMatch(/Its measure is read from the headline \("Bank Reserves"\)/);
    expect(c.readingBasis?.factor).toBe('INFERRED');
  });

  it('a figure the record bears out is CONSISTENT', () => {
    expect(check(claim('$1.4 trillion', 1.4e12, frame({ factorSource: 'HEADLINE' }))).verdict).toBe('CONSISTENT');
  });
});

describe("a measure read from the page's one subject is not firm (factor18, the page's subject)", () => {
  it('a figure the record does not bear out is INCONCLUSIVE with the reason, not INCONSISTENT', () => {
    const c = check(claim('$2 trillion', 2e12, frame({ factorSource: 'PAGE', factorEvidence: 'bank reserves' })));
    expect(c.verdict).toBe('INCONCLUSIVE');
    expect(c.reason).toMatch(/Its measure is the page's one subject \("bank reserves"\)/);
    expect(c.readingBasis?.factor).toBe('INFERRED');
  });

  it('a figure the record bears out is CONSISTENT', () => {
    expect(check(claim('$1.4 trillion', 1.4e12, frame({ factorSource: 'PAGE' }))).verdict).toBe('CONSISTENT');
  });
});
