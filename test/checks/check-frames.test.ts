/**
 * Checks by frame (issue 18): each quantity held against the record in its own mode, with its own date and factor,
 * and the claim's other assertions checked too. Pure: hand-made frames and observations. The `issue 18:` tests are
 * the regressions named after the defects the issue saw.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import type { ClaimAssertion, QuantityFrame } from '../../src/quantities/frame.ts';

const ctx: CheckContext = { windows: [{ id: 'shutdown', label: 'the shutdown', from: '2025-10-01', to: '2025-11-12', match: ['停擺', 'shutdown'] }], unmeasured: new Map() };

type Kind = 'WEEK_AVERAGE' | 'WEDNESDAY_LEVEL' | 'DAILY' | 'DAILY_FLOW' | 'END_OF_PERIOD';
function measure(factorId: string, id: string, kind: Kind, rank = 1, scale: 1e6 | 1e9 = 1e6, first = '2019-01-01', last = '2026-06-30'): Measure {
  const frequency = kind === 'END_OF_PERIOD' ? 'QUARTERLY' : kind === 'DAILY' || kind === 'DAILY_FLOW' ? 'DAILY' : 'WEEKLY';
  return { factorId, how: kind, rank, note: null, series: { id, title: id, unit: 'USD', scale, frequency, observationKind: kind, publisher: 'test', url: 'https://example.test', firstDate: first, lastDate: last, sourceId: 's' } };
}

function frame(over: Partial<QuantityFrame>): QuantityFrame {
  return { factorId: null, factorEvidence: null, mode: 'LEVEL', mood: null, moodEvidence: null, direction: null, period: null, window: null, timeText: null, timeSource: null, spanDays: null, base: null, extremum: null, ...over };
}

function claim(quote: string, quantities: { surface: string; value: number; unit?: string; qualifier?: string | null; frame?: QuantityFrame | null }[], over: Partial<ClaimInput> = {}): ClaimInput {
  return {
    id: 'c',
    quote,
    kind: 'LEVEL',
    time: null,
    documentDate: '2025-11-05',
    factorIds: [],
    factorNames: {},
    quantities: quantities.map((q, i) => ({ surface: q.surface, value: q.value, upper: null, unit: q.unit ?? 'USD', qualifier: q.qualifier ?? null, position: i, frame: q.frame ?? null })),
    ...over,
  };
}

const days = (from: string, values: number[], step = 1): Observation[] => values.map((value, i) => ({ date: addDays(from, i * step), periodEnd: addDays(from, i * step), value }));

function run(c: ClaimInput, measures: Measure[], obs: Record<string, Observation[]>) {
  return planChecks(c, measures, ctx).map((p) => evaluateCheck(p, new Map(Object.entries(obs))));
}

const TGA = measure('f-tga', 'DTS_CLOSE', 'DAILY');
/** TGA closing balances (millions) from 2025-10-01: 900 bn rising 2.9 bn a day, to 1,024.7 bn on 2025-11-12. */
const tga = days('2025-10-01', Array.from({ length: 60 }, (_, i) => 900_000 + 2_900 * i));
const tgaOn = (d: string) => tga.find((o) => o.date === d)!.value * 1e6;

describe('issue 18: the claim\'s own date is ignored', () => {
  it('a level dated in its sentence (10月30日) is held at that day, not at the document\'s date', () => {
    const v = tgaOn('2025-10-30');
    const [c] = run(claim('TGA余额10月30日增至9843亿美元', [{ surface: '9843亿美元', value: v, frame: frame({ factorId: 'f-tga', mode: 'LEVEL', window: { start: '2025-10-30', end: '2025-10-30' }, timeText: '10月30日', timeSource: 'TEXT' }) }], { documentDate: '2025-11-20' }), [TGA], { DTS_CLOSE: tga });
    expect(c!.window).toMatchObject({ from: '2025-10-30', to: '2025-10-30' });
    expect(c!.readingBasis?.window).toBe('TEXT');
    expect(c!.recorded).toBe(v);
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.explanation).toMatch(/10月30日/);
  });

  it('a figure with no date in its sentence is held at the document\'s date as a stated fallback, and never called INCONSISTENT', () => {
    const [c] = run(claim('TGA余额达7000亿美元', [{ surface: '7000亿美元', value: 700e9, frame: frame({ factorId: 'f-tga', mode: 'LEVEL', window: { start: '2025-11-05', end: '2025-11-05' }, timeSource: 'DOCUMENT_DATE' }) }]), [TGA], { DTS_CLOSE: tga });
    expect(c!.readingBasis?.window).toBe('DOCUMENT_DATE');
    expect(c!.verdict).toBe('INCONCLUSIVE');
    expect(c!.reason).toMatch(/states no date/);
  });
});

