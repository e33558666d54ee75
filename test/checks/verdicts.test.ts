/**
 * How a read frame is judged against the record (issue 18, precision first): INCONSISTENT only on a firm reading; a
 * level claimed for a window holds when the series attains it there; a change dated by one day is the series' own
 * step; "from X to Y" checks both ends; assertions go with the figure they are written beside. Pure: hand-made frames
 * and small record fixtures. Each test is named after the defect it guards against.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/as-of.ts';
import type { CheckContext, ClaimInput, Measure, Observation } from '../../src/checks/check-types.ts';
import { evaluateCheck } from '../../src/checks/evaluate-check.ts';
import { borrowedTime, guessedYear, unclearMode } from '../../src/checks/firm-reading.ts';
import { planChecks } from '../../src/checks/plan-check.ts';
import type { ClaimAssertion, QuantityFrame } from '../../src/quantities/frame.ts';

const ctx: CheckContext = { windows: [{ id: 'shutdown', label: 'the shutdown', from: '2025-10-01', to: '2025-11-12', match: ['停摆', 'shutdown'] }], unmeasured: new Map() };

type Kind = 'WEEK_AVERAGE' | 'WEDNESDAY_LEVEL' | 'DAILY' | 'END_OF_PERIOD';
function measure(factorId: string, id: string, kind: Kind, scale: 1e6 | 1e9 = 1e6): Measure {
  const frequency = kind === 'END_OF_PERIOD' ? 'QUARTERLY' : kind === 'DAILY' ? 'DAILY' : 'WEEKLY';
  return { factorId, how: kind, rank: kind === 'DAILY' ? 1 : 2, note: null, series: { id, title: id, unit: 'USD', scale, frequency, observationKind: kind, publisher: 'test', url: 'https://example.test', firstDate: '2019-01-01', lastDate: '2026-06-30', sourceId: 's' } };
}
const frame = (over: Partial<QuantityFrame>): QuantityFrame => ({ factorId: null, factorEvidence: null, mode: 'LEVEL', mood: null, moodEvidence: null, direction: null, period: null, window: null, timeText: null, timeSource: null, spanDays: null, base: null, extremum: null, ...over });
const day = (d: string) => ({ start: d, end: d });

function claim(quote: string, quantities: { surface: string; value: number; qualifier?: string | null; frame?: QuantityFrame | null }[], over: Partial<ClaimInput> = {}): ClaimInput {
  return { id: 'c', quote, kind: 'LEVEL', time: null, documentDate: '2025-11-19', factorIds: [], factorNames: {}, quantities: quantities.map((q, i) => ({ surface: q.surface, value: q.value, upper: null, unit: 'USD', qualifier: q.qualifier ?? null, position: i, frame: q.frame ?? null })), ...over };
}
function run(c: ClaimInput, measures: Measure[], obs: Record<string, Observation[]>) {
  return planChecks(c, measures, ctx).map((p) => evaluateCheck(p, new Map(Object.entries(obs))));
}
const series = (pairs: [string, number][]): Observation[] => pairs.map(([date, value]) => ({ date, periodEnd: date, value }));
/** Business days from `from` (weekends skipped), one value each. */
function businessDays(from: string, values: number[]): Observation[] {
  const out: Observation[] = [];
  let d = from;
  for (const value of values) {
    while ([0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) d = addDays(d, 1);
    out.push({ date: d, periodEnd: d, value });
    d = addDays(d, 1);
  }
  return out;
}

const TGA = measure('f-tga', 'DTS_CLOSE', 'DAILY');
const RES_AVG = measure('f-res', 'WRESBAL', 'WEEK_AVERAGE');
const RES_WED = measure('f-res', 'WRBWFRBL', 'WEDNESDAY_LEVEL');
const RRP = measure('f-rrp', 'RRP', 'DAILY', 1e9);

describe('precision first: INCONSISTENT only on a firm reading', () => {
  it('a year guessed for a bare month ("by May of that year", read as May 2024 in a March 2025 article) is never INCONSISTENT', () => {
    const tga = businessDays('2024-04-25', Array.from({ length: 30 }, () => 700_000));
    const f = frame({ factorId: 'f-tga', factorEvidence: 'TGA', mode: 'LEVEL', window: { start: '2024-05-01', end: '2024-05-31' }, timeText: 'May', timeSource: 'TEXT' });
    const [c] = run(claim('By May of that year, the TGA was down to just $37 billion', [{ surface: '$37 billion', value: 37e9, frame: f }], { documentDate: '2025-03-30' }), [TGA], { DTS_CLOSE: tga });
    expect(c!.verdict).toBe('INCONCLUSIVE');
    expect(c!.reason).toMatch(/"May" names no year/);
    expect(guessedYear('9月末', { from: '2025-09-21', to: '2025-09-30' }, '2025-12-19')).toBeNull();
    expect(guessedYear('Dec. 20', { from: '2024-12-20', to: '2024-12-20' }, '2025-01-03')).toBeNull();
    expect(guessedYear('2023年7月', { from: '2023-07-01', to: '2023-07-31' }, '2025-11-11')).toBeNull();
    expect(guessedYear('that year', { from: '2024-05-01', to: '2024-05-31' }, '2025-03-30')).toMatch(/earlier sentence/);
  });

  it('a time written beside another figure of the sentence is not the figure\'s own ("has hoarded over $1 trillion … compared to the $300 billion during the 2018-2019 shutdown")', () => {
    const quote = 'has hoarded over $1 trillion in cash, an increase of more than 233% compared to the $300 billion during the 2018-2019 shutdown period';
    const q = { surface: '$1 trillion', value: 1e12, upper: null, unit: 'USD', qualifier: 'ABOVE' };
    const other = { surface: '$300 billion', value: 3e11, upper: null, unit: 'USD', qualifier: null };
    expect(borrowedTime(quote, q, '2018', [q, other])).toMatch(/\$300 billion/);
    expect(borrowedTime(quote, other, '2018', [q, other])).toBeNull();
    // A time heading a run of clauses is shared by their figures: "9月末,准备金余额首次跌破3万亿美元,降至2.93万亿美元".
    const line = { surface: '3万亿美元', value: 3e12, upper: null, unit: 'USD', qualifier: 'BELOW' };
    const level = { surface: '2.93万亿美元', value: 2.93e12, upper: null, unit: 'USD', qualifier: null };
    expect(borrowedTime('9月末,准备金余额首次跌破3万亿美元,降至2.93万亿美元', level, '9月末', [line, level])).toBeNull();
    // Own time, in another clause but with no figure of its own: "截至2025年10月22日当周,美联储总资产规模为6.54万亿美元".
    const own = { surface: '6.54万亿美元', value: 6.54e12, upper: null, unit: 'USD', qualifier: null };
    expect(borrowedTime('截至2025年10月22日当周,美联储总资产规模为6.54万亿美元', own, '2025年10月22日', [own])).toBeNull();
  });

  it('a figure read as a level while the words before it make it a change ("swelled by $375 billion") has an unclear mode: INCONCLUSIVE, not INCONSISTENT', () => {
    const rrp = series([['2024-12-19', 120], ['2024-12-20', 98.356], ['2024-12-23', 150], ['2024-12-31', 473.46]]);
    const f = frame({ factorId: 'f-rrp', factorEvidence: 'RRP', mode: 'LEVEL', window: day('2024-12-20'), timeText: 'Dec. 20', timeSource: 'TEXT' });
    const [c] = run(claim('Balances at RRP swelled by $375 billion between Dec. 20 and Dec. 31', [{ surface: '$375 billion', value: 375e9, frame: f }], { documentDate: '2025-01-03' }), [RRP], { RRP: rrp });
    expect(c!.verdict).toBe('INCONCLUSIVE');
    expect(c!.reason).toMatch(/mode is unclear.*change/);
    expect(unclearMode('2020年美國通過發行上述三類國債融資4.3萬億美元', { surface: '4.3萬億美元', value: 4.3e12, upper: null, unit: 'USD', qualifier: null }, 'LEVEL')).toMatch(/amount raised/);
    expect(unclearMode('reserves fell to $2.89 trillion', { surface: '$2.89 trillion', value: 2.89e12, upper: null, unit: 'USD', qualifier: null }, 'LEVEL')).toBeNull();
  });

  it('a "from" figure is dated by the change\'s end, not its own (财政部现金从 9590 亿美元减少…): never INCONSISTENT at that date', () => {
    const tga = series([['2025-11-18', 910_000], ['2025-11-19', 900_832]]);
    const f = frame({ factorId: 'f-tga', factorEvidence: 'TGA', mode: 'LEVEL', window: day('2025-11-19'), timeText: '11 月 19 日', timeSource: 'TEXT' });
    const [c] = run(claim('11 月 19 日,最新数据显示TGA首次出现显著下行:财政部现金从 9590 亿美元减少 340 亿美元至', [{ surface: '9590 亿美元', value: 959e9, frame: f }]), [TGA], { DTS_CLOSE: tga });
    expect(c!.verdict).toBe('INCONCLUSIVE');
    expect(c!.reason).toMatch(/where a change started/);
  });

  it('a hypothesis (Fed應能將銀行準備金餘額降低至約2.7兆美元, 可降至) is never INCONSISTENT', () => {
    const res = series([['2025-07-02', 3_300_000], ['2025-07-09', 3_320_000], ['2025-07-16', 3_340_000], ['2025-07-23', 3_330_000], ['2025-07-30', 3_310_000]]);
    const f = frame({ factorId: 'f-res', factorEvidence: '準備金', mode: 'LEVEL', window: { start: '2025-07-01', end: '2025-07-31' }, timeText: '7月', timeSource: 'TEXT' });
    for (const quote of ['理事沃勒7月表示，Fed應能將銀行準備金餘額降低至約2.7兆美元', '7 月曾表示，美國銀行體系的準備金可降至約 2.7 兆美元']) {
      const [c] = run(claim(quote, [{ surface: quote.includes('約 2.7') ? '2.7 兆美元' : '2.7兆美元', value: 2.7e12, qualifier: 'ABOUT', frame: f }], { documentDate: '2025-08-12' }), [RES_AVG], { WRESBAL: res });
      expect(c!.verdict).toBe('INCONCLUSIVE');
      expect(c!.reason).toMatch(/projection or a hypothesis/);
    }
  });

  it('a figure a hundred times off the series\' scale ("揹債近9萬美元" per head, "$3 Trillion" read as 3) is another quantity or a misreading: INCONCLUSIVE', () => {
    const debt = measure('f-debt', 'GFDEBTN', 'END_OF_PERIOD');
    const obs: Observation[] = [{ date: '2024-07-01', periodEnd: '2024-09-30', value: 35_460_000 }, { date: '2024-10-01', periodEnd: '2024-12-31', value: 36_218_605 }];
    const f = frame({ factorId: 'f-debt', factorEvidence: '國債', mode: 'LEVEL', window: { start: '2024-09-01', end: '2024-12-31' }, timeText: '2024年底', timeSource: 'TEXT' });
    const [c] = run(claim('2024年底美國國債平均每人揹債近9萬美元', [{ surface: '9萬美元', value: 90_000, qualifier: 'NEARLY', frame: f }], { documentDate: '2025-12-05' }), [debt], { GFDEBTN: obs });
    expect(c!.verdict).toBe('INCONCLUSIVE');
    expect(c!.reason).toMatch(/not on the scale/);
  });

  it('a firm reading that misses every plausible series is INCONSISTENT, and says by how much on which series and date', () => {
    const walcl = series([['2025-10-15', 6_600_000], ['2025-10-22', 6_589_533]]);
    const f = frame({ factorId: 'f-assets', factorEvidence: '美联储总资产', mode: 'LEVEL', window: day('2025-10-22'), timeText: '2025年10月22日', timeSource: 'TEXT' });
    const quote = '截至2025年10月22日当周,美联储总资产规模为6.54万亿美元,较2022年4月峰值的8.96万亿美元已累计缩减2.42万亿美元';
    const [c] = run(claim(quote, [{ surface: '6.54万亿美元', value: 6.54e12, frame: f }, { surface: '8.96万亿美元', value: 8.96e12 }], { documentDate: '2025-12-19' }), [measure('f-assets', 'WALCL', 'WEDNESDAY_LEVEL')], { WALCL: walcl });
    expect(c!.verdict).toBe('INCONSISTENT');
    expect(c!.explanation).toMatch(/WALCL/);
    expect(c!.explanation).toMatch(/2025-10-22/);
    expect(c!.explanation).toMatch(/6\.590 trillion USD/);
  });
});

describe('a level claimed for a window holds when the series attains it there', () => {
  it('"ended the quarter with a cash balance of $891 billion", read as September: the 30 September close attains it', () => {
    const tga = businessDays('2025-09-01', [...Array.from({ length: 20 }, (_, i) => 662_000 + 5_000 * i), 890_825]);
    const f = frame({ factorId: 'f-tga', factorEvidence: 'cash balance', mode: 'LEVEL', window: { start: '2025-09-01', end: '2025-09-30' }, timeText: 'September 2025', timeSource: 'TEXT' });
    const [c] = run(claim('ended the quarter with a cash balance of $891 billion', [{ surface: '$891 billion', value: 891e9, frame: f }], { documentDate: '2025-11-03' }), [TGA], { DTS_CLOSE: tga });
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.observation?.periodEnd).toBe(tga.at(-1)!.periodEnd);
    expect(c!.reason).toMatch(/attained/);
  });

  it('a figure no value of the window comes near ("今年 6 月中旬尚有約 4,600 億美元" when take-up was 140–205 bn) is INCONSISTENT', () => {
    const rrp = series([['2025-06-11', 204.625], ['2025-06-13', 168.645], ['2025-06-16', 140.759], ['2025-06-18', 205.05], ['2025-06-20', 138.283]]);
    const f = frame({ factorId: 'f-rrp', factorEvidence: '附賣回', mode: 'LEVEL', window: { start: '2025-06-11', end: '2025-06-20' }, timeText: '今年 6 月中旬', timeSource: 'TEXT' });
    const [c] = run(claim('附賣回餘額今年 6 月中旬尚有約 4,600 億美元', [{ surface: '4,600 億美元', value: 460e9, qualifier: 'ABOUT', frame: f }], { documentDate: '2025-09-03' }), [RRP], { RRP: rrp });
    expect(c!.verdict).toBe('INCONSISTENT');
  });

  it('a week average covers the weeks that overlap the window: "9月末" includes the week ending 1 October', () => {
    const avg = series([['2025-09-17', 3_073_000], ['2025-09-24', 3_002_218], ['2025-10-01', 2_966_094]]);
    const f = frame({ factorId: 'f-res', factorEvidence: '准备金余额', mode: 'LEVEL', window: { start: '2025-09-21', end: '2025-09-30' }, timeText: '9月末', timeSource: 'TEXT' });
    const [c] = run(claim('9月末,准备金余额为2.97万亿美元', [{ surface: '2.97万亿美元', value: 2.97e12, frame: f }], { documentDate: '2025-12-19' }), [RES_AVG], { WRESBAL: avg });
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.observation?.periodEnd).toBe('2025-10-01');
  });

  it('"only one trading day above 100 bn this month": a line attained within a stated month holds', () => {
    const rrp = series([['2025-08-01', 97.4], ['2025-08-04', 125.7], ['2025-08-05', 84.4], ['2025-08-11', 82.2]]);
    const f = frame({ factorId: 'f-rrp', factorEvidence: 'RRP', mode: 'LEVEL', window: { start: '2025-08-01', end: '2025-08-31' }, timeText: '本月', timeSource: 'TEXT' });
    const [c] = run(claim('RRP餘額本月來持續下降，僅有一個交易日超過1,000億美元', [{ surface: '1,000億美元', value: 100e9, qualifier: 'ABOVE', frame: f }], { documentDate: '2025-08-12' }), [RRP], { RRP: rrp });
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.reason).toMatch(/held on 2025-08-04/);
  });
});

