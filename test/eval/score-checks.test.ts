import { describe, expect, it } from 'vitest';
import type { RecordDates } from './record-dates.ts';
import { asLabelVerdict, factorRight, figuresRow, matchCheck, score, timeRight, timeRightStrict, type Label, type ProductCheck } from './score-checks.ts';

const label = (over: Partial<Label>): Label => ({ quote: 'Reserves fell to $2.85 trillion', surface: '$2.85 trillion', value: 2.85e12, unit: 'USD', measure: 'reserves', series: 'WRESBAL', mode: 'LEVEL', window: '2025-10-29..2025-10-29', verdict: 'CONSISTENT', ...over });
const check = (over: Partial<ProductCheck>): ProductCheck => ({ claimId: 'c', start: 0, end: 31, surface: '$2.85 trillion', value: 2.85e12, verdict: 'CONSISTENT', factorId: 'f-bank-reserves', seriesId: 'FRED:WRESBAL', window: { from: '2025-10-29', to: '2025-10-29' }, ...over });

describe('eval:checks scoring', () => {
  it('matches a label to the check of the claim over its quote, by surface, else by value', () => {
    const text = 'Intro. Reserves fell to $2.85 trillion. The TGA rose to $1 trillion.';
    const mine = check({ start: 7, end: 38 });
    const other = check({ claimId: 'd', start: 40, end: 68, surface: '$1 trillion', value: 1e12 });
    expect(matchCheck(text, label({}), [other, mine])).toBe(mine);
    expect(matchCheck(text, label({ surface: '2.85 trillion dollars' }), [other, { ...mine, surface: 'x' }])).toEqual({ ...mine, surface: 'x' });
    expect(matchCheck(text, label({}), [other])).toBeNull();
  });

  it('a label is matched to the figure written the same before one whose surface merely contains it ("3万亿美元" in "2.93万亿美元")', () => {
    const text = '9月末,准备金余额首次跌破3万亿美元,降至2.93万亿美元';
    const line = check({ start: 0, end: text.length, surface: '3万亿美元', value: 3e12 });
    const level = check({ start: 0, end: text.length, surface: '2.93万亿美元', value: 2.93e12, seriesId: null, verdict: 'INCONCLUSIVE' });
    expect(matchCheck(text, label({ quote: text, surface: '2.93万亿美元', value: 2.93e12 }), [line, level])).toBe(level);
  });

  it('NOT_CHECKABLE and a missing check read as INCONCLUSIVE', () => {
    expect(asLabelVerdict('NOT_CHECKABLE')).toBe('INCONCLUSIVE');
    expect(asLabelVerdict(undefined)).toBe('INCONCLUSIVE');
    expect(asLabelVerdict('MISLEADING')).toBe('MISLEADING');
  });

  it('factor and time attribution', () => {
    expect(factorRight(label({}), check({}))).toBe(true);
    expect(factorRight(label({ measure: 'tga' }), check({}))).toBe(false);
    expect(factorRight(label({ measure: 'other', series: null }), check({ factorId: null }))).toBe(true);
    expect(factorRight(label({ measure: 'other', series: null }), check({ factorId: 'f-bank-reserves' }))).toBe(false);
    expect(timeRight(label({}), check({}))).toBe(true);
    expect(timeRight(label({}), check({ window: { from: '2025-10-23', to: '2025-10-29' } }))).toBe(false);
    expect(timeRight(label({}), null)).toBe(false);
    // No time in the sentence: the product's fallback on the document's date is right when it is the label's.
    const fallback = label({ time_source: 'DOCUMENT_DATE', window: '2025-10-22..2025-10-22' });
    expect(timeRight(fallback, check({ window: { from: '2025-10-30', to: '2025-10-30' }, timeSource: 'DOCUMENT_DATE' }))).toBe(true);
    expect(timeRight(fallback, check({ window: { from: '2025-10-30', to: '2025-10-30' }, timeSource: 'TEXT' }))).toBe(false);
    expect(timeRight(fallback, check({ window: { from: '2025-12-30', to: '2025-12-30' }, timeSource: 'DOCUMENT_DATE' }))).toBe(false);
  });

  it('the scorer was unfairly strict: two windows that select the same observations of the labelled series are the same time', () => {
    const record: RecordDates = new Map([
      // DTS closes (business days, published the next business day), March 2025 around a Sunday document date.
      ['DTS', { dates: ['2025-02-27', '2025-02-28', '2025-03-03', '2025-03-26', '2025-03-27', '2025-03-28', '2025-03-31'], weekAverage: false, published: 'NEXT_BUSINESS_DAY' }],
      // Week averages ending Wednesday (published Thursday).
      ['WRESBAL', { dates: ['2025-09-17', '2025-09-24', '2025-10-01', '2025-10-08'], weekAverage: true, published: 'NEXT_DAY' }],
      ['WRBWFRBL', { dates: ['2025-12-10', '2025-12-17', '2025-12-24'], weekAverage: false, published: 'NEXT_DAY' }],
    ] as const);
    const at = (published: string) => ({ record, published });
    // "now" in an article of Sunday 30 March: the Friday close was published on Monday, so Thursday's is the latest.
    const now = label({ series: 'DTS', window: '2025-03-27..2025-03-27', time_source: 'TEXT' });
    const onDocDate = check({ window: { from: '2025-03-30', to: '2025-03-30' }, timeSource: 'DOCUMENT_DATE' });
    expect(timeRightStrict(now, onDocDate)).toBe(false);
    expect(timeRight(now, onDocDate, at('2025-03-30'))).toBe(true);
    expect(timeRight(now, onDocDate, at('2025-04-01'))).toBe(false);
    // A month's change: from its first close (the label) or from the close before it (the product's baseline).
    const march = label({ series: 'DTS', mode: 'CHANGE', window: '2025-03-03..2025-03-27' });
    expect(timeRight(march, check({ window: { from: '2025-03-01', to: '2025-03-30' } }), at('2025-03-30'))).toBe(true);
    expect(timeRight({ ...march, window: '2025-02-28..2025-03-27' }, check({ window: { from: '2025-03-01', to: '2025-03-30' } }), at('2025-03-30'))).toBe(true);
    expect(timeRight({ ...march, mode: 'LEVEL', window: '2025-02-28..2025-03-27' }, check({ window: { from: '2025-03-01', to: '2025-03-30' } }), at('2025-03-30'))).toBe(false);
    // 9月底 over the week averages that hold the end of September.
    const monthEnd = label({ window: '2025-09-24..2025-10-01' });
    expect(timeRight(monthEnd, check({ window: { from: '2025-09-21', to: '2025-09-30' } }), at('2025-12-19'))).toBe(true);
    expect(timeRight(monthEnd, check({ window: { from: '2025-09-01', to: '2025-09-30' } }), at('2025-12-19'))).toBe(false);
    // A line crossed at 9月末, labelled from the last week above the line: the crossing's base, as for a change.
    expect(timeRight({ ...monthEnd, mode: 'CROSSED' }, check({ window: { from: '2025-09-26', to: '2025-09-30' } }), at('2025-12-19'))).toBe(true);
    expect(timeRight({ ...monthEnd, mode: 'LEVEL' }, check({ window: { from: '2025-09-26', to: '2025-09-30' } }), at('2025-12-19'))).toBe(false);
    // The week ending Thursday 18 December (the release day) and its Wednesday.
    const week = label({ series: 'WRBWFRBL', window: '2025-12-17..2025-12-17' });
    expect(timeRight(week, check({ window: { from: '2025-12-18', to: '2025-12-18' } }), at('2025-12-19'))).toBe(true);
    expect(timeRight(week, check({ window: { from: '2025-12-24', to: '2025-12-24' } }), at('2025-12-29'))).toBe(false);
  });

  it('counts agreement, false alarms and catches as the issue defines them', () => {
    const f = score([
      { label: label({}), check: check({}) }, // true, agreed
      { label: label({}), check: check({ verdict: 'INCONSISTENT' }) }, // a true claim called INCONSISTENT
      { label: label({ verdict: 'MISLEADING' }), check: check({ verdict: 'MISLEADING' }) }, // caught, agreed
      { label: label({ verdict: 'INCONSISTENT' }), check: check({ verdict: 'INCONCLUSIVE' }) }, // missed
      { label: label({ verdict: 'INCONCLUSIVE' }), check: null }, // no check: agrees, not covered
      { label: label({ measure: 'other', series: null, verdict: 'INCONCLUSIVE' }), check: check({ verdict: 'CONSISTENT' }) }, // misfiled other
    ]);
    expect(f).toMatchObject({ labelled: 6, onSeries: 5, covered: 4, agree: 3, trueClaims: 2, trueCalledInconsistent: 1, falseOrMisleading: 2, caught: 1, others: 1, otherJudged: 1, factorRight: 4, timeLabelled: 5, timeRight: 4, timeRightStrict: 4 });
    expect(figuresRow('en dev', f)).toBe('| en dev | 5 | 4 (80%) | 3 (60%) | 1/2 (50%) | 1/2 (50%) | 4/6 (67%) | 4/5 (80%; strict 80%) | 1/1 |');
  });
});
