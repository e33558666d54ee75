/**
 * Hand-made measures, frames, claims and observations for the pure checks tests (plan → evaluate, no database): one
 * place for the fixtures the judging passes' regression tests share.
 */
import { addDays } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import type { QuantityFrame } from '../../src/quantities/frame.ts';

export const ctx: CheckContext = { windows: [], unmeasured: new Map() };
type Kind = 'WEEK_AVERAGE' | 'WEDNESDAY_LEVEL' | 'DAILY' | 'END_OF_PERIOD';
/** A series of a factor, in USD millions, covering 2015 to mid-2026. */
export function measure(factorId: string, id: string, kind: Kind, rank = 1): Measure {
  const frequency = kind === 'DAILY' ? 'DAILY' : kind === 'END_OF_PERIOD' ? 'QUARTERLY' : 'WEEKLY';
  return { factorId, how: kind, rank, note: null, series: { id, title: id, unit: 'USD', scale: 1e6, frequency, observationKind: kind, publisher: 'test', url: 'https://example.test', firstDate: '2015-01-01', lastDate: '2026-06-30', sourceId: 's' } };
}
export function frame(over: Partial<QuantityFrame>): QuantityFrame {
  return { factorId: null, factorEvidence: null, mode: 'LEVEL', mood: 'STATED', moodEvidence: null, direction: null, period: null, window: null, timeText: null, timeSource: null, spanDays: null, base: null, extremum: null, ...over };
}
export type Q = { surface: string; value: number; qualifier?: string | null; frame?: QuantityFrame | null };
/** A claim whose quote is its sentence; `documentDate` null for a document sent without its date. */
export function claim(quote: string, quantities: Q[], documentDate: string | null = '2025-12-30'): ClaimInput {
  return {
    id: 'c', quote, sentence: quote, kind: 'LEVEL', time: null, documentDate, factorIds: [], factorNames: {},
    quantities: quantities.map((q, i) => ({ surface: q.surface, value: q.value, upper: null, unit: 'USD', qualifier: q.qualifier ?? null, position: i, frame: q.frame ?? null })),
  };
}
export const weekly = (from: string, values: number[]): Observation[] => values.map((value, i) => ({ date: addDays(from, 7 * i), periodEnd: addDays(from, 7 * i), value }));
export const daily = (from: string, values: number[]): Observation[] => values.map((value, i) => ({ date: addDays(from, i), periodEnd: addDays(from, i), value }));
export const run = (c: ClaimInput, measures: Measure[], obs: Record<string, Observation[]>) => planChecks(c, measures, ctx).map((p) => evaluateCheck(p, new Map(Object.entries(obs))));
