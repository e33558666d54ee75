/**
 * What the rest of a claim's sentence says about its figure (issue 18, the judging): a claim is one clause of its
 * sentence, while the words that date or qualify it are often in another clause. Pure: hand-made frames and
 * observations, sentences written for this test in the press's manner. Each test is named after the defect it caught.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import { assertionIsAnothers, firstSinceOf, namedWindowOf, streakOf, timeQualifiers } from '../../src/checks/sentence-words.ts';
import { sinceIn } from '../../src/quantities/time-expressions.ts';
import type { ClaimAssertion, QuantityFrame } from '../../src/quantities/frame.ts';

const ctx: CheckContext = {
  windows: [
    { id: 'shutdown-2025', label: 'the 2025 shutdown', from: '2025-10-01', to: '2025-11-12', match: ['停擺', '停摆', 'shutdown'] },
    { id: 'shutdown-2018', label: 'the 2018-2019 shutdown', from: '2018-12-22', to: '2019-01-25', match: ['2018-2019 shutdown'] },
  ],
  unmeasured: new Map(),
};

type Kind = 'WEEK_AVERAGE' | 'WEDNESDAY_LEVEL' | 'DAILY';
function measure(factorId: string, id: string, kind: Kind, scale: 1e6 | 1e9 = 1e6): Measure {
  const frequency = kind === 'DAILY' ? 'DAILY' : 'WEEKLY';
  return { factorId, how: kind, rank: 1, note: null, series: { id, title: id, unit: 'USD', scale, frequency, observationKind: kind, publisher: 'test', url: 'https://example.test', firstDate: '2018-01-01', lastDate: '2026-06-30', sourceId: 's' } };
}

function frame(over: Partial<QuantityFrame>): QuantityFrame {
  return { factorId: null, factorEvidence: null, mode: 'LEVEL', mood: 'STATED', moodEvidence: null, direction: null, period: null, window: null, timeText: null, timeSource: null, spanDays: null, base: null, extremum: null, ...over };
}

type Q = { surface: string; value: number; unit?: string; qualifier?: string | null; frame?: QuantityFrame | null };
function claim(quote: string, sentence: string | null, quantities: Q[], over: Partial<ClaimInput> = {}): ClaimInput {
  return {
    id: 'c',
    quote,
    sentence,
    kind: 'LEVEL',
    time: null,
    documentDate: '2025-11-14',
    factorIds: [],
    factorNames: {},
    quantities: quantities.map((q, i) => ({ surface: q.surface, value: q.value, upper: null, unit: q.unit ?? 'USD', qualifier: q.qualifier ?? null, position: i, frame: q.frame ?? null })),
    ...over,
  };
}

const days = (from: string, values: number[], step = 1): Observation[] => values.map((value, i) => ({ date: addDays(from, i * step), periodEnd: addDays(from, i * step), value }));
const run = (c: ClaimInput, measures: Measure[], obs: Record<string, Observation[]>) => planChecks(c, measures, ctx).map((p) => evaluateCheck(p, new Map(Object.entries(obs))));

const TGA = measure('f-tga', 'DTS_CLOSE', 'DAILY');
/** TGA closes (millions) from 2025-09-01: 800 bn rising 3 bn a day to a 1.0 tn peak on 2025-10-30, then 950 bn. */
const tga = days('2025-09-01', Array.from({ length: 120 }, (_, i) => (i <= 59 ? 823_000 + 3_000 * i : 950_000)));
const undated = (factorId: string, mode: QuantityFrame['mode'], over: Partial<QuantityFrame> = {}) => frame({ factorId, mode, window: { start: '2025-11-14', end: '2025-11-14' }, timeSource: 'DOCUMENT_DATE', ...over });

