import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract-claims.ts';
import { seedMatcher } from '../support/seed-matcher.ts';
import { frameOf } from '../support/frame-of.ts';

// Regression tests for the factor, mode and coverage classes found classifying every dev factor and mode miss and
// every uncovered dev row of eval:checks, fresh7.yaml and fresh8.yaml first (issue 18, factor18, eighth session;
// docs/reading.md "Factor, mode and coverage pass 3"). Each block is named after its class; the sentences are written
// for the tests in the manner of those documents, not copied from them.

describe("the page's one subject: a figure whose sentence names no measure, on a page about one measure, had none", () => {
  const page = [
    'Demand for the Fed’s reverse repo facility climbed again on Friday as money funds parked cash there.',
    '',
    'Participants put in more than expected, surpassing the $829.6 billion seen a day earlier.',
    '',
    'Strategists said the reverse repo take-up usually swells at the end of a quarter.',
  ].join('\n');

  it('takes the page’s measure, not firmly (PAGE)', () => {
    expect(frameOf(page, '$829.6 billion', '2023-12-29')).toMatchObject({ factorId: 'f-on-rrp', factorSource: 'PAGE', factorEvidence: expect.stringMatching(/reverse repo/) });
  });

  it('never a figure off the measure’s scale', () => {
    expect(frameOf(page.replace('$829.6 billion', '$5.1 trillion'), '$5.1 trillion', '2023-12-29').factorId).toBeNull();
  });

  it('never on a page that names two measures we ship', () => {
    const two = page.replace('Strategists said the reverse repo take-up', 'Strategists said bank reserves');
    expect(frameOf(two, '$829.6 billion', '2023-12-29').factorId).toBeNull();
  });

  it('never on a page that names its measure once', () => {
    const once = page.replace('Strategists said the reverse repo take-up usually swells at the end of a quarter.', 'Strategists expect more.');
    expect(frameOf(once, '$829.6 billion', '2023-12-29').factorId).toBeNull();
  });

  it('never on a page that names another measure more often (a page about the debt limit names the debt too)', () => {
    const limit = '美国财长表示，美国可能在1月中旬触及债务上限。债务上限是国会设定的举债最高额度。当前这一数额为31.4万亿美元。国会需要提高债务上限，美国债务规模已超过36万亿美元。此前债务上限多次被暂停，国债一再刷新纪录。';
    expect(frameOf(limit, '31.4万亿美元', '2024-12-29').factorId).toBeNull();
  });

  it('never for money that is no one’s balance (receipts, spending, an auction)', () => {
    const receipts = 'Treasury cash pile climbs after tax day\nThe Treasury’s cash balance rose on Tuesday. The Treasury took in $151.1 billion in individual and corporate tax receipts that day. Its cash balance now tops $900 billion.';
    expect(frameOf(receipts, '$151.1 billion', '2024-04-17').factorId).toBeNull();
  });
});

describe('"hit $X" and the verbs of the press: a line crossed or a level reached was read as a level', () => {
  it('"hit the $36 trillion threshold for the first time" crosses a line', () => {
    expect(frameOf('The national debt hit the $36 trillion threshold for the first time in late November 2024.', '$36 trillion', '2025-08-08')).toMatchObject({ mode: 'CROSSED', direction: 'INCREASE' });
  });
  it('a headline in the present tense crosses: "Exceeds", "Tops"', () => {
    expect(frameOf('U.S. National Debt Exceeds $38 Trillion Amid Shutdown\nThe debt kept rising.', '$38 Trillion', '2025-10-24').mode).toBe('CROSSED');
    expect(frameOf('Fed Reverse Repo Usage Tops $1 Trillion for First Time Ever\nUsage rose again.', '$1 Trillion', '2021-07-30').mode).toBe('CROSSED');
  });
  it('"reaching", "ballooned to", "to mushroom to" reach a level', () => {
    expect(frameOf('The national debt kept climbing, reaching $34 trillion in January 2024.', '$34 trillion', '2025-10-24')).toMatchObject({ mode: 'REACHED', direction: 'INCREASE' });
    expect(frameOf('The TGA had ballooned to $1.8 trillion by July 2020.', '$1.8 trillion', '2021-06-10')).toMatchObject({ mode: 'REACHED', direction: 'INCREASE' });
    expect(frameOf("The programs caused the Fed's balance sheet to mushroom to $7.2 trillion in mid-June.", '$7.2 trillion', '2020-07-14')).toMatchObject({ mode: 'REACHED', direction: 'INCREASE' });
  });
  it('首次低于 crosses a line downward', () => {
    expect(frameOf('美联储逆回购工具使用量两年来首次低于1万亿美元。', '1万亿美元', '2023-11-09')).toMatchObject({ mode: 'CROSSED', direction: 'DECREASE' });
  });
});

