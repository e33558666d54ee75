/**
 * Verdicts (issue 18, second judging pass): regression tests named after the defects found by classifying every dev
 * miss before fixing, precision first (a true claim must not be called INCONSISTENT). Pure: hand-made frames and
 * observations, sentences written for the test in the press's manner.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { borrowedTime, startTimeAsWindow } from '../../src/checks/firm-reading.ts';
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
function claim(quote: string, quantities: Q[], documentDate = '2025-12-30'): ClaimInput {
  return {
    id: 'c', quote, sentence: quote, kind: 'LEVEL', time: null, documentDate, factorIds: [], factorNames: {},
    quantities: quantities.map((q, i) => ({ surface: q.surface, value: q.value, upper: null, unit: 'USD', qualifier: q.qualifier ?? null, position: i, frame: q.frame ?? null })),
  };
}
const weekly = (from: string, values: number[]): Observation[] => values.map((value, i) => ({ date: addDays(from, 7 * i), periodEnd: addDays(from, 7 * i), value }));
const daily = (from: string, values: number[]): Observation[] => values.map((value, i) => ({ date: addDays(from, i), periodEnd: addDays(from, i), value }));
const run = (c: ClaimInput, measures: Measure[], obs: Record<string, Observation[]>) => planChecks(c, measures, ctx).map((p) => evaluateCheck(p, new Map(Object.entries(obs))));
const stated = (factorId: string, mode: QuantityFrame['mode'], start: string, end: string, timeText: string, over: Partial<QuantityFrame> = {}) =>
  frame({ factorId, mode, window: { start, end }, timeText, timeSource: 'TEXT', ...over });

describe('judging pass 2 (issue 18)', () => {
  it('the series a figure came from is the nearest of those that hold it: "about $2.89 trillion … the lowest since October 2020" is tested on the Wednesday level', () => {
    const avg = measure('f-res', 'AVG', 'WEEK_AVERAGE', 1);
    const wed = measure('f-res', 'WED', 'WEDNESDAY_LEVEL', 2);
    // The week average is 3.10 tn (within "about"), the Wednesday level 2.89 tn; both had been lower only before Oct 2020.
    const history = (last: number) => [...weekly('2020-09-02', [2_800_000]), ...weekly('2020-11-04', Array.from({ length: 217 }, () => 3_300_000)), { date: '2025-01-01', periodEnd: '2025-01-01', value: last }];
    const quote = 'Bank reserves have fallen to approximately $2.89 trillion as of the week ending January 1, the lowest level since October 2020';
    const c = claim(quote, [{ surface: '$2.89 trillion', value: 2.89e12, qualifier: 'ABOUT', frame: stated('f-res', 'LEVEL', '2025-01-01', '2025-01-01', 'the week ending January 1', { extremum: { kind: 'LOWEST', since: { start: '2020-10-01', end: '2020-10-31' }, sinceText: 'October 2020' } }) }], '2025-01-03');
    const [k] = run(c, [avg, wed], { AVG: history(3_096_000), WED: history(2_892_000) });
    expect(k!.series?.id).toBe('WED');
    expect(k!.verdict).toBe('CONSISTENT');
  });

  it('a time in the possessive is another figure\'s: "drop to $10.55 billion from Friday\'s $20.34 billion" is not dated Friday', () => {
    const quote = "the reverse repo facility saw usage drop to $10.55 billion from Friday's $20.34 billion";
    const q = { surface: '$10.55 billion', value: 10.55e9, unit: 'USD', qualifier: null, position: 0, upper: null };
    const base = { surface: '$20.34 billion', value: 20.34e9, unit: 'USD', qualifier: null, position: 1, upper: null };
    expect(borrowedTime(quote, q, 'Friday', [q, base])).toMatch(/another figure/);
    const rrp = measure('f-rrp', 'RRP', 'DAILY');
    const c = claim(quote, [
      { surface: '$10.55 billion', value: 10.55e9, frame: stated('f-rrp', 'REACHED', '2025-12-26', '2025-12-26', 'Friday', { direction: 'DECREASE' }) },
      { surface: '$20.34 billion', value: 20.34e9, frame: stated('f-rrp', 'LEVEL', '2025-12-26', '2025-12-26', 'Friday') },
    ]);
    const [k] = run(c, [rrp], { RRP: daily('2025-12-20', [25_000, 24_000, 23_000, 22_000, 21_000, 21_000, 20_340, 20_340, 20_340, 10_551]) });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.reason).toMatch(/Friday/);
  });

  it('a stock recorded at quarter ends cannot date a crossing inside the quarter: "the debt topped $38 trillion" on 23 October is INCONCLUSIVE, not INCONSISTENT', () => {
    const debt = measure('f-debt', 'DEBT', 'END_OF_PERIOD');
    const obs = [
      { date: '2025-07-01', periodEnd: '2025-09-30', value: 37_637_552 },
      { date: '2025-10-01', periodEnd: '2025-12-31', value: 38_514_009 },
    ];
    const c = claim('The national debt has topped $38 trillion for the first time', [{ surface: '$38 trillion', value: 38e12, frame: stated('f-debt', 'CROSSED', '2025-10-22', '2025-10-23', 'this week', { direction: 'INCREASE' }) }], '2025-10-23');
    const [k] = run(c, [debt], { DEBT: obs });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.reason).toMatch(/period ends/);
    // A line beyond both quarter ends still fails.
    const far = claim('The national debt has topped $45 trillion', [{ surface: '$45 trillion', value: 45e12, frame: stated('f-debt', 'CROSSED', '2025-10-22', '2025-10-23', 'this week', { direction: 'INCREASE' }) }], '2025-10-23');
    const farCheck = run(far, [debt], { DEBT: obs })[0]!;
    expect(farCheck.verdict).toBe('INCONSISTENT');
  });

  it('a month\'s change on a weekly series is also counted as its releases report it: "decreased by $15 billion in September" (3 Sep to 1 Oct) holds', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    // 27 Aug 6,603,000; 3 Sep 6,602,071; … 24 Sep 6,608,000; 1 Oct 6,587,119: over the calendar month +5 bn, by releases −15 bn.
    const obs = weekly('2025-08-27', [6_603_000, 6_602_071, 6_605_000, 6_606_000, 6_608_000, 6_587_119]);
    const quote = "The Federal Reserve's balance sheet decreased by $15 billion in September";
    const c = claim(quote, [{ surface: '$15 billion', value: 15e9, frame: stated('f-bs', 'CHANGE', '2025-09-01', '2025-09-30', 'in September', { direction: 'DECREASE' }) }], '2025-10-03');
    const [k] = run(c, [walcl], { WALCL: obs });
    expect(k!.verdict).toBe('CONSISTENT');
    expect(k!.reason).toMatch(/first of the next month/);
  });

  it('a change read over the time it started ("a 26.5% reduction since its peak in April 2022") is never INCONSISTENT', () => {
    expect(startTimeAsWindow('marking a 26.5% reduction since its peak in April 2022', 'April 2022', 'CHANGE')).toMatch(/started/);
    expect(startTimeAsWindow('reserves fell 5% in April 2022', 'April 2022', 'CHANGE')).toBeNull();
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const quote = "The Fed's balance sheet stood at $6.59 trillion, marking a 26.5% reduction since its peak in April 2022";
    const c = claim(quote, [{ surface: '26.5%', value: 26.5, frame: stated('f-bs', 'CHANGE', '2022-04-01', '2022-04-30', 'April 2022', { direction: 'DECREASE' }) }], '2025-10-03');
    c.quantities[0]!.unit = '%';
    const [k] = run(c, [walcl], { WALCL: weekly('2022-03-02', Array.from({ length: 12 }, () => 8_950_000)) });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.reason).toMatch(/where the change started/);
  });

  it('the end of "from X to Y" dated by a time written before the "from" is not firm ("在2020年启动QE,规模从约4万亿美元扩张至近9万亿美元")', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const quote = '美联储在2020年启动无限QE,资产负债表规模从约4万亿美元迅速扩张至近9万亿美元';
    const c = claim(quote, [
      { surface: '4万亿美元', value: 4e12, qualifier: 'ABOUT', frame: stated('f-bs', 'LEVEL', '2020-01-01', '2020-12-31', '2020年') },
      { surface: '9万亿美元', value: 9e12, qualifier: 'NEARLY', frame: stated('f-bs', 'REACHED', '2020-01-01', '2020-12-31', '2020年', { direction: 'INCREASE' }) },
    ]);
    const checks = run(c, [walcl], { WALCL: weekly('2019-12-04', Array.from({ length: 60 }, (_, i) => 4_100_000 + 55_000 * Math.min(i, 60))) });
    const end = checks.find((k) => k.quantity?.surface === '9万亿美元')!;
    expect(end.verdict).toBe('INCONCLUSIVE');
    expect(end.reason).toMatch(/where the move started/);
  });
});

describe('judging pass 3 (issue 18): precision and catches beyond the number', () => {
  it('a currency not written in the sentence is inferred, not firm: "TGA掉到500亿" (the document\'s dollars) is INCONCLUSIVE, never INCONSISTENT', () => {
    const tga = measure('f-tga', 'DTS', 'DAILY');
    const obs = { DTS: daily('2023-06-25', Array.from({ length: 45 }, () => 530_000)) };
    const bare = claim('再看2023年7月债务上限危机时,TGA掉到500亿', [{ surface: '500亿', value: 5e10, frame: stated('f-tga', 'LEVEL', '2023-07-01', '2023-07-31', '2023年7月') }], '2025-11-11');
    const [k] = run(bare, [tga], obs);
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.reason).toMatch(/currency is not written/);
    // The same figure with its currency written is firm, and the record refutes it.
    const written = claim('再看2023年7月债务上限危机时,TGA掉到500亿美元', [{ surface: '500亿美元', value: 5e10, frame: stated('f-tga', 'LEVEL', '2023-07-01', '2023-07-31', '2023年7月') }], '2025-11-11');
    expect(run(written, [tga], obs)[0]!.verdict).toBe('INCONSISTENT');
    // A currency written elsewhere in the sentence ("从8000亿美元掉到500亿") is the figure's too: firm.
    const beside = claim('TGA从8000亿美元掉到500亿', [{ surface: '500亿', value: 5e10, frame: stated('f-tga', 'LEVEL', '2023-07-01', '2023-07-31', '2023年7月') }], '2025-11-11');
    expect(run(beside, [tga], obs)[0]!.reason ?? '').not.toMatch(/currency is not written/);
  });
});