describe('issue 18: a named period written in another clause of the sentence is ignored', () => {
  it('"停摆期间…,TGA 余额从 8000 亿美元飙升至 1.1 万亿美元": the shutdown dates the figure, which is then firmly INCONSISTENT', () => {
    const sentence = '停摆期间财政部持续收款,但支出冻结,TGA 余额从 8000 亿美元飙升至 1.1 万亿美元。';
    const c = claim('TGA 余额从 8000 亿美元飙升至 1.1 万亿美元', sentence, [
      { surface: '8000 亿美元', value: 800e9, frame: undated('f-tga', 'LEVEL') },
      { surface: '1.1 万亿美元', value: 1.1e12, frame: undated('f-tga', 'REACHED', { direction: 'INCREASE' }) },
    ]);
    const checks = run(c, [TGA], { DTS_CLOSE: tga });
    const high = checks.find((k) => k.quantity?.surface === '1.1 万亿美元')!;
    expect(high.window).toMatchObject({ from: '2025-10-01', to: '2025-11-12' });
    expect(high.window?.basis).toMatch(/停摆/);
    expect(high.readingBasis?.window).toBe('TEXT');
    expect(high.verdict).toBe('INCONSISTENT');
    // Without the sentence, only the document's date: a fallback, never INCONSISTENT.
    const [alone] = run({ ...c, sentence: null }, [TGA], { DTS_CLOSE: tga }).filter((k) => k.quantity?.surface === '1.1 万亿美元');
    expect(alone!.verdict).toBe('INCONCLUSIVE');
  });

  it('a named period beside another figure, or of another year, is not the figure\'s ("has hoarded over $1 trillion…, compared to the $300 billion during the 2018-2019 shutdown")', () => {
    const quote = 'The TGA has hoarded over $1 trillion in cash, an increase compared to the $300 billion during the 2018-2019 shutdown period';
    const q1 = { surface: '$1 trillion', value: 1e12, unit: 'USD', qualifier: 'ABOVE', position: 0 };
    const q2 = { surface: '$300 billion', value: 300e9, unit: 'USD', qualifier: null, position: 1 };
    expect(namedWindowOf({ quote, sentence: quote }, { ...q1, upper: null }, ctx.windows, [{ ...q1, upper: null }, { ...q2, upper: null }])).toBeNull();
    expect(namedWindowOf({ quote, sentence: quote }, { ...q2, upper: null }, ctx.windows, [{ ...q1, upper: null }, { ...q2, upper: null }])?.window.id).toBe('shutdown-2018');
    const c = claim(quote, quote, [{ ...q1, frame: undated('f-tga', 'LEVEL', { window: { start: '2025-11-07', end: '2025-11-07' } }) }], { documentDate: '2025-11-07' });
    const [k] = run(c, [TGA], { DTS_CLOSE: tga });
    expect(k!.window?.label).not.toMatch(/shutdown/);
    expect(k!.verdict).toBe('INCONCLUSIVE');
    expect(k!.readingBasis?.window).toBe('DOCUMENT_DATE');
  });

  it('a named period inside the figure\'s own time narrows it ("the $300 billion during the 2018-2019 shutdown" is not the two years)', () => {
    const tga2018 = days('2018-06-06', Array.from({ length: 60 }, (_, i) => (i >= 29 && i <= 33 ? 380_000 : 300_000)), 7);
    const quote = 'compared to the $300 billion during the 2018-2019 shutdown period';
    const c = claim(quote, quote, [{ surface: '$300 billion', value: 300e9, frame: frame({ factorId: 'f-tga', window: { start: '2018-01-01', end: '2019-12-31' }, timeText: '2018-2019', timeSource: 'TEXT' }) }]);
    const [k] = run(c, [measure('f-tga', 'WDTGAL', 'WEDNESDAY_LEVEL')], { WDTGAL: tga2018 });
    expect(k!.window).toMatchObject({ from: '2018-12-22', to: '2019-01-25' });
    expect(k!.verdict).toBe('INCONSISTENT');
  });
});

