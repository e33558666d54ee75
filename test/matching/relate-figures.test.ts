import { describe, expect, it } from 'vitest';
import { halfUnit, intervalOf, significantDigits, stanceOf, statedWeek, type Figure } from '../../src/matching/figure.ts';
import { measureRecord } from '../../src/matching/measure-record.ts';
import { relateAll, relateFigures, yearByTheRecord } from '../../src/matching/relate-figures.ts';
import { debtAround37Trillion, relationBetween } from '../support/debt-crossing.ts';

let n = 0;
/** A figure of reserves, a level, in its own document unless told otherwise. */
function fig(surface: string, value: number, window: string, extra: Partial<Figure> = {}): Figure {
  const [start, end] = window.split('..') as [string, string | undefined];
  n += 1;
  return {
    quantityId: `q${n}`,
    claimId: `c${n}`,
    documentId: `d${n}`,
    factorId: 'f-bank-reserves',
    mode: 'LEVEL',
    direction: null,
    period: null,
    timeSource: 'TEXT',
    window: { start, end: end ?? start },
    value,
    upper: null,
    unit: 'USD',
    qualifier: null,
    surface,
    ...extra,
  };
}

describe('rounding', () => {
  it('is half a unit of the last digit written, in any script and scale', () => {
    expect(halfUnit('$2.93 trillion', 2.93e12)).toBeCloseTo(0.005e12);
    expect(halfUnit('2.93万亿美元', 2.93e12)).toBeCloseTo(0.005e12);
    expect(halfUnit('3,260億美元', 326e9)).toBeCloseTo(0.5e8);
    expect(halfUnit('37兆48億1762萬5842.56美元', 37004817625842.56)).toBeCloseTo(0.005);
    expect(halfUnit('$59 billion', 59e9)).toBeCloseTo(0.5e9);
  });

  it('opens a side for more than / below, and reaches 5% down for nearly', () => {
    expect(intervalOf({ value: 1e12, upper: null, qualifier: 'ABOVE', surface: '1兆美元' })).toEqual({ low: 1e12, high: Infinity });
    expect(intervalOf({ value: 2.9e12, upper: null, qualifier: 'BELOW', surface: '$2.9 trillion' }).high).toBeCloseTo(2.9e12);
    expect(intervalOf({ value: 190e9, upper: null, qualifier: 'NEARLY', surface: '1900亿美元' }).low).toBeCloseTo(180.5e9);
  });
});

describe('relating two figures', () => {
  it('finds the same figure across scripts and languages (numbers, factor, mode and window agree)', () => {
    const r = relateFigures(fig('$2.98 trillion', 2.98e12, '2025-09-25..2025-10-01'), fig('2.98萬億美元', 2.98e12, '2025-09-25..2025-10-01'));
    expect(r?.kind).toBe('SAME_FIGURE');
    expect(r?.why).toMatch(/2\.975–2\.985 trillion USD/);
  });

  it('never matches on wording: 4 million and 4 billion of the same measure in the same week contradict', () => {
    const r = relateFigures(fig('£4 million', 4e6, '2025-10-22', { unit: 'GBP' }), fig('£4 billion', 4e9, '2025-10-22', { unit: 'GBP' }));
    expect(r?.kind).toBe('CONTRADICTS');
  });

  it('relates nothing across measures, units or documents', () => {
    expect(relateFigures(fig('$2.93 trillion', 2.93e12, '2025-10-22'), fig('$2.93 trillion', 2.93e12, '2025-10-22', { factorId: 'f-tga-balance' }))).toBeNull();
    expect(relateFigures(fig('2.93', 2.93e12, '2025-10-22'), fig('2.93', 2.93e12, '2025-10-22', { unit: '%' }))).toBeNull();
    const a = fig('$2.93 trillion', 2.93e12, '2025-10-22');
    expect(relateFigures(a, { ...fig('2.93万亿美元', 2.93e12, '2025-10-22'), documentId: a.documentId })).toBeNull();
  });

  it('keeps a level and a change apart, and a weekly change from a six-month one', () => {
    expect(relateFigures(fig('$40.1 billion', 40.1e9, '2025-12-11..2025-12-17', { mode: 'CHANGE', direction: 'DECREASE' }), fig('401亿美元', 40.1e9, '2025-12-11..2025-12-17'))).toBeNull();
    expect(relateFigures(fig('$40.1 billion', 40.1e9, '2025-12-11..2025-12-17', { mode: 'CHANGE', direction: 'DECREASE' }), fig('401亿美元', 40.1e9, '2025-06-30..2025-12-18', { mode: 'CHANGE', direction: 'DECREASE' }))).toBeNull();
    expect(relateFigures(fig('$40.1 billion', 40.1e9, '2025-12-11..2025-12-17', { mode: 'CHANGE', direction: 'DECREASE' }), fig('401亿美元', 40.1e9, '2025-12-12..2025-12-18', { mode: 'CHANGE', direction: 'DECREASE' }))?.kind).toBe('SAME_FIGURE');
  });

  it('contradicts: two readings of one week that cannot both hold (a 1000x unit slip too, where the record says so)', () => {
    expect(relateFigures(fig('2.93万亿美元', 2.93e12, '2025-09-25..2025-10-01'), fig('$2.98 trillion', 2.98e12, '2025-09-25..2025-10-01'))?.kind).toBe('CONTRADICTS');
    // Windows that only overlap (the end of September, the week to 1 October) need the record to rule out both.
    const record = (low: number, high: number) => () => ({ low, high, source: 'FRED:WRESBAL' });
    expect(relateFigures(fig('2.93万亿美元', 2.93e12, '2025-09-24..2025-09-30'), fig('$2.98 trillion', 2.98e12, '2025-09-25..2025-10-01'))).toBeNull();
    expect(relateFigures(fig('2.93万亿美元', 2.93e12, '2025-09-24..2025-09-30'), fig('$2.98 trillion', 2.98e12, '2025-09-25..2025-10-01'), record(2.99e12, 3.0e12))?.kind).toBe('CONTRADICTS');
    expect(relateFigures(fig('2999.7萬億美元', 2.9997e15, '2025-09-18..2025-09-24'), fig('2.93万亿美元', 2.93e12, '2025-09-24..2025-09-30'), record(2.93e12, 3.0e12))?.kind).toBe('CONTRADICTS');
    // …but about 2.8 and 2.85 meet at the edge of their rounding.
    expect(relateFigures(fig('$2.8 trillion', 2.8e12, '2025-10-23..2025-10-29', { qualifier: 'ABOUT' }), fig('2.85兆美元', 2.85e12, '2025-10-23..2025-10-29'))?.kind).toBe('SAME_FIGURE');
  });

  it('updates: a later week of the same stock, within a quarter; not a year later', () => {
    const r = relateFigures(fig('3.034万亿美元', 3.034e12, '2025-10-02..2025-10-08'), fig('2.98萬億美元', 2.98e12, '2025-09-25..2025-10-01'));
    expect(r?.kind).toBe('UPDATES');
    expect(r?.later.surface).toBe('3.034万亿美元');
    expect(relateFigures(fig('2.85兆美元', 2.85e12, '2025-10-23..2025-10-29'), fig('2.89兆美元', 2.89e12, '2024-12-26..2025-01-01'))).toBeNull();
  });

  it('a level beyond a line crossed is the same figure; a bound and a bound of different sizes are unrelated', () => {
    expect(relateFigures(fig('$3 trillion', 3e12, '2025-09-24..2025-09-30', { mode: 'CROSSED', direction: 'DECREASE' }), fig('2.93万亿美元', 2.93e12, '2025-09-24..2025-09-30'))?.kind).toBe('SAME_FIGURE');
    // The line is the round number itself: 983.9 billion has not crossed 1 trillion.
    expect(relateFigures(fig('1兆美元', 1e12, '2025-10-29..2025-11-05', { mode: 'CROSSED', direction: 'INCREASE' }), fig('9838.6亿美元', 983.86e9, '2025-10-30'))).toBeNull();
    const more = (s: string, v: number) => fig(s, v, '2025-08-01..2025-10-31', { factorId: 'f-tga-balance', mode: 'CHANGE', direction: 'INCREASE', qualifier: 'ABOVE' });
    expect(relateFigures(more('$500 billion', 500e9), more('7000 亿美元', 700e9))).toBeNull();
  });

  it('matches an undated figure ("now") over the week before its document’s date', () => {
    const dated = fig('$1 trillion', 1e12, '2025-10-31', { factorId: 'f-tga-balance', mode: 'CROSSED', direction: 'INCREASE' });
    const now = fig('1兆美元', 1e12, '2025-11-05', { factorId: 'f-tga-balance', mode: 'CROSSED', direction: 'INCREASE', timeSource: 'DOCUMENT_DATE' });
    expect(relateFigures(dated, now)?.kind).toBe('SAME_FIGURE');
    // Dated in its text five days on, it is the same line crossed on another day: no later reading (sixth pass).
    expect(relateFigures(dated, { ...now, timeSource: 'TEXT' })).toBeNull();
    expect(relateFigures(fig('9838.6亿美元', 983.86e9, '2025-10-30', { factorId: 'f-tga-balance' }), { ...now, timeSource: 'TEXT' })?.kind).toBe('UPDATES');
  });

  it('relateAll weighs only pairs within reach and involving the focus document', () => {
    const a = fig('$2.98 trillion', 2.98e12, '2025-09-25..2025-10-01');
    const b = fig('2.98萬億美元', 2.98e12, '2025-09-25..2025-10-01');
    const c = fig('3.034万亿美元', 3.034e12, '2025-10-02..2025-10-08');
    const far = fig('2.89兆美元', 2.89e12, '2024-12-26..2025-01-01');
    expect(relateAll([a, b, c, far]).map((r) => r.kind).sort()).toEqual(['SAME_FIGURE', 'UPDATES', 'UPDATES']);
    expect(relateAll([a, b, c, far], new Set([c.documentId])).map((r) => r.kind)).toEqual(['UPDATES', 'UPDATES']);
  });
});