describe('issue 18: changes and flows read as levels', () => {
  it('a change over a window is the difference of the series, not the balance', () => {
    const rise = tgaOn('2025-10-30') - tgaOn('2025-09-30' < tga[0]!.date ? '2025-10-01' : '2025-10-01');
    const [c] = run(
      claim('TGA 10月增加了近870亿美元', [{ surface: '870亿美元', value: 87e9, qualifier: 'NEARLY', frame: frame({ factorId: 'f-tga', mode: 'CHANGE', direction: 'INCREASE', window: { start: '2025-10-02', end: '2025-10-30' }, timeSource: 'TEXT' }) }]),
      [TGA],
      { DTS_CLOSE: tga },
    );
    expect(c!.mode).toBe('CHANGE');
    expect(c!.change?.total).toBeCloseTo(rise, -3);
    expect(c!.verdict).toBe('CONSISTENT');
  });

  it('"drew the TGA down by $150 billion within two weeks" is a change over 14 days; a change dated only by its end is inconclusive', () => {
    const falling = days('2025-10-01', Array.from({ length: 40 }, (_, i) => 1_000_000 - 11_000 * i));
    const f = frame({ factorId: 'f-tga', mode: 'CHANGE', direction: 'DECREASE', window: { start: '2025-10-29', end: '2025-10-29' }, timeSource: 'TEXT', spanDays: 14 });
    const [c] = run(claim('drew the TGA down by $150 billion within two weeks', [{ surface: '$150 billion', value: 150e9, frame: f }]), [TGA], { DTS_CLOSE: falling });
    expect(c!.window).toMatchObject({ from: '2025-10-16', to: '2025-10-29' });
    expect(c!.change?.total).toBe(-11_000e6 * 14);
    expect(c!.verdict).toBe('CONSISTENT');
    const [noSpan] = run(claim('drew the TGA down by $150 billion', [{ surface: '$150 billion', value: 150e9, frame: { ...f, spanDays: null } }]), [TGA], { DTS_CLOSE: falling });
    expect(noSpan!.verdict).toBe('INCONCLUSIVE');
    expect(noSpan!.reason).toMatch(/span/);
  });

  it('a flow per month from a weekly balance: the change per month', () => {
    const assets = measure('f-assets', 'WALCL', 'WEDNESDAY_LEVEL');
    const weekly = days('2025-06-04', Array.from({ length: 30 }, (_, i) => 6_700_000 - 5_000 * i), 7);
    const [c] = run(claim('the Fed shrank its balance sheet by $20 billion per month', [{ surface: '$20 billion', value: 20e9, unit: 'USD/month', frame: frame({ factorId: 'f-assets', mode: 'FLOW', direction: 'DECREASE', period: 'MONTH', window: { start: '2025-07-01', end: '2025-10-31' }, timeSource: 'TEXT' }) }]), [assets], { WALCL: weekly });
    expect(c!.mode).toBe('FLOW');
    expect(c!.change?.period).toBe('MONTH');
    expect(c!.verdict).toBe('CONSISTENT');
  });

  it('"broke through $1 trillion" is a line crossed within the window, not the level on the publication day', () => {
    const f = frame({ factorId: 'f-tga', mode: 'CROSSED', direction: 'INCREASE', window: { start: '2025-11-01', end: '2025-11-12' }, timeSource: 'TEXT' });
    const [c] = run(claim('TGA突破1兆美元', [{ surface: '1兆美元', value: 1e12, frame: f }], { documentDate: '2025-12-20' }), [TGA], { DTS_CLOSE: tga });
    expect(c!.mode).toBe('CROSSED');
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.parts.find((p) => p.kind === 'CROSSING')?.holds).toBe(true);
    const [never] = run(claim('TGA突破1.2兆美元', [{ surface: '1.2兆美元', value: 1.2e12, frame: f }]), [TGA], { DTS_CLOSE: tga });
    expect(never!.verdict).toBe('INCONSISTENT');
  });
});