describe('issue 18: a deadline written in another clause is ignored', () => {
  it('"截至上周五,…余额首次突破 1 万亿美元": the line crossed on Thursday holds by Friday', () => {
    expect(timeQualifiers({ quote: '余额首次突破 1 万亿美元', sentence: '截至上周五,财政部一般账户余额首次突破 1 万亿美元。' }, '上周五').byDate).toBe(true);
    expect(timeQualifiers({ quote: '余额首次突破 1 万亿美元', sentence: '上周五,财政部一般账户余额首次突破 1 万亿美元。' }, '上周五').byDate).toBe(false);
    const sentence = '截至上周五,财政部一般账户 ( TGA ) 余额首次突破 1 万亿美元,创近五年新高。';
    const c = claim('余额首次突破 1 万亿美元', sentence, [{ surface: '1 万亿美元', value: 1e12, qualifier: 'ABOVE', frame: frame({ factorId: 'f-tga', mode: 'CROSSED', direction: 'INCREASE', window: { start: '2025-10-31', end: '2025-10-31' }, timeText: '上周五', timeSource: 'TEXT' }) }], { documentDate: '2025-11-04' });
    const dip = tga.map((o) => (o.date === '2025-10-31' ? { ...o, value: 926_000 } : o));
    const [k] = run(c, [TGA], { DTS_CLOSE: dip });
    expect(k!.verdict).toBe('CONSISTENT');
    expect(k!.reason).toMatch(/by/);
  });
});

