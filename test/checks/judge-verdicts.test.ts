/**
 * Verdicts (issue 18, second judging pass): regression tests named after the defects found by classifying every dev
 * miss before fixing, precision first (a true claim must not be called INCONSISTENT). Pure: hand-made frames and
 * observations, sentences written for the test in the press's manner.
 */
import { describe, expect, it } from 'vitest';
import { claim, ctx, daily, frame, measure, run, weekly } from '../support/check-fixtures.ts';
import type { ClaimInput } from '../../src/checks/check-types.ts';
import { datedSince } from '../../src/checks/check-assertions.ts';
import { roundingOf, toleranceOf } from '../../src/checks/check-rules.ts';
import { eventSince, fromPeakOf, presentOpening, ratioMoveOf, recordMoveOf, weekMoveOf } from '../../src/checks/sentence-words.ts';
import { attributivePresent, borrowedTime, presentWord, startTimeAsWindow, unclearMode } from '../../src/checks/firm-reading.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import type { QuantityFrame } from '../../src/quantities/frame.ts';

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

  it('a change with no direction ("全月累计虹吸规模达 7000 亿美元") is INCONSISTENT when no move either way comes near it, and stays INCONCLUSIVE when a fall does', () => {
    const tga = measure('f-tga', 'DTS', 'DAILY');
    const quote = '全月累计虹吸规模达 7000 亿美元';
    expect(unclearMode(quote, { surface: '7000 亿美元', value: 7e11, unit: 'USD', qualifier: null, upper: null }, 'CHANGE')).toBeNull();
    const c = claim(quote, [{ surface: '7000 亿美元', value: 7e11, frame: stated('f-tga', 'CHANGE', '2025-10-01', '2025-10-31', '全月') }], '2025-11-14');
    // October: 820 bn rising to 1,000 bn and back to 926 bn — moves of at most 180 bn either way.
    const oct = daily('2025-09-30', [890_000, 820_000, ...Array.from({ length: 29 }, (_, i) => 820_000 + 6_000 * i), 926_000]);
    const [k] = run(c, [tga], { DTS: oct });
    expect(k!.verdict).toBe('INCONSISTENT');
    expect(k!.reason).toMatch(/no move either way/);
    // A fall of 700 bn within the month: the size holds one way, and the sentence does not say which.
    const fall = daily('2025-09-30', [1_500_000, ...Array.from({ length: 31 }, (_, i) => 1_500_000 - 23_000 * i)]);
    const [f] = run(c, [tga], { DTS: fall });
    expect(f!.verdict).not.toBe('INCONSISTENT');
  });

  it('"the lowest since 2021" points back to 2021: MISLEADING when the series was never near the figure then (every 2021 week above 3 tn against 2.8 tn)', () => {
    const wed = measure('f-res', 'WED', 'WEDNESDAY_LEVEL');
    const history = (y2021: number) => [...weekly('2020-12-02', Array.from({ length: 57 }, () => y2021)), ...weekly('2021-12-29', Array.from({ length: 200 }, () => 3_200_000)), { date: '2025-10-29', periodEnd: '2025-10-29', value: 2_828_000 }];
    const quote = 'Fresh Fed data shows reserves have plunged to about $2.8 trillion - the lowest since 2021.';
    const c = claim(quote, [{ surface: '$2.8 trillion', value: 2.8e12, qualifier: 'ABOUT', frame: stated('f-res', 'LEVEL', '2025-10-29', '2025-10-29', 'Oct. 29', { extremum: { kind: 'LOWEST', since: { start: '2021-01-01', end: '2021-12-31' }, sinceText: 'since 2021' } }) }], '2025-10-31');
    const [k] = run(c, [wed], { WED: history(3_100_000) });
    expect(k!.verdict).toBe('MISLEADING');
    expect(k!.parts.find((p) => p.kind === 'EXTREMUM')?.text).toMatch(/last this low then, but it never was/);
    // Lower in 2021 than now (or within 5%): "since 2021" holds.
    expect(run(c, [wed], { WED: history(2_900_000) })[0]!.verdict).toBe('CONSISTENT');
    // An event ("since the 2019 crisis") or a span back from now ("a 4-year low") does not point back to a date.
    expect(datedSince('since 2021')).toBe(true);
    expect(datedSince('自2020年6月以来')).toBe(true);
    expect(datedSince('since early 2021')).toBe(true);
    expect(datedSince('自2019年危机以来')).toBe(false);
    expect(datedSince('4-year low')).toBe(false);
    expect(datedSince('4 年來最低')).toBe(false);
    expect(datedSince('逾 4 年來最低水準')).toBe(false);
  });

  it('a week\'s move said of a level ("本周准备金余额达3.3328万亿美元,较上周回升") is tested on the series\' own step: MISLEADING when it moved the other way', () => {
    const wed = measure('f-res', 'WED', 'WEDNESDAY_LEVEL');
    const quote = '本周准备金余额达3.3328万亿美元,较上周回升。';
    const c = claim(quote, [{ surface: '3.3328万亿美元', value: 3.3328e12, frame: stated('f-res', 'LEVEL', '2025-08-11', '2025-08-14', '本周') }], '2025-08-14');
    const [k] = run(c, [wed], { WED: weekly('2025-07-30', [3_340_000, 3_330_372, 3_328_346]) });
    expect(k!.verdict).toBe('MISLEADING');
    expect(k!.parts.find((p) => p.kind === 'DIRECTION')?.text).toMatch(/较上周回升.*did not/);
    expect(run(c, [wed], { WED: weekly('2025-07-30', [3_340_000, 3_310_000, 3_328_346]) })[0]!.verdict).toBe('CONSISTENT');
    // Said of another measure named between them: not this figure's week.
    expect(weekMoveOf({ quote: '准备金余额3.3328万亿美元,财政部一般账户较上周回升', sentence: null }, '3.3328万亿美元')).toBeNull();
    // English, on a daily series: the value seven days before.
    const tga = measure('f-tga', 'DTS', 'DAILY');
    const en = claim('The TGA stood at $850 billion on Friday, down from the previous week.', [{ surface: '$850 billion', value: 8.5e11, frame: stated('f-tga', 'LEVEL', '2025-08-15', '2025-08-15', 'on Friday') }], '2025-08-16');
    expect(run(en, [tga], { DTS: daily('2025-08-01', [...Array.from({ length: 14 }, (_, i) => 800_000 + 3_000 * i), 850_000]) })[0]!.verdict).toBe('MISLEADING');
  });

  it('a figure said to be a peak is the series\' extreme in its window and the quarter around it: "peaked at $8.9 trillion in June 2022" fails on an April 2022 high', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    // 2022: March 8.90, April 8.965 (the peak), June 8.91–8.93, then falling.
    const obs = weekly('2022-03-02', [8_900_000, 8_910_000, 8_930_000, 8_940_000, 8_950_000, 8_965_487, 8_950_000, 8_940_000, 8_930_000, 8_920_000, 8_915_050, 8_913_553, 8_920_000, 8_934_346, 8_913_000, 8_900_000, 8_890_000, 8_880_000]);
    const peaked = (surface: string, value: number, timeText: string, start: string, end: string) =>
      claim(`The Fed's balance sheet peaked at ${surface} in ${timeText}`, [{ surface, value, frame: stated('f-bs', 'LEVEL', start, end, timeText, { extremum: { kind: 'HIGHEST', since: null, sinceText: null } }) }], '2026-01-16');
    const [june] = run(peaked('$8.9 trillion', 8.9e12, 'June 2022', '2022-06-01', '2022-06-30'), [walcl], { WALCL: obs });
    expect(june!.verdict).toBe('MISLEADING');
    expect(june!.parts.find((p) => p.kind === 'EXTREMUM')?.text).toMatch(/higher outside .*8\.965 trillion/);
    expect(run(peaked('$8.97 trillion', 8.97e12, 'April 2022', '2022-04-01', '2022-04-30'), [walcl], { WALCL: obs })[0]!.verdict).toBe('CONSISTENT');
  });

  it('"$4.25 trillion at the peak in December 2021" is held against the window\'s peak (4.276 tn), not any value it passed through', () => {
    const avg = measure('f-res', 'AVG', 'WEEK_AVERAGE');
    const quote = 'Reserves dropped by $1.40 trillion to $2.85 trillion (from $4.25 trillion at the peak in December 2021).';
    const c = claim(quote, [{ surface: '$4.25 trillion', value: 4.25e12, frame: stated('f-res', 'LEVEL', '2021-12-01', '2021-12-31', 'December 2021') }], '2025-10-30');
    const [k] = run(c, [avg], { AVG: weekly('2021-11-03', [4_100_000, 4_150_000, 4_190_000, 4_230_000, 4_275_806, 4_251_431, 4_205_000, 4_100_000, 3_860_000, 3_900_000]) });
    expect(k!.verdict).toBe('MISLEADING');
    expect(k!.parts.find((p) => p.kind === 'EXTREMUM')?.text).toMatch(/peak of AVG in .* was 4\.276 trillion/);
  });

  it('"a peak of $959 billion on November 14" fails when the balance was higher in the weeks before; a daily peak that holds on the Wednesdays cannot be told', () => {
    const tga = measure('f-tga', 'DTS', 'DAILY');
    const quote = 'the TGA balance continued to accumulate, reaching a peak of $959 billion on November 14';
    const c = claim(quote, [{ surface: '$959 billion', value: 959e9, frame: stated('f-tga', 'LEVEL', '2025-11-14', '2025-11-14', 'on November 14', { extremum: { kind: 'HIGHEST', since: null, sinceText: null } }) }], '2025-11-18');
    const values = Array.from({ length: 60 }, (_, i) => (i === 29 ? 1_000_632 : i === 44 ? 959_113 : 900_000));
    const [k] = run(c, [tga], { DTS: daily('2025-10-01', values) });
    expect(k!.verdict).toBe('MISLEADING');
    // A month's peak on a daily series, where a one-day spike (Thursday 30 October) tops the Wednesdays the weekly release
    // reports: the figure may be the Wednesday peak, so the record cannot tell.
    const month = claim('The TGA peaked at $960 billion in October', [{ surface: '$960 billion', value: 960e9, frame: stated('f-tga', 'LEVEL', '2025-10-01', '2025-10-31', 'in October', { extremum: { kind: 'HIGHEST', since: null, sinceText: null } }) }], '2025-11-18');
    const second = run(month, [tga], { DTS: daily('2025-10-01', Array.from({ length: 31 }, (_, i) => (i === 29 ? 1_000_632 : i === 28 ? 960_000 : 900_000))) })[0]!;
    expect(second.parts.find((p) => p.kind === 'EXTREMUM')?.holds).toBeNull();
    expect(second.verdict).not.toBe('MISLEADING');
  });

  it('a move called unprecedented ("fallen by an unprecedented 60 percent in just three months") fails when the record holds a larger one over the same span', () => {
    const tga = measure('f-tga', 'DTS', 'DAILY');
    const quote = 'The account balance has fallen by an unprecedented 60 percent in just three months.';
    expect(recordMoveOf({ quote, sentence: quote }, '60 percent')).toBe('unprecedented');
    expect(recordMoveOf({ quote: 'a weekly decrease of about $326 billion, the largest in over two and a half years', sentence: null }, '$326 billion')).toBeNull();
    expect(recordMoveOf({ quote: 'reserves fell $300 billion, the largest drop in history', sentence: null }, '$300 billion')).toMatch(/largest drop in history/);
    expect(recordMoveOf({ quote: 'the TGA recorded a drop of $50 billion', sentence: null }, '$50 billion')).toBeNull();
    const c = claim(quote, [{ surface: '60 percent', value: 60, frame: stated('f-tga', 'CHANGE', '2025-01-21', '2025-03-27', 'in just three months', { direction: 'DECREASE' }) }], '2025-03-30');
    c.quantities[0]!.unit = '%';
    // 2023: 350 bn to 23 bn in three months (−93%); 2025: 705 bn to 281 bn (−60%).
    const y2023 = daily('2023-03-01', Array.from({ length: 92 }, (_, i) => 350_000 - (327_000 * i) / 91));
    const y2025 = daily('2025-01-20', Array.from({ length: 67 }, (_, i) => 705_000 - (424_000 * i) / 66));
    const [k] = run(c, [tga], { DTS: [...y2023, ...y2025] });
    expect(k!.verdict).toBe('MISLEADING');
    expect(k!.parts.find((p) => p.kind === 'EXTREMUM')?.text).toMatch(/does not hold: DTS moved down by 9\d\.\d%/);
    // Without the 2023 fall, the record cannot tell (it starts in 2023 here): the number alone holds.
    expect(run(c, [tga], { DTS: y2025 })[0]!.verdict).toBe('CONSISTENT');
  });

  it('the "from" figure of a move over a period written before it is the level at the period\'s start: "2025年10月,TGA餘額從約3000億美元猛增至超過1萬億美元" is INCONSISTENT (820 bn then)', () => {
    const tga = measure('f-tga', 'DTS', 'DAILY');
    const oct = daily('2025-09-15', [...Array.from({ length: 16 }, () => 850_000), ...Array.from({ length: 31 }, (_, i) => 820_000 + 6_000 * i)]);
    const q = (quote: string) => claim(quote, [
      { surface: '3000億美元', value: 3e11, qualifier: 'ABOUT', frame: stated('f-tga', 'LEVEL', '2025-10-01', '2025-10-31', '2025年10月') },
      { surface: '1萬億美元', value: 1e12, qualifier: 'ABOVE', frame: stated('f-tga', 'REACHED', '2025-10-01', '2025-10-31', '2025年10月', { direction: 'INCREASE' }) },
    ], '2025-11-13');
    const before = run(q('2025年10月,TGA餘額從約3000億美元猛增至超過1萬億美元'), [tga], { DTS: oct }).find((k) => k.quantity?.surface === '3000億美元')!;
    expect(before.verdict).toBe('INCONSISTENT');
    // The time written after the move may date only its end: the start is not firm.
    const after = run(q('TGA餘額從約3000億美元猛增至超過1萬億美元(2025年10月)'), [tga], { DTS: oct }).find((k) => k.quantity?.surface === '3000億美元')!;
    expect(after.verdict).toBe('INCONCLUSIVE');
    expect(after.reason).toMatch(/where a change started/);
  });

  it('a figure told as what something holds now ("while stabilizing its massive $7.1 trillion balance sheet") is dated by the document: a stale figure is INCONSISTENT', () => {
    expect(attributivePresent('while stabilizing its massive $7.1 trillion balance sheet', '$7.1 trillion')).toMatch(/its massive \$7\.1 trillion balance sheet/);
    expect(attributivePresent("Quantitative tightening had drained its balance sheet's reserves to $1.4 trillion", '$1.4 trillion')).toBeNull();
    expect(attributivePresent('its $8.9 trillion balance sheet was the largest ever', '$8.9 trillion')).toBeNull();
    expect(attributivePresent('When the Fed started shrinking its $9 trillion balance sheet', '$9 trillion')).toBeNull();
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const obs = { WALCL: weekly('2025-10-01', [6_587_000, 6_590_000, 6_580_000, 6_560_000, 6_554_000, 6_555_283, 6_552_419, 6_535_781, 6_539_303]) };
    const c = claim('The Fed announced bill purchases while stabilizing its massive $7.1 trillion balance sheet', [{ surface: '$7.1 trillion', value: 7.1e12, frame: frame({ factorId: 'f-bs', window: { start: '2025-12-10', end: '2025-12-10' }, timeSource: 'DOCUMENT_DATE' }) }], '2025-12-10');
    const [k] = run(c, [walcl], obs);
    expect(k!.verdict).toBe('INCONSISTENT');
    // Without the possessive, the sentence gives no time: the document's date is only a fallback.
    const plain = claim('The Fed once held a $7.1 trillion balance sheet', [{ surface: '$7.1 trillion', value: 7.1e12, frame: frame({ factorId: 'f-bs', window: { start: '2025-12-10', end: '2025-12-10' }, timeSource: 'DOCUMENT_DATE' }) }], '2025-12-10');
    expect(run(plain, [walcl], obs)[0]!.verdict).toBe('INCONCLUSIVE');
  });

  it('tolerances follow the precision written: "about" five times the rounding (2% to 10%), a plain figure at least 0.5% (judging pass 5; 0.2% called true figures read a day or a series away INCONSISTENT) with a truncated figure allowed above', () => {
    expect(toleranceOf('ABOUT', '$2.89 trillion')).toBeCloseTo(0.02, 5);
    expect(toleranceOf('ABOUT', '约4,900億美元')).toBeCloseTo(0.051, 3);
    expect(toleranceOf('ABOUT', '约3000億美元')).toBeCloseTo(0.1667, 3);
    expect(toleranceOf('NEARLY', '近870亿美元')).toBeCloseTo(0.05, 5);
    expect(toleranceOf('STATED', '$2.93 trillion')).toBeCloseTo(0.005, 5);
    const wed = measure('f-res', 'WED', 'WEDNESDAY_LEVEL');
    const at = (quote: string, surface: string, value: number, qualifier: string | null, recorded: number) =>
      run(claim(quote, [{ surface, value, qualifier, frame: stated('f-res', 'LEVEL', '2025-10-29', '2025-10-29', 'Oct. 29') }], '2025-10-31'), [wed], { WED: [{ date: '2025-10-29', periodEnd: '2025-10-29', value: recorded }] })[0]!.verdict;
    // "about $2.89 trillion" is no longer held to ±10%: 2.96 tn (+2.4%) is beyond it.
    expect(at('reserves stood at about $2.89 trillion on Oct. 29', '$2.89 trillion', 2.89e12, 'ABOUT', 2_960_000)).toBe('INCONSISTENT');
    expect(at('reserves stood at about $2.89 trillion on Oct. 29', '$2.89 trillion', 2.89e12, 'ABOUT', 2_930_000)).toBe('CONSISTENT');
    // A plain "$2.93 trillion" for 2.95 tn (0.7% off, four times its rounding) fails; truncated figures hold.
    expect(at('reserves stood at $2.93 trillion on Oct. 29', '$2.93 trillion', 2.93e12, null, 2_950_000)).toBe('INCONSISTENT');
    expect(at('reserves stood at $6.53 trillion on Oct. 29', '$6.53 trillion', 6.53e12, null, 6_535_781)).toBe('CONSISTENT');
    expect(at('reserves stood at $704 billion on Oct. 29', '$704 billion', 704e9, null, 704_874)).toBe('CONSISTENT');
  });

  it('a month\'s level on a weekly release may be the first release after the month ("declined by $37 billion in November, to $6.53 trillion": 3 December)', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const c = claim('the Fed’s total balance sheet declined by $37 billion in November, to $6.53 trillion', [{ surface: '$6.53 trillion', value: 6.53e12, frame: stated('f-bs', 'LEVEL', '2025-11-01', '2025-11-30', 'November') }], '2025-12-04');
    const nov = weekly('2025-10-29', [6_587_000, 6_572_000, 6_580_000, 6_575_283, 6_570_419]);
    expect(run(c, [walcl], { WALCL: [...nov, { date: '2025-12-03', periodEnd: '2025-12-03', value: 6_535_781 }] })[0]!.verdict).toBe('INCONCLUSIVE');
    expect(run(c, [walcl], { WALCL: [...nov, { date: '2025-12-03', periodEnd: '2025-12-03', value: 6_570_000 }] })[0]!.verdict).toBe('INCONSISTENT');
  });

  it('"falling below $3 trillion for the first time since early 2025", dated only by the document: the crossing may be weeks before it, so later dips back and forth do not refute "first"', () => {
    const wed = measure('f-res', 'WED', 'WEDNESDAY_LEVEL');
    const quote = 'with its total reserves falling below the $3 trillion mark for the first time since early 2025';
    const c = claim(quote, [{ surface: '$3 trillion', value: 3e12, qualifier: 'BELOW', frame: frame({ factorId: 'f-res', mode: 'CROSSED', direction: 'DECREASE', window: { start: '2025-10-23', end: '2025-10-23' }, timeSource: 'DOCUMENT_DATE' }) }], '2025-10-23');
    c.sentence = quote;
    // Above 3 tn from February to 17 September; 24 Sep 2.9997, 1 Oct 2.980, 8 Oct 3.034, 15 Oct 2.988, 22 Oct 2.930.
    const obs = [...weekly('2025-02-05', Array.from({ length: 33 }, () => 3_200_000)), ...weekly('2025-09-24', [2_999_692, 2_979_594, 3_033_855, 2_988_202, 2_930_000])];
    const [k] = run(c, [wed], { WED: obs });
    expect(k!.verdict).toBe('CONSISTENT');
    // A crossing already made in the summer still refutes it.
    const summer = obs.map((o) => (o.periodEnd === '2025-07-02' ? { ...o, value: 2_950_000 } : o));
    expect(run(c, [wed], { WED: summer })[0]!.verdict).toBe('MISLEADING');
  });

  it('a comparison base does not own "the lowest since": "plunged to about $2.8 trillion, down from $3.5 trillion earlier this year - the lowest since 2021" tests the $2.8 trillion', () => {
    const wed = measure('f-res', 'WED', 'WEDNESDAY_LEVEL');
    const quote = 'Fresh Fed data shows reserves have plunged to about $2.8 trillion, down from $3.5 trillion earlier this year - the lowest since 2021.';
    const text = 'the lowest since 2021';
    const c = claim(quote, [
      { surface: '$2.8 trillion', value: 2.8e12, qualifier: 'ABOUT', frame: stated('f-res', 'LEVEL', '2025-10-29', '2025-10-29', 'Oct. 29', { base: { value: 3.5e12, unit: 'USD', window: { start: '2025-01-01', end: '2025-10-31' }, timeText: 'earlier this year' } }) },
      { surface: '$3.5 trillion', value: 3.5e12, frame: stated('f-res', 'LEVEL', '2025-01-01', '2025-10-31', 'earlier this year') },
    ], '2025-10-31');
    c.assertions = [{ kind: 'EXTREMUM_SINCE', text, start: quote.indexOf(text), end: quote.indexOf(text) + text.length, factorId: 'f-res' }];
    // 2021–2024 at 3.0–3.3 tn, 2025 from 3.48 tn down to 2.83 tn.
    const obs = [...weekly('2021-01-06', Array.from({ length: 208 }, (_, i) => 3_000_000 + (i % 4) * 100_000)), ...weekly('2025-01-01', Array.from({ length: 44 }, (_, i) => 3_484_000 - 15_000 * i)), { date: '2025-10-29', periodEnd: '2025-10-29', value: 2_828_000 }];
    const checks = run(c, [wed], { WED: obs });
    const base = checks.find((k) => k.quantity?.surface === '$3.5 trillion')!;
    expect(base.parts.some((p) => p.kind === 'EXTREMUM_SINCE')).toBe(false);
    expect(base.verdict).toBe('CONSISTENT');
    expect(checks.find((k) => k.quantity?.surface === '$2.8 trillion')!.parts.some((p) => p.kind === 'EXTREMUM_SINCE')).toBe(true);
  });

  it('"doubled to $900 billion since July" is the figure against the level before the window: MISLEADING when it rose by far less than twice', () => {
    expect(ratioMoveOf({ quote: 'the TGA has doubled to $900 billion since July', sentence: null }, '$900 billion')).toMatchObject({ ratio: 2 });
    expect(ratioMoveOf({ quote: 'TGA余额腰斩至4000亿美元', sentence: null }, '4000亿美元')).toMatchObject({ ratio: 0.5 });
    expect(ratioMoveOf({ quote: 'reserves doubled in 2020, while the TGA stood at $900 billion', sentence: null }, '$900 billion')).toBeNull();
    const tga = measure('f-tga', 'DTS', 'DAILY');
    const c = claim('the TGA has doubled to $900 billion since July', [{ surface: '$900 billion', value: 900e9, frame: stated('f-tga', 'LEVEL', '2025-07-01', '2025-10-31', 'since July') }], '2025-11-03');
    const from = (start: number) => ({ DTS: daily('2025-06-30', Array.from({ length: 124 }, (_, i) => start + ((900_000 - start) * i) / 123)) });
    expect(run(c, [tga], from(450_000))[0]!.verdict).toBe('CONSISTENT');
    const [k] = run(c, [tga], from(800_000));
    expect(k!.verdict).toBe('MISLEADING');
    expect(k!.parts.find((p) => p.kind === 'DIRECTION')?.text).toMatch(/1\.13 times that, not twice/);
  });
});