describe('issue 18: only the number is checked', () => {
  const withdrawals = measure('f-flows', 'TREASURY:DTS_TGA_WITHDRAWALS', 'DAILY_FLOW');
  const flows = (value: number) => days('2025-10-01', Array.from({ length: 43 }, () => value));
  const stopped: ClaimAssertion = { kind: 'FLOW_STOPPED', text: '無法支出', start: 0, end: 0, factorId: 'f-tga' };

  it('"cannot be spent" while the DTS records withdrawals: the number holds, the claim is MISLEADING, with the evidence', () => {
    const v = tgaOn('2025-11-12');
    const f = frame({ factorId: 'f-tga', mode: 'REACHED', direction: 'INCREASE', window: { start: '2025-10-01', end: '2025-11-12' }, timeSource: 'TEXT' });
    const [c] = run(claim('政府停擺期間TGA帳戶餘額飆升至1.02萬億美元卻無法支出', [{ surface: '1.02萬億美元', value: v, frame: f }], { assertions: [stopped] }), [TGA, withdrawals], {
      DTS_CLOSE: tga,
      'TREASURY:DTS_TGA_WITHDRAWALS': flows(100_000),
      'TREASURY:DTS_TGA_DEPOSITS': flows(103_000),
    });
    expect(c!.verdict).toBe('MISLEADING');
    const part = c!.parts.find((p) => p.kind === 'FLOW_STOPPED')!;
    expect(part.holds).toBe(false);
    expect(part.text).toMatch(/4\.300 trillion USD of withdrawals/);
    expect(c!.parts.find((p) => p.kind === 'NUMBER')?.holds).toBe(true);
    expect(c!.explanation).toMatch(/misleading/);
  });

  it('a stock presented as an amount issued: 38T is the debt outstanding, which rose far less', () => {
    const debt = measure('f-debt', 'FRED:GFDEBTN', 'END_OF_PERIOD');
    const obs = [
      { date: '2024-07-01', periodEnd: '2024-09-30', value: 35_464_674 },
      { date: '2024-10-01', periodEnd: '2024-12-31', value: 36_218_605 },
      { date: '2025-07-01', periodEnd: '2025-09-30', value: 37_637_552 },
      { date: '2025-10-01', periodEnd: '2025-12-31', value: 38_514_009 },
    ];
    const f = frame({ factorId: 'f-debt', mode: 'CHANGE', window: { start: '2025-10-22', end: '2025-10-22' }, timeSource: 'TEXT' });
    const [c] = run(claim('財政部瘋狂增發的38萬億美元國債', [{ surface: '38萬億美元', value: 38e12, frame: f }], { assertions: [{ kind: 'STOCK_AS_FLOW', text: '瘋狂增發', start: 0, end: 0, factorId: 'f-debt' }] }), [debt], { 'FRED:GFDEBTN': obs });
    expect(c!.verdict).toBe('MISLEADING');
    expect(c!.mode).toBe('LEVEL');
    expect(c!.parts.find((p) => p.kind === 'STOCK_AS_FLOW')?.text).toMatch(/rose by/);
  });

  it('a stock presented as issued in a claim with no date at all: the record cannot tell (was a RangeError on the empty window)', () => {
    const debt = measure('f-debt', 'FRED:GFDEBTN', 'END_OF_PERIOD');
    const obs = [
      { date: '2025-07-01', periodEnd: '2025-09-30', value: 37_637_552 },
      { date: '2025-10-01', periodEnd: '2025-12-31', value: 38_514_009 },
    ];
    const [c] = run(claim('財政部瘋狂增發的38萬億美元國債', [{ surface: '38萬億美元', value: 38e12, frame: frame({ factorId: 'f-debt', mode: 'CHANGE' }) }], { documentDate: null, assertions: [{ kind: 'STOCK_AS_FLOW', text: '瘋狂增發', start: 0, end: 0, factorId: 'f-debt' }] }), [debt], { 'FRED:GFDEBTN': obs });
    expect(c!.verdict).toBe('INCONCLUSIVE');
    expect(c!.parts.find((p) => p.kind === 'STOCK_AS_FLOW')).toMatchObject({ holds: null, text: expect.stringMatching(/no date/) });
  });

  it('"the lowest since early 2021" when the series was lower in 2023: MISLEADING, naming the lower week', () => {
    const reserves = measure('f-res', 'WRESBAL', 'WEEK_AVERAGE');
    const history = [
      { date: '2021-03-03', periodEnd: '2021-03-03', value: 3_400_000 },
      { date: '2023-01-04', periodEnd: '2023-01-04', value: 2_800_000 },
      { date: '2025-10-22', periodEnd: '2025-10-22', value: 2_900_000 },
      { date: '2025-10-29', periodEnd: '2025-10-29', value: 2_850_000 },
    ];
    const f = frame({ factorId: 'f-res', mode: 'EXTREMUM', window: { start: '2025-10-29', end: '2025-10-29' }, timeSource: 'TEXT', extremum: { kind: 'LOWEST', since: { start: '2021-01-01', end: '2021-03-31' }, sinceText: 'since early 2021' } });
    const [c] = run(claim('reserves fell to $2.85 trillion, the lowest since early 2021', [{ surface: '$2.85 trillion', value: 2.85e12, frame: f }]), [reserves], { WRESBAL: history });
    expect(c!.verdict).toBe('MISLEADING');
    expect(c!.parts.find((p) => p.kind === 'EXTREMUM')?.text).toMatch(/2023-01-04/);
  });

  it('a base that held ("down from more than $2 trillion in 2022") is checked as a past level of the same measure', () => {
    const rrp = measure('f-rrp', 'RRPONTSYD', 'DAILY', 1, 1e9);
    const obs = [...days('2022-06-01', [2_100, 2_200, 2_300]), ...days('2025-10-27', [50, 52, 51])];
    const f = frame({ factorId: 'f-rrp', mode: 'LEVEL', window: { start: '2025-10-29', end: '2025-10-29' }, timeSource: 'TEXT', base: { value: 2e12, unit: 'USD', window: { start: '2022-01-01', end: '2022-12-31' }, timeText: 'in 2022' } });
    const [c] = run(claim('the reverse repo facility held $51 billion, down from more than $2 trillion in 2022', [{ surface: '$51 billion', value: 51e9, frame: f }]), [rrp], { RRPONTSYD: obs });
    expect(c!.series?.id).toBe('RRPONTSYD');
    expect(c!.recorded).toBe(51e9); // billions, scaled
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.parts.find((p) => p.kind === 'BASE')?.holds).toBe(true);
  });
});