describe('matching defects of the dev set (issue 19)', () => {
  const tga = { factorId: 'f-tga-balance' } as const;

  it('issue 19: a target and a typical level (原Q3目標8500億, 通常維持在8000億) were proposed as later readings of the TGA', () => {
    const reading = fig('9427亿美元', 942.7e9, '2025-11-06', tga);
    const target = fig('8500億美元', 850e9, '2025-11-21', { ...tga, timeSource: 'DOCUMENT_DATE', stance: stanceOf('距離原Q3目標8500億美元差距', '8500億美元', 'DOCUMENT_DATE') });
    const typical = fig('8000億', 800e9, '2025-11-21', { ...tga, timeSource: 'DOCUMENT_DATE', stance: stanceOf('通常維持在8000億美上下，目前僅剩約3000億美元', '8000億', 'DOCUMENT_DATE') });
    expect([target.stance, typical.stance]).toEqual(['AIM', 'AIM']);
    expect(relateFigures(reading, target)).toBeNull();
    expect(relateFigures(reading, typical)).toBeNull();
    // A current reading in the same sentence still updates the earlier one.
    const now = fig('3000億美元', 300e9, '2025-11-21', { ...tga, timeSource: 'DOCUMENT_DATE', stance: stanceOf('通常維持在8000億美上下，目前僅剩約3000億美元', '3000億美元', 'DOCUMENT_DATE') });
    expect(now.stance).toBe('OBSERVATION');
    expect(relateFigures(reading, now)?.kind).toBe('UPDATES');
    // Two statements of the same target are the same figure.
    const sameTarget = fig('$850 billion', 850e9, '2025-11-21', { ...tga, timeSource: 'DOCUMENT_DATE', stance: stanceOf('The Treasury has a target of about $850 billion for its account', '$850 billion', 'DOCUMENT_DATE') });
    expect(relateFigures(target, sameTarget)?.kind).toBe('SAME_FIGURE');
    // An assumption in an official statement is an aim too.
    expect(stanceOf('assuming an end-of-December cash balance of $850 billion', '$850 billion', 'TEXT')).toBe('AIM');
  });

  it('issue 19: a base level dated only by its document (從約3,000億美元暴增至…) was proposed as a reading of that date', () => {
    const base = fig('3,000 億美元', 300e9, '2025-11-05', { ...tga, timeSource: 'DOCUMENT_DATE', stance: stanceOf('TGA 餘額從約 3,000 億美元暴增至突破 1 兆美元', '3,000 億美元', 'DOCUMENT_DATE') });
    expect(base.stance).toBe('UNDATED_BASE');
    expect(relateFigures(base, fig('3000億美元', 300e9, '2025-11-21', { ...tga, timeSource: 'DOCUMENT_DATE' }))).toBeNull();
    // Dated by its own words, a base level is a reading like any other.
    expect(stanceOf('from $300 billion in July to $1 trillion', '$300 billion', 'TEXT')).toBe('OBSERVATION');
  });

  it('issue 19: "above 1 trillion" (逾1兆) and "broke through 1 trillion" (突破1兆) were not the same figure', () => {
    const above = fig('1兆美元', 1e12, '2025-11-05', { ...tga, qualifier: 'ABOVE' });
    const crossed = fig('1 兆美元', 1e12, '2025-11-05', { ...tga, mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE' });
    expect(relateFigures(above, crossed)?.kind).toBe('SAME_FIGURE');
    // Below a line is not the same as crossing it upwards.
    expect(relateFigures(fig('1兆美元', 1e12, '2025-11-05', { ...tga, qualifier: 'BELOW' }), crossed)).toBeNull();
  });

  it('issue 19: an undated "now" figure (逾1兆, doc date) beside an earlier dated one in its slack week was left unrelated (or could contradict)', () => {
    const dated = fig('9838.6億美元', 983.86e9, '2025-10-30', { ...tga, mode: 'REACHED', direction: 'INCREASE' });
    const now = fig('1兆美元', 1e12, '2025-11-05', { ...tga, mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE', timeSource: 'DOCUMENT_DATE' });
    const r = relateFigures(dated, now);
    expect([r?.kind, r?.later.quantityId]).toEqual(['UPDATES', now.quantityId]);
    // Two levels: the later "now" figure updates, it does not contradict.
    const level = fig('2.85兆美元', 2.85e12, '2025-11-05', { timeSource: 'DOCUMENT_DATE' });
    expect(relateFigures(fig('$2.93 trillion', 2.93e12, '2025-11-01'), level)?.kind).toBe('UPDATES');
    // Two dated readings of one day that disagree still contradict.
    expect(relateFigures(fig('$2.93 trillion', 2.93e12, '2025-11-05'), fig('2.85兆美元', 2.85e12, '2025-11-05'))?.kind).toBe('CONTRADICTS');
  });

  it('issue 19: a level written as the line itself ("at $3 trillion") beside "fell below $3 trillion" was not the same figure', () => {
    const level = fig('$3 trillion', 3e12, '2025-09-21..2025-09-30');
    const crossed = fig('3万亿美元', 3e12, '2025-09-21..2025-09-30', { mode: 'CROSSED', direction: 'DECREASE', qualifier: 'BELOW' });
    expect(relateFigures(level, crossed)?.kind).toBe('SAME_FIGURE');
    // Another number near the line is not.
    expect(relateFigures(fig('$3.05 trillion', 3.05e12, '2025-09-21..2025-09-30'), crossed)).toBeNull();
  });

  it('issue 19: two pages that state no year ("the week ending October 1", 10月1日) never related their same figure', () => {
    const en = fig('$2.98 trillion', 2.98e12, '1000-09-25..1000-10-01', { yearless: true });
    const zh = fig('2.98萬億美元', 2.98e12, '1000-10-01', { yearless: true });
    const r = relateFigures(en, zh);
    expect(r?.kind).toBe('SAME_FIGURE');
    expect(r?.why).toContain('--09-25..--10-01');
    expect(r?.why).toContain('neither document states the year');
    // Only precise numbers: a round "$3 trillion" on the same month and day may be another year's.
    expect(relateFigures(fig('$3 trillion', 3e12, '1000-10-01', { yearless: true }), fig('3萬億美元', 3e12, '1000-10-01', { yearless: true }))).toBeNull();
    // No contradiction and no later reading: both would need the year (the fourth pass; a later reading within a month
    // was proposed by the second).
    expect(relateFigures(en, fig('2.93萬億美元', 2.93e12, '1000-10-01', { yearless: true }))).toBeNull();
    expect(relateFigures(en, fig('3.034万亿美元', 3.034e12, '1000-10-02..1000-10-08', { yearless: true }))).toBeNull();
    expect(relateFigures(en, fig('3.034万亿美元', 3.034e12, '1000-11-20..1000-11-26', { yearless: true }))).toBeNull();
    // A year-less window meets a dated one only as the same precise figure (below: the second pass).
    expect(relateFigures(en, fig('$2.93 trillion', 2.93e12, '2025-09-25..2025-10-01'))).toBeNull();
    expect([significantDigits('3,260億美元'), significantDigits('$2.98 trillion'), significantDigits('$3 trillion'), significantDigits('$40.1 billion')]).toEqual([3, 3, 1, 3]);
  });
});


describe('matching recall defects of the dev set (issue 19, second pass)', () => {
  it('issue 19: a precise figure of a page that states no year never met its dated twin ("week ending December 17" vs 12月11日-18日)', () => {
    const yearless = fig('$40.1 billion', 40.1e9, '1000-12-10..1000-12-17', { mode: 'CHANGE', direction: 'DECREASE', yearless: true });
    const dated = fig('401亿美元', 40.1e9, '2025-12-11..2025-12-18', { mode: 'CHANGE', direction: 'DECREASE' });
    const r = relateFigures(yearless, dated);
    expect(r?.kind).toBe('SAME_FIGURE');
    expect(r?.why).toContain('one document states no year');
    // relateAll weighs the pair although a year-less window sorts a thousand years before the dated one — a round
    // year-less level too, beside a dated line it names.
    expect(relateAll([yearless, dated]).map((x) => x.kind)).toEqual(['SAME_FIGURE']);
    const tga = { factorId: 'f-tga-balance' } as const;
    const round = fig('1万亿美元', 1e12, '1000-11-05', { ...tga, mode: 'REACHED', direction: 'INCREASE', yearless: true, timeSource: 'DOCUMENT_DATE' });
    const crossed = fig('1兆美元', 1e12, '2025-11-05', { ...tga, mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE', timeSource: 'DOCUMENT_DATE' });
    expect(relateAll([round, crossed]).map((x) => x.kind)).toEqual(['SAME_FIGURE']);
    // Across New Year the nearest year is taken: 26 Dec without a year beside 2 Jan 2026.
    expect(relateFigures(fig('$2.93 trillion', 2.93e12, '0999-12-26..1000-01-01', { yearless: true }), fig('2.93萬億美元', 2.93e12, '2025-12-26..2026-01-01'))?.kind).toBe('SAME_FIGURE');
    // Nothing that needs the year: a different value is not a contradiction, a later week not an update.
    expect(relateFigures(fig('$2.93 trillion', 2.93e12, '1000-12-17', { yearless: true }), fig('2.85兆美元', 2.85e12, '2025-12-17'))).toBeNull();
    expect(relateFigures(fig('$2.93 trillion', 2.93e12, '1000-12-17', { yearless: true }), fig('2.93兆美元', 2.93e12, '2025-11-05'))).toBeNull();
    // A round number may be another year's: "$3 trillion" on the same days is left alone…
    expect(relateFigures(fig('$3 trillion', 3e12, '1000-10-01', { yearless: true }), fig('3萬億美元', 3e12, '2025-10-01'))).toBeNull();
    // …unless it is a line: "fell below $3 trillion" names an event, the level at the line is the same figure.
    expect(relateFigures(fig('$3 trillion', 3e12, '1000-10-01', { yearless: true, timeSource: 'DOCUMENT_DATE' }), fig('3萬億美元', 3e12, '2025-10-01', { mode: 'CROSSED', direction: 'DECREASE', qualifier: 'BELOW' }))?.kind).toBe('SAME_FIGURE');
  });

  it('two pages that state no year, a week apart (3.034万亿 on 10月8日 after $2.98 trillion on October 1): a later reading only once their years are confirmed', () => {
    // Since the fourth pass, not without a year: two pages that state none may be of different years. Their figures
    // update each other once their years are confirmed (relateAll, "pages that state no year, their year confirmed").
    const r = relateFigures(fig('$2.98 trillion', 2.98e12, '1000-10-01', { yearless: true }), fig('3.034万亿美元', 3.034e12, '1000-10-08', { yearless: true }));
    expect(r).toBeNull();
    // Three months apart by month and day may be nine months apart in fact (31 December of one year, 1 October of
    // the next): no update.
    expect(relateFigures(fig('3兆美元', 3e12, '1000-12-31', { yearless: true, mode: 'CROSSED', direction: 'DECREASE', qualifier: 'BELOW' }), fig('3萬億美元', 3e12, '1000-10-01', { yearless: true, mode: 'CROSSED', direction: 'DECREASE', qualifier: 'BELOW' }))).toBeNull();
  });

  it('issue 19: an undated figure of a page that states no year reached back a week over an earlier week\'s "first time" (跌破3萬億 on 9月24日 and on 10月1日 read as one event)', () => {
    const line = { mode: 'CROSSED', direction: 'DECREASE', qualifier: 'BELOW', yearless: true, timeSource: 'DOCUMENT_DATE' } as const;
    expect(relateFigures(fig('3萬億美元', 3e12, '1000-09-24', line), fig('3萬億美元', 3e12, '1000-10-01', line))).toBeNull();
    // On the same day they are the same event.
    expect(relateFigures(fig('3萬億美元', 3e12, '1000-10-01', line), fig('$3 trillion', 3e12, '1000-10-01', { yearless: true, timeSource: 'DOCUMENT_DATE' }))?.kind).toBe('SAME_FIGURE');
  });

  it("issue 19: a week's level dated by its Wednesday and by its Thursday release (a day apart) was proposed as an update, never the same figure", () => {
    const wednesday = fig('$2.93 trillion', 2.93e12, '2025-12-17');
    const thursday = fig('2.93万亿美元', 2.93e12, '2025-12-18');
    const r = relateFigures(wednesday, thursday);
    expect(r?.kind).toBe('SAME_FIGURE');
    expect(r?.why).toContain('a day apart');
    // Not for a level beyond a line crossed: "fell below $3 trillion" in the week to 30 September and 2.98 trillion
    // on 1 October are two weeks' news, not one figure…
    const below = { mode: 'CROSSED', direction: 'DECREASE', qualifier: 'BELOW' } as const;
    expect(relateFigures(fig('3万亿美元', 3e12, '2025-09-26..2025-09-30', below), fig('2.98万亿美元', 2.98e12, '2025-10-01'))?.kind).toBe('UPDATES');
    // …but the level that names the line, a day on, is the same statement.
    expect(relateFigures(fig('$3 trillion', 3e12, '2025-09-26..2025-09-30'), fig('3萬億美元', 3e12, '2025-10-01', below))?.kind).toBe('SAME_FIGURE');
    // Not for a longer window: "late September" and 1 October are not a week's level and its release.
    expect(relateFigures(fig('$2.98 trillion', 2.98e12, '2025-09-21..2025-09-30'), fig('2.98万亿美元', 2.98e12, '2025-10-01'))?.kind).toBe('UPDATES');
    // Different values a day apart remain a later reading; a week apart, the same value is a later reading too.
    expect(relateFigures(wednesday, fig('2.95万亿美元', 2.95e12, '2025-12-18'))?.kind).toBe('UPDATES');
    expect(relateFigures(wednesday, fig('2.93万亿美元', 2.93e12, '2025-12-24'))?.kind).toBe('UPDATES');
  });

  it('issue 19: a bound took the rounding of its round number: "above 1 trillion" (逾1兆) agreed with 983.86 billion', () => {
    expect(intervalOf({ value: 1e12, upper: null, qualifier: 'ABOVE', surface: '1兆美元' }).low).toBe(1e12);
    const tga = { factorId: 'f-tga-balance' } as const;
    expect(relateFigures(fig('9838.6億美元', 983.86e9, '2025-10-30', tga), fig('1兆美元', 1e12, '2025-10-30', { ...tga, qualifier: 'ABOVE' }))?.kind).not.toBe('SAME_FIGURE');
    // A value on the line's side still agrees with it.
    expect(relateFigures(fig('$1.02 trillion', 1.02e12, '2025-10-30', tga), fig('1兆美元', 1e12, '2025-10-30', { ...tga, qualifier: 'ABOVE' }))?.kind).toBe('SAME_FIGURE');
  });

  it('issue 19: a later undated restatement of the same figure ("the TGA, above $1 trillion", weeks after it crossed the line) was proposed as an update', () => {
    const tga = { factorId: 'f-tga-balance' } as const;
    const crossed = fig('$1 trillion', 1e12, '2025-10-31', { ...tga, mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE' });
    const restated = fig('1兆美元', 1e12, '2025-11-21', { ...tga, qualifier: 'ABOVE', timeSource: 'DOCUMENT_DATE' });
    expect(relateFigures(crossed, restated)).toBeNull();
    const level = fig('9838.6億美元', 983.86e9, '2025-10-30', { ...tga, mode: 'REACHED', direction: 'INCREASE' });
    expect(relateFigures(level, fig('9838.6亿美元', 983.86e9, '2025-11-21', { ...tga, timeSource: 'DOCUMENT_DATE' }))).toBeNull();
    // A different figure dated by its document is still the later reading.
    expect(relateFigures(level, restated)?.kind).toBe('UPDATES');
  });
});

describe('contradictions need both windows firm (issue 19)', () => {
  const tga = { factorId: 'f-tga-balance' } as const;
  it('issue 19: two undated "now" figures of documents a day apart (逾1兆 on 5 November, 9427億 on 6 November) were left unrelated, or could contradict', () => {
    const crossed = fig('1兆美元', 1e12, '2025-11-05', { ...tga, mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE', timeSource: 'DOCUMENT_DATE' });
    const level = fig('9427億美元', 942.7e9, '2025-11-06', { ...tga, timeSource: 'DOCUMENT_DATE' });
    const r = relateFigures(crossed, level);
    expect([r?.kind, r?.later.surface]).toEqual(['UPDATES', '9427億美元']);
    // Two levels "now" in documents of the same day that disagree: neither is later, and neither window is firm.
    expect(relateFigures(fig('2.85兆美元', 2.85e12, '2025-11-05', { timeSource: 'DOCUMENT_DATE' }), fig('$2.93 trillion', 2.93e12, '2025-11-05', { timeSource: 'DOCUMENT_DATE' }))).toBeNull();
    // Two changes of opposite directions, one dated only by its document: maybe another period.
    const change = { mode: 'CHANGE', direction: 'DECREASE' } as const;
    expect(relateFigures(fig('$40.1 billion', 40.1e9, '2025-11-05', { ...change, timeSource: 'DOCUMENT_DATE' }), fig('$40.1 billion', 40.1e9, '2025-11-05', { mode: 'CHANGE', direction: 'INCREASE' }))).toBeNull();
    // Firm windows still contradict.
    expect(relateFigures(fig('2.85兆美元', 2.85e12, '2025-11-05'), fig('$2.93 trillion', 2.93e12, '2025-11-05'))?.kind).toBe('CONTRADICTS');
  });
});

describe('matching defects of the dev set (issue 19, third pass)', () => {
  const tga = { factorId: 'f-tga-balance' } as const;
  it('issue 19: a precise figure a day after a round one (9838.6億 on 30 October, "$1 trillion" on 31 October) was the same figure by the round one\'s rounding', () => {
    const precise = fig('9838.6亿美元', 983.86e9, '2025-10-30', { ...tga, mode: 'REACHED', direction: 'INCREASE' });
    const round = fig('$1 trillion', 1e12, '2025-10-31', tga);
    const r = relateFigures(precise, round);
    expect([r?.kind, r?.later.surface]).toEqual(['UPDATES', '$1 trillion']);
    // The same figure a day apart, written alike or to different precision, is still one statement.
    expect(relateFigures(fig('$2.93 trillion', 2.93e12, '2025-12-17'), fig('2.930万亿美元', 2.93e12, '2025-12-18'))?.kind).toBe('SAME_FIGURE');
    // In the same window the round figure's rounding still holds: 9838.6億 is "about $1 trillion" that day.
    expect(relateFigures(fig('9838.6亿美元', 983.86e9, '2025-10-31', tga), fig('$1 trillion', 1e12, '2025-10-31', tga))?.kind).toBe('SAME_FIGURE');
  });

  it('issue 19: an undated "now" figure (9427億 on 6 November) met a round figure of its slack week ("$1 trillion" on 31 October) as the same figure', () => {
    const now = fig('9427億美元', 942.7e9, '2025-11-06', { ...tga, timeSource: 'DOCUMENT_DATE' });
    const r = relateFigures(fig('$1 trillion', 1e12, '2025-10-31', tga), now);
    expect([r?.kind, r?.later.surface]).toEqual(['UPDATES', '9427億美元']);
    // A "now" figure that agrees to the digit with one of its slack week is still the same figure.
    expect(relateFigures(fig('2.85兆美元', 2.85e12, '2025-11-05', { timeSource: 'DOCUMENT_DATE' }), fig('$2.85 trillion', 2.85e12, '2025-10-29'))?.kind).toBe('SAME_FIGURE');
  });
});

describe('pages that state no date at all (issue 19)', () => {
  const tga = { factorId: 'f-tga-balance' } as const;
  const line = { ...tga, mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE' } as const;
  /** A figure with no time at all, of the page `page`. */
  const timeless = (surface: string, value: number, page: string, extra: Partial<Figure> = {}) => fig(surface, value, '0000-01-01', { documentId: page, timeless: true, timeSource: null, ...extra });

  it('issue 19: a page that states no date (no date, no month and day) never met the same figures in dated pages', () => {
    const reserves = timeless('2.85 万亿美元', 2.85e12, 'zaker', { mode: 'REACHED', direction: 'DECREASE' });
    const crossed = timeless('1 万亿美元', 1e12, 'zaker', line);
    const twins = [
      fig('2.85兆美元', 2.85e12, '2025-11-05', { qualifier: 'ABOUT', timeSource: 'DOCUMENT_DATE', mode: 'REACHED', direction: 'DECREASE' }),
      fig('$1 trillion', 1e12, '2025-10-31', tga),
      fig('1兆美元', 1e12, '2025-11-05', { ...line, timeSource: 'DOCUMENT_DATE' }),
    ];
    // A year-less page's line, read in the anchor's year; and figures of other weeks and measures that must stay apart.
    const yearless = fig('$1 trillion', 1e12, '1000-10-30', { ...tga, qualifier: 'ABOVE', yearless: true, timeSource: 'DOCUMENT_DATE' });
    const otherWeek = fig('$2.85 trillion', 2.85e12, '2025-03-12');
    const beyond = fig('$1.02 trillion', 1.02e12, '2025-11-05', tga);
    const round = fig('$3 trillion', 3e12, '2025-11-05');
    const found = relateAll([reserves, crossed, ...twins, yearless, otherWeek, beyond, round]).filter((r) => r.later.documentId === 'zaker' || r.earlier.documentId === 'zaker');
    const pairs = found.map((r) => [r.kind, r.earlier.surface, r.later.surface, r.earlier.window.end].join(' ')).sort();
    expect(pairs).toEqual(
      [
        'SAME_FIGURE $1 trillion 1 万亿美元 2025-10-31',
        'SAME_FIGURE $1 trillion 1 万亿美元 1000-10-30',
        'SAME_FIGURE 1兆美元 1 万亿美元 2025-11-05',
        'SAME_FIGURE 2.85兆美元 2.85 万亿美元 2025-11-05',
        // Since the seventh pass an update passes through a twin placed by its numbers: $1.02 trillion on 5 November is a
        // later reading than $1 trillion on 31 October, the same figure as the page's line.
        'UPDATES 1 万亿美元 $1.02 trillion 0000-01-01',
      ].sort(),
    );
    expect(found[0]?.why).toContain('its page states none');
    // relateFigures alone never relates a figure with no time.
    expect(relateFigures(reserves, twins[0]!)).toBeNull();
  });

  it('places a page only when two of its figures agree on the fortnight: one twin could be chance', () => {
    const reserves = timeless('2.85 万亿美元', 2.85e12, 'lone', { mode: 'REACHED', direction: 'DECREASE' });
    expect(relateAll([reserves, fig('2.85兆美元', 2.85e12, '2025-11-05')])).toEqual([]);
    // Two figures whose twins are months apart place the page nowhere.
    const crossed = timeless('1 万亿美元', 1e12, 'lone', line);
    expect(relateAll([reserves, crossed, fig('2.85兆美元', 2.85e12, '2025-11-05'), fig('1兆美元', 1e12, '2025-04-02', line)])).toEqual([]);
    // Round numbers, changes and aims have no twins.
    const round = timeless('$3 trillion', 3e12, 'round');
    const change = timeless('$20.1 billion', 20.1e9, 'round', { mode: 'CHANGE', direction: 'DECREASE' });
    expect(relateAll([round, change, fig('$3 trillion', 3e12, '2025-10-01'), fig('201亿美元', 20.1e9, '2025-10-01', { mode: 'CHANGE', direction: 'DECREASE' })])).toEqual([]);
  });
});

describe('updates and contradictions need firm readings (issue 19, fourth pass)', () => {
  const notFirm = (kind: 'DOCUMENT_DATE' | 'NO_YEAR' | 'ANAPHOR', why = 'not firm') => ({ unfirm: [{ kind, why }] });

  it('issue 19: a "now" figure dated only by its document (對應銀行準備金降至約2.85兆美元) was proposed as a later reading of a dated one', () => {
    const dated = fig('$2.93 trillion', 2.93e12, '2025-10-16..2025-10-22');
    const now = fig('2.85兆美元', 2.85e12, '2025-11-05', { timeSource: 'DOCUMENT_DATE', qualifier: 'ABOUT', ...notFirm('DOCUMENT_DATE') });
    expect(relateFigures(dated, now)).toBeNull();
    // The same figure firmly dated ("截至11月5日") is the later reading.
    expect(relateFigures(dated, fig('2.85兆美元', 2.85e12, '2025-11-05', { qualifier: 'ABOUT' }))?.kind).toBe('UPDATES');
  });

  it('issue 19: two pages that state no year were proposed as an update a week apart (their years are not known to be one)', () => {
    const oct1 = fig('$2.98 trillion', 2.98e12, '1000-09-25..1000-10-01', { yearless: true, ...notFirm('NO_YEAR') });
    const oct8 = fig('3.034万亿美元', 3.034e12, '1000-10-02..1000-10-08', { yearless: true, ...notFirm('NO_YEAR') });
    expect(relateFigures(oct1, oct8)).toBeNull();
    // The same figure needs no year: the numbers carry it.
    expect(relateFigures(oct1, fig('2.98萬億美元', 2.98e12, '1000-09-25..1000-10-01', { yearless: true, ...notFirm('NO_YEAR') }))?.kind).toBe('SAME_FIGURE');
  });

  it('issue 19: a level "in April 2022" (the balance sheet\'s peak of $8.96 trillion) was superseded by 8.915 trillion on 2 June 2022', () => {
    const april = fig('$8.96 trillion', 8.96e12, '2022-04-01..2022-04-30', { factorId: 'f-fed-balance-sheet' });
    expect(relateFigures(april, fig('8.915万亿美元', 8.915e12, '2022-06-02', { factorId: 'f-fed-balance-sheet' }))).toBeNull();
  });

  it('a measure named only in the sentence before ("該數字") neither updates nor contradicts', () => {
    const a = fig('$2.93 trillion', 2.93e12, '2025-10-16..2025-10-22');
    expect(relateFigures(a, fig('2.93万亿美元', 2.93e12, '2025-10-16..2025-10-22', notFirm('ANAPHOR'))) ?.kind).toBe('SAME_FIGURE');
    expect(relateFigures(a, fig('3.05万亿美元', 3.05e12, '2025-10-16..2025-10-22', notFirm('ANAPHOR')))).toBeNull();
    expect(relateFigures(a, fig('3.05万亿美元', 3.05e12, '2025-10-30..2025-11-05', notFirm('ANAPHOR')))).toBeNull();
  });

  it('contradicts across languages (萬億 and trillion) for the same week, with the arithmetic in why', () => {
    const zh = fig('2.93萬億美元', 2.93e12, '2025-10-16..2025-10-22');
    const en = fig('$3.05 trillion', 3.05e12, '2025-10-16..2025-10-22');
    const r = relateFigures(zh, en);
    expect(r?.kind).toBe('CONTRADICTS');
    expect(r?.why).toContain('“2.93萬億美元” (2.925–2.935 trillion USD) and “$3.05 trillion” (3.045–3.055 trillion USD) cannot both hold');
    expect(r?.why).toContain('3.045 trillion − 2.935 trillion = 110 billion USD apart beyond both roundings');
    // A Wednesday and the week ending on it are one reading time.
    expect(relateFigures(zh, fig('$3.05 trillion', 3.05e12, '2025-10-22'))?.kind).toBe('CONTRADICTS');
    // A day in the middle of the week is not the week's reading time.
    expect(relateFigures(zh, fig('$3.05 trillion', 3.05e12, '2025-10-19'))).toBeNull();
  });

  it('a flow of one period that cannot hold beside another says by how much', () => {
    const flow = (surface: string, value: number) => fig(surface, value, '2025-10-01..2025-10-31', { factorId: 'f-tga-flows', mode: 'FLOW', period: 'DAY' });
    const r = relateFigures(flow('$25 billion', 25e9), flow('400億美元', 40e9));
    expect(r?.kind).toBe('CONTRADICTS');
    expect(r?.why).toContain('39.95 billion − 25.5 billion = 14.45 billion USD apart beyond both roundings');
  });

  it('issue 19: "roughly $6.6 trillion" contradicted 6.54萬億 on the same day (about is no tighter than its last digit)', () => {
    const about = fig('$6.6 trillion', 6.6e12, '2025-10-22', { factorId: 'f-fed-balance-sheet', qualifier: 'ABOUT' });
    expect(relateFigures(about, fig('6.54萬億美元', 6.54e12, '2025-10-22', { factorId: 'f-fed-balance-sheet' }))).toBeNull();
    // Beyond a full unit it still cannot hold.
    expect(relateFigures(about, fig('6.45萬億美元', 6.45e12, '2025-10-22', { factorId: 'f-fed-balance-sheet' }))?.kind).toBe('CONTRADICTS');
  });

  it('issue 19: a week quoted as its average and as its Wednesday level (2.93 and 2.98 trillion) was a contradiction the record allows', () => {
    // The record of the week: the average and the Wednesday level 60 billion apart.
    const record = measureRecord([
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRESBAL', periodEnd: '2025-10-22', value: 2_985_000 },
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: '2025-10-22', value: 2_925_000 },
    ]);
    const avg = fig('$2.98 trillion', 2.98e12, '2025-10-16..2025-10-22');
    const level = fig('2.93萬億美元', 2.93e12, '2025-10-22');
    expect(relateFigures(avg, level)?.kind).toBe('CONTRADICTS');
    expect(relateFigures(avg, level, record)).toBeNull();
    // A 1000x unit slip is beyond anything the record moves; the why says how far the record moves.
    const slip = relateFigures(fig('2999.7萬億美元', 2.9997e15, '2025-10-16..2025-10-22'), level, record);
    expect(slip?.kind).toBe('CONTRADICTS');
    expect(slip?.why).toMatch(/the record of the measure over 2025-10-16\.\.2025-10-22 moves only 60 billion \(2\.925–2\.985 trillion: FRED:WRBWFRBL, FRED:WRESBAL \(2025-10-22\)\)/);
  });

  it('issue 19: a week\'s rise and fall (of the average and of the Wednesday level) were proposed as contradicting', () => {
    const change = (surface: string, direction: 'INCREASE' | 'DECREASE', window: string) => fig(surface, 20e9, window, { mode: 'CHANGE', direction });
    expect(relateFigures(change('$20 billion', 'INCREASE', '2025-10-16..2025-10-22'), change('200億美元', 'DECREASE', '2025-10-16..2025-10-22'))).toBeNull();
    // Over a month, a rise and a fall cannot both hold.
    expect(relateFigures(change('$20 billion', 'INCREASE', '2025-09-25..2025-10-22'), change('200億美元', 'DECREASE', '2025-09-25..2025-10-22'))?.kind).toBe('CONTRADICTS');
    // Two falls of different sizes over one window can both hold (average and level).
    expect(relateFigures(change('$20 billion', 'DECREASE', '2025-09-25..2025-10-22'), { ...change('400億美元', 'DECREASE', '2025-09-25..2025-10-22'), value: 40e9 })).toBeNull();
  });
});

describe('the record of a measure (issue 19)', () => {
  it('a week average covers its week, a Wednesday level its day; values are scaled to dollars', () => {
    const record = measureRecord([
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRESBAL', periodEnd: '2025-10-22', value: 2_950_000 },
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: '2025-10-22', value: 2_930_000 },
    ]);
    expect(record('f-bank-reserves', 'USD', { start: '2025-10-17', end: '2025-10-17' })).toMatchObject({ low: 2.95e12, high: 2.95e12 });
    expect(record('f-bank-reserves', 'USD', { start: '2025-10-22', end: '2025-10-22' })).toMatchObject({ low: 2.93e12, high: 2.95e12 });
    expect(record('f-bank-reserves', 'USD', { start: '2025-10-23', end: '2025-10-29' })).toBeNull();
    expect(record('f-tga-balance', 'USD', { start: '2025-10-22', end: '2025-10-22' })).toBeNull();
    expect(record('f-bank-reserves', 'CNY', { start: '2025-10-22', end: '2025-10-22' })).toBeNull();
  });
});

describe('recall defects of the dev set (issue 19, fourth pass)', () => {
  it('a stock of "the week ending X" is matched over the week it names, not only its Wednesday', () => {
    const day = { start: '2025-10-22', end: '2025-10-22' };
    const week = { start: '2025-10-16', end: '2025-10-22' };
    expect(statedWeek(day, 'the week ending October 22, 2025', 'LEVEL')).toEqual(week);
    expect(statedWeek(day, '截至2025年10月22日的一週', 'REACHED')).toEqual(week);
    expect(statedWeek(day, '截至10月22日當周', 'CROSSED')).toEqual(week);
    expect(statedWeek(day, '本周一', 'LEVEL')).toEqual(day);
    expect(statedWeek(day, 'October 22, 2025', 'LEVEL')).toEqual(day);
    expect(statedWeek(week, 'the week ending October 22, 2025', 'CHANGE')).toEqual(week);
    // A day inside that week is then the same reading time's figure, never a later one.
    const level = fig('$2.93 trillion', 2.93e12, '2025-10-16..2025-10-22');
    expect(relateFigures(level, fig('2.93萬億美元', 2.93e12, '2025-10-20'))?.kind).toBe('SAME_FIGURE');
  });

  it('issue 19: the same level in two consecutive weeks was taken for a week and its release the next day', () => {
    const r = relateFigures(fig('$2.93 trillion', 2.93e12, '2025-10-16..2025-10-22'), fig('2.93萬億美元', 2.93e12, '2025-10-23..2025-10-29'));
    expect([r?.kind, r?.later.surface]).toEqual(['UPDATES', '2.93萬億美元']);
    // The release itself (a day, the Thursday) is still the same statement.
    expect(relateFigures(fig('$2.93 trillion', 2.93e12, '2025-10-16..2025-10-22'), fig('2.93萬億美元', 2.93e12, '2025-10-23'))?.kind).toBe('SAME_FIGURE');
  });

  it('issue 19: a level of a page that states no year ($2.98 trillion on October 1) was the same figure as a crossing below 3 trillion dated October 2020', () => {
    // "first time since October 2020" read as a crossing in that month: a level merely beyond a round line says nothing
    // of the year, so across an unknown year only the line itself meets a line.
    const since2020 = fig('3兆美元', 3e12, '2020-10-01..2020-10-31', { mode: 'CROSSED', direction: 'DECREASE', qualifier: 'BELOW' });
    expect(relateFigures(since2020, fig('$2.98 trillion', 2.98e12, '1000-10-01', { mode: 'REACHED', direction: 'DECREASE', yearless: true }))).toBeNull();
    // Dated, the same level beyond the same line is the same figure.
    expect(relateFigures(fig('3万亿美元', 3e12, '2025-09-25..2025-10-01', { mode: 'CROSSED', direction: 'DECREASE' }), fig('$2.98 trillion', 2.98e12, '2025-10-01', { mode: 'REACHED', direction: 'DECREASE' }))?.kind).toBe('SAME_FIGURE');
  });

  it('issue 19: a line crossed as of the date of a page that states no year (攀升至1万亿美元关口, 11月5日) never met the same crossing dated five days earlier', () => {
    const tga = { factorId: 'f-tga-balance', mode: 'CROSSED' as const, direction: 'INCREASE' as const };
    const dated = fig('$1 trillion', 1e12, '2025-10-31', tga);
    const yearless = fig('1万亿美元', 1e12, '1000-11-05', { ...tga, timeSource: 'DOCUMENT_DATE', yearless: true });
    expect(relateFigures(dated, yearless)?.kind).toBe('SAME_FIGURE');
    // A level of that day stays on its day: 9427亿 on 11月5日 is not the crossing of 31 October.
    expect(relateFigures(dated, fig('9427亿美元', 942.7e9, '1000-11-05', { factorId: 'f-tga-balance', timeSource: 'DOCUMENT_DATE', yearless: true }))).toBeNull();
  });
});

describe('pages that state no year, their year confirmed by their own figures (issue 19, fourth pass)', () => {
  const noYear = (surface: string, value: number, window: string, documentId: string, extra: Partial<Figure> = {}) =>
    fig(surface, value, window, { documentId, yearless: true, unfirm: [{ kind: 'NO_YEAR', why: 'its page states no year' }], ...extra });

  it('a year-less page whose precise figure is the same as a firm dated one is read in that year: its other figures may update', () => {
    // The year-less page: 2.93 trillion in the week ending December 17, and a fall of 40.1 billion that week.
    const level = noYear('$2.93 trillion', 2.93e12, '1000-12-11..1000-12-17', 'bbx');
    const fall = noYear('$40.1 billion', 40.1e9, '1000-12-11..1000-12-17', 'bbx', { mode: 'CHANGE', direction: 'DECREASE' });
    // A dated page states the same fall, so the year-less page is of 2025.
    const twin = fig('401亿美元', 40.1e9, '2025-12-12..2025-12-18', { documentId: 'bitget', mode: 'CHANGE', direction: 'DECREASE' });
    const earlier = fig('2.85萬億美元', 2.85e12, '2025-10-30..2025-11-05', { documentId: 'other' });
    const found = relateAll([level, fall, twin, earlier]);
    const update = found.find((r) => r.kind === 'UPDATES');
    expect(update?.later.quantityId).toBe(level.quantityId);
    expect(update?.why).toContain('2025 is confirmed by “$40.1 billion” of that page being the same figure as “401亿美元” (2025-12-12..2025-12-18)');
    // Without the twin, the page's year is unknown: no update.
    expect(relateAll([level, fall, earlier]).filter((r) => r.kind === 'UPDATES')).toEqual([]);
  });

  it('a year is not confirmed by a round figure or a line, nor when twins place the page in two years', () => {
    const level = noYear('$2.93 trillion', 2.93e12, '1000-12-11..1000-12-17', 'bbx');
    const earlier = fig('2.85萬億美元', 2.85e12, '2025-10-30..2025-11-05', { documentId: 'other' });
    const line = noYear('$3 trillion', 3e12, '1000-12-17', 'bbx', { mode: 'CROSSED', direction: 'DECREASE' });
    const lineTwin = fig('3万亿美元', 3e12, '2025-12-11..2025-12-17', { documentId: 'bitget', mode: 'CROSSED', direction: 'DECREASE' });
    const confirmed = (found: ReturnType<typeof relateAll>) => found.filter((r) => r.why.includes('is confirmed by'));
    expect(confirmed(relateAll([level, line, lineTwin, earlier]))).toEqual([]);
    const fall = noYear('$40.1 billion', 40.1e9, '1000-12-11..1000-12-17', 'bbx', { mode: 'CHANGE', direction: 'DECREASE' });
    const in2025 = fig('401亿美元', 40.1e9, '2025-12-12..2025-12-18', { documentId: 'bitget', mode: 'CHANGE', direction: 'DECREASE' });
    const in2024 = fig('401億美元', 40.1e9, '2024-12-12..2024-12-18', { documentId: 'old', mode: 'CHANGE', direction: 'DECREASE' });
    expect(confirmed(relateAll([level, fall, in2025, in2024, earlier]))).toEqual([]);
    // One twin alone confirms it.
    expect(confirmed(relateAll([level, fall, in2025, earlier])).map((r) => r.kind)).toEqual(['UPDATES']);
  });
});

describe('pages that corroborate each other, and updates the record cannot bear (issue 19, fifth pass)', () => {
  const tga = { factorId: 'f-tga-balance' } as const;
  const speech = (documentId: string, extra: Partial<Figure> = {}) => [
    fig('$3.0 trillion', 3e12, '1000-10-08', { documentId, yearless: true, ...extra }),
    fig('$800 billion', 800e9, '1000-10-08', { documentId, yearless: true, qualifier: 'ABOUT', ...tga, ...extra }),
  ];

  it('issue 19: round figures of pages reporting one day (reserves about 3 trillion and the TGA about 800 billion on 10月8日, no year stated) were never the same figure', () => {
    const [reserves, cash] = speech('d-speech');
    const [reserves2, cash2] = speech('d-report', { surface: '3万亿美元' });
    const found = relateAll([reserves!, cash!, reserves2!, cash2!]);
    expect(found.map((r) => [r.kind, [r.earlier.quantityId, r.later.quantityId].sort().join('|')]).sort()).toEqual([
      ['SAME_FIGURE', [cash!.quantityId, cash2!.quantityId].sort().join('|')],
      ['SAME_FIGURE', [reserves!.quantityId, reserves2!.quantityId].sort().join('|')],
    ].sort());
    expect(found[0]!.why).toContain('neither document states the year, and the two pages agree on the same day on 2 measures');
    // A dated page (2025-10-08) agreeing on both: the same figures, read in its year.
    const dated = [fig('$3兆', 3e12, '2025-10-08', { documentId: 'd-dated', qualifier: 'ABOUT' }), fig('$0.8兆', 0.8e12, '2025-10-08', { documentId: 'd-dated', qualifier: 'ABOUT', ...tga })];
    const withDated = relateAll([reserves!, cash!, ...dated]);
    expect(withDated.map((r) => r.kind)).toEqual(['SAME_FIGURE', 'SAME_FIGURE']);
    expect(withDated[0]!.why).toContain('one document states no year');
  });

  it('one measure alone, another day, or figures that disagree do not corroborate: a round figure stays unweighed without its year', () => {
    const [reserves, cash] = speech('d-speech');
    // One measure only.
    expect(relateAll([reserves!, fig('3萬億美元', 3e12, '2025-10-08', { documentId: 'd-other' })])).toEqual([]);
    // Two measures, but on another day.
    expect(relateAll([reserves!, cash!, fig('3萬億美元', 3e12, '2025-10-15', { documentId: 'd-other' }), fig('8000億美元', 800e9, '2025-10-15', { documentId: 'd-other', ...tga })])).toEqual([]);
    // Two measures on the day, one of which disagrees: one measure agrees, not two.
    expect(relateAll([reserves!, cash!, fig('3萬億美元', 3e12, '2025-10-08', { documentId: 'd-other' }), fig('9000億美元', 900e9, '2025-10-08', { documentId: 'd-other', ...tga })])).toEqual([]);
  });

  it("a page's year confirmed by two measures of it agreeing with a firm dated page: its firm figures are later readings of other documents' then", () => {
    const [reserves, cash] = speech('d-speech');
    const dated = [fig('$3兆', 3e12, '2025-10-08', { documentId: 'd-dated', qualifier: 'ABOUT' }), fig('$0.8兆', 0.8e12, '2025-10-08', { documentId: 'd-dated', qualifier: 'ABOUT', ...tga })];
    const crossed = fig('3万亿美元', 3e12, '2025-09-30', { documentId: 'd-crossing', mode: 'CROSSED', direction: 'DECREASE', qualifier: 'BELOW' });
    const update = relateAll([reserves!, cash!, ...dated, crossed]).find((r) => r.kind === 'UPDATES' && r.later.quantityId === reserves!.quantityId);
    expect(update?.earlier.quantityId).toBe(crossed.quantityId);
    expect(update?.why).toContain('2025 is confirmed by figures of 2 measures of that page being the same figures as firm ones of that year');
  });

  it('issue 19: a later reading far beyond what the record moves (currency of 2.4 trillion read as the balance sheet, updated by 6.54 trillion) was proposed as an update', () => {
    const assets = { factorId: 'f-fed-balance-sheet' } as const;
    const record = measureRecord([
      { factorId: 'f-fed-balance-sheet', seriesId: 'FRED:WALCL', periodEnd: '2025-10-08', value: 6_590_815 },
      { factorId: 'f-fed-balance-sheet', seriesId: 'FRED:WALCL', periodEnd: '2025-10-22', value: 6_538_000 },
    ]);
    const misread = fig('$2.4 trillion', 2.4e12, '2025-10-08', assets);
    const later = fig('$6.54 trillion', 6.54e12, '2025-10-22', assets);
    expect(relateFigures(misread, later)?.kind).toBe('UPDATES');
    expect(relateFigures(misread, later, record)).toBeNull();
    // A later reading the record bears (6.59 → 6.54 trillion) is still an update, and so is one that moves a tenth more.
    expect(relateFigures(fig('$6.59 trillion', 6.59e12, '2025-10-08', assets), later, record)?.kind).toBe('UPDATES');
    expect(relateFigures(fig('$6.0 trillion', 6.0e12, '2025-10-08', assets), later, record)?.kind).toBe('UPDATES');
  });

  it('issue 19: a figure dated only by its page\'s stated date (about 2.85 trillion in a page of 6 November) was never updated by a firmly dated later one', () => {
    const docDated: Partial<Figure> = { timeSource: 'DOCUMENT_DATE', qualifier: 'ABOUT', unfirm: [{ kind: 'DOCUMENT_DATE', why: 'its sentence states no time' }] };
    const now = fig('2.85万亿美元', 2.85e12, '2025-11-06', { ...docDated, published: '2025-11-06' });
    const december = fig('$2.93 trillion', 2.93e12, '2025-12-11..2025-12-17');
    const r = relateFigures(now, december);
    expect([r?.kind, r?.earlier.quantityId]).toEqual(['UPDATES', now.quantityId]);
    // Not when the page's date is only read from the dates it writes (a lower bound on when it was written)…
    expect(relateFigures(fig('2.85万亿美元', 2.85e12, '2025-11-06', docDated), december)).toBeNull();
    // …nor when the later figure does not start after the page's date, nor when the doubt is another (a mood).
    expect(relateFigures(now, fig('$2.93 trillion', 2.93e12, '2025-11-06'))).toBeNull();
    expect(relateFigures({ ...now, unfirm: [...docDated.unfirm!, { kind: 'MOOD', why: 'forecast' }] }, december)).toBeNull();
    // The figure dated by its page is never the later one of an update on that ground.
    expect(relateFigures(fig('$2.93 trillion', 2.93e12, '2025-10-16..2025-10-22'), now)).toBeNull();
  });
});

describe("fresh2's wrong relations, and later figures the record shows current (issue 19, sixth pass)", () => {
  const debt = { factorId: 'f-us-federal-debt' } as const;
  const docDated = (published?: string): Partial<Figure> => ({ timeSource: 'DOCUMENT_DATE', unfirm: [{ kind: 'DOCUMENT_DATE', why: "its sentence states no time: it is dated by its document's date" }], ...(published ? { published } : {}) });

  it('issue 19: a level just short of a line (34.99兆 on 29 July) was the same figure as the line crossed upwards (35 trillion)', () => {
    const level = fig('34.99兆美元', 34.99e12, '2024-07-29', { ...debt, mode: 'REACHED', direction: 'INCREASE' });
    const crossed = fig('35 trillion dollars', 35e12, '2024-07-29', { ...debt, mode: 'CROSSED', direction: 'INCREASE' });
    expect(relateFigures(level, crossed)?.kind).not.toBe('SAME_FIGURE');
    // Dated by its page, reaching back the week to a crossing of 26 July: still not the same figure.
    const undated = fig('34.99兆美元', 34.99e12, '2024-07-29', { ...debt, mode: 'REACHED', direction: 'INCREASE', timeSource: 'DOCUMENT_DATE' });
    expect(relateFigures(undated, fig('35 trillion dollars', 35e12, '2024-07-26', { ...debt, mode: 'CROSSED', direction: 'INCREASE' }))?.kind).not.toBe('SAME_FIGURE');
    // A level written as the line ("$3.0 trillion"), or within a thousandth beyond it (38019813354700.26美元 beside
    // 突破38萬億), still names it.
    expect(relateFigures(fig('$3.0 trillion', 3e12, '2025-10-01'), fig('3萬億美元', 3e12, '2025-10-01', { mode: 'CROSSED', direction: 'DECREASE', qualifier: 'BELOW' }))?.kind).toBe('SAME_FIGURE');
    expect(relateFigures(fig('38019813354700.26美元', 38019813354700.26, '2025-10-21', debt), fig('38萬億美元', 38e12, '2025-10-21', { ...debt, mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE' }))?.kind).toBe('SAME_FIGURE');
  });

  it('issue 19: a level short of a line on the very day the line was crossed (34.99兆 as of 29 July, "breached US$35 trillion … on Monday (July 29)") never contradicted it', () => {
    const level = fig('34.99兆美元', 34.99e12, '2024-07-29', { ...debt, mode: 'REACHED', direction: 'INCREASE' });
    const crossed = fig('US$35 trillion', 35e12, '2024-07-29', { ...debt, mode: 'CROSSED', direction: 'INCREASE' });
    const r = relateFigures(level, crossed);
    expect(r?.kind).toBe('CONTRADICTS');
    expect(r?.why).toContain('5 billion USD below the line beyond its rounding, on the day the line was crossed (2024-07-29)');
    // Not when either reading is not firm, nor on another day, nor for a level written as the line, nor a week's crossing.
    expect(relateFigures({ ...level, unfirm: [{ kind: 'MOOD', why: 'forecast' }] }, crossed)).toBeNull();
    expect(relateFigures(level, { ...crossed, window: { start: '2024-07-30', end: '2024-07-30' } })?.kind).not.toBe('CONTRADICTS');
    expect(relateFigures(fig('35兆美元', 35e12, '2024-07-29', debt), crossed)?.kind).toBe('SAME_FIGURE');
    expect(relateFigures(fig('$2.99 trillion', 2.99e12, '2025-10-01'), fig('$3 trillion', 3e12, '2025-09-25..2025-10-01', { mode: 'CROSSED', direction: 'INCREASE' }))).toBeNull();
  });

  it('issue 19: a value far beyond a lower bound ("could reach $54 trillion" beside "just over $36,034,994,586,981") was the same figure', () => {
    const bound = fig('$36,034,994,586,981', 36034994586981, '2024-11-21', { ...debt, qualifier: 'ABOVE', ...docDated() });
    expect(relateFigures(fig('$54 trillion', 54e12, '2024-11-14', { ...debt, ...docDated() }), bound)?.kind).toBeUndefined();
    // The same day, no slack: more than 1 trillion is not 1.5 trillion, but is 1.02 trillion.
    const tga = { factorId: 'f-tga-balance' } as const;
    const above = fig('逾1兆美元', 1e12, '2025-11-05', { ...tga, qualifier: 'ABOVE' });
    expect(relateFigures(above, fig('$1.5 trillion', 1.5e12, '2025-11-05', tga))).toBeNull();
    expect(relateFigures(above, fig('1.02兆美元', 1.02e12, '2025-11-05', tga))?.kind).toBe('SAME_FIGURE');
  });

  it('issue 19: a round figure (36兆 on 15 November) was the same figure as a precise bound a week later ("just over $36,034,994,586,981", its page of 21 November)', () => {
    const round = fig('36兆美元', 36e12, '2024-11-15', { ...debt, mode: 'REACHED', direction: 'INCREASE' });
    const bound = fig('$36,034,994,586,981', 36034994586981, '2024-11-21', { ...debt, qualifier: 'ABOVE', timeSource: 'DOCUMENT_DATE', published: '2024-11-24' });
    // Where the dates do not carry it, the numbers must, to the finer rounding: the round figure is the earlier reading.
    expect(relateFigures(round, bound)?.kind).toBe('UPDATES');
    expect(relateFigures(round, { ...bound, ...docDated() })).toBeNull();
  });

  it('issue 19: the same line crossed on two days (34萬億 on 29 December, "exceeded $34 trillion for the first time" on 3 January) was an update', () => {
    const crossing = (surface: string, day: string) => fig(surface, 34e12, day, { ...debt, mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE' });
    expect(relateFigures(crossing('34萬億美元', '2023-12-29'), crossing('$34 trillion', '2024-01-03'))).toBeNull();
    // A crossing the earlier level was already beyond says nothing new either.
    expect(relateFigures(fig('$34,001,493,655,565.48', 34001493655565.48, '2023-12-29', { ...debt, mode: 'REACHED', direction: 'INCREASE' }), crossing('$34 trillion', '2024-01-03'))).toBeNull();
    // A later level, coarse or not, is a reading of its own (35.966 trillion, then 36兆 the next day).
    expect(relateFigures(fig('$35,965,533,024,604.05', 35965533024604.05, '2024-11-14', debt), fig('36兆美元', 36e12, '2024-11-15', { ...debt, mode: 'REACHED', direction: 'INCREASE' }))?.kind).toBe('UPDATES');
    // A crossing the earlier level had not reached is the later news.
    expect(relateFigures(fig('$33,911,227,723,170', 33911227723170, '2023-12-28', debt), crossing('34萬億美元', '2023-12-29'))?.kind).toBe('UPDATES');
  });

  it('issue 19: a later figure dated only by its document was never an update, even where the record shows it is of its week', () => {
    const record = measureRecord([
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRESBAL', periodEnd: '2025-10-22', value: 2_930_000 },
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRESBAL', periodEnd: '2025-10-29', value: 2_848_000 },
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRESBAL', periodEnd: '2025-11-05', value: 2_850_000 },
    ]);
    const earlier = fig('$2.93 trillion', 2.93e12, '2025-10-16..2025-10-22');
    const now = fig('2.85兆美元', 2.85e12, '2025-11-05', { qualifier: 'ABOUT', ...docDated() });
    expect(relateFigures(earlier, now)).toBeNull();
    const r = relateFigures(earlier, now, record);
    expect([r?.kind, r?.later.quantityId]).toEqual(['UPDATES', now.quantityId]);
    // A stale figure (the week before its page the record is elsewhere) or one the record holds at the earlier time too
    // (nothing tells it is later) stays unrelated, as does any other doubt (its measure read from context).
    expect(relateFigures(earlier, fig('$3.05 trillion', 3.05e12, '2025-11-05', docDated()), record)).toBeNull();
    expect(relateFigures(earlier, fig('$2.9 trillion', 2.9e12, '2025-11-05', { qualifier: 'ABOUT', ...docDated() }), record)).toBeNull();
    expect(relateFigures(earlier, { ...now, unfirm: [...now.unfirm!, { kind: 'ANAPHOR', why: 'read from the headline' }] }, record)).toBeNull();
  });

  it('issue 19: a level about to be reached (眼看就要冲9000亿美元) or that could be reached ("could reach $54 trillion") was read as an observation', () => {
    expect(stanceOf('一般账户余额眼看就要冲9000亿美元', '9000亿美元', 'DOCUMENT_DATE')).toBe('AIM');
    expect(stanceOf('the national debt could reach $54 trillion within the next decade', '$54 trillion', 'DOCUMENT_DATE')).toBe('AIM');
    expect(stanceOf('The Treasury is set to rebuild its account to $425 billion', '$425 billion', 'TEXT')).toBe('AIM');
    expect(stanceOf('the TGA was as low as $49 billion in May of this year', '$49 billion', 'TEXT')).toBe('OBSERVATION');
  });
});

describe('later readings through the same figure (issue 19, sixth pass)', () => {
  const weekOct29 = () => fig('$2.85 trillion', 2.85e12, '2025-10-23..2025-10-29', { documentId: 'd-week' });
  const december = () => fig('$2.93 trillion', 2.93e12, '2025-12-11..2025-12-17', { documentId: 'd-december' });
  const undated = () => fig('2.85万亿美元', 2.85e12, '2025-11-05', { documentId: 'd-undated', qualifier: 'ABOUT', timeSource: 'DOCUMENT_DATE', unfirm: [{ kind: 'DOCUMENT_DATE', why: "its sentence states no time: it is dated by its document's date" }] });

  it('issue 19: a figure the same as the earlier side of an update (2.85万亿 in a page of 5 November, the same as 2.85 trillion in the week to 29 October) was never updated by its later side', () => {
    const [a, b, c] = [undated(), weekOct29(), december()];
    // Alone, the undated figure is not firm: no update.
    expect(relateFigures(a, c)).toBeNull();
    const found = relateAll([a, b, c]);
    const kinds = found.map((r) => `${r.kind} ${r.earlier.quantityId}→${r.later.quantityId}`).sort();
    expect(kinds).toEqual([`SAME_FIGURE ${b.quantityId}→${a.quantityId}`, `UPDATES ${a.quantityId}→${c.quantityId}`, `UPDATES ${b.quantityId}→${c.quantityId}`].sort());
    const through = found.find((r) => r.kind === 'UPDATES' && r.earlier.quantityId === a.quantityId)!;
    expect(through.why).toContain('“2.85万亿美元” is the same figure as “$2.85 trillion” (2025-10-23..2025-10-29), and “$2.93 trillion” (2025-12-11..2025-12-17) is a later reading than “$2.85 trillion”');
    // Ingest's view (the twin's document in focus) finds the same.
    expect(relateAll([a, b, c], new Set(['d-undated'])).filter((r) => r.kind === 'UPDATES').map((r) => r.earlier.quantityId)).toEqual([a.quantityId]);
    expect(relateAll([a, b, c], new Set(['d-december'])).filter((r) => r.kind === 'UPDATES').map((r) => r.earlier.quantityId).sort()).toEqual([a.quantityId, b.quantityId].sort());
  });

  it('a twin in the other side\'s document, a contradiction, or a twin restating the other side passes nothing on', () => {
    const [b, c] = [weekOct29(), december()];
    expect(relateAll([{ ...undated(), documentId: 'd-december' }, b, c]).filter((r) => r.kind === 'UPDATES')).toHaveLength(1);
    const contradicting = fig('$3.05 trillion', 3.05e12, '2025-10-23..2025-10-29', { documentId: 'd-other' });
    expect(relateAll([undated(), b, contradicting]).filter((r) => r.kind !== 'SAME_FIGURE' && r.earlier.documentId === 'd-undated')).toEqual([]);
  });
});

describe('levels over a long period (issue 19, sixth pass)', () => {
  it('issue 19: the same precise level of the same year ("about US$907 billion" and "$907 billion" in 1984) was never the same figure', () => {
    const debt = { factorId: 'f-us-federal-debt', qualifier: 'ABOUT' } as const;
    expect(relateFigures(fig('US$907 billion', 907e9, '1984-01-01..1984-12-31', debt), fig('$907 billion', 907e9, '1984-01-01..1984-12-31', debt))?.kind).toBe('SAME_FIGURE');
    // Round figures, other periods, and two different numbers stay apart: a year's level may be its peak or its average.
    expect(relateFigures(fig('$1 trillion', 1e12, '1984-01-01..1984-12-31', debt), fig('$1 trillion', 1e12, '1984-01-01..1984-12-31', debt))).toBeNull();
    expect(relateFigures(fig('$907 billion', 907e9, '1984-01-01..1984-12-31', debt), fig('$907 billion', 907e9, '1984-01-01..1984-06-30', debt))).toBeNull();
    expect(relateFigures(fig('$907 billion', 907e9, '1984-01-01..1984-12-31', debt), fig('$1.57 trillion', 1.57e12, '1984-01-01..1984-12-31', debt))).toBeNull();
  });
});

describe('pages that state no year, their year found in the record (issue 19, seventh pass)', () => {
  const noYear = (surface: string, value: number, window: string, documentId: string, extra: Partial<Figure> = {}) =>
    fig(surface, value, window, { documentId, yearless: true, unfirm: [{ kind: 'NO_YEAR', why: 'its page states no year' }], ...extra });
  // The Wednesday level of reserves around 1 December and 22 October, 2019–2025 (millions): 2.898 trillion in 2025 only.
  const levels: Record<number, [number, number]> = { 2019: [1_600_000, 1_550_000], 2020: [3_100_000, 3_050_000], 2021: [4_200_000, 4_180_000], 2022: [3_050_000, 3_020_000], 2023: [3_450_000, 3_480_000], 2024: [3_200_000, 3_250_000], 2025: [2_929_600, 2_898_000] };
  const record = measureRecord(
    Object.entries(levels).flatMap(([year, [oct, dec]]) => [
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: `${year}-10-22`, value: oct },
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: `${year}-11-28`, value: dec },
    ]),
  );

  it('issue 19: "bank reserves stand at around $2.89 trillion" in a page of 1 December that states no year was never a later reading than 2.93 trillion in the week ending 22 October', () => {
    const now = noYear('$2.89 trillion', 2.89e12, '1000-12-01', 'binance', { qualifier: 'ABOUT', timeSource: 'DOCUMENT_DATE' });
    const earlier = fig('$2.93 trillion', 2.93e12, '2025-10-16..2025-10-22', { documentId: 'reportify' });
    expect(yearByTheRecord(now, record)).toMatchObject({ year: 2025, covered: 7 });
    const update = relateAll([now, earlier], undefined, record).find((r) => r.kind === 'UPDATES');
    expect(update?.later.quantityId).toBe(now.quantityId);
    expect(update?.why).toContain("“$2.89 trillion”'s page states no year: 2025 is confirmed by the record: “$2.89 trillion” of that page is what the record of its measure holds on its month and day in 2025, and in no other of the 7 years it covers there");
    // Without the record, the page's year is unknown: no update.
    expect(relateAll([now, earlier]).filter((r) => r.kind === 'UPDATES')).toEqual([]);
  });

  it('a year is not found in the record for a round figure, a line, an aim, a figure several years hold, or a record of too few years', () => {
    // 3.05 trillion around 22 October: 2020 and 2022 both hold it within a week of slack.
    expect(yearByTheRecord(noYear('3.05萬億美元', 3.05e12, '1000-10-22', 'p'), measureRecord([
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: '2020-10-21', value: 3_050_000 },
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: '2022-10-19', value: 3_049_000 },
      ...[2019, 2021, 2023, 2024, 2025].map((y) => ({ factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: `${y}-10-22`, value: 2_000_000 })),
    ]))).toBeNull();
    expect(yearByTheRecord(noYear('$3 trillion', 3e12, '1000-11-28', 'p'), record)).toBeNull();
    expect(yearByTheRecord(noYear('$2.9 trillion', 2.9e12, '1000-11-28', 'p', { mode: 'CROSSED', direction: 'DECREASE' }), record)).toBeNull();
    expect(yearByTheRecord(noYear('$2.90 trillion', 2.9e12, '1000-11-28', 'p', { stance: 'AIM' }), record)).toBeNull();
    expect(yearByTheRecord(noYear('$2.90 trillion', 2.9e12, '1000-11-28', 'p', { unfirm: [{ kind: 'NO_YEAR', why: '' }, { kind: 'ANAPHOR', why: '' }] }), record)).toBeNull();
    const short = measureRecord([{ factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: '2025-11-28', value: 2_898_000 }]);
    expect(yearByTheRecord(noYear('$2.90 trillion', 2.9e12, '1000-11-28', 'p'), short)).toBeNull();
    expect(yearByTheRecord(noYear('$2.90 trillion', 2.9e12, '1000-11-28', 'p'), record)).toMatchObject({ year: 2025 });
  });

  it("issue 19: a page whose year was confirmed met dated pages only as updates: its round figures and changes (about $59 billion in the week ending 22 October) were never the same figure", () => {
    // The year-less page: 2.93 trillion and a fall of about 59 billion in the week ending 22 October.
    const level = noYear('$2.93 trillion', 2.93e12, '1000-10-22', 'viigoo');
    const fall = noYear('$59 billion', 59e9, '1000-10-16..1000-10-22', 'viigoo', { mode: 'CHANGE', direction: 'DECREASE', qualifier: 'ABOUT' });
    // A dated page states both: the year-less page is of 2025, and its fall is the dated page's.
    const twin = fig('$2.93 trillion', 2.93e12, '2025-10-16..2025-10-22', { documentId: 'reportify' });
    const datedFall = fig('$59 billion', 59e9, '2025-10-16..2025-10-22', { documentId: 'reportify', mode: 'CHANGE', direction: 'DECREASE', qualifier: 'ABOUT' });
    const found = relateAll([level, fall, twin, datedFall]);
    const same = found.find((r) => [r.earlier.quantityId, r.later.quantityId].sort().join() === [fall.quantityId, datedFall.quantityId].sort().join());
    expect(same?.kind).toBe('SAME_FIGURE');
    expect(same?.why).toContain("page states no year: 2025 is confirmed by “$2.93 trillion” of that page being the same figure as “$2.93 trillion”");
    // Two significant digits alone never place a page: without the level's twin, nothing.
    expect(relateAll([fall, datedFall])).toEqual([]);
  });
});

describe('a line crossed once, reported for different days (issue 19, seventh pass)', () => {
  const debt = (surface: string, value: number, window: string, extra: Partial<Figure> = {}) => fig(surface, value, window, { factorId: 'f-us-federal-debt', mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE', ...extra });
  // The quarterly debt (millions): above 34 trillion from the end of 2023 on.
  const record = measureRecord([
    { factorId: 'f-us-federal-debt', seriesId: 'FRED:GFDEBTN', periodEnd: '2023-09-30', value: 33_167_000 },
    { factorId: 'f-us-federal-debt', seriesId: 'FRED:GFDEBTN', periodEnd: '2023-12-31', value: 34_001_000 },
    { factorId: 'f-us-federal-debt', seriesId: 'FRED:GFDEBTN', periodEnd: '2024-03-31', value: 34_586_000 },
    { factorId: 'f-us-federal-debt', seriesId: 'FRED:GFDEBTN', periodEnd: '2024-06-30', value: 35_000_000 },
  ]);

  it('issue 19: the debt "exceeded $34 trillion for the first time" on 29 December in one page and on 3 January in another were not related at all', () => {
    const december = debt('34萬億美元', 34e12, '2023-12-29');
    const january = debt('$34 trillion', 34e12, '2024-01-03');
    expect(relateFigures(december, january)).toBeNull();
    const r = relateFigures(december, january, record);
    expect(r?.kind).toBe('SAME_FIGURE');
    expect(r?.why).toContain('are the same line crossed upwards, reported for different days (2023-12-29, 2024-01-03): one event — the record of the measure stays above the line from 2023-12-29 to 2024-04-04');
    // A page that gives the year only ("crossed 34 trillion in 2024") and one that gives the day: one event too.
    expect(relateFigures(debt('34萬億美元', 34e12, '2024-01-01..2024-12-31'), january, record)?.kind).toBe('SAME_FIGURE');
  });

  it('a line the record shows crossed back, a crossing the other way, another line, or an aim is not one event', () => {
    // Reserves below 3 trillion on 1 October, back above it, then below again on 8 October: two crossings.
    const reserves = measureRecord([
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: '2025-10-01', value: 2_979_000 },
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: '2025-10-15', value: 3_030_000 },
    ]);
    const down = (surface: string, window: string) => fig(surface, 3e12, window, { mode: 'CROSSED', direction: 'DECREASE', qualifier: 'BELOW' });
    expect(relateFigures(down('$3 trillion', '2025-10-01'), down('3萬億美元', '2025-10-08'), reserves)).toBeNull();
    const december = debt('34萬億美元', 34e12, '2023-12-29');
    expect(relateFigures(december, debt('$34 trillion', 34e12, '2024-01-03', { direction: 'DECREASE', qualifier: 'BELOW' }), record)?.kind).not.toBe('SAME_FIGURE');
    expect(relateFigures(december, debt('$35 trillion', 35e12, '2024-01-03'), record)?.kind).not.toBe('SAME_FIGURE');
    expect(relateFigures(december, debt('$34 trillion', 34e12, '2024-01-03', { stance: 'AIM' }), record)).toBeNull();
    // Crossed before the record shows it above the line (a misdated report): not one event.
    expect(relateFigures(debt('$34 trillion', 34e12, '2023-09-15'), december, record)).toBeNull();
  });
});

describe('later readings through a twin whose page states no year (issue 19, seventh pass)', () => {
  it('issue 19: 38萬億美元 crossed "截至10月21日" in a page that states no year, the same crossing as a dated page\'s of 21 October, was never updated by "about $38.09 trillion" of 6 November', () => {
    const debt = { factorId: 'f-us-federal-debt' } as const;
    const yearless = fig('38萬億美元', 38e12, '1000-10-21', { ...debt, documentId: 'stockfisher', mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE', yearless: true, unfirm: [{ kind: 'NO_YEAR', why: 'its page states no year' }] });
    const dated = fig('38万亿美元', 38e12, '2025-10-21', { ...debt, documentId: 'cls', mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE' });
    const november = fig('$38.09 trillion', 38.09e12, '2025-11-06', { ...debt, documentId: 'fc' });
    // Directly, the year-less crossing is never a side of an update (it would rest on the year).
    expect(relateFigures(yearless, november)).toBeNull();
    const found = relateAll([yearless, dated, november]);
    const through = found.find((r) => r.kind === 'UPDATES' && r.earlier.quantityId === yearless.quantityId);
    expect(through?.later.quantityId).toBe(november.quantityId);
    expect(through?.why).toContain('“38萬億美元” is the same figure as “38万亿美元” (2025-10-21)');
    // The same from ingest's view, whichever document came last.
    for (const d of ['stockfisher', 'cls', 'fc']) expect(relateAll([yearless, dated, november], new Set([d])).some((r) => r.kind === 'UPDATES' && r.earlier.quantityId === yearless.quantityId)).toBe(true);
  });
});

describe('a change that states no period (issue 19, seventh pass)', () => {
  it('issue 19: "reserves have fallen by about $270 billion" in a page of 18 December was never the same change as 2700亿美元 from 26 June to 18 December', () => {
    const undated = fig('$270 billion', 270e9, '2025-12-18', { mode: 'CHANGE', direction: 'DECREASE', qualifier: 'ABOUT', timeSource: 'DOCUMENT_DATE', unfirm: [{ kind: 'DOCUMENT_DATE', why: '' }] });
    const dated = fig('2700亿美元', 270e9, '2025-06-26..2025-12-18', { mode: 'CHANGE', direction: 'DECREASE', qualifier: 'ABOUT' });
    const r = relateFigures(undated, dated);
    expect(r?.kind).toBe('SAME_FIGURE');
    expect(r?.why).toContain('“$270 billion” states no period (its document\'s date, 2025-12-18), and “2700亿美元”\'s (2025-06-26..2025-12-18) ends then');
  });

  it('…but not when the dated change ends before the page\'s week, goes the other way, or agrees only within a round number', () => {
    const undated = (surface: string, value: number, extra: Partial<Figure> = {}) => fig(surface, value, '2025-12-18', { mode: 'CHANGE', direction: 'DECREASE', timeSource: 'DOCUMENT_DATE', ...extra });
    const dated = (surface: string, value: number, window: string, extra: Partial<Figure> = {}) => fig(surface, value, window, { mode: 'CHANGE', direction: 'DECREASE', ...extra });
    expect(relateFigures(undated('$270 billion', 270e9), dated('2700亿美元', 270e9, '2025-06-26..2025-11-30'))).toBeNull();
    expect(relateFigures(undated('$270 billion', 270e9), dated('2700亿美元', 270e9, '2025-06-26..2025-12-18', { direction: 'INCREASE' }))).toBeNull();
    // $300 billion rounds 250–350 billion, but the finer figure (2700亿) does not reach it.
    expect(relateFigures(undated('$300 billion', 300e9), dated('2700亿美元', 270e9, '2025-06-26..2025-12-18'))).toBeNull();
  });
});

describe('what a figure is, inside a possessive (issue 19, seventh pass)', () => {
  it('issue 19: "expect that the Federal Reserve will halt the reduction of its approximately $6.6 trillion balance sheet" read the present size as an aim', () => {
    const quote = 'Strategists expect that the Federal Reserve will halt the reduction of its approximately $6.6 trillion balance sheet this month';
    expect(stanceOf(quote, '$6.6 trillion', 'TEXT')).toBe('OBSERVATION');
    expect(stanceOf("The Treasury said it will keep the Fed's $6.6 trillion balance sheet in view", '$6.6 trillion', 'TEXT')).toBe('OBSERVATION');
  });

  it('…while an aim named before the number stays one', () => {
    expect(stanceOf('The Treasury expects its cash balance to reach $850 billion', '$850 billion', 'TEXT')).toBe('AIM');
    expect(stanceOf('The Treasury expects its target of $850 billion to hold', '$850 billion', 'TEXT')).toBe('AIM');
    expect(stanceOf('The Fed will halt the runoff of its projected $6.5 trillion portfolio', '$6.5 trillion', 'TEXT')).toBe('AIM');
  });
});

describe('a line the record crosses once, reported by pages that state no date or no year (issue 19, eighth pass)', () => {
  const debt = (surface: string, value: number, window: string, extra: Partial<Figure> = {}) => fig(surface, value, window, { factorId: 'f-us-federal-debt', mode: 'CROSSED', direction: 'INCREASE', ...extra });
  const NO_DATE = { window: { start: '0000-01-01', end: '0000-01-01' }, timeless: true, timeSource: 'DOCUMENT_DATE' as const };
  const record = debtAround37Trillion();

  it('issue 19: "the national debt has climbed past $37 trillion" on a page with no date was never the same event as 37兆美元 crossed on 13 August 2025, nor as 37万亿美元 crossed on 8月12日 of a page with no year', () => {
    const undated = debt('$37 trillion', 37e12, '', NO_DATE);
    const dated = debt('37 兆美元', 37e12, '2025-08-13');
    const yearless = debt('37万亿美元', 37e12, '1000-08-12', { yearless: true });
    expect(relateAll([undated, dated, yearless]).filter((r) => r.earlier === undated || r.later === undated)).toEqual([]);
    const rs = relateAll([undated, dated, yearless], undefined, record);
    expect(relationBetween(rs, undated, dated)?.kind).toBe('SAME_FIGURE');
    expect(relationBetween(rs, undated, yearless)?.kind).toBe('SAME_FIGURE');
    expect(relationBetween(rs, undated, dated)?.why).toContain('the record of the measure crosses it once, from 2025-07-01 to 2025-09-30 (FRED:GFDEBTN (36.2115 trillion on 2025-06-30, 37.6376 trillion on 2025-09-30))');
    // The year-less report is read in the crossing's year: nothing downstream reads its page as of the year 1000.
    expect(relationBetween(rs, undated, yearless)?.earlier.window.end.slice(0, 4) === '2025' || relationBetween(rs, undated, yearless)?.later.window.end.slice(0, 4) === '2025').toBe(true);
    // With a focus document, the pairs it takes part in only.
    expect(relateAll([undated, dated, yearless], new Set([undated.documentId]), record).filter((r) => r.kind === 'SAME_FIGURE')).toHaveLength(2);
  });

  it('not for a line the record crosses back and forth, another line or way, an aim, a level, or a report dated away from the crossing', () => {
    const undated = debt('$37 trillion', 37e12, '', NO_DATE);
    // Reserves around 3 trillion: crossed downwards more than once.
    const reserves = measureRecord([
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: '2025-10-01', value: 2_979_000 },
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: '2025-10-15', value: 3_030_000 },
      { factorId: 'f-bank-reserves', seriesId: 'FRED:WRBWFRBL', periodEnd: '2025-10-22', value: 2_930_000 },
    ]);
    const down = (surface: string, extra: Partial<Figure>) => fig(surface, 3e12, '2025-10-01', { mode: 'CROSSED', direction: 'DECREASE', ...extra });
    expect(relateAll([down('$3 trillion', NO_DATE), down('3萬億美元', {})], undefined, reserves)).toEqual([]);
    expect(relateAll([undated, debt('$38 trillion', 38e12, '2025-10-21')], undefined, record).filter((r) => r.kind === 'SAME_FIGURE')).toEqual([]);
    expect(relateAll([undated, debt('$37 trillion', 37e12, '2025-08-13', { direction: 'DECREASE' })], undefined, record)).toEqual([]);
    expect(relateAll([undated, debt('$37 trillion', 37e12, '2025-08-13', { stance: 'AIM' })], undefined, record)).toEqual([]);
    expect(relateAll([undated, debt('$37 trillion', 37e12, '2025-08-13', { mode: 'LEVEL', direction: null })], undefined, record)).toEqual([]);
    // A report dated a year before the record crosses the line, or months after it, is not of that crossing.
    expect(relateAll([undated, debt('$37 trillion', 37e12, '2024-08-13')], undefined, record)).toEqual([]);
    expect(relateAll([undated, debt('$37 trillion', 37e12, '2025-12-20')], undefined, record)).toEqual([]);
    // A line crossed before the record starts is not placed.
    expect(relateAll([debt('$36 trillion', 36e12, '', NO_DATE), debt('36兆美元', 36e12, '2024-11-15')], undefined, record)).toEqual([]);
  });
});

describe('a change whose window lies within the other\'s (issue 19, eighth pass)', () => {
  const change = (surface: string, value: number, window: string, extra: Partial<Figure> = {}) => fig(surface, value, window, { mode: 'CHANGE', direction: 'DECREASE', ...extra });

  it('issue 19: "$40.1 billion" over the fortnight to 18 December and 401亿美元 over the week to 18 December were not the same change', () => {
    const r = relateFigures(change('$40.1 billion', 40.1e9, '2025-12-05..2025-12-18'), change('401亿美元', 40.1e9, '2025-12-11..2025-12-18'));
    expect(r?.kind).toBe('SAME_FIGURE');
    expect(r?.why).toContain('over windows ending the same day, one within the other (2025-12-05..2025-12-18, 2025-12-11..2025-12-18)');
    // QT's total since April 2022 and the same number read over the week of its release.
    expect(relateFigures(change('$2.42 trillion', 2.42e12, '2025-10-15..2025-10-22', { factorId: 'f-fed-balance-sheet' }), change('2.42万亿美元', 2.42e12, '2022-04-01..2025-10-22', { factorId: 'f-fed-balance-sheet' }))?.kind).toBe('SAME_FIGURE');
  });

  it('not for round numbers, other ends, another way, or numbers that differ', () => {
    const week = '2025-12-11..2025-12-18';
    expect(relateFigures(change('$40 billion', 40e9, '2025-12-05..2025-12-18'), change('400亿美元', 40e9, week))).toBeNull();
    expect(relateFigures(change('$40.1 billion', 40.1e9, '2025-12-05..2025-12-17'), change('401亿美元', 40.1e9, week))).toBeNull();
    expect(relateFigures(change('$40.1 billion', 40.1e9, '2025-12-05..2025-12-18', { direction: 'INCREASE' }), change('401亿美元', 40.1e9, week))).toBeNull();
    expect(relateFigures(change('$40.3 billion', 40.3e9, '2025-12-05..2025-12-18'), change('401亿美元', 40.1e9, week))).toBeNull();
  });
});

describe('what a relation rests on besides its two sides (issue 19, ninth pass)', () => {
  const tga = { factorId: 'f-tga-balance' } as const;
  const line = { ...tga, mode: 'CROSSED', direction: 'INCREASE', qualifier: 'ABOVE' } as const;
  const timeless = (surface: string, value: number, page: string, extra: Partial<Figure> = {}) => fig(surface, value, '0000-01-01', { documentId: page, timeless: true, timeSource: null, ...extra });

  it('issue 19: a page with no date placed by twins in two documents: each of its relations names the other twin\'s document, so a change there weighs it again', () => {
    const reserves = timeless('2.834 万亿美元', 2.834e12, 'page', { mode: 'REACHED', direction: 'DECREASE' });
    const crossed = timeless('1.15 万亿美元', 1.15e12, 'page', line);
    const r = fig('$2.834 trillion', 2.834e12, '2025-10-30..2025-11-05', { documentId: 'reserves', mode: 'REACHED', direction: 'DECREASE' });
    const t = fig('1.15兆美元', 1.15e12, '2025-11-04', { ...line, documentId: 'tga' });
    const found = relateAll([reserves, crossed, r, t]);
    const restsOn = Object.fromEntries(found.map((x) => [`${x.earlier.documentId}–${x.later.documentId}`, x.restsOn ?? []]));
    expect(restsOn).toEqual({ 'reserves–page': ['tga'], 'tga–page': ['reserves'] });
    // A relation of two documents found by their own figures rests on nothing else.
    const direct = relateAll([fig('$2.98 trillion', 2.98e12, '2025-10-01', { documentId: 'a' }), fig('2.98萬億美元', 2.98e12, '2025-10-01', { documentId: 'b' })]);
    expect(direct.map((x) => [x.kind, x.restsOn])).toEqual([['SAME_FIGURE', undefined]]);
  });

  it('issue 19: an update passed through a twin rests on the document of the side it passed through', () => {
    const earlier = fig('$2.98 trillion', 2.98e12, '2025-10-01', { documentId: 'early' });
    // The twin's page states no year: it meets the later figure only through the earlier one (its numbers placed it).
    const twin = fig('2.98萬億美元', 2.98e12, '1000-10-01', { documentId: 'twin', yearless: true });
    const later = fig('$2.93 trillion', 2.93e12, '2025-10-15', { documentId: 'late' });
    const through = relateAll([earlier, twin, later]).filter((x) => x.kind === 'UPDATES' && x.restsOn);
    expect(through.map((x) => [x.earlier.documentId, x.later.documentId, x.restsOn])).toEqual([['twin', 'late', ['early']]]);
  });
});

describe('later figures that say nothing new are no updates (issue 19, ninth pass)', () => {
  const debt = { factorId: 'f-us-federal-debt' } as const;
  const kind = (a: Figure, b: Figure) => relateFigures(a, b)?.kind ?? 'NONE';

  it('issue 19: a range around the earlier figure, or a round "about", within a week, was proposed as a later reading', () => {
    const exact = fig('$38.09 trillion', 38.09e12, '2025-11-06', debt);
    // fresh.yaml: "has reached $38.0–38.09 trillion" and "about $38 trillion" five days on (labelled the same figure).
    expect(kind(exact, fig('$38.0–38.09 trillion', 38.0e12, '2025-11-11..2025-11-15', { ...debt, upper: 38.09e12, mode: 'REACHED', direction: 'INCREASE' }))).toBe('NONE');
    expect(kind(exact, fig('$38 trillion', 38e12, '2025-11-11..2025-11-15', { ...debt, qualifier: 'ABOUT' }))).toBe('NONE');
    // Further on, the same words are a later reading (the labels' rule: 38.02 on 21 October, then the range in November).
    expect(kind(fig('38019813354700.26美元', 38019813354700.26, '2025-10-21', debt), fig('$38.0–38.09 trillion', 38.0e12, '2025-11-11..2025-11-15', { ...debt, upper: 38.09e12 }))).toBe('UPDATES');
    expect(kind(exact, fig('$38 trillion', 38e12, '2025-11-20..2025-11-25', { ...debt, qualifier: 'ABOUT' }))).toBe('UPDATES');
    // A later figure that does not hold the earlier one is a later reading, within the week too.
    expect(kind(exact, fig('$38.15 trillion', 38.15e12, '2025-11-12', debt))).toBe('UPDATES');
  });

  it('issue 19: the same four-digit figure at two dates a quarter apart (one of them misread) was proposed as a later reading', () => {
    const onrrp = { factorId: 'f-on-rrp' } as const;
    const misdated = fig('$2.554 trillion', 2.554e12, '2022-09-30', onrrp);
    expect(kind(misdated, fig('$2.554 trillion', 2.554e12, '2022-12-30', onrrp))).toBe('NONE');
    expect(kind(misdated, fig('2.554万亿美元', 2.554e12, '2022-12-30', onrrp))).toBe('NONE');
    // Another value, or three digits (reserves at 2.85 trillion two weeks running: the labels' later reading), stays one.
    expect(kind(misdated, fig('$2.6 trillion', 2.6e12, '2022-12-30', onrrp))).toBe('UPDATES');
    expect(kind(fig('2.85兆美元', 2.85e12, '2025-11-05'), fig('2.85万亿美元', 2.85e12, '2025-11-19'))).toBe('UPDATES');
  });
});
