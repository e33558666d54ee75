/**
 * Regression test (issue 18, time attribution): an undated or "now" level, governed by the document's date, was held
 * against an observation published after the document (the day's own Daily Treasury Statement comes out the next
 * business day, an H.4.1 week the next day). It is held against the latest observation published by then.
 */
import { describe, expect, it } from 'vitest';
import { publishedBy } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks } from '../../src/checks/plan-check.ts';

const ctx: CheckContext = { windows: [], unmeasured: new Map() };
const DTS: Measure = { factorId: 'f-tga', how: 'DAILY', rank: 1, note: null, series: { id: 'DTS_CLOSE', title: 'DTS', unit: 'USD', scale: 1e6, frequency: 'DAILY', observationKind: 'DAILY', publisher: 'test', url: 'https://example.test', firstDate: '2019-01-01', lastDate: '2026-06-30', sourceId: 's' } };
const obs = (rows: [string, number][]): Observation[] => rows.map(([d, v]) => ({ date: d, periodEnd: d, value: v }));

describe('an undated level held at an observation published after the document', () => {
  it('the Daily Treasury Statement of the document date itself is not yet published: the day before is the latest', () => {
    // Friday 7 November 2025: the statement for the 7th is published on Monday the 10th.
    const claim: ClaimInput = {
      id: 'c', quote: 'The TGA now holds $954 billion.', kind: 'LEVEL', time: null, documentDate: '2025-11-07', factorIds: ['f-tga'], factorNames: {},
      quantities: [{ surface: '$954 billion', value: 9.54e11, upper: null, unit: 'USD', qualifier: null, position: 0, frame: { factorId: 'f-tga', factorEvidence: 'TGA', mode: 'LEVEL', mood: 'STATED', moodEvidence: null, direction: null, period: null, window: { start: '2025-11-07', end: '2025-11-07' }, timeText: 'now', timeSource: 'DOCUMENT_DATE', spanDays: null, base: null, extremum: null } }],
    };
    const record = obs([['2025-11-05', 960_000], ['2025-11-06', 953_600], ['2025-11-07', 900_000], ['2025-11-10', 890_000]]);
    const [check] = planChecks(claim, [DTS], ctx).map((p) => evaluateCheck(p, new Map([['DTS_CLOSE', record]])));
    expect(check!.observation?.periodEnd).toBe('2025-11-06');
    expect(check!.verdict).toBe('CONSISTENT');
    // A figure only the unpublished statement bears out is not borne out by what was known.
    const later: ClaimInput = { ...claim, quote: 'The TGA now holds $900 billion.', quantities: [{ ...claim.quantities[0]!, surface: '$900 billion', value: 9e11 }] };
    const [other] = planChecks(later, [DTS], ctx).map((p) => evaluateCheck(p, new Map([['DTS_CLOSE', record]])));
    expect(other!.observation?.periodEnd).not.toBe('2025-11-07');
    expect(other!.verdict).not.toBe('CONSISTENT');
  });

  it('publication lags: H.4.1 weeks the next day, daily series the next business day, quarter-end stocks not counted', () => {
    expect(publishedBy('WEDNESDAY_LEVEL', '2025-12-17', '2025-12-18')).toBe(true);
    expect(publishedBy('WEEK_AVERAGE', '2025-12-17', '2025-12-17')).toBe(false);
    expect(publishedBy('DAILY', '2025-03-28', '2025-03-30')).toBe(false); // Friday's statement comes out on Monday
    expect(publishedBy('DAILY', '2025-03-27', '2025-03-30')).toBe(true);
    expect(publishedBy('DAILY', '2025-10-10', '2025-10-13')).toBe(false); // Columbus Day: out on the 14th
    expect(publishedBy('END_OF_PERIOD', '2025-09-30', '2025-09-30')).toBe(true);
  });

  it('a release date ("data released Thursday") dated the week average of the week after it: the figures are those published by then', () => {
    const RES: Measure = { factorId: 'f-res', how: 'WEEK_AVERAGE', rank: 1, note: null, series: { id: 'WRESBAL', title: 'WRESBAL', unit: 'USD', scale: 1e6, frequency: 'WEEKLY', observationKind: 'WEEK_AVERAGE', publisher: 'test', url: 'https://example.test', firstDate: '2019-01-01', lastDate: '2026-06-30', sourceId: 's' } };
    const quote = 'Bank reserves fell to $2.85 trillion, according to Fed data released Thursday.';
    const claim: ClaimInput = {
      id: 'c', quote, kind: 'LEVEL', time: null, documentDate: '2025-10-31', factorIds: ['f-res'], factorNames: {},
      quantities: [{ surface: '$2.85 trillion', value: 2.85e12, upper: null, unit: 'USD', qualifier: null, position: 0, frame: { factorId: 'f-res', factorEvidence: 'Bank reserves', mode: 'LEVEL', mood: 'STATED', moodEvidence: null, direction: null, period: null, window: { start: '2025-10-30', end: '2025-10-30' }, timeText: 'Thursday', timeSource: 'TEXT', spanDays: null, base: null, extremum: null } }],
    };
    const record = obs([['2025-10-22', 2_930_000], ['2025-10-29', 2_850_000], ['2025-11-05', 2_900_000]]);
    const [check] = planChecks(claim, [RES], ctx).map((p) => evaluateCheck(p, new Map([['WRESBAL', record]])));
    expect(check!.observation?.periodEnd).toBe('2025-10-29');
    expect(check!.verdict).toBe('CONSISTENT');
  });
  it('ON RRP take-up is published the day it is dated: "dropped below $300 billion" on 6 August 2024 is that day\'s 291.96 bn, not only the 5th\'s 316 bn', () => {
    expect(publishedBy('DAILY', '2024-08-06', '2024-08-06', 'FRED:RRPONTSYD')).toBe(true);
    expect(publishedBy('DAILY', '2024-08-06', '2024-08-06', 'TREASURY:DTS_TGA_CLOSE')).toBe(false);
    const RRP: Measure = { factorId: 'f-rrp', how: 'DAILY', rank: 1, note: null, series: { id: 'FRED:RRPONTSYD', title: 'RRP', unit: 'USD', scale: 1e9, frequency: 'DAILY', observationKind: 'DAILY', publisher: 'test', url: 'https://example.test', firstDate: '2019-01-01', lastDate: '2026-06-30', sourceId: 's' } };
    const claim: ClaimInput = {
      id: 'c', quote: 'The amount of money parked at the reverse repo facility dropped below $300 billion.', kind: 'LEVEL', time: null, documentDate: '2024-08-06', factorIds: ['f-rrp'], factorNames: {},
      quantities: [{ surface: '$300 billion', value: 3e11, upper: null, unit: 'USD', qualifier: 'BELOW', position: 0, frame: { factorId: 'f-rrp', factorEvidence: 'reverse repo', mode: 'CROSSED', mood: 'STATED', moodEvidence: null, direction: 'DECREASE', period: null, window: { start: '2024-08-06', end: '2024-08-06' }, timeText: null, timeSource: 'DOCUMENT_DATE', spanDays: null, base: null, extremum: null } }],
    };
    const record = obs([['2024-07-31', 413.2], ['2024-08-01', 330], ['2024-08-02', 320], ['2024-08-05', 316.246], ['2024-08-06', 291.958]]);
    const [check] = planChecks(claim, [RRP], ctx).map((p) => evaluateCheck(p, new Map([['FRED:RRPONTSYD', record]])));
    expect(check!.verdict).toBe('CONSISTENT');
  });
});