/** A claim whose quote also holds time expressions read as quantities (a month, a date), as ingest stores them. */
function withTimes(c: ClaimInput, times: { surface: string; unit: 'month' | 'date' | 'year' }[]): ClaimInput {
  return { ...c, quantities: [...c.quantities, ...times.map((t, i) => ({ surface: t.surface, value: 0, upper: null, unit: t.unit, qualifier: null, position: c.quantities.length + i, frame: null }))] };
}

describe('judging pass 5 (issue 18): true claims called INCONSISTENT or MISLEADING on the new dev text', () => {
  const tga = measure('f-tga', 'DTS', 'DAILY');

  it('a plain figure is given at least 0.5%: "6.73 萬億美元" read at the end of April (6.709 tn, 0.3% off) is not INCONSISTENT', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const c = claim('已將美聯儲資產負債表壓縮到 6.73 萬億美元', [{ surface: '6.73 萬億美元', value: 6.73e12, frame: stated('f-bs', 'LEVEL', '2025-04-30', '2025-04-30', '2025 年 4 月') }], '2025-05-02');
    expect(run(c, [walcl], { WALCL: weekly('2025-04-16', [6_727_113, 6_728_000, 6_709_277]) })[0]!.verdict).toBe('CONSISTENT');
    // 0.7% off (the closest false figure caught on dev) still fails.
    expect(run(c, [walcl], { WALCL: weekly('2025-04-16', [6_680_000, 6_682_000, 6_683_000]) })[0]!.verdict).toBe('INCONSISTENT');
  });

  it('a date read without its day is not firm: "6.73 萬億美元(截至 2025 年 4 月 16 日週三時點" read as "截至 2025 年 4 月" is INCONCLUSIVE, not INCONSISTENT', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const quote = '逐步壓縮到 6.73 萬億美元(截至 2025 年 4 月 16 日週三時點';
    const c = claim(quote, [{ surface: '6.73 萬億美元', value: 6.73e12, frame: stated('f-bs', 'LEVEL', '2025-04-30', '2025-04-30', '截至 2025 年 4 月') }], '2025-05-02');
    const [k] = run(c, [walcl], { WALCL: weekly('2025-04-16', [6_727_113, 6_700_000, 6_650_000]) });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.reason).toMatch(/cut short.*16 日/);
  });

  it('a qualifier word of another clause does not qualify the figure: 逼近 (of the 1 万亿) does not make "已达 8910 亿美元" nearly', () => {
    const quote = '截至 10 月初,TGA余额已达 8910 亿美元,甚至一度逼近 1 万亿美元关口';
    const c = claim(quote, [{ surface: '8910 亿美元', value: 891e9, frame: stated('f-tga', 'LEVEL', '2025-10-01', '2025-10-10', '10 月初') }], '2025-11-23');
    const [p] = planChecks(c, [tga], ctx);
    expect(p!.checkable && p!.reading).toBe('STATED');
  });

  it('a daily balance "as of early October" may be the close the month opened with: "截至 10 月初,…余额已达 8910 亿美元" holds on the 30 September close', () => {
    const c = claim('截至 10 月初,TGA余额已达 8910 亿美元', [{ surface: '8910 亿美元', value: 891e9, frame: stated('f-tga', 'LEVEL', '2025-10-01', '2025-10-10', '10 月初') }], '2025-11-23');
    const obs = daily('2025-09-26', [850_000, 860_000, 870_000, 880_000, 890_825, 819_378, 823_845, 800_000, 798_000, 796_000, 794_100, 795_000, 794_500, 794_500, 794_500]);
    const [k] = run(c, [tga], { DTS: obs });
    expect(k!.verdict).toBe('CONSISTENT');
    expect(k!.reason).toMatch(/opened/);
    // A close four days or more before the window is not its opening balance.
    const early = obs.map((o) => (o.periodEnd === '2025-09-30' ? { ...o, value: 860_000 } : o.periodEnd === '2025-09-26' ? { ...o, value: 890_825 } : o));
    expect(run(c, [tga], { DTS: early })[0]!.verdict).toBe('INCONSISTENT');
  });

  it('another time written between the time read and the figure makes the date not firm, and a failed assertion on it is not MISLEADING: "截至 10 月初,…8910 亿美元,高于 7 月预估的 8500 亿美元目标,甚至一度逼近 1 万亿美元关口"', () => {
    const quote = '截至 10 月初,TGA余额已达 8910 亿美元,高于 7 月预估的 8500 亿美元目标,甚至一度逼近 1 万亿美元关口';
    const base = claim(quote, [
      { surface: '8910 亿美元', value: 891e9, frame: stated('f-tga', 'LEVEL', '2025-10-01', '2025-10-10', '10 月初') },
      { surface: '8500 亿美元', value: 850e9, frame: stated('f-tga', 'LEVEL', '2025-07-01', '2025-07-31', '7 月', { mood: 'FORECAST' }) },
      { surface: '1 万亿美元', value: 1e12, qualifier: 'NEARLY', frame: stated('f-tga', 'LEVEL', '2025-10-01', '2025-10-10', '10 月初') },
    ], '2025-11-23');
    const at = quote.indexOf('逼近');
    const c = { ...withTimes(base, [{ surface: '10 月', unit: 'month' }, { surface: '7 月', unit: 'month' }]), assertions: [{ kind: 'NEAR_LINE' as const, text: '逼近', start: at, end: at + 2, factorId: 'f-tga' }] };
    const obs = daily('2025-06-25', Array.from({ length: 110 }, () => 794_500));
    const k = run(c, [tga], { DTS: obs }).find((x) => x.quantity?.surface === '1 万亿美元')!;
    expect(k.verdict).toBe('INCONCLUSIVE');
    expect(k.reason).toMatch(/"7 月", is written between "10 月初" and "1 万亿美元"/);
  });

  it('a time written twice is asked at each place: in "Fed在2022年啟動QT後，…附賣回機制也在12日由2022年底2.6兆美元的高點，降至170億美元" the 170億 is not dated 2022', () => {
    const quote = 'Fed在2022年啟動QT後，成功縮表，附賣回機制也在12日由2022年底2.6兆美元的高點，降至170億美元';
    const c = claim(quote, [
      { surface: '2.6兆美元', value: 2.6e12, frame: stated('f-rrp', 'LEVEL', '2022-01-01', '2022-12-31', '2022年') },
      { surface: '170億美元', value: 17e9, frame: stated('f-rrp', 'REACHED', '2022-01-01', '2022-12-31', '2022年', { direction: 'DECREASE' }) },
    ], '2025-09-13');
    const rrp = measure('f-rrp', 'RRP', 'DAILY');
    const k = run(c, [rrp], { RRP: daily('2022-01-01', Array.from({ length: 365 }, () => 1_000_000)) }).find((x) => x.quantity?.surface === '170億美元')!;
    expect(k.verdict).toBe('INCONCLUSIVE');
    expect(k.reason).toMatch(/beside another figure.*2\.6兆美元/);
  });

  it('a time after "since" or "compared with" earlier in the sentence is where the change started: "Since the beginning of the “Reserve Management Purchases” (RMPs) in early December, total assets have risen by $93 billion" is not a move within early December', () => {
    expect(startTimeAsWindow('Since the beginning of the “Reserve Management Purchases” (RMPs) in early December, total assets have risen by $93 billion.', 'early December', 'CHANGE')).toMatch(/where the change started/);
    expect(startTimeAsWindow('相較於聯準會在 2022 年 6 月開始縮減資產負債表時的水準,這代表減少了約 5,000 億美元。', '2022 年 6 月', 'CHANGE')).toMatch(/where the change started/);
    expect(startTimeAsWindow('In early December, total assets rose by $93 billion.', 'early December', 'CHANGE')).toBeNull();
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const sentence = 'Since the beginning of the “Reserve Management Purchases” (RMPs) in early December, total assets have risen by $93 billion.';
    const c = { ...claim('in early December, total assets have risen by $93 billion', [{ surface: '$93 billion', value: 93e9, frame: stated('f-bs', 'CHANGE', '2025-12-01', '2025-12-10', 'early December', { direction: 'INCREASE' }) }], '2026-03-05'), sentence };
    const [k] = run(c, [walcl], { WALCL: weekly('2025-11-26', [6_552_000, 6_535_781, 6_539_303, 6_560_000]) });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.reason).toMatch(/where the change started/);
  });

  it('a level off every value the series could take is not that measure: "$970 billion" read as the federal debt (37.6 tn) is INCONCLUSIVE, not INCONSISTENT', () => {
    const debt = { ...measure('f-debt', 'FRED:GFDEBTN', 'END_OF_PERIOD'), factorId: 'f-debt' };
    const c = claim('the debt rose by a further $970 billion', [{ surface: '$970 billion', value: 970e9, frame: stated('f-debt', 'LEVEL', '2025-01-01', '2025-10-25', '2025') }], '2025-10-25');
    const obs = [{ date: '2025-01-01', periodEnd: '2025-03-31', value: 36_200_000 }, { date: '2025-04-01', periodEnd: '2025-06-30', value: 36_900_000 }, { date: '2025-07-01', periodEnd: '2025-09-30', value: 37_637_552 }];
    const [k] = run(c, [debt], { 'FRED:GFDEBTN': obs });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.reason).toMatch(/not on the scale/);
  });
});