describe('issue 18: "the lowest since" written outside the assertion\'s own words is not read', () => {
  it('reads since when in the words and the clause: years, parts of a year, months and days, in English and Chinese', () => {
    expect(sinceIn('为 2021 年初以来最低')).toMatchObject({ start: '2021-01-01', end: '2021-04-30' });
    expect(sinceIn('创下自2020年6月以来的最低水平')).toMatchObject({ start: '2020-06-01', end: '2020-06-30' });
    expect(sinceIn('the lowest value since April 15, 2021')).toMatchObject({ start: '2021-04-15', end: '2021-04-15' });
    expect(sinceIn('the lowest since early 2021')).toMatchObject({ start: '2021-01-01', end: '2021-04-30' });
    expect(sinceIn('the lowest since 2020')).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
    expect(sinceIn('the lowest in four years')).toBeNull();
  });

  it('"美联储储备金已跌至 2.85 万亿美元,为 2021 年初以来最低": reserves were lower in January 2023, so the claim is MISLEADING', () => {
    const RES = measure('f-res', 'WRESBAL', 'WEEK_AVERAGE');
    const weeks = days('2020-12-30', Array.from({ length: 253 }, (_, i) => (i === 105 ? 2_830_000 : i >= 250 ? 2_848_000 : 3_200_000)), 7);
    const quote = '美联储储备金已跌至 2.85 万亿美元,为 2021 年初以来最低';
    const assertion: ClaimAssertion = { kind: 'EXTREMUM_SINCE', text: '最低', start: 100, end: 102, factorId: 'f-res' };
    const docDate = weeks.at(-1)!.date;
    const c = claim(quote, quote, [{ surface: '2.85 万亿美元', value: 2.85e12, frame: frame({ factorId: 'f-res', mode: 'REACHED', direction: 'DECREASE', window: { start: docDate, end: docDate }, timeSource: 'DOCUMENT_DATE' }) }], { documentDate: docDate, assertions: [assertion] });
    const [k] = run(c, [RES], { WRESBAL: weeks });
    const part = k!.parts.find((p) => p.kind === 'EXTREMUM_SINCE')!;
    expect(part.holds).toBe(false);
    expect(part.text).toMatch(/2021/);
    expect(k!.verdict).toBe('MISLEADING');
  });

  it('"the lowest since" fails only on values beyond the claimed figure too, before the earliest day the claim may speak of', () => {
    const RES = measure('f-res', 'WRESBAL', 'WEEK_AVERAGE');
    // A dip to 2.80 tn in the days the fallback window covers, after the claim's own (unknown) day: not evidence against it.
    const weeks = days('2021-06-02', Array.from({ length: 230 }, (_, i) => (i === 228 ? 2_800_000 : i === 229 ? 2_860_000 : 3_200_000)), 7);
    const quote = '储备金已跌至 2.85 万亿美元,为 2021 年以来最低';
    const docDate = addDays(weeks.at(-1)!.date, 2);
    const c = claim(quote, quote, [{ surface: '2.85 万亿美元', value: 2.85e12, frame: frame({ factorId: 'f-res', mode: 'REACHED', direction: 'DECREASE', window: { start: docDate, end: docDate }, timeSource: 'DOCUMENT_DATE' }) }], { documentDate: docDate, assertions: [{ kind: 'EXTREMUM_SINCE', text: '最低', start: 90, end: 92, factorId: 'f-res' }] });
    const [k] = run(c, [RES], { WRESBAL: weeks });
    expect(k!.parts.find((p) => p.kind === 'EXTREMUM_SINCE')!.holds).not.toBe(false);
    expect(k!.verdict).not.toBe('MISLEADING');
  });

  it('an assertion is the nearest checked figure\'s, never a date read as a quantity ("降至2.93万亿美元,创下自2020年6月以来的最低水平" is not the 3万亿 line\'s)', () => {
    const quote = '9月末,准备金余额首次跌破3万亿美元,降至2.93万亿美元,创下自2020年6月以来的最低水平';
    const w = { start: '2025-09-21', end: '2025-09-30' };
    const c = claim(quote, quote, [
      { surface: '9月', value: 202509, unit: 'month', frame: frame({ mode: 'OTHER' }) },
      { surface: '3万亿美元', value: 3e12, qualifier: 'BELOW', frame: frame({ factorId: 'f-res', mode: 'CROSSED', direction: 'DECREASE', window: w, timeText: '9月末', timeSource: 'TEXT' }) },
      { surface: '2.93万亿美元', value: 2.93e12, frame: frame({ factorId: 'f-res', mode: 'REACHED', direction: 'DECREASE', window: w, timeText: '9月末', timeSource: 'TEXT' }) },
      { surface: '2020年6月', value: 202006, unit: 'month', frame: frame({ mode: 'OTHER' }) },
    ], { documentDate: '2025-12-19', assertions: [{ kind: 'EXTREMUM_SINCE', text: '最低水平', start: 590, end: 594, factorId: 'f-res' }] });
    const plans = planChecks(c, [measure('f-res', 'WRESBAL', 'WEEK_AVERAGE')], ctx);
    const owner = plans.filter((p) => p.assertions.length).map((p) => p.quantity?.surface);
    expect(owner).toEqual(['2.93万亿美元']);
  });

  it('an assertion written beside another claim\'s figure in the sentence is not this claim\'s', () => {
    const sentence = '9月末,准备金余额首次跌破3万亿美元,降至2.93万亿美元,创下自2020年6月以来的最低水平。';
    expect(assertionIsAnothers({ quote: '准备金余额首次跌破3万亿美元', sentence }, '最低水平')).toBe(true);
    expect(assertionIsAnothers({ quote: '降至2.93万亿美元', sentence }, '最低水平')).toBe(false);
    expect(assertionIsAnothers({ quote: '降至2.93万亿美元,创下自2020年6月以来的最低水平', sentence }, '最低水平')).toBe(false);
  });
});

describe('issue 18: a change between two stated days is counted only from the figure before the first day', () => {
  it('"swelled by $375 billion between Dec. 20 and Dec. 31": from the figure of Dec. 20, not Dec. 19', () => {
    const RRP = measure('f-rrp', 'RRPONTSYD', 'DAILY', 1e9);
    const rrp = days('2024-12-16', [100, 110, 105, 112.4, 98.4, 150, 200, 250, 300, 350, 400, 420, 440, 460, 473.4]);
    const quote = 'Balances at RRP swelled by $375 billion between Dec. 20 and Dec. 31';
    const c = claim(quote, quote, [{ surface: '$375 billion', value: 375e9, frame: frame({ factorId: 'f-rrp', mode: 'CHANGE', direction: 'INCREASE', window: { start: '2024-12-20', end: '2024-12-30' }, timeText: 'Dec. 20 and Dec. 31', timeSource: 'TEXT' }) }], { documentDate: '2025-01-03' });
    const [k] = run(c, [RRP], { RRPONTSYD: rrp });
    expect(k!.verdict).toBe('CONSISTENT');
    expect(k!.reason).toMatch(/first published figure \(2024-12-20\)/);
  });
});

