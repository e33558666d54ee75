/**
 * The mood of a frame in the checks (issue 18): a target, an estimate or a condition is never judged by the record,
 * nor a forecast (judging pass 7: not even at a date its own sentence gives). Pure: hand-made frames and observations.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import type { QuantityFrame } from '../../src/quantities/frame.ts';

const ctx: CheckContext = { windows: [], unmeasured: new Map() };
const TGA: Measure = {
  factorId: 'f-tga',
  how: 'DAILY',
  rank: 1,
  note: null,
  series: { id: 'DTS_CLOSE', title: 'DTS_CLOSE', unit: 'USD', scale: 1e6, frequency: 'DAILY', observationKind: 'DAILY', publisher: 'test', url: 'https://example.test', firstDate: '2019-01-01', lastDate: '2026-06-30', sourceId: 's' },
};
/** TGA closing balances (millions) from 2025-10-01: 850 bn, rising 2 bn a day. */
const tga: Observation[] = Array.from({ length: 60 }, (_, i) => ({ date: addDays('2025-10-01', i), periodEnd: addDays('2025-10-01', i), value: 850_000 + 2_000 * i }));

function check(quote: string, surface: string, value: number, frame: Partial<QuantityFrame>) {
  const full: QuantityFrame = { factorId: 'f-tga', factorEvidence: 'TGA', mode: 'LEVEL', mood: 'STATED', moodEvidence: null, direction: null, period: null, window: null, timeText: null, timeSource: null, spanDays: null, base: null, extremum: null, ...frame };
  const claim: ClaimInput = { id: 'c', quote, kind: 'LEVEL', time: null, documentDate: '2025-10-01', factorIds: ['f-tga'], factorNames: {}, quantities: [{ surface, value, upper: null, unit: 'USD', qualifier: null, position: 0, frame: full }] };
  const [c] = planChecks(claim, [TGA], ctx).map((p) => evaluateCheck(p, new Map([['DTS_CLOSE', tga]])));
  return c!;
}

describe('mood in the checks (issue 18)', () => {
  it('a target the record happens to match is INCONCLUSIVE, with the words that make it a target', () => {
    const c = check('TGA的目標水位為8,500億美元', '8,500億美元', 850e9, { mood: 'TARGET', moodEvidence: '目標', window: { start: '2025-10-01', end: '2025-10-01' }, timeSource: 'DOCUMENT_DATE' });
    expect(c.verdict).toBe('INCONCLUSIVE');
    expect(c.reason).toMatch(/target.*目標.*neither confirm nor contradict/);
    expect(c.series?.id).toBe('DTS_CLOSE'); // the record is still shown beside it
  });

  it('an estimate and a condition are INCONCLUSIVE whatever the record says', () => {
    expect(check('TGA could be drawn to $700 billion', '$700 billion', 700e9, { mood: 'ESTIMATE', moodEvidence: 'can', window: { start: '2025-10-10', end: '2025-10-10' }, timeSource: 'TEXT' }).verdict).toBe('INCONCLUSIVE');
    const c = check('assuming a cash balance of $868 billion on 10 October', '$868 billion', 868e9, { mood: 'CONDITION', moodEvidence: 'assuming', window: { start: '2025-10-10', end: '2025-10-10' }, timeSource: 'TEXT' });
    expect(c.verdict).toBe('INCONCLUSIVE');
    expect(c.reason).toMatch(/supposition.*assuming/);
  });

  it('a forecast with no date of its own is not held at the document\'s date', () => {
    const c = check('TGA預料將達到8500億美元', '8500億美元', 850e9, { mood: 'FORECAST', moodEvidence: '預料', window: { start: '2025-10-01', end: '2025-10-01' }, timeSource: 'DOCUMENT_DATE' });
    expect(c.verdict).toBe('INCONCLUSIVE');
    expect(c.reason).toMatch(/forecast.*預料.*no date/);
  });

  it('a forecast of a date the record now covers is not judged by it (judging pass 7): INCONCLUSIVE, saying whether it came true', () => {
    const at = { window: { start: '2025-10-11', end: '2025-10-11' }, timeSource: 'TEXT' as const, timeText: '2025年10月11日' };
    const came = check('TGA預料2025年10月11日將達到8700億美元', '8700億美元', 870e9, { mood: 'FORECAST', moodEvidence: '預料', ...at });
    expect(came.verdict).toBe('INCONCLUSIVE');
    expect(came.reason).toMatch(/forecast.*came true/);
    const not = check('TGA預料2025年10月11日將達到1萬億美元', '1萬億美元', 1e12, { mood: 'FORECAST', moodEvidence: '預料', ...at });
    expect(not.verdict).toBe('INCONCLUSIVE');
    expect(not.reason).not.toMatch(/it came true/);
    // The same figure stated as what happened is INCONSISTENT.
    const stated = check('TGA 2025年10月11日達到1萬億美元', '1萬億美元', 1e12, at);
    expect([stated.verdict, stated.reason]).toEqual(['INCONSISTENT', null]);
  });
});
