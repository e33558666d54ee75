/**
 * Every check says why in words an editor reads (issue 18, the judging): an INCONCLUSIVE or NOT_CHECKABLE check
 * carries its reason, and the explanation shows it. Pure: a grid of hand-made readings (each mode, qualifier, kind of
 * time and mood, figures on and off the record) held against one made-up series.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import type { FrameMode, FrameMood, QuantityFrame } from '../../src/quantities/frame.ts';

const ctx: CheckContext = { windows: [], unmeasured: new Map() };
const series = (id: string, kind: 'DAILY' | 'WEEK_AVERAGE'): Measure => ({ factorId: 'f', how: kind, rank: 1, note: null, series: { id, title: id, unit: 'USD', scale: 1e6, frequency: kind === 'DAILY' ? 'DAILY' : 'WEEKLY', observationKind: kind, publisher: 't', url: 'https://example.test', firstDate: '2025-01-01', lastDate: '2026-06-30', sourceId: 's' } });
const daily: Observation[] = Array.from({ length: 300 }, (_, i) => ({ date: addDays('2025-03-01', i), periodEnd: addDays('2025-03-01', i), value: 800_000 + 40_000 * Math.sin(i / 9) }));
const weekly: Observation[] = Array.from({ length: 43 }, (_, i) => ({ date: addDays('2025-03-05', 7 * i), periodEnd: addDays('2025-03-05', 7 * i), value: 800_000 + 40_000 * Math.sin(i) }));

const modes: FrameMode[] = ['LEVEL', 'CHANGE', 'FLOW', 'REACHED', 'CROSSED', 'EXTREMUM'];
const moods: FrameMood[] = ['STATED', 'FORECAST', 'ESTIMATE', 'TARGET'];
const words = ['', '約', '近', '逾', '不到'];
const times: Partial<QuantityFrame>[] = [
  { window: { start: '2025-11-14', end: '2025-11-14' }, timeSource: 'DOCUMENT_DATE' },
  { window: { start: '2025-10-30', end: '2025-10-30' }, timeText: '10月30日', timeSource: 'TEXT' },
  { window: { start: '2025-10-01', end: '2025-10-31' }, timeText: '10月', timeSource: 'TEXT' },
  { window: { start: '2019-01-01', end: '2019-12-31' }, timeText: '2019年', timeSource: 'TEXT' },
];
const figures = [800e9, 400e9, 80e9, 3e12];

describe('issue 18: every INCONCLUSIVE and NOT_CHECKABLE check says why', () => {
  it('over a grid of readings, each undecided check carries a reason its explanation shows', () => {
    let undecided = 0;
    for (const mode of modes) for (const mood of moods) for (const w of words) for (const time of times) for (const value of figures) for (const m of [series('D', 'DAILY'), series('W', 'WEEK_AVERAGE')]) {
      const surface = `${value / 1e8}亿美元`;
      const quote = `TGA余额${mode === 'CHANGE' ? '增加' : '升至'}${w}${surface}`;
      const frame: QuantityFrame = { factorId: 'f', factorEvidence: 'TGA', mode, mood, moodEvidence: mood === 'STATED' ? null : '預計', direction: mode === 'LEVEL' || mode === 'EXTREMUM' ? null : 'INCREASE', period: mode === 'FLOW' ? 'MONTH' : null, window: null, timeText: null, timeSource: null, spanDays: null, base: null, extremum: null, ...time };
      const claim: ClaimInput = { id: 'c', quote, sentence: quote, kind: 'LEVEL', time: null, documentDate: '2025-11-14', factorIds: [], factorNames: {}, quantities: [{ surface, value, upper: null, unit: mode === 'FLOW' ? 'USD/month' : 'USD', qualifier: null, position: 0, frame }] };
      for (const plan of planChecks(claim, [m], ctx)) {
        const check = evaluateCheck(plan, new Map([['D', daily], ['W', weekly]]));
        if (check.verdict !== 'INCONCLUSIVE' && check.verdict !== 'NOT_CHECKABLE') continue;
        undecided++;
        expect(check.reason, `${quote} (${mode}, ${mood}, ${time.timeText ?? 'no time'}, ${m.series.id}): ${check.explanation}`).toBeTruthy();
        expect(check.explanation).toContain(check.reason!.slice(0, 40));
      }
    }
    expect(undecided).toBeGreaterThan(100);
  });
});