describe('issue 18: the wrong factor, so the wrong series', () => {
  const WRESBAL = measure('f-res', 'WRESBAL', 'WEEK_AVERAGE', 1);
  const WRBWFRBL = measure('f-res', 'WRBWFRBL', 'WEDNESDAY_LEVEL', 2);
  const week = [{ date: '2025-10-29', periodEnd: '2025-10-29', value: 2_848_021 }];
  const level = [{ date: '2025-10-29', periodEnd: '2025-10-29', value: 2_795_000 }];
  const f = frame({ factorId: 'f-res', mode: 'LEVEL', window: { start: '2025-10-29', end: '2025-10-29' }, timeSource: 'TEXT' });

  it('a Wednesday-level figure is held against the Wednesday level too, and is consistent with it', () => {
    const [c] = run(claim('reserves were $2.795 trillion on Wednesday', [{ surface: '$2.795 trillion', value: 2.795e12, frame: f }]), [WRESBAL, WRBWFRBL], { WRESBAL: week, WRBWFRBL: level });
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.series?.id).toBe('WRBWFRBL');
    expect(c!.reason).toMatch(/week average \(WRESBAL\) was 2\.848 trillion/);
  });

  it('against the week average alone, when the Wednesday level does not cover the date: INCONCLUSIVE, never INCONSISTENT', () => {
    const shortLevel = { ...WRBWFRBL, series: { ...WRBWFRBL.series, lastDate: '2025-06-25' } };
    const [c] = run(claim('reserves were $2.795 trillion on Wednesday', [{ surface: '$2.795 trillion', value: 2.795e12, frame: f }]), [WRESBAL, shortLevel], { WRESBAL: week });
    expect(c!.verdict).toBe('INCONCLUSIVE');
    expect(c!.reason).toMatch(/cannot tell/);
  });

  it('a quantity never borrows a factor from its claim: no factor in its sentence, no check', () => {
    const [c] = run(claim('SOFR was 4.42%', [{ surface: '$4.42 trillion', value: 4.42e12, frame: frame({ factorId: null, mode: 'LEVEL' }) }], { factorIds: ['f-res'] }), [WRESBAL], { WRESBAL: week });
    expect(c!.verdict).toBe('NOT_CHECKABLE');
    expect(c!.reason).toMatch(/names no measured factor/);
  });

  it('a rate (SOFR 4.42%) is never held against a USD balance, whatever factor it was filed under', () => {
    const [c] = run(claim('SOFR rose to 4.42% as reserves fell', [{ surface: '4.42%', value: 4.42, unit: '%', frame: frame({ factorId: 'f-res', mode: 'LEVEL', window: { start: '2025-10-29', end: '2025-10-29' }, timeSource: 'TEXT' }) }]), [WRESBAL], { WRESBAL: week });
    expect(c!.verdict).toBe('NOT_CHECKABLE');
    expect(c!.reason).toMatch(/in %/);
  });

  it('each quantity of a sentence is held against its own factor\'s series', () => {
    const checks = run(
      claim('Reserves fell to $2.85 trillion and the TGA rose to $1 trillion', [
        { surface: '$2.85 trillion', value: 2.85e12, frame: f },
        { surface: '$1 trillion', value: 1e12, frame: frame({ factorId: 'f-tga', mode: 'LEVEL', window: { start: '2025-11-10', end: '2025-11-10' }, timeSource: 'TEXT' }) },
      ]),
      [WRESBAL, TGA],
      { WRESBAL: week, DTS_CLOSE: tga },
    );
    expect(checks.map((c) => c.series?.id)).toEqual(['WRESBAL', 'DTS_CLOSE']);
    expect(checks.map((c) => c.verdict)).toEqual(['CONSISTENT', 'CONSISTENT']);
  });
});