describe('judging pass 5 (issue 18): agreement on the new dev text', () => {
  it('a change over a window is the move between its extremes when the ends do not give it: "burned through $286 billion" (high to low) holds, with no direction written too', () => {
    const tga = measure('f-tga', 'DTS', 'DAILY');
    // From 300 bn the balance rises to 320 bn, falls to 34 bn (−286 bn from the high), then recovers to 50 bn: the ends give −250 bn.
    const obs = daily('2025-02-27', [300_000, 300_000, 320_000, 200_000, 100_000, 34_000, 50_000]);
    const c = (quote: string, direction: 'DECREASE' | null) => claim(quote, [{ surface: '$286 billion', value: 286e9, frame: stated('f-tga', 'CHANGE', '2025-02-28', '2025-03-04', 'since February 28', { direction }) }], '2025-03-30');
    const [k] = run(c('the Treasury burned through $286 billion since February 28', 'DECREASE'), [tga], { DTS: obs });
    expect(k!.verdict).toBe('CONSISTENT');
    expect(k!.reason).toMatch(/largest decrease within the window/);
    expect(run(c('the government sucked $286 billion out of the markets since February 28', null), [tga], { DTS: obs.map((o) => ({ ...o, value: 334_000 - o.value })) })[0]!.verdict).toBe('CONSISTENT');
    // Nothing near it either way is still INCONSISTENT.
    expect(run(c('the Treasury burned through $286 billion since February 28', 'DECREASE'), [tga], { DTS: daily('2025-02-27', [300_000, 300_000, 290_000, 280_000, 270_000, 260_000, 250_000]) })[0]!.verdict).toBe('INCONSISTENT');
  });
  it('"more than X" over a span holds when a move within it goes beyond X ("20 天内抽离市场流动性超 2000 亿美元"), but not from a start written as such ("6月以来…吸走超过7000亿美元": from June, not from a low inside it)', () => {
    const tga = measure('f-tga', 'DTS', 'DAILY');
    // 800 bn, a dip to 794 bn, then up to 1,000.6 bn and back to 943 bn: +143 bn end to end, +206.6 bn low to high.
    const obs = daily('2025-09-30', [800_000, 794_000, 850_000, 900_000, 950_000, 1_000_600, 943_000]);
    const c = (quote: string, timeText: string) => ({ ...claim(quote, [{ surface: '2000 亿美元', value: 200e9, qualifier: 'ABOVE', frame: stated('f-tga', 'CHANGE', '2025-10-01', '2025-10-06', timeText) }], '2025-11-14') });
    const [k] = run(c('20 天内抽离市场流动性超 2000 亿美元', '20 天内'), [tga], { DTS: obs });
    expect(k!.verdict).toBe('CONSISTENT');
    expect(k!.reason).toMatch(/within it the series moved by 206\.6 billion/);
    expect(run(c('10月以来,财政部从市场吸走超过 2000 亿美元', '10月'), [tga], { DTS: obs })[0]!.verdict).toBe('INCONCLUSIVE');
  });

  it('"创近五年新高" (a high of nearly five years) is not refuted by a higher value four and a half years back', () => {
    const wdtgal = measure('f-tga', 'WDTGAL', 'WEDNESDAY_LEVEL');
    const quote = '美国财政部一般账户余额逼近1万亿美元,创近五年新高';
    const high = (sinceText: string) => claim(quote, [{ surface: '1万亿美元', value: 1e12, qualifier: 'NEARLY', frame: stated('f-tga', 'LEVEL', '2025-10-29', '2025-10-29', '10月29日', { extremum: { kind: 'HIGHEST', since: { start: '2020-11-05', end: '2020-11-05' }, sinceText } }) }], '2025-11-05');
    // 1.6 tn in January 2021 (4.8 years back), nothing above 984 bn since.
    const obs = [...weekly('2020-11-04', Array.from({ length: 30 }, (_, i) => (i === 11 ? 1_638_000 : 900_000))), ...weekly('2021-06-02', Array.from({ length: 230 }, () => 700_000)), { date: '2025-10-29', periodEnd: '2025-10-29', value: 983_859 }];
    const [k] = run(high('五年新高'), [wdtgal], { WDTGAL: obs });
    expect(k!.parts.find((p) => p.kind === 'EXTREMUM')?.holds).toBe(true);
    expect(k!.verdict).toBe('CONSISTENT');
  });
  it('a change whose time is where it started is also read from then to the document\'s date: "Since the beginning of the RMPs in early December, total assets have risen by $93 billion" holds on 3 December to 4 March', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const sentence = 'Since the beginning of the “Reserve Management Purchases” (RMPs) in early December, total assets have risen by $93 billion.';
    const c = { ...claim('in early December, total assets have risen by $93 billion', [{ surface: '$93 billion', value: 93e9, frame: stated('f-bs', 'CHANGE', '2025-12-01', '2025-12-10', 'early December', { direction: 'INCREASE' }) }], '2026-03-05'), sentence };
    const obs = weekly('2025-11-26', [6_552_000, 6_535_781, 6_539_303, ...Array.from({ length: 10 }, (_, i) => 6_545_000 + 7_000 * i), 6_628_894]);
    const [k] = run(c, [walcl], { WALCL: obs });
    expect(k!.verdict).toBe('CONSISTENT');
    expect(k!.reason).toMatch(/where the sentence says the change started/);
    expect(k!.window).toMatchObject({ from: '2025-12-01', to: '2026-03-05' });
    // A rise of another size still cannot be refuted by a window whose end is not written.
    expect(run({ ...c, quantities: c.quantities.map((q) => ({ ...q, value: 300e9, surface: '$300 billion' })), quote: c.quote.replace('$93 billion', '$300 billion'), sentence: sentence.replace('$93 billion', '$300 billion') }, [walcl], { WALCL: obs })[0]!.verdict).toBe('INCONCLUSIVE');
  });
  it('an amount spent is no level ("如 2020 年 CARES 法案支出超 2 万亿美元" read as the TGA), nor is a sum of measures ("Reserves and ON RRPs combined peaked … at $5.87 trillion"): INCONCLUSIVE, not INCONSISTENT', () => {
    expect(unclearMode('如 2020 年 CARES 法案支出超 2 万亿美元', { surface: '2 万亿美元', value: 2e12, upper: null, unit: 'USD', qualifier: null }, 'LEVEL')).toMatch(/change or an amount/);
    const tga = measure('f-tga', 'WDTGAL', 'WEDNESDAY_LEVEL');
    const spent = claim('如 2020 年 CARES 法案支出超 2 万亿美元', [{ surface: '2 万亿美元', value: 2e12, qualifier: 'ABOVE', frame: stated('f-tga', 'LEVEL', '2020-01-01', '2020-12-31', '2020 年') }], '2025-11-26');
    expect(run(spent, [tga], { WDTGAL: weekly('2020-01-01', Array.from({ length: 52 }, () => 1_500_000)) })[0]!.verdict).toBe('INCONCLUSIVE');
    const res = measure('f-res', 'WRESBAL', 'WEEK_AVERAGE');
    const sum = claim('Reserves and ON RRPs combined peaked in December 2021 at $5.87 trillion', [{ surface: '$5.87 trillion', value: 5.87e12, frame: stated('f-res', 'LEVEL', '2021-12-01', '2021-12-31', 'December 2021') }], '2025-10-30');
    const [k] = run(sum, [res], { WRESBAL: weekly('2021-11-03', Array.from({ length: 10 }, () => 4_200_000)) });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.reason).toMatch(/sum of measures/);
  });
  it('"the lowest since" read with the figure is tested within the figure\'s precision: "規模降至約6.6兆美元，近五年來新低" is not refuted by a dip three weeks earlier 0.04% lower', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const quote = 'QT計畫自資產負債表高峰縮減約2.3兆美元，規模降至約6.6兆美元，近五年來新低';
    const c = claim(quote, [{ surface: '約6.6兆美元', value: 6.6e12, qualifier: 'ABOUT', frame: frame({ factorId: 'f-bs', mode: 'LEVEL', window: { start: '2025-10-22', end: '2025-10-22' }, timeText: null, timeSource: 'TEXT', extremum: { kind: 'LOWEST', since: { start: '2020-10-29', end: '2020-10-29' }, sinceText: '五年來新低' } }) }], '2025-10-29');
    const obs = [...weekly('2020-04-22', [6_573_136]), ...weekly('2020-05-06', Array.from({ length: 280 }, () => 7_200_000)), ...weekly('2025-10-01', [6_587_000, 6_600_000, 6_596_000, 6_589_533])];
    const [k] = run(c, [walcl], { WALCL: obs });
    expect(k!.parts.find((p) => p.kind === 'EXTREMUM')?.holds).toBe(true);
    expect(k!.verdict).toBe('CONSISTENT');
    // A value lower by more than the figure's precision ("about": ±3.8%) still refutes it.
    const lower = obs.map((o) => (o.periodEnd === '2025-10-01' ? { ...o, value: 6_300_000 } : o));
    expect(run(c, [walcl], { WALCL: lower })[0]!.verdict).toBe('MISLEADING');
  });
});


