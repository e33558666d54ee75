/**
 * Verdicts (issue 18, judging pass 7): regression tests named after the defects found by classifying the dev
 * disagreements of the former held-out sets (fresh5, fresh6) and every missed catch across dev. Pure: hand-made frames
 * and observations, sentences written for the test in the press's manner.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import type { QuantityFrame } from '../../src/quantities/frame.ts';

const ctx: CheckContext = { windows: [], unmeasured: new Map() };
type Kind = 'WEEK_AVERAGE' | 'WEDNESDAY_LEVEL' | 'DAILY' | 'END_OF_PERIOD';
function measure(factorId: string, id: string, kind: Kind, rank = 1): Measure {
  const frequency = kind === 'DAILY' ? 'DAILY' : kind === 'END_OF_PERIOD' ? 'QUARTERLY' : 'WEEKLY';
  return { factorId, how: kind, rank, note: null, series: { id, title: id, unit: 'USD', scale: 1e6, frequency, observationKind: kind, publisher: 'test', url: 'https://example.test', firstDate: '2015-01-01', lastDate: '2026-06-30', sourceId: 's' } };
}
function frame(over: Partial<QuantityFrame>): QuantityFrame {
  return { factorId: null, factorEvidence: null, mode: 'LEVEL', mood: 'STATED', moodEvidence: null, direction: null, period: null, window: null, timeText: null, timeSource: null, spanDays: null, base: null, extremum: null, ...over };
}
type Q = { surface: string; value: number; qualifier?: string | null; frame?: QuantityFrame | null };
function claim(quote: string, quantities: Q[], documentDate: string | null = '2025-12-30'): ClaimInput {
  return {
    id: 'c', quote, sentence: quote, kind: 'LEVEL', time: null, documentDate, factorIds: [], factorNames: {},
    quantities: quantities.map((q, i) => ({ surface: q.surface, value: q.value, upper: null, unit: 'USD', qualifier: q.qualifier ?? null, position: i, frame: q.frame ?? null })),
  };
}
const daily = (from: string, values: number[]): Observation[] => values.map((value, i) => ({ date: addDays(from, i), periodEnd: addDays(from, i), value }));
const run = (c: ClaimInput, measures: Measure[], obs: Record<string, Observation[]>) => planChecks(c, measures, ctx).map((p) => evaluateCheck(p, new Map(Object.entries(obs))));

describe('judging pass 7 (issue 18): a guess is INCONCLUSIVE with its reason', () => {
  it('a stale "current" figure on a document date inferred from the text (no published date) is INCONCLUSIVE, not INCONSISTENT', () => {
    const tga = measure('f-tga', 'DTS', 'DAILY');
    const sentence = 'Currently, there’s $57 billion in the Treasury’s General Account and $92 billion in extraordinary measures for a total of $149 billion.';
    const quote = 'there’s $57 billion in the Treasury’s General Account and $92 billion in extraordinary measures for a total of $149 billion';
    // Ingest dated the frame by the date it inferred from the text (2023-05-23); the document has no published date.
    const now = frame({ factorId: 'f-tga', mode: 'LEVEL', window: { start: '2023-05-23', end: '2023-05-23' }, timeText: 'Currently', timeSource: 'DOCUMENT_DATE' });
    const closes = [...daily('2023-05-10', [120_000, 110_000]), { date: '2023-05-18', periodEnd: '2023-05-18', value: 57_341 }, { date: '2023-05-19', periodEnd: '2023-05-19', value: 60_656 }, { date: '2023-05-22', periodEnd: '2023-05-22', value: 68_335 }];
    const published: ClaimInput = { ...claim(quote, [{ surface: '$57 billion', value: 57e9, frame: now }], '2023-05-23'), sentence };
    expect(run(published, [tga], { DTS: closes })[0]!.verdict).toBe('INCONSISTENT');
    const inferred: ClaimInput = { ...published, documentDate: null };
    const [k] = run(inferred, [tga], { DTS: closes });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.explanation).toMatch(/inferred/);
  });
});