describe('qualifiers set the tolerance\'s direction', () => {
  it('"nearly X" holds under X (to its tolerance), not over it beyond its rounding; "about X" either way', () => {
    const tga = series([['2025-10-29', 983_859]]);
    const f = frame({ factorId: 'f-tga', factorEvidence: 'TGA', mode: 'LEVEL', window: day('2025-10-29'), timeText: '10月29日', timeSource: 'TEXT' });
    const at = (surface: string, value: number, qualifier: string) => run(claim(`10月29日TGA余额${qualifier === 'NEARLY' ? '近' : '约'}${surface}`, [{ surface, value, qualifier, frame: f }], { documentDate: '2025-11-05' }), [TGA], { DTS_CLOSE: tga })[0]!;
    expect(at('1万亿美元', 1e12, 'NEARLY').verdict).toBe('CONSISTENT'); // 983.9 bn is nearly 1 trillion
    expect(at('9500亿美元', 950e9, 'NEARLY').verdict).toBe('INCONSISTENT'); // 983.9 bn is over 950 bn, not nearly
    expect(at('9700亿美元', 970e9, 'ABOUT').verdict).toBe('CONSISTENT'); // 1.4% over "about 970 bn": either way
    expect(at('9500亿美元', 950e9, 'ABOUT').verdict).toBe('INCONSISTENT'); // 3.6% over a figure written to ±0.5%: beyond "about" (5 × 0.53%)
  });
});

