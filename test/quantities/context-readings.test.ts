import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract-claims.ts';
import { fitsScale } from '../../src/quantities/measure-vocabulary.ts';
import { headlineOf } from '../../src/quantities/context-readings.ts';
import { seedMatcher } from '../support/seed-matcher.ts';

// Readings of a figure's factor and time from its context when its own sentence has none (issue 18, context pass,
// 2026-12-07): the dev misses left undecided for that reason were classified first (test/eval, docs/checks.md), and each
// rule is named after the defect it fixes, with the cases it must refuse. The sentences are written for the tests in
// the press's constructions, not copied from the labelled set.
const matcher = seedMatcher();
function frameOf(text: string, surface: string, date = '2025-11-03') {
  const all = extractClaims(text, matcher, date).flatMap((c) => c.quantities.map((q, i) => ({ q, f: c.frames[i]! })));
  const hit = all.find((x) => x.q.surface === surface);
  expect(hit, `no quantity written ${surface} in ${JSON.stringify(all.map((x) => x.q.surface))}`).toBeDefined();
  return hit!.f;
}

describe('a date only in the sentence before: the figure was held against the document date', () => {
  const text = 'To see why, recall what happened in September 2019. Quantitative tightening had drained bank reserves to $1.4 trillion.';

  it('takes the one time of the sentence before, marked as read from it', () => {
    expect(frameOf(text, '$1.4 trillion')).toMatchObject({ factorId: 'f-bank-reserves', window: { start: '2019-09-01', end: '2019-09-30' }, timeText: 'September 2019', timeSource: 'SENTENCE_BEFORE' });
  });

  it('never across a paragraph break', () => {
    expect(frameOf(text.replace('. Quantitative', '.\n\nQuantitative'), '$1.4 trillion').timeSource).toBe('DOCUMENT_DATE');
  });

  it('never when the sentence before names two times', () => {
    const two = 'Recall what happened in March 2019 and again in September 2019. Quantitative tightening had drained bank reserves to $1.4 trillion.';
    expect(frameOf(two, '$1.4 trillion').timeSource).toBe('DOCUMENT_DATE');
  });

  it('never when the figure speaks of the present ("still look", "has fallen")', () => {
    const now = 'The last time reserves dropped this low was January 2023. On paper, reserves still look plentiful at $2.95 trillion.';
    expect(frameOf(now, '$2.95 trillion', '2025-10-31').timeSource).toBe('DOCUMENT_DATE');
  });

  it("never the time of the sentence before's own figure, unless the figure refers back to it", () => {
    const theirs = 'Bank reserves have fallen to $2.83 trillion from $4.27 trillion (2021). The Fed is stabilizing its $6.5 trillion balance sheet.';
    expect(frameOf(theirs, '$6.5 trillion', '2025-12-10').timeSource).toBe('DOCUMENT_DATE');
    const back = 'Bank reserves fell to $2.89 trillion in the week ending January 1. This represents a weekly decrease of about $326 billion.';
    expect(frameOf(back, '$326 billion', '2025-01-03')).toMatchObject({ factorId: 'f-bank-reserves', timeSource: 'SENTENCE_BEFORE' });
  });

  it('never a time after the document was written (a meeting announced)', () => {
    const future = 'The FOMC meets on October 28. The Fed shrank a balance sheet of $6.6 trillion.';
    expect(frameOf(future, '$6.6 trillion', '2025-10-26').timeSource).toBe('DOCUMENT_DATE');
    // Written after the meeting, the same words take its date.
    expect(frameOf(future, '$6.6 trillion', '2025-11-26').timeSource).toBe('SENTENCE_BEFORE');
  });

  it('never when the figure has a time of its own', () => {
    const own = 'Recall what happened in September 2019. Bank reserves were $2.8 trillion in October 2025.';
    expect(frameOf(own, '$2.8 trillion')).toMatchObject({ timeSource: 'TEXT', timeText: 'October 2025' });
  });
});

