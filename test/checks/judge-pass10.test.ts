/**
 * Verdicts (issue 18, judging pass 10): regression tests of the rules added in the pass, each failing with its rule
 * switched off (src/checks/judging-rules.ts). Pure: hand-made frames and observations, sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { otherYears, planChecks } from '../../src/checks/plan-check.ts';
import { claim, ctx, frame, measure, run, weekly } from '../support/check-fixtures.ts';

const avg = measure('f-res', 'WRESBAL', 'WEEK_AVERAGE');

describe('judging pass 10 (issue 18)', () => {
  it('a bare month whose year is guessed was INCONCLUSIVE though it fails in every year the page allows: "$2.2 trillion in November" (August 2025 page; every November since 2020 was above 3 tn)', () => {
    // Week by week from January 2020 to August 2025: 3.2 tn throughout, or (dip) 2.2 tn through November 2021.
    const weeks = 5 * 52 + 34;
    const at = (dip: boolean) =>
      weekly('2020-01-01', Array.from({ length: weeks }, (_, i) => {
        const day = new Date(Date.UTC(2020, 0, 1 + 7 * i)).toISOString().slice(0, 10);
        return dip && day >= '2021-11-01' && day <= '2021-11-30' ? 2_200_000 : 3_200_000;
      }));
    const c = claim('Bank reserves fell to $2.2 trillion in November.', [{ surface: '$2.2 trillion', value: 2.2e12, frame: frame({ factorId: 'f-res', mode: 'LEVEL', window: { start: '2024-11-01', end: '2024-11-30' }, timeText: 'November', timeSource: 'TEXT' }) }], '2025-08-13');
    const [k] = run(c, [avg], { WRESBAL: at(false) });
    expect(k!.verdict).toBe('INCONSISTENT');
    expect(k!.explanation).toMatch(/fails in every year the page allows \(2020, 2021, 2022, 2023, 2024\)/);
    // One November (2021) held it: which year the claim meant is then a guess, and the check stays undecided.
    const [held] = run(c, [avg], { WRESBAL: at(true) });
    expect(held!.verdict).toBe('INCONCLUSIVE');
    expect(held!.explanation).toMatch(/Its year is not written/);
  });

  it('the years a bare month may be of: the document\'s year and five before, ended by the document\'s date; a month\'s last day stays its last', () => {
    const w = { from: '2024-02-01', to: '2024-02-29', label: 'February', basis: 'the claim\'s time' };
    expect(otherYears(w, '2025-08-13').map((x) => `${x.from}..${x.to}`)).toEqual(['2025-02-01..2025-02-28', '2023-02-01..2023-02-28', '2022-02-01..2022-02-28', '2021-02-01..2021-02-28', '2020-02-01..2020-02-29']);
    // November 2025 has not ended by an August 2025 page: not a year a stated past may be of.
    expect(otherYears({ ...w, from: '2024-11-01', to: '2024-11-30' }, '2025-08-13').map((x) => x.from.slice(0, 4))).toEqual(['2023', '2022', '2021', '2020']);
  });

  it('each reason a reading is not firm comes with its kind, which the rules test (not the words): the year guessed, the document\'s date as a fallback', () => {
    const at = (f: Parameters<typeof frame>[0]) => {
      const [p] = planChecks(claim('Bank reserves fell to $2.2 trillion in November.', [{ surface: '$2.2 trillion', value: 2.2e12, frame: frame({ factorId: 'f-res', mode: 'LEVEL', ...f }) }], '2025-08-13'), [avg], ctx);
      return p!.checkable ? { kinds: p!.unfirmKinds, count: p!.unfirm.length } : null;
    };
    expect(at({ window: { start: '2024-11-01', end: '2024-11-30' }, timeText: 'November', timeSource: 'TEXT' })).toEqual({ kinds: ['NO_YEAR'], count: 1 });
    expect(at({ window: { start: '2025-08-13', end: '2025-08-13' }, timeSource: 'DOCUMENT_DATE' })).toEqual({ kinds: ['DOCUMENT_DATE'], count: 1 });
  });
});