describe('a change dated by one day is the series\' own step', () => {
  it('"falling by $234 billion on Thursday" (daily): the day\'s move, over the holiday', () => {
    const rrp = series([['2024-12-30', 300], ['2024-12-31', 473.46], ['2025-01-02', 239.858]]);
    const f = frame({ factorId: 'f-rrp', factorEvidence: 'RRP', mode: 'CHANGE', direction: 'DECREASE', window: day('2025-01-02'), timeText: 'on Thursday', timeSource: 'TEXT' });
    const [c] = run(claim('before falling by $234 billion on Thursday', [{ surface: '$234 billion', value: 234e9, frame: f }], { documentDate: '2025-01-03' }), [RRP], { RRP: rrp });
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.reason).toMatch(/2024-12-31.*2025-01-02/);
  });

  it('"fell by about $326 billion in the week through Jan. 1" (weekly): the week\'s move on the Wednesday level, where the week average moved less', () => {
    const avg = series([['2024-12-25', 3_247_382], ['2025-01-01', 3_095_997]]);
    const wed = series([['2024-12-25', 3_218_000], ['2025-01-01', 2_892_359]]);
    const f = frame({ factorId: 'f-res', factorEvidence: 'Bank reserves', mode: 'CHANGE', direction: 'DECREASE', window: day('2025-01-01'), timeText: 'Jan. 1', timeSource: 'TEXT' });
    const [c] = run(claim('Bank reserves fell by about $326 billion in the week through Jan. 1 to $2.89 trillion', [{ surface: '$326 billion', value: 326e9, qualifier: 'ABOUT', frame: f }], { documentDate: '2025-01-03' }), [RES_AVG, RES_WED], { WRESBAL: avg, WRBWFRBL: wed });
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.series?.id).toBe('WRBWFRBL');
  });

  it('only its end dated, and no step of the series matches: INCONCLUSIVE (the span is unknown), never INCONSISTENT', () => {
    const tga = businessDays('2025-10-01', Array.from({ length: 25 }, (_, i) => 1_000_000 - 11_000 * i));
    const f = frame({ factorId: 'f-tga', factorEvidence: 'TGA', mode: 'CHANGE', direction: 'DECREASE', window: day('2025-10-29'), timeText: '10月29日', timeSource: 'TEXT' });
    const [c] = run(claim('10月29日TGA减少1500亿美元', [{ surface: '1500亿美元', value: 150e9, frame: f }], { documentDate: '2025-11-05' }), [TGA], { DTS_CLOSE: tga });
    expect(c!.verdict).toBe('INCONCLUSIVE');
    expect(c!.reason).toMatch(/dates only its end/);
  });

  it('the document\'s date as a fallback: the latest step published by then ("这次TGA减少340亿美元")', () => {
    const tga = series([['2025-11-13', 950_000], ['2025-11-14', 959_113], ['2025-11-17', 924_961]]);
    const f = frame({ factorId: 'f-tga', factorEvidence: 'TGA', mode: 'CHANGE', direction: 'DECREASE', window: day('2025-11-19'), timeSource: 'DOCUMENT_DATE' });
    const [c] = run(claim('这次TGA减少340亿美元', [{ surface: '340亿美元', value: 34e9, frame: f }]), [TGA], { DTS_CLOSE: tga });
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.reason).toMatch(/2025-11-14.*2025-11-17/);
  });
});