describe('issue 18: "for the first time since" said of a line crossed is not checked', () => {
  const RES = measure('f-res', 'WRESBAL', 'WEEK_AVERAGE');
  // Week averages from 2020-04-01 at 3.2 tn, a dip below 3 tn in 2022, then 3.2 tn until a fall to 2.97 tn on 2025-10-01.
  const weeks = days('2020-04-01', Array.from({ length: 288 }, (_, i) => (i === 130 ? 2_960_000 : i >= 286 ? 2_966_000 : 3_200_000)), 7);
  const at = weeks.at(-1)!.date;
  const w = { start: addDays(at, -14), end: at };
  const crossing = (sentence: string, quote: string) =>
    claim(quote, sentence, [{ surface: '3兆美元', value: 3e12, qualifier: 'BELOW', frame: frame({ factorId: 'f-res', mode: 'CROSSED', direction: 'DECREASE', window: w, timeText: '9月下半月', timeSource: 'TEXT' }) }], { documentDate: addDays(at, 10) });

  it('"銀行準備金餘額將跌破3兆美元，為新冠疫情以來首見": reserves were below 3 tn in 2022, so the crossing holds and the claim is MISLEADING', () => {
    const [k] = run(crossing('情勢可能在9月下半月改變，銀行準備金餘額將跌破3兆美元，為新冠疫情以來首見。', '銀行準備金餘額將跌破3兆美元'), [RES], { WRESBAL: weeks });
    const first = k!.parts.find((p) => p.kind === 'CROSSING' && /first time/.test(p.text))!;
    expect(first.holds).toBe(false);
    expect(first.text).toMatch(/2.960 trillion USD/);
    expect(k!.verdict).toBe('MISLEADING');
  });

  it('"first" without a since, or a first since written beside another figure, is not tested', () => {
    const [plain] = run(crossing('9月末,准备金余额首次跌破3兆美元。', '准备金余额首次跌破3兆美元'), [RES], { WRESBAL: weeks });
    expect(plain!.verdict).toBe('CONSISTENT');
    const [other] = run(crossing('准备金余额跌破3兆美元,TGA升至1万亿美元,为疫情以来首见。', '准备金余额跌破3兆美元'), [RES], { WRESBAL: weeks });
    expect(other!.verdict).toBe('CONSISTENT');
  });
});

describe('issue 18: a run of weekly moves ("连续第八周下降") is not checked', () => {
  const RES = measure('f-res', 'WRESBAL', 'WEEK_AVERAGE');
  // Week averages to 2025-10-22: falling for ten weeks except a rise in the weeks ending 8 and 15 October.
  const values = [3300, 3280, 3260, 3240, 3220, 3200, 3180, 3160, 3140, 2966, 2998, 3019, 2933].map((v) => v * 1000);
  const weeks = days(addDays('2025-10-22', -7 * (values.length - 1)), values, 7);
  const c = (sentence: string, quote: string) =>
    claim(quote, sentence, [{ surface: '2.93万亿美元', value: 2.93e12, frame: frame({ factorId: 'f-res', mode: 'LEVEL', window: { start: '2025-10-22', end: '2025-10-22' }, timeText: '10月22日当周', timeSource: 'TEXT' }) }], { documentDate: '2025-12-19' });

  it('"到10月22日当周,准备金维持在2.93万亿美元,已是连续第八周下降": it rose in two of those weeks, so the claim is MISLEADING', () => {
    const [k] = run(c('到10月22日当周,准备金维持在2.93万亿美元,已是连续第八周下降。', '准备金维持在2.93万亿美元'), [RES], { WRESBAL: weeks });
    const part = k!.parts.find((p) => p.kind === 'DIRECTION' && /连续第八周/.test(p.text))!;
    expect(part.holds).toBe(false);
    expect(part.text).toMatch(/2 of its last 8 weeks/);
    expect(k!.verdict).toBe('MISLEADING');
  });

  it('a run that did happen holds; English "for a third straight week" is read too', () => {
    const [k] = run(c('准备金降至2.93万亿美元,连续第二周下降。', '准备金降至2.93万亿美元'), [RES], { WRESBAL: weeks.slice(0, 10) });
    expect(streakOf({ quote: 'reserves fell to $2.93 trillion for a third straight week', sentence: null }, '$2.93 trillion')).toMatchObject({ count: 3, step: 'WEEK', direction: 'DECREASE' });
    expect(k!.parts.some((p) => p.kind === 'DIRECTION' && p.holds === false)).toBe(false);
  });
});