describe('precision first', () => {
  it('a figure whose time was taken from another figure of the sentence is never INCONSISTENT; "目前" beside it makes the document\'s date its time', () => {
    const assets = measure('f-assets', 'WALCL', 'WEDNESDAY_LEVEL');
    const obs = [...days('2020-01-01', Array.from({ length: 9 }, () => 4_170_000), 7), ...days('2022-01-05', Array.from({ length: 52 }, () => 8_900_000), 7), ...days('2025-12-03', [6_550_000, 6_560_000, 6_580_000], 7)];
    const f2022 = frame({ factorId: 'f-assets', mode: 'LEVEL', window: { start: '2022-01-01', end: '2022-12-31' }, timeText: '2022年', timeSource: 'TEXT' });
    const f2022apr = frame({ factorId: 'f-assets', mode: 'LEVEL', window: { start: '2022-04-01', end: '2022-04-30' }, timeText: '2022 年 4 月', timeSource: 'TEXT' });
    // "自 2020 年 2 月約 4.2 兆美元，膨脹至 2022 年 4 月約 9 兆美元": 2022 年 4 月 is the 9 兆's.
    const quote = '資產負債表自 2020 年 2 月約 4.2 兆美元，膨脹至 2022 年 4 月約 9 兆美元';
    const [early] = run(claim(quote, [{ surface: '4.2 兆美元', value: 4.2e12, qualifier: 'ABOUT', frame: f2022apr }, { surface: '9 兆美元', value: 9e12, qualifier: 'ABOUT', frame: f2022apr }]), [assets], { WALCL: obs });
    expect(early!.verdict).toBe('INCONCLUSIVE');
    expect(early!.reason).toMatch(/2022 年 4 月.*another figure.*9 兆美元/);
    // "從2022年9兆美元的高峰，下降至目前的6.6兆美元": 目前 is 6.6's time.
    const [now] = run(claim('資產負債表從2022年9兆美元的高峰，下降至目前的6.6兆美元', [{ surface: '9兆美元', value: 9e12, frame: f2022 }, { surface: '6.6兆美元', value: 6.6e12, frame: f2022 }], { documentDate: '2025-12-19' }), [assets], { WALCL: obs });
    const sixSix = now!.quantity?.surface === '6.6兆美元' ? now! : run(claim('資產負債表從2022年9兆美元的高峰，下降至目前的6.6兆美元', [{ surface: '9兆美元', value: 9e12, frame: f2022 }, { surface: '6.6兆美元', value: 6.6e12, frame: f2022 }], { documentDate: '2025-12-19' }), [assets], { WALCL: obs })[1]!;
    // (the window reported is the latest figure published by the document's date, the one 目前 speaks of: the Wednesday
    // level of 17 December, released on the 18th; the basis still names the word)
    expect(sixSix.window).toMatchObject({ from: '2025-12-17', to: '2025-12-17' });
    expect(sixSix.window?.label).toMatch(/published by 2025-12-19/);
    expect(sixSix.window?.basis).toMatch(/目前/);
    expect(sixSix.verdict).toBe('CONSISTENT');
    expect(sixSix.observation?.periodEnd).toBe('2025-12-17');
  });

  it('now as the latest observation: a level at the document\'s date is reported as the latest figure published by then (a week average: its week)', () => {
    const reserves = measure('f-reserves', 'WRESBAL', 'WEEK_AVERAGE');
    const obs = days('2022-11-02', [3_100_000, 3_120_000, 3_110_000, 3_150_000, 3_180_000, 3_190_000, 3_200_000], 7);
    // Monday 19 December 2022: the week ending Wednesday 14 December (released the 15th) is the latest; the week ending
    // the 21st is not out yet.
    const [c] = run(claim('現在已經急劇下降到了約3萬億美元', [{ surface: '約3萬億美元', value: 3e12, qualifier: 'ABOUT', frame: frame({ factorId: 'f-reserves', mode: 'LEVEL', window: { start: '2022-12-19', end: '2022-12-19' }, timeText: '現在', timeSource: 'DOCUMENT_DATE' }) }], { documentDate: '2022-12-19' }), [reserves], { WRESBAL: obs });
    expect(c!.window).toMatchObject({ from: '2022-12-08', to: '2022-12-14' });
    // A change keeps its day: where it started is not given by the words.
    const [d] = run(claim('準備金現在減少了300億美元', [{ surface: '300億美元', value: 3e10, frame: frame({ factorId: 'f-reserves', mode: 'CHANGE', direction: 'DECREASE', window: { start: '2022-12-19', end: '2022-12-19' }, timeText: '現在', timeSource: 'DOCUMENT_DATE' }) }], { documentDate: '2022-12-19' }), [reserves], { WRESBAL: obs });
    expect(d!.window).toMatchObject({ from: '2022-12-19', to: '2022-12-19' });
  });

  it('peaks as a move\'s start: "shed $2.31 trillion since its peak in April 2022" reports the span from the peak week to the latest figure', () => {
    const assets = measure('f-assets', 'WALCL', 'WEDNESDAY_LEVEL');
    // Wednesdays from 2022-03-30: 8.90, 8.93, 8.96 (13 April, the peak), 8.94 tn …, then 6.66 tn on 2 July 2025.
    const obs = [...days('2022-03-30', [8_900_000, 8_930_000, 8_965_000, 8_940_000, 8_920_000], 7), ...days('2025-06-25', [6_670_000, 6_655_000], 7)];
    const quote = 'Since its peak in April 2022, the Fed has shed $2.31 trillion.';
    const [c] = run(claim(quote, [{ surface: '$2.31 trillion', value: 2.31e12, frame: frame({ factorId: 'f-assets', mode: 'CHANGE', direction: 'DECREASE', window: { start: '2022-04-01', end: '2025-07-03' }, timeText: 'April 2022', timeSource: 'TEXT' }) }], { documentDate: '2025-07-03' }), [assets], { WALCL: obs });
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.window).toMatchObject({ from: '2022-04-13', to: '2025-07-02' });
  });

  it('a projection is never INCONSISTENT', () => {
    const [c] = run(claim('TGA could rise to $1.5 trillion by the end of the month', [{ surface: '$1.5 trillion', value: 1.5e12, frame: frame({ factorId: 'f-tga', mode: 'LEVEL', window: { start: '2025-10-31', end: '2025-10-31' }, timeSource: 'TEXT' }) }]), [TGA], { DTS_CLOSE: tga });
    expect(c!.verdict).toBe('INCONCLUSIVE');
    expect(c!.reason).toMatch(/projection/);
  });
});

describe('editor readings take precedence over the frame, and say so', () => {
  it('a corrected factor and window re-aim the check', () => {
    const f = frame({ factorId: 'f-res', mode: 'LEVEL', window: { start: '2025-10-29', end: '2025-10-29' }, timeSource: 'TEXT' });
    const reading = { position: 0, factorId: 'f-tga', mode: null, direction: null, period: null, window: { start: '2025-10-30', end: '2025-10-30' }, assertions: [], notCheckable: null, note: null, editor: 'ed', reason: 'it is the TGA', at: '', version: 1 };
    const [c] = run(claim('x', [{ surface: '9843亿美元', value: tgaOn('2025-10-30'), frame: f }], { readings: [reading] }), [TGA], { DTS_CLOSE: tga });
    expect(c!.factorId).toBe('f-tga');
    expect(c!.readingBasis).toMatchObject({ factor: 'EDITOR', window: 'EDITOR', mode: 'TEXT' });
    expect(c!.verdict).toBe('CONSISTENT');
    const [without] = planChecks(claim('x', [{ surface: '9843亿美元', value: 984.3e9, frame: f }], { readings: [reading] }), [TGA], { ...ctx, useReadings: false });
    expect(without!.checkable).toBe(false);
  });
});