describe('deadlines and report dates', () => {
  it('"截至上周五…首次突破 1 万亿美元": crossed by Friday holds when it crossed on the Thursday', () => {
    const tga = series([['2025-10-28', 960_000], ['2025-10-29', 983_859], ['2025-10-30', 1_000_632], ['2025-10-31', 926_328]]);
    const f = frame({ factorId: 'f-tga', factorEvidence: 'TGA', mode: 'CROSSED', direction: 'INCREASE', window: day('2025-10-31'), timeText: '上周五', timeSource: 'TEXT' });
    const [c] = run(claim('截至上周五,财政部一般账户 ( TGA ) 余额首次突破 1 万亿美元', [{ surface: '1 万亿美元', value: 1e12, qualifier: 'ABOVE', frame: f }], { documentDate: '2025-11-04' }), [TGA], { DTS_CLOSE: tga });
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.observation?.periodEnd).toBe('2025-10-30');
    const [on] = run(claim('上周五,TGA 余额首次突破 1 万亿美元', [{ surface: '1 万亿美元', value: 1e12, qualifier: 'ABOVE', frame: f }], { documentDate: '2025-11-04' }), [TGA], { DTS_CLOSE: tga });
    expect(on!.verdict).toBe('INCONCLUSIVE');
  });

  it('"11 月 19 日,最新数据显示…减少 340 亿美元": the date is the report\'s, so the latest step published by then holds it', () => {
    const tga = series([['2025-11-13', 950_000], ['2025-11-14', 959_113], ['2025-11-17', 924_961], ['2025-11-18', 910_000], ['2025-11-19', 900_832]]);
    const f = frame({ factorId: 'f-tga', factorEvidence: 'TGA', mode: 'CHANGE', direction: 'DECREASE', window: day('2025-11-19'), timeText: '11 月 19 日', timeSource: 'TEXT' });
    const [c] = run(claim('11 月 19 日,最新数据显示TGA减少 340 亿美元', [{ surface: '340 亿美元', value: 34e9, frame: f }]), [TGA], { DTS_CLOSE: tga });
    expect(c!.verdict).toBe('CONSISTENT');
    expect(c!.window?.basis).toMatch(/report/);
  });
});