describe('a measure named only in the headline: the figures of the lead had no factor', () => {
  const story = "Fed's Reverse Repo Facility Usage Sinks Below $300 Billion\n\nAug 06,2024\n\n(Bloomberg) -- Demand dropped below $300 billion for the first time since 2021.";

  it("takes the headline's one measure, marked as read from the headline", () => {
    expect(frameOf(story, '$300 billion', '2024-08-06')).toMatchObject({ factorId: 'f-on-rrp', factorSource: 'HEADLINE', factorAnaphor: null });
  });

  it('a first line that ends as a sentence does is no headline', () => {
    expect(headlineOf('Reserves fell to $2.9 trillion.\nMore text.')).toBeNull();
    expect(headlineOf('Reserves Sink Below $3 Trillion\nMore text.')).toEqual({ start: 0, end: 31 });
  });

  it('never when the headline names two measures', () => {
    const two = 'Reserves Fall as the TGA Swells\n\nThe amount of money parked there dropped below $2.9 trillion for the first time since 2021.';
    expect(frameOf(two, '$2.9 trillion').factorId).toBeNull();
  });

  it('never for a figure whose own sentence names a measure, even one we do not ship', () => {
    const other = "Fed's Reverse Repo Facility Usage Sinks Below $300 Billion\n\nSOFR volumes rose to $3 trillion on Tuesday.";
    expect(frameOf(other, '$3 trillion', '2024-08-06').factorId).toBeNull();
  });

  it('never for a figure off the measure\'s scale, or a percent', () => {
    const off = "Fed Balance Sheet Shrinks Again\n\nSome 14 banks took $5 billion on Tuesday. Fees rose 5% this year.";
    expect(frameOf(off, '$5 billion', '2024-08-06').factorId).toBeNull();
    expect(frameOf(off, '5%', '2024-08-06').factorId).toBeNull();
    expect(fitsScale('f-fed-balance-sheet', 5e9, 'LEVEL')).toBe(false);
    expect(fitsScale('f-fed-balance-sheet', 6.6e12, 'LEVEL')).toBe(true);
    expect(fitsScale('f-fed-balance-sheet', 37e9, 'CHANGE')).toBe(true);
  });

  it('a byline or a dateline under the headline is no sentence of the lead', () => {
    const calm = 'Money markets were calm through the whole week. ';
    const story = `Fed's Reverse Repo Facility Usage Sinks Below $300 Billion\n\nAug 06,2024\n\nBy A Reporter\n\nBloomberg News\n\n${calm.repeat(4)}Investors parked $290 billion there on Tuesday.`;
    expect(frameOf(story, '$290 billion', '2024-08-06')).toMatchObject({ factorId: 'f-on-rrp', factorSource: 'HEADLINE' });
  });

  it('never beyond the lead', () => {
    const long = `Fed's Reverse Repo Facility Usage Sinks Below $300 Billion\n\n${'Money markets were calm through the whole week. '.repeat(6)}Investors parked $290 billion there.`;
    expect(frameOf(long, '$290 billion', '2024-08-06').factorId).toBeNull();
  });
});

describe('words referring back that were not read: "This represents", a left-out subject in a table or after a time', () => {
  it('"This represents a decrease of $326 billion" continues the single measure of the sentence before', () => {
    const text = 'Bank reserves fell to $2.89 trillion last week. This represents a weekly decrease of about $326 billion.';
    expect(frameOf(text, '$326 billion')).toMatchObject({ factorId: 'f-bank-reserves', factorSource: 'SENTENCE_BEFORE', factorAnaphor: 'This represents' });
  });

  it('never when the sentence before names two measures', () => {
    const text = 'Bank reserves fell to $2.89 trillion as the TGA rose to $900 billion. This represents a decrease of about $326 billion.';
    expect(frameOf(text, '$326 billion').factorId).toBeNull();
  });

  it('never "it" when the sentence before names two measures, even when its figures are of one', () => {
    const text = 'Bank reserves fell to $2.89 trillion as the TGA swelled. It had been $3.2 trillion in January.';
    expect(frameOf(text, '$3.2 trillion').factorId).toBeNull();
    // A head that names one of them by kind ("the account": the TGA) still refers back.
    expect(frameOf('Bank reserves fell to $2.89 trillion as the TGA swelled. The account held $900 billion on Friday.', '$900 billion').factorId).toBe('f-tga-balance');
  });

  it("never for a dollar figure 100× off the measure's scale", () => {
    const text = 'Bank reserves fell to $2.89 trillion last week. It stood at $28.8 billion on Tuesday.';
    expect(frameOf(text, '$28.8 billion').factorId).toBeNull();
  });

  it('a table row with its subject left out (減少…) reads the measure of its header', () => {
    const text = '時間 準備金變化 準備金總額\n截至10月1日的一週 減少201億美元 2.98萬億美元';
    expect(frameOf(text, '201億美元', '2025-10-03')).toMatchObject({ factorId: 'f-bank-reserves', factorSource: 'SENTENCE_BEFORE', mode: 'CHANGE' });
    expect(frameOf(text, '2.98萬億美元', '2025-10-03')).toMatchObject({ factorId: 'f-bank-reserves', factorSource: 'SENTENCE_BEFORE' });
  });

  it('a copula after a time that opens the sentence (此前一天為946億美元) continues the measure; without the time it does not', () => {
    const text = '截至5月17日，美國財政部現金餘額降至683億美元。此前一天為946億美元。';
    expect(frameOf(text, '946億美元', '2023-05-18')).toMatchObject({ factorId: 'f-tga-balance', factorSource: 'SENTENCE_BEFORE' });
    const untimed = '截至5月17日，美國財政部現金餘額降至683億美元。為此國會撥款500億美元。';
    expect(frameOf(untimed, '500億美元', '2023-05-18').factorId).toBeNull();
  });

  it('never across a paragraph break', () => {
    const text = '截至5月17日，美國財政部現金餘額降至683億美元。\n\n此前一天為946億美元。';
    expect(frameOf(text, '946億美元', '2023-05-18').factorId).toBeNull();
  });
});