describe('judging pass 6 (issue 18): the two true dev claims called INCONSISTENT, and a figure\'s precision', () => {
  const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');

  it('a change dated by a deadline is dated only at its end: "by the end of May was already down $50 billion" is not INCONSISTENT on the last days of May', () => {
    const quote = 'But the balance sheet had already started to decline in April, and by the end of May was already down $50 billion.';
    const c = claim(quote, [{ surface: '$50 billion', value: 50e9, frame: stated('f-bs', 'CHANGE', '2025-05-27', '2025-05-31', 'the end of May', { direction: 'DECREASE' }) }], '2025-07-03');
    // The last week of May moved 15.5 bn; from the April peak the fall is 50 bn.
    const [k] = run(c, [walcl], { WALCL: weekly('2025-04-02', [6_739_000, 6_730_000, 6_720_000, 6_710_000, 6_700_000, 6_695_000, 6_689_000, 6_673_500, 6_670_000]) });
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.reason).toMatch(/deadline/);
    // Without the deadline ("in the last days of May") the span is the window's, and the same record refutes it.
    const plain = claim('The balance sheet was down $50 billion in the last days of May.', [{ surface: '$50 billion', value: 50e9, frame: stated('f-bs', 'CHANGE', '2025-05-27', '2025-05-31', 'the last days of May', { direction: 'DECREASE' }) }], '2025-07-03');
    expect(run(plain, [walcl], { WALCL: weekly('2025-04-02', [6_739_000, 6_730_000, 6_720_000, 6_710_000, 6_700_000, 6_695_000, 6_689_000, 6_673_500, 6_670_000]) })[0]!.verdict).toBe('INCONSISTENT');
  });

  it('"higher than it was in July 2020" names where the change started: "nearly $1 trillion higher than it was in July 2020" is counted from then to the document\'s date', () => {
    const quote = 'Despite the ongoing reductions, the Fed’s balance sheet remains nearly $1 trillion higher than it was in July 2020';
    expect(startTimeAsWindow(quote, 'July 2020', 'CHANGE')).toMatch(/where the change started/);
    expect(startTimeAsWindow('Reserves were higher in July 2020 than now', 'July 2020', 'CHANGE')).toBeNull();
    const c = claim(quote, [{ surface: 'nearly $1 trillion', value: 1e12, qualifier: 'NEARLY', frame: stated('f-bs', 'CHANGE', '2020-07-01', '2020-07-31', 'July 2020', { direction: 'INCREASE' }) }], '2023-11-17');
    const obs = [...weekly('2020-06-24', [7_082_000, 6_970_000, 6_960_000, 6_950_000, 6_949_000]), ...weekly('2023-10-25', [7_860_000, 7_840_000, 7_830_000, 7_815_000])];
    const [k] = run(c, [walcl], { WALCL: obs });
    expect(k!.verdict).toBe('CONSISTENT');
  });

  it('a figure written in two large units is as precise as its second: "7兆4,045億美元" is written to the 億, so 0.7% off the record is INCONSISTENT', () => {
    expect(roundingOf('7兆4,045億美元')).toBeLessThan(1e-5);
    expect(roundingOf('2万7千亿美元')).toBeCloseTo(1000 / 2 / 27000, 6);
    expect(roundingOf('7兆美元')).toBeCloseTo(0.5 / 7, 6);
    expect(toleranceOf('STATED', '7兆4,045億美元')).toBe(0.005);
    const quote = '美國聯準會5月9日公佈截至到5月8日為止的資產負債表,資產總額為7兆4,045億美元';
    const c = claim(quote, [{ surface: '7兆4,045億美元', value: 7.4045e12, frame: stated('f-bs', 'LEVEL', '2024-05-08', '2024-05-08', '5月8日') }], '2024-05-09');
    expect(run(c, [walcl], { WALCL: weekly('2024-04-24', [7_402_434, 7_362_474, 7_353_408]) })[0]!.verdict).toBe('INCONSISTENT');
    expect(run(c, [walcl], { WALCL: weekly('2024-04-24', [7_402_434, 7_362_474, 7_404_000]) })[0]!.verdict).toBe('CONSISTENT');
  });
});

