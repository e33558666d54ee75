/**
 * A measure read from the sentence before (issue 18, anaphora.ts): "the figure was $28.82 billion", 該數字維持在…,
 * "It stayed at…". The frame says which words referred back (`factorAnaphor`); the reading is then not firm, so a figure
 * the record does not bear out is INCONCLUSIVE with the reason, never INCONSISTENT, while one it bears out is CONSISTENT.
 */
import { describe, expect, it } from 'vitest';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import type { QuantityFrame } from '../../src/quantities/frame.ts';

const ctx: CheckContext = { windows: [], unmeasured: new Map() };
const RRP: Measure = { factorId: 'f-on-rrp', how: 'DAILY', rank: 1, note: null, series: { id: 'RRP', title: 'RRP', unit: 'USD', scale: 1e9, frequency: 'DAILY', observationKind: 'DAILY', publisher: 'test', url: 'https://example.test', firstDate: '2019-01-01', lastDate: '2026-06-30', sourceId: 's' } };
const record = { RRP: [{ date: '2025-08-14', periodEnd: '2025-08-14', value: 28.82 }] as Observation[] };
const frame = (over: Partial<QuantityFrame>): QuantityFrame => ({ factorId: 'f-on-rrp', factorEvidence: 'RRP', mode: 'LEVEL', mood: null, moodEvidence: null, direction: null, period: null, window: { start: '2025-08-14', end: '2025-08-14' }, timeText: 'Thursday', timeSource: 'TEXT', spanDays: null, base: null, extremum: null, ...over });
const claim = (surface: string, value: number, f: QuantityFrame): ClaimInput => ({ id: 'c', quote: `But on Thursday, the figure was ${surface}.`, kind: 'LEVEL', time: null, documentDate: '2025-08-15', factorIds: [], factorNames: {}, quantities: [{ surface, value, upper: null, unit: 'USD', qualifier: null, position: 0, frame: f }] });
const check = (c: ClaimInput) => planChecks(c, [RRP], ctx).map((p) => evaluateCheck(p, new Map(Object.entries(record))))[0]!;

describe('pronoun or definite description: a measure read from the sentence before is not firm', () => {
  it('a figure the record does not bear out is INCONCLUSIVE with the words that referred back, not INCONSISTENT', () => {
    const c = check(claim('$40 billion', 40e9, frame({ factorAnaphor: 'the figure' })));
    expect(c.verdict).toBe('INCONCLUSIVE');
    expect(c.reason).toMatch(/"the figure" was read as referring back to "RRP"/);
    // The same figure with the measure named in its own sentence is INCONSISTENT: the anaphor alone made the difference.
    expect(check(claim('$40 billion', 40e9, frame({ factorAnaphor: null }))).verdict).toBe('INCONSISTENT');
  });

  it('a figure the record bears out is CONSISTENT', () => {
    expect(check(claim('$28.82 billion', 28.82e9, frame({ factorAnaphor: 'the figure' }))).verdict).toBe('CONSISTENT');
  });
});