describe('changes "from X to Y" check both ends', () => {
  it('从 9590 亿美元减少 340 亿美元至 9250 亿美元, dated by the report (11 月 19 日): one step of the DTS, two days before, holds all three', () => {
    const tga = series([['2025-11-13', 950_000], ['2025-11-14', 959_113], ['2025-11-17', 924_961], ['2025-11-18', 910_000], ['2025-11-19', 900_832]]);
    const f = (mode: QuantityFrame['mode']) => frame({ factorId: 'f-tga', factorEvidence: 'TGA', mode, direction: mode === 'CHANGE' ? 'DECREASE' : null, window: day('2025-11-19'), timeText: '11 月 19 日', timeSource: 'TEXT' });
    const quote = '11 月 19 日,最新数据显示TGA首次出现显著下行:财政部现金从 9590 亿美元减少 340 亿美元至 9250 亿美元';
    const checks = run(claim(quote, [{ surface: '9590 亿美元', value: 959e9, frame: f('LEVEL') }, { surface: '340 亿美元', value: 34e9, frame: f('CHANGE') }, { surface: '9250 亿美元', value: 925e9, frame: f('LEVEL') }]), [TGA], { DTS_CLOSE: tga });
    expect(checks.map((c) => c.verdict)).toEqual(['CONSISTENT', 'CONSISTENT', 'CONSISTENT']);
    expect(checks.map((c) => c.observation?.periodEnd)).toEqual(['2025-11-14', '2025-11-17', '2025-11-17']);
    expect(checks[0]!.reason).toMatch(/went from 959\.1 billion USD on 2025-11-14 to 925\.0 billion USD on 2025-11-17/);
  });
});

