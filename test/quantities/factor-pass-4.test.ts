import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract-claims.ts';
import { segmentSentences } from '../../src/quantities/sentences.ts';
import { frameOf } from '../support/frame-of.ts';
import { seedMatcher } from '../support/seed-matcher.ts';

// Regression tests for the factor, mode and coverage classes found classifying every factor and mode miss and every
// uncovered row of eval:checks fresh9.yaml and fresh10.yaml (tuning text since the ninth session; issue 18, factor18c;
// docs/reading.md "Factor, mode and coverage pass 4"). Each block is named after its class; the sentences are written
// for the tests in the manner of those documents, not copied from them.

describe('a rate named between the measure and a dollar amount took the amount (rates are percent measures)', () => {
  it('以0.05%的利率接受了7,558亿美元 is the facility’s take-up, a level that day', () => {
    expect(frameOf('美联储周四在其每日逆回购操作中以0.05%的利率接受了7,558亿美元。', '7,558亿美元', '2021-06-18')).toMatchObject({ factorId: 'f-on-rrp', mode: 'LEVEL' });
  });
  it('"accepted $755.8 billion at a rate of 0.05%" in English too', () => {
    expect(frameOf('The Fed’s reverse repo facility accepted $755.8 billion on Thursday at a rate of 0.05%.', '$755.8 billion', '2021-06-18').factorId).toBe('f-on-rrp');
  });
  it('a percent of a rate still takes the rate (no factor)', () => {
    expect(frameOf('Reserves were ample as the repo rate rose to 4.42%.', '4.42%', '2025-10-31').factorId).toBeNull();
  });
});

describe('motion verbs of the press before "by" were read as levels (one lexicon of lemmas, every form)', () => {
  it.each([
    ['The Fed’s balance sheet eased by nearly $30 billion to $8.706 trillion.', '$30 billion', 'DECREASE'],
    ['Emergency lending prompted the balance sheet to soar by approximately $300 billion in a single week.', '$300 billion', 'INCREASE'],
    ['The central bank’s balance sheet mushroomed by roughly $300 billion in the last week.', '$300 billion', 'INCREASE'],
    ['Bank reserves edged down by $12 billion in the week.', '$12 billion', 'DECREASE'],
    ['Bank reserves slipped by $41 billion in the week.', '$41 billion', 'DECREASE'],
  ])('%s', (text, surface, direction) => {
    expect(frameOf(text, surface, '2023-03-31')).toMatchObject({ mode: 'CHANGE', direction });
  });
});

describe('a percent in apposition to a change had no measure', () => {
  const text = 'The reverse repo facility drew $991.9 billion on Wednesday, an increase of $150.7 billion, or nearly 18 percent, from the day before.';
  it('takes the change’s measure, way and window', () => {
    const amount = frameOf(text, '$150.7 billion', '2021-07-01');
    expect(frameOf(text, '18 percent', '2021-07-01')).toMatchObject({ factorId: 'f-on-rrp', mode: 'CHANGE', direction: 'INCREASE', window: amount.window });
  });
  it('not a percent that is not in apposition', () => {
    expect(frameOf('The reverse repo facility rose by $150.7 billion while SOFR was 5%.', '5%', '2021-07-01').factorId).toBeNull();
  });
});

describe('"the Fed’s holdings of <securities>" was read as the whole balance sheet', () => {
  it('holdings of Treasury securities are the part held', () => {
    expect(frameOf('The Fed’s holdings of Treasury securities rose to $3.97 trillion from $3.91 trillion a week earlier.', '$3.97 trillion', '2020-04-30').factorId).toBeNull();
  });
  it('holdings of mortgage-backed securities too', () => {
    expect(frameOf('The Fed’s holdings of mortgage-backed securities rose to $1.57 trillion.', '$1.57 trillion', '2020-04-16').factorId).toBeNull();
  });
  it('the Fed’s total holdings and its stash of assets are the balance sheet', () => {
    expect(frameOf('QT has been reducing the Fed’s total holdings to about $7.1 trillion today.', '$7.1 trillion', '2024-09-30').factorId).toBe('f-fed-balance-sheet');
    expect(frameOf('In all the Fed’s stash of assets is up nearly 60% since early March.', '60%', '2020-04-30')).toMatchObject({ factorId: 'f-fed-balance-sheet', mode: 'CHANGE' });
  });
});

describe('the Fed’s total liabilities were read as its total assets', () => {
  it('"Total liabilities: $7.47 trillion" names a measure we do not ship', () => {
    expect(frameOf('Total liabilities: $7.47 trillion, down by $1.45 trillion from the peak in April 2022.', '$7.47 trillion', '2024-03-23').factorId).toBeNull();
  });
  it('an event named after the measure ("under QT") does not take the figure', () => {
    expect(frameOf('Fed Liabilities under QT Drop $1.71 Trillion\nThe balance sheet shrank again.', '$1.71 Trillion', '2024-06-06').factorId).toBeNull();
  });
  it('QT as the subject still names the balance sheet’s fall', () => {
    expect(frameOf('Under the plan, QT has already reached $864 billion.', '$864 billion', '2023-01-31')).toMatchObject({ factorId: 'f-fed-balance-sheet', mode: 'CHANGE' });
  });
});

