/**
 * Qualifiers a fact-checker reads around a figure (issue 18, the judging): written after it (左右, 以上, "or so"), the
 * short forms (超), at least / at most, and "more than" said of a change or a flow. Pure; sentences written for this
 * test in the press's manner.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks, qualifierReading } from '../../src/checks/plan-check.ts';
import type { QuantityFrame } from '../../src/quantities/frame.ts';

const ctx: CheckContext = { windows: [], unmeasured: new Map() };
const TGA: Measure = { factorId: 'f-tga', how: 'DAILY', rank: 1, note: null, series: { id: 'DTS', title: 'DTS', unit: 'USD', scale: 1e6, frequency: 'DAILY', observationKind: 'DAILY', publisher: 't', url: 'https://example.test', firstDate: '2020-01-01', lastDate: '2026-06-30', sourceId: 's' } };
const q = (surface: string, qualifier: string | null = null) => ({ surface, value: 1, upper: null, unit: 'USD', qualifier });

function frame(over: Partial<QuantityFrame>): QuantityFrame {
  return { factorId: 'f-tga', factorEvidence: null, mode: 'CHANGE', mood: 'STATED', moodEvidence: null, direction: 'INCREASE', period: null, window: { start: '2025-10-10', end: '2025-10-30' }, timeText: '20 天内', timeSource: 'TEXT', spanDays: null, base: null, extremum: null, ...over };
}
function claim(quote: string, surface: string, value: number, f: QuantityFrame): ClaimInput {
  return { id: 'c', quote, sentence: quote, kind: 'CHANGE', time: null, documentDate: '2025-11-14', factorIds: [], factorNames: {}, quantities: [{ surface, value, upper: null, unit: 'USD', qualifier: null, position: 0, frame: f }] };
}
/** TGA closes (millions): 800 bn on 2025-10-09, rising 10 bn a day to 1,010 bn on 2025-10-30. */
const tga: Observation[] = Array.from({ length: 40 }, (_, i) => ({ date: addDays('2025-10-01', i), periodEnd: addDays('2025-10-01', i), value: i <= 8 ? 800_000 : i <= 29 ? 800_000 + 10_000 * (i - 8) : 1_010_000 }));
const run = (c: ClaimInput) => planChecks(c, [TGA], ctx).map((p) => evaluateCheck(p, new Map([['DTS', tga]])));

describe('issue 18: qualifiers around a figure are not read', () => {
  it('reads qualifiers written after the figure (左右, 以上, 以下, "or so") and the short and bounded forms before it', () => {
    expect(qualifierReading(q('9800億美元'), 'TGA餘額在9800億美元左右')).toBe('ABOUT');
    expect(qualifierReading(q('3萬億美元'), '準備金維持在3萬億美元以上')).toBe('AT_LEAST');
    expect(qualifierReading(q('5000亿美元'), 'RRP降至5000亿美元以下')).toBe('AT_MOST');
    expect(qualifierReading(q('$2 trillion'), 'reserves of $2 trillion or so')).toBe('ABOUT');
    expect(qualifierReading(q('2000 亿美元'), '20 天内抽离流动性超 2000 亿美元')).toBe('ABOVE');
    expect(qualifierReading(q('2000亿美元'), '不超过2000亿美元')).toBe('AT_MOST');
    expect(qualifierReading(q('$850 billion'), 'a balance of at least $850 billion')).toBe('AT_LEAST');
    // A recorded qualifier wins; a plain figure stays plain.
    expect(qualifierReading(q('9800億美元', 'ABOUT'), '9800億美元以上')).toBe('ABOUT');
    expect(qualifierReading(q('9800億美元'), 'TGA升至9800億美元')).toBe('REACHED');
  });

  it('"more than X" said of a change holds when the move over the window reaches X, and fails only when no move does', () => {
    // +210 bn over the 20 days: "超 1900 亿美元" holds, though 210 is 10% beyond the figure's rounding (±2.6%).
    const [over] = run(claim('20 天内TGA增加超 1900 亿美元', '1900 亿美元', 190e9, frame({})));
    expect(over!.verdict).toBe('CONSISTENT');
    const [plain] = run(claim('20 天内TGA增加了 1900 亿美元', '1900 亿美元', 190e9, frame({})));
    expect(plain!.verdict).not.toBe('CONSISTENT');
    const [far] = run(claim('20 天内TGA增加超 3000 亿美元', '3000 亿美元', 300e9, frame({})));
    expect(far!.verdict).toBe('INCONSISTENT');
  });
});
