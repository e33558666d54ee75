import { describe, expect, it } from 'vitest';
import { reportsLine, type Figure } from '../../src/matching/figure.ts';
import { relateAll } from '../../src/matching/relate-figures.ts';
import { debtAround37Trillion, relationBetween } from '../support/debt-crossing.ts';

// Issue 19, recall pass of the ninth session (docs/matching.md, "Recall pass (ninth session)"): a level reached written
// as a round line ("the debt hit $37 trillion") reports the crossing of that line.
let n = 0;
function debt(surface: string, value: number, window: string, extra: Partial<Figure> = {}): Figure {
  const [start, end] = window.split('..') as [string, string | undefined];
  n += 1;
  return {
    quantityId: `q${n}`, claimId: `c${n}`, documentId: `d${n}`, factorId: 'f-us-federal-debt', mode: 'REACHED', direction: 'INCREASE', period: null,
    timeSource: 'TEXT', window: { start, end: end ?? start }, value, upper: null, unit: 'USD', qualifier: null, surface, ...extra,
  };
}
const NO_DATE = { window: { start: '0000-01-01', end: '0000-01-01' }, timeless: true, timeSource: 'DOCUMENT_DATE' as const };
const record = debtAround37Trillion();

describe('a level reached at a round line reports its crossing (issue 19, ninth session)', () => {
  it('issue 19: "the debt hit $37 trillion in mid-August" (a page with no date) was never the same event as "passed $37 trillion" of 13 August 2025', () => {
    const hit = debt('$37 trillion', 37e12, '', NO_DATE);
    const passed = debt('37 兆美元', 37e12, '2025-08-13', { mode: 'CROSSED' });
    const reached = debt('37万亿美元', 37e12, '2025-08-01..2025-08-31');
    const rs = relateAll([hit, passed, reached], undefined, record);
    expect(relationBetween(rs, hit, passed)?.kind).toBe('SAME_FIGURE');
    expect(relationBetween(rs, hit, reached)?.kind).toBe('SAME_FIGURE');
    expect(relationBetween(rs, hit, passed)?.why).toContain('the record of the measure crosses it once');
    // Only where the record places the crossing once.
    expect(relateAll([hit, passed], undefined, undefined)).toEqual([]);
  });

  it('not a precise level, a qualified one, one dated only by its page, a level read as such, nor an aim', () => {
    expect(reportsLine(debt('$37 trillion', 37e12, '2025-08-13'))).toBe(true);
    expect(reportsLine(debt('38萬億美元', 38e12, '2025-10-21'))).toBe(true);
    expect(reportsLine(debt('$37.4 billion', 37.4e9, '2023-05-30', { direction: 'DECREASE' }))).toBe(false);
    expect(reportsLine(debt('$37 trillion', 37e12, '2025-08-13', { qualifier: 'ABOUT' }))).toBe(false);
    expect(reportsLine(debt('$38 trillion', 38e12, '2025-12-22', { timeSource: 'DOCUMENT_DATE' }))).toBe(false);
    expect(reportsLine(debt('$37 trillion', 37e12, '2025-08-13', { mode: 'LEVEL', direction: null }))).toBe(false);
    expect(reportsLine(debt('$37 trillion', 37e12, '2025-08-13', { direction: null }))).toBe(false);
    const hit = debt('$37 trillion', 37e12, '', NO_DATE);
    expect(relateAll([hit, debt('37 兆美元', 37e12, '2025-08-13', { stance: 'AIM' })], undefined, record)).toEqual([]);
    expect(relateAll([hit, debt('$37.6 trillion', 37.6e12, '2025-08-13')], undefined, record)).toEqual([]);
    // Never an update or a contradiction: the record places the event, not the page's day.
    const rs = relateAll([hit, debt('37 兆美元', 37e12, '2025-08-13', { mode: 'CROSSED' })], undefined, record);
    expect(rs.map((r) => r.kind)).toEqual(['SAME_FIGURE']);
  });
});