describe('擴表 (the balance sheet expanded) was not read, or read as another measure', () => {
  it('an amount of 擴表 is the balance sheet’s rise', () => {
    expect(frameOf('過去 2 週 Fed 擴表 3,920 億美元,創 2020 年 4 月來最大兩週增幅。', '3,920 億美元', '2023-03-24')).toMatchObject({ factorId: 'f-fed-balance-sheet', mode: 'CHANGE', direction: 'INCREASE', factorSource: 'LOOSE' });
  });
  it('縮表 stays a fall', () => {
    expect(frameOf('本輪縮表已累計縮減約2萬億美元。', '2萬億美元', '2025-10-31')).toMatchObject({ factorId: 'f-fed-balance-sheet', direction: 'DECREASE' });
  });
});

describe('peaks and changes the words around a figure state', () => {
  it('"a peak of approximately $9 trillion" and "peaked at just over"', () => {
    expect(frameOf('QT cut the Fed’s total holdings from a peak of approximately $9 trillion in 2022.', '$9 trillion', '2024-09-30').extremum?.kind).toBe('HIGHEST');
    expect(frameOf('The reverse repo facility peaked at just over $2.6 trillion at the end of 2022.', '$2.6 trillion', '2024-09-30').extremum?.kind).toBe('HIGHEST');
  });
  it('的纪录高位 after the figure; a bare 高位 is no record', () => {
    expect(frameOf('这刷新了此前逆回购5,840亿美元的纪录高位。', '5,840亿美元', '2021-06-18').extremum?.kind).toBe('HIGHEST');
    expect(frameOf('逆回购维持在5,840亿美元的高位。', '5,840亿美元', '2021-06-18').extremum).toBeNull();
  });
  it('money said to flow out of the market is a change', () => {
    expect(frameOf('6个月来,7560亿美元的RRP余额从市场中流出。', '7560亿美元', '2021-06-18')).toMatchObject({ factorId: 'f-on-rrp', mode: 'CHANGE' });
  });
  it('"pushed its balance sheet past $5 trillion" is a crossing', () => {
    expect(frameOf('The emergency programs pushed the Fed’s balance sheet past $5 trillion for the first time.', '$5 trillion', '2020-03-26')).toMatchObject({ mode: 'CROSSED', direction: 'INCREASE' });
  });
});

describe('words of the Treasury’s cash the vocabulary lacked', () => {
  it('现金余额 alone is the Treasury’s', () => {
    expect(frameOf('美国财政部预计6月底现金余额为8000亿美元。', '8000亿美元', '2020-05-06').factorId).toBe('f-tga-balance');
  });
  it('a company’s 现金余额 is not', () => {
    expect(frameOf('苹果公司的现金余额为1600亿美元。', '1600亿美元', '2020-05-06').factorId).toBeNull();
  });
  it('"the money the government has on hand to pay its bills": the bills paid are no measure', () => {
    expect(frameOf('The amount of money that the US government has on hand to pay its bills jumped just $108.47 billion on Tuesday.', '$108.47 billion', '2023-04-19')).toMatchObject({ factorId: 'f-tga-balance', mode: 'CHANGE', direction: 'INCREASE' });
  });
  it('可流通的美国国债 is marketable debt, not the debt', () => {
    expect(frameOf('财政部预计二季度将可流通的美国国债净存量增加3万亿美元。', '3万亿美元', '2020-05-06').factorId).toBeNull();
  });
});

describe('wire copy: "USD174 billion" was not read, and hard-wrapped lines were sentences', () => {
  it('reads USD written against the figure, not a token’s name', () => {
    const claims = extractClaims('Cash on hand stands at USD174 billion, and the USD1 token trades.', seedMatcher(), '2021-09-24');
    const surfaces = claims.flatMap((c) => c.quantities.map((q) => `${q.surface}=${q.value} ${q.unit}`));
    expect(surfaces).toContain('USD174 billion=174000000000 USD');
    expect(surfaces.some((s) => /USD1=/.test(s))).toBe(false);
  });
  it('a line that stops mid-phrase goes on in the next line written in lower case', () => {
    const text = 'WASHINGTON, June 2 (Reuters) - The U.S. Treasury\nDepartment\'s operating cash balance as of Thursday was $22.89\nbillion, down from $48.51 billion a day before, the Treasury\nsaid on Friday.';
    expect(frameOf(text, '$48.51 billion', '2023-06-02').factorId).toBe('f-tga-balance');
  });
  it('a headline line is still a sentence of its own', () => {
    const text = 'Fed Reverse Repo Usage Sinks Below $300 Billion\nThe amount of money parked at the facility fell.';
    expect(segmentSentences(text)).toHaveLength(2);
  });
});

describe('a hypothetical figure was judged as stated ("… of more than $200 billion … would be strong")', () => {
  const text = 'Strategists wrote that an increase in the Treasury cash pile of more than $200 billion following tax day would be strong, while a figure of less than $150 billion would be weak.';
  it('a modal verb after the figure in its phrase makes it a condition, and "an increase in X of" a change', () => {
    expect(frameOf(text, '$200 billion', '2023-04-19')).toMatchObject({ mood: 'CONDITION', mode: 'CHANGE', direction: 'INCREASE' });
    expect(frameOf(text, '$150 billion', '2023-04-19').mood).toBe('CONDITION');
  });
  it('not a modal in another phrase', () => {
    expect(frameOf('The Treasury cash pile rose to $900 billion, which would be a record.', '$900 billion', '2023-04-19').mood).toBe('STATED');
  });
});