describe('changes read as levels: a list of "by" items, "trimmed … by", "an additional", "addition"', () => {
  it('every "by" item of a list repeats the change verb', () => {
    const text = 'Total assets dropped by $37 billion from the prior week, by $63 billion from the balance sheet released on September 8, and by $206 billion from the peak on April 13.';
    expect(frameOf(text, '$63 billion', '2022-10-07')).toMatchObject({ mode: 'CHANGE', direction: 'DECREASE', window: { start: '2022-09-07', end: '2022-10-07' } });
    // (time18: the start is the Wednesday the Thursday release of 8 September reports, 7 September: a move from a release)
    expect(frameOf(text, '$206 billion', '2022-10-07')).toMatchObject({ mode: 'CHANGE', direction: 'DECREASE' });
  });
  it('"trimmed its balance sheet by $1.03 Trillion" is a fall', () => {
    expect(frameOf('The Fed has only trimmed its balance sheet by $1.03 Trillion since May 2022.', '$1.03 Trillion', '2023-09-15')).toMatchObject({ mode: 'CHANGE', direction: 'DECREASE' });
  });
  it('"an additional $3 trillion" and "this $1.4 trillion addition" are changes up', () => {
    expect(frameOf('The government piled an additional $3 trillion on top of its mountain of debt in a few months.', '$3 trillion', '2021-06-10')).toMatchObject({ mode: 'CHANGE', direction: 'INCREASE', factorId: 'f-us-federal-debt' });
    expect(frameOf('This $1.4 trillion addition to the TGA was borrowed.', '$1.4 trillion', '2021-06-10')).toMatchObject({ mode: 'CHANGE', direction: 'INCREASE' });
  });
});

describe('peaks written before the figure were read as levels', () => {
  it('歷來高位達 (at an all-time high of) is the peak', () => {
    expect(frameOf('聯儲局資產負債表目前已升至歷來高位達7.9萬億美元。', '7.9萬億美元', '2021-05-24').extremum).toMatchObject({ kind: 'HIGHEST' });
  });
});

describe('the wrong measure: a place, interest, debt securities, a ceiling, an overnight facility', () => {
  it('money "in reserves at the Fed’s Reverse Repo Facility" is the facility’s', () => {
    expect(frameOf("For the first time, 86 counterparties parked over $1 trillion in reserves at the Fed's Reverse Repo Facility.", '$1 trillion', '2021-07-30').factorId).toBe('f-on-rrp');
  });
  it('準備金利息 is interest paid, not reserves', () => {
    expect(frameOf('2024年Fed支付的準備金利息達到1865億美元。', '1865億美元', '2025-12-18').factorId).toBeNull();
  });
  it('债务证券 are securities, not the debt', () => {
    expect(frameOf('他们还再投资于联邦住房贷款银行债务证券(+ 2500亿美元)。', '2500亿美元', '2023-07-17').factorId).toBeNull();
  });
  it('"the statutory ceiling of roughly $31.4 trillion" is the limit', () => {
    expect(frameOf('The national debt is close to the statutory ceiling of roughly $31.4 trillion.', '$31.4 trillion', '2022-10-04').factorId).toBeNull();
  });
  it('the debt said to reach its limit is the debt at that level (触及…的债务上限)', () => {
    expect(frameOf('美国联邦政府债务今年1月已触及31.4万亿美元的债务上限。', '31.4万亿美元', '2023-09-20')).toMatchObject({ factorId: 'f-us-federal-debt', mode: 'REACHED' });
  });
  it('the debt said to pass its "ceiling" is the debt at that level', () => {
    expect(frameOf('At the end of November, the national debt had surpassed the $37 trillion ceiling.', '$37 trillion', '2025-08-13')).toMatchObject({ factorId: 'f-us-federal-debt', mode: 'CROSSED' });
  });
  it('an amount QT "has reached" is the balance sheet’s cumulative fall', () => {
    expect(frameOf('QT #2, which started in the summer of 2022, has already reached $864 billion.', '$864 billion', '2023-09-07')).toMatchObject({ factorId: 'f-fed-balance-sheet', factorSource: 'LOOSE', mode: 'CHANGE', direction: 'DECREASE' });
  });
  it('what funds place at the Fed "every day" is the reverse repo’s level, not a flow', () => {
    expect(frameOf('美国货币市场基金每天向美联储“存入”近2.2万亿美元现金。', '2.2万亿美元', '2023-07-17')).toMatchObject({ factorId: 'f-on-rrp', mode: 'LEVEL', period: null });
  });
  it('"spend $1 trillion just on interest costs" is interest, not the debt', () => {
    expect(frameOf('The national debt keeps growing and the government is on course to spend $1 trillion just on interest costs.', '$1 trillion', '2025-08-08').factorId).toBeNull();
  });
});

describe('money written in words in English was not read as money ("a trillion dollars")', () => {
  it('"a trillion dollars", "half a trillion dollars", "two trillion dollars", "one trillion US dollars"', () => {
    const text = 'The TGA fell by a trillion dollars. The RRP dropped by half a trillion dollars. The national debt rose by two trillion dollars. Reserves rose by one trillion US dollars.';
    const claims = extractClaims(text, seedMatcher(), '2025-10-01').flatMap((c) => c.quantities);
    expect(claims.map((q) => [q.surface, q.value, q.unit])).toEqual([
      ['a trillion dollars', 1e12, 'USD'],
      ['half a trillion dollars', 5e11, 'USD'],
      ['two trillion dollars', 2e12, 'USD'],
      ['one trillion US dollars', 1e12, 'USD'],
    ]);
  });
  it('not without a currency word, and not "a year"', () => {
    const qs = extractClaims('It took a year, and a trillion more is coming.', seedMatcher(), '2025-10-01').flatMap((c) => c.quantities);
    expect(qs.some((q) => q.unit === 'USD')).toBe(false);
  });
});