describe('judging pass 6 (issue 18): what a claim says beyond its number', () => {
  it('"the smallest daily total since the program was launched in March 2020" is a low since March 2020, tested on the record', () => {
    expect(eventSince('the smallest daily total since the program was launched in March 2020 to absorb excess cash')?.start).toBe('2020-03-01');
    expect(eventSince('Lowest reverse repo since the Covid program began')?.start).toBe('2020-03-01');
    expect(eventSince('the smallest since the start of the year')).toBeNull();
    // The assertion reads the series by its catalogue id (RRPONTSYD is published in billions).
    const base = measure('f-rrp', 'FRED:RRPONTSYD', 'DAILY');
    const rrp = { ...base, series: { ...base.series, scale: 1e9 } };
    const quote = 'Usage of the Federal Reserve’s overnight reverse repurchase facility fell to $22.344 billion on 19 August, the smallest daily total since the program was launched in March 2020 to absorb excess cash in money-market funds.';
    const text = 'smallest';
    const c = claim(quote, [{ surface: '$22.344 billion', value: 22.344e9, frame: stated('f-rrp', 'REACHED', '2025-08-19', '2025-08-19', '19 August', { direction: 'DECREASE', extremum: { kind: 'LOWEST', since: null, sinceText: null } }) }], '2025-08-19');
    c.assertions = [{ kind: 'EXTREMUM_SINCE', text, start: quote.indexOf(text), end: quote.indexOf(text) + text.length, factorId: 'f-rrp' }];
    const history = (low: number) => [...daily('2020-03-01', Array.from({ length: 200 }, (_, i) => (i === 88 ? low : 150))), ...daily('2025-08-01', Array.from({ length: 19 }, (_, i) => (i === 18 ? 22.344 : 60)))];
    // Take-up fell to zero in May 2020, so the low is not the smallest since March 2020.
    const [k] = run(c, [rrp], { 'FRED:RRPONTSYD': history(0) });
    expect(k!.verdict).toBe('MISLEADING');
    expect(k!.parts.find((p) => p.kind === 'EXTREMUM_SINCE')?.holds).toBe(false);
    // Nothing lower since March 2020: it holds.
    expect(run(c, [rrp], { 'FRED:RRPONTSYD': history(90) })[0]!.verdict).toBe('CONSISTENT');
  });

  it('a figure told as current is the latest published, not one of the two weeks before: "Currently, there\'s $57 billion in the Treasury\'s General Account" when the latest close was 68.3 bn', () => {
    const tga = measure('f-tga', 'DTS', 'DAILY');
    const sentence = 'Currently, there’s $57 billion in the Treasury’s General Account and $92 billion in extraordinary measures for a total of $149 billion.';
    const quote = 'there’s $57 billion in the Treasury’s General Account and $92 billion in extraordinary measures for a total of $149 billion';
    expect(presentOpening({ quote, sentence }, '$57 billion', 'Currently')).toBe(true);
    expect(presentOpening({ quote, sentence }, '$92 billion', 'Currently')).toBe(false);
    expect(presentOpening({ quote: '此前2.5万亿美元的逆回购峰值', sentence: '如今已降至41亿美元，此前2.5万亿美元的逆回购峰值' }, '2.5万亿美元', '如今')).toBe(false);
    const now = (over: Partial<QuantityFrame> = {}) => frame({ factorId: 'f-tga', mode: 'LEVEL', window: { start: '2023-05-23', end: '2023-05-23' }, timeText: 'Currently', timeSource: 'DOCUMENT_DATE', ...over });
    const c: ClaimInput = { ...claim(quote, [{ surface: '$57 billion', value: 57e9, frame: now() }], '2023-05-23'), sentence };
    // Closes of 18, 19 and 22 May (57.3, 60.7, 68.3 bn): the 22nd's is published on the 23rd.
    const closes = [...daily('2023-05-10', [120_000, 110_000]), { date: '2023-05-18', periodEnd: '2023-05-18', value: 57_341 }, { date: '2023-05-19', periodEnd: '2023-05-19', value: 60_656 }, { date: '2023-05-22', periodEnd: '2023-05-22', value: 68_335 }];
    const [k] = run(c, [tga], { DTS: closes });
    expect(k!.verdict).toBe('INCONSISTENT');
    expect(k!.reason).toMatch(/stale/);
    // The same figure with no word of the present is a fallback: the page may be older, so it is not judged stale.
    const plain: ClaimInput = { ...c, sentence: quote, quantities: [{ ...c.quantities[0]!, frame: now({ timeText: null }) }] };
    expect(run(plain, [tga], { DTS: closes })[0]!.verdict).toBe('CONSISTENT');
    // The latest published figure, or the one before it, holds.
    const fresh = closes.map((o) => (o.date === '2023-05-19' ? { ...o, value: 57_100 } : o));
    expect(run(c, [tga], { DTS: fresh })[0]!.verdict).toBe('CONSISTENT');
  });

  it('正在 (the progressive: "is shrinking") tells a pace as current: "美联储正在以每月约 600 亿美元的速度缩减其资产负债表" is firm at the document\'s date', () => {
    const quote = '美联储正在以每月约 600 亿美元 的速度缩减其资产负债表';
    expect(presentWord(quote, '600 亿美元')).toBe('正在');
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const c = claim(quote, [{ surface: '600 亿美元', value: 60e9, qualifier: 'ABOUT', frame: frame({ factorId: 'f-bs', mode: 'FLOW', period: 'MONTH', direction: 'DECREASE', window: { start: '2025-07-04', end: '2025-07-04' }, timeSource: 'DOCUMENT_DATE' }) }], '2025-07-04');
    const [p] = planChecks(c, [walcl], ctx);
    expect(p!.checkable && p!.unfirm.some((u) => /fallback/.test(u))).toBe(false);
  });

  it('a change "from Peak" with no date is counted from the record\'s peak: "Fed Balance Sheet QT: -$2.38 Trillion from Peak" confirms on the fall from April 2022 (never refutes)', () => {
    const q = 'Fed Balance Sheet QT: -$15 Billion in September, -$2.38 Trillion from Peak, to $6.59 Trillion';
    expect(fromPeakOf({ quote: q, sentence: q }, '-$2.38 Trillion')?.kind).toBe('HIGHEST');
    expect(fromPeakOf({ quote: 'down $2.3 trillion from the peak in April 2022', sentence: null }, '$2.3 trillion')).toBeNull();
    expect(fromPeakOf({ quote: '资产负债表较峰值减少2.4万亿美元', sentence: null }, '2.4万亿美元')?.kind).toBe('HIGHEST');
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const c = claim(q, [{ surface: '-$2.38 Trillion', value: -2.38e12, frame: frame({ factorId: 'f-bs', mode: 'CHANGE', direction: 'DECREASE', window: { start: '2025-10-03', end: '2025-10-03' }, timeSource: 'DOCUMENT_DATE' }) }], '2025-10-03');
    const history = (last: number) => [...weekly('2022-03-30', [8_900_000, 8_937_000, 8_965_487, 8_940_000]), ...weekly('2025-09-03', [6_610_000, 6_600_000, 6_590_000, 6_600_000, last])];
    const [k] = run(c, [walcl], { WALCL: history(6_587_000) });
    expect(k!.verdict).toBe('CONSISTENT');
    expect(k!.explanation).toMatch(/from the peak of WALCL/);
    // peaks taken as the start of a move (time18): the window reported is the move's, from the record's peak to the
    // latest figure published, not the document's day the words were read at.
    expect(k!.window).toMatchObject({ from: '2022-04-13', to: '2025-10-01' });
    // A fall from the peak the record does not bear stays undecided: the peak may be another series'.
    expect(run(c, [walcl], { WALCL: history(7_500_000) })[0]!.verdict).toBe('INCONCLUSIVE');
  });
});