describe('a word referring back in a sentence without numbers did not pass the measure on ("This tool allows…")', () => {
  const chain = (sep: string) => `On Tuesday, 17 participants deposited a total of $21.07 billion into the Fed's overnight RRP facility. This tool allows banks to lend cash to the central bank.${sep}Data from the New York Fed shows this size is the lowest since April 2021. Just last Friday, usage of the tool increased by approximately $46 billion.`;

  it('the measure passes through sentences that refer back to it, in one paragraph', () => {
    expect(frameOf(chain(' '), '$46 billion', '2025-09-03')).toMatchObject({ factorId: 'f-on-rrp', factorSource: 'SENTENCE_BEFORE', factorAnaphor: 'the tool' });
  });

  it('never across a paragraph break', () => {
    expect(frameOf(chain('\n\n'), '$46 billion', '2025-09-03').factorId).toBeNull();
  });

  it('never through a sentence that refers to nothing it can name', () => {
    const broken = "On Tuesday, 17 participants deposited $21.07 billion into the Fed's overnight RRP facility. Markets were calm all week. Data shows this size is the lowest since 2021. Usage of the tool increased by about $46 billion.";
    expect(frameOf(broken, '$46 billion', '2025-09-03').factorId).toBeNull();
  });
});

describe('a bare 餘額/余额 opening its clause was not read as referring back', () => {
  it('余额 opening a clause continues the one measure of the sentence before', () => {
    expect(frameOf('財政部一般帳戶在10月底升至1萬億美元。餘額在11月5日降至9400億美元。', '9400億美元', '2025-11-06')).toMatchObject({ factorId: 'f-tga-balance', factorSource: 'SENTENCE_BEFORE', factorAnaphor: '餘額' });
  });

  it('never when the sentence before names two measures', () => {
    expect(frameOf('財政部一般帳戶在10月底升至1萬億美元,準備金則降至2.8萬億美元。餘額在11月5日降至9400億美元。', '9400億美元', '2025-11-06').factorId).toBeNull();
  });

  it('never inside a longer word (余额宝, a fund), nor for an amount in another currency', () => {
    expect(frameOf('财政部一般账户在10月底升至1万亿美元。余额宝的规模为1200亿美元。', '1200亿美元', '2025-11-06').factorId).toBeNull();
    expect(frameOf('财政部一般账户在10月底升至1万亿美元。余额降至1.2万亿元。', '1.2万亿元', '2025-11-06').factorId).toBeNull();
  });
});

describe('a left-out subject after a time opened by its preposition (在10月30日升至…) was not read', () => {
  it('在 + a time, then a verb: the measure of the sentence before', () => {
    expect(frameOf('財政部一般帳戶9月底為8900億美元。在10月30日升至1萬億美元。', '1萬億美元', '2025-11-06')).toMatchObject({ factorId: 'f-tga-balance', factorSource: 'SENTENCE_BEFORE', timeText: '10月30日' });
  });

  it('在 with no time after it is no time ("在此背景下升至…")', () => {
    expect(frameOf('財政部一般帳戶9月底為8900億美元。在此背景下升至1萬億美元。', '1萬億美元', '2025-11-06').factorId).toBeNull();
  });
});