describe('what a claim says beyond its number', () => {
  it('an assertion goes with the figure it is written beside (降至2.93万亿美元,创下自2020年6月以来的最低水平), not the first figure of the clause', () => {
    const avg = series([['2020-06-03', 2_900_000], ['2022-09-28', 2_960_598], ['2023-01-04', 2_830_144], ['2025-09-24', 3_002_218], ['2025-10-01', 2_930_000]]);
    const quote = '9月末,准备金余额首次跌破3万亿美元,降至2.93万亿美元,创下自2020年6月以来的最低水平';
    const f = (mode: QuantityFrame['mode']) => frame({ factorId: 'f-res', factorEvidence: '准备金余额', mode, direction: 'DECREASE', window: { start: '2025-09-21', end: '2025-09-30' }, timeText: '9月末', timeSource: 'TEXT' });
    const a: ClaimAssertion = { kind: 'EXTREMUM_SINCE', text: '自2020年6月以来的最低水平', start: quote.indexOf('自2020'), end: quote.length, factorId: 'f-res' };
    const [line, level] = run(claim(quote, [{ surface: '3万亿美元', value: 3e12, qualifier: 'BELOW', frame: f('CROSSED') }, { surface: '2.93万亿美元', value: 2.93e12, frame: f('REACHED') }], { documentDate: '2025-12-19', assertions: [a] }), [RES_AVG], { WRESBAL: avg });
    expect(line!.parts.some((p) => p.kind === 'EXTREMUM_SINCE')).toBe(false);
    const since = level!.parts.find((p) => p.kind === 'EXTREMUM_SINCE');
    expect(since?.holds).toBe(false);
    expect(since?.text).toMatch(/2023-01-04/);
    expect(level!.verdict).toBe('MISLEADING');
  });

  it('"the lowest since 2020" is not refuted by lower values in 2020 itself, and is tested on the series the figure matched (the Wednesday level)', () => {
    const avg = series([['2020-10-21', 2_950_000], ['2024-12-25', 3_247_382], ['2025-01-01', 3_095_997]]);
    const wed = series([['2020-10-21', 2_890_130], ['2021-03-03', 3_100_000], ['2024-12-25', 3_218_476], ['2025-01-01', 2_892_359]]);
    const quote = 'Bank reserves fell to $2.89 trillion in the week through Jan. 1, the lowest since 2020';
    const f = frame({ factorId: 'f-res', factorEvidence: 'Bank reserves', mode: 'LEVEL', window: day('2025-01-01'), timeText: 'Jan. 1', timeSource: 'TEXT' });
    const a: ClaimAssertion = { kind: 'EXTREMUM_SINCE', text: 'the lowest since 2020', start: quote.indexOf('the lowest'), end: quote.length, factorId: 'f-res' };
    const [c] = run(claim(quote, [{ surface: '$2.89 trillion', value: 2.89e12, frame: f }], { documentDate: '2025-01-03', assertions: [a] }), [RES_AVG, RES_WED], { WRESBAL: avg, WRBWFRBL: wed });
    expect(c!.series?.id).toBe('WRBWFRBL');
    const since = c!.parts.find((p) => p.kind === 'EXTREMUM_SINCE');
    expect(since).toMatchObject({ holds: true, seriesId: 'WRBWFRBL' });
    expect(c!.verdict).toBe('CONSISTENT');
  });

  it('a fall "reached" is not held by a value 5% above it in the two weeks before the window', () => {
    const avg = series([['2025-09-10', 3_150_000], ['2025-09-17', 3_073_000], ['2025-09-24', 3_002_218], ['2025-10-01', 2_966_094]]);
    const f = frame({ factorId: 'f-res', factorEvidence: '准备金余额', mode: 'REACHED', direction: 'DECREASE', window: { start: '2025-09-21', end: '2025-09-30' }, timeText: '9月末', timeSource: 'TEXT' });
    const [c] = run(claim('9月末准备金余额降至2.93万亿美元', [{ surface: '2.93万亿美元', value: 2.93e12, frame: f }], { documentDate: '2025-12-19' }), [RES_AVG], { WRESBAL: avg });
    expect(c!.reason ?? '').not.toMatch(/held on 2025-09-17/);
    expect(c!.verdict).toBe('INCONSISTENT');
  });

  it('a named period in the sentence (停摆期间) is the window of a figure with no time of its own', () => {
    const tga = businessDays('2025-10-01', Array.from({ length: 31 }, (_, i) => (i === 21 ? 1_000_632 : 800_000 + 6_000 * Math.min(i, 20))));
    const f = frame({ factorId: 'f-tga', factorEvidence: 'TGA', mode: 'REACHED', direction: 'INCREASE', window: day('2025-11-14'), timeSource: 'DOCUMENT_DATE' });
    const [c] = run(claim('停摆期间TGA 余额飙升至 1.1 万亿美元', [{ surface: '1.1 万亿美元', value: 1.1e12, frame: f }], { documentDate: '2025-11-14' }), [TGA], { DTS_CLOSE: tga });
    expect(c!.window).toMatchObject({ from: '2025-10-01', to: '2025-11-12' });
    expect(c!.verdict).toBe('INCONSISTENT');
    expect(c!.explanation).toMatch(/1\.001 trillion USD/);
  });
});