describe('issue 18: "first" and a "since" in different clauses are not one "first time since"', () => {
  it('needs both in one clause', () => {
    expect(firstSinceOf({ quote: '准备金跌破3万亿美元', sentence: '准备金自2023年以来持续下降，本周首次跌破3万亿美元。' }, '3万亿美元')).toBeNull();
    expect(firstSinceOf({ quote: 'reserves fell below $3 trillion', sentence: 'reserves fell below $3 trillion for the first time since 2020.' }, '$3 trillion')).toMatchObject({ start: '2020-01-01' });
  });
});

describe('issue 18: changes read as levels ("burned through $286BN … in the past month")', () => {
  // DTS closes (millions) for March 2025: 559.6 bn on 28 Feb, 566.7 bn on 3 Mar, falling to 280.65 bn on Thursday 27
  // Mar and 301.8 bn on Friday 28 Mar (published on Monday 31 Mar, after a document dated Sunday 30 Mar).
  const march: Observation[] = [
    { date: '2025-02-28', periodEnd: '2025-02-28', value: 559_582 },
    ...Array.from({ length: 19 }, (_, i) => ({ date: addDays('2025-03-03', i), periodEnd: addDays('2025-03-03', i), value: 566_710 - (i * (566_710 - 316_000)) / 18 })),
    { date: '2025-03-27', periodEnd: '2025-03-27', value: 280_650 },
    { date: '2025-03-28', periodEnd: '2025-03-28', value: 301_800 },
  ];
  const quote = 'Treasury burned through $286BN of its cash balance in the past month';
  const level = (w: { start: string; end: string }) => claim(quote, quote, [{ surface: '$286BN', value: 286e9, frame: frame({ factorId: 'f-tga', mode: 'LEVEL', window: w, timeText: 'in the past month', timeSource: 'TEXT' }) }], { documentDate: '2025-03-30' });

  it('the change the words say is tried too: from the month\'s first close to the last published by the document\'s date, it holds', () => {
    const [k] = run(level({ start: '2025-03-01', end: '2025-03-30' }), [TGA], { DTS_CLOSE: march });
    expect(k!.verdict).toBe('CONSISTENT');
    expect(k!.mode).toBe('CHANGE');
    expect(k!.reason).toMatch(/Read as a change, as the words before "\$286BN" say/);
    expect(k!.observation?.periodEnd).toBe('2025-03-27');
  });

  it('the change tried can only confirm: a change that does not hold leaves the level\'s INCONCLUSIVE', () => {
    const c = level({ start: '2025-03-01', end: '2025-03-30' });
    c.quantities[0]!.value = 150e9;
    c.quantities[0]!.surface = '$150BN';
    c.quote = c.sentence = 'Treasury burned through $150BN of its cash balance in the past month';
    const [k] = run(c, [TGA], { DTS_CLOSE: march });
    expect(k!.verdict).toBe('INCONCLUSIVE');
  });
});
