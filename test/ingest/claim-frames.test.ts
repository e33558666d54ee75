import { describe, expect, it } from 'vitest';
import { extractClaims, type ClaimCandidate } from '../../src/ingest/extract-claims.ts';
import { seedMatcher } from '../support/seed-matcher.ts';

// Regression tests for issue 18's defects, each named after the defect it guards. The sentences are the issue's own.
const matcher = seedMatcher();
const DOC_DATE = '2025-11-06';
const claims = (text: string, date: string = DOC_DATE) => extractClaims(text, matcher, date);
/** The claim holding the quantity written `surface`, and that quantity's frame. */
function framed(text: string, surface: string, date: string = DOC_DATE) {
  const all = claims(text, date);
  const claim = all.find((c) => c.quantities.some((q) => q.surface === surface)) as ClaimCandidate;
  expect(claim, `no claim holds ${surface}`).toBeDefined();
  const i = claim.quantities.findIndex((q) => q.surface === surface);
  return { all, claim, quantity: claim.quantities[i]!, frame: claim.frames[i]! };
}

describe('claims as frames (issue 18)', () => {
  it("issue 18: the claim's own date is ignored — 10月30日增至9838.6亿美元 is dated 30 October, from the text", () => {
    const { claim, frame } = framed('TGA余额10月30日增至9838.6亿美元。', '9838.6亿美元');
    expect(frame.window).toEqual({ start: '2025-10-30', end: '2025-10-30' });
    expect(frame.timeSource).toBe('TEXT');
    expect(frame.timeText).toBe('10月30日');
    expect(claim.time).toBe('2025-10-30');
  });

  it('issue 18: a date became a claim of its own — 2025年10月9日…约有7940.5亿美元 and "the week ending October 29" date their numbers', () => {
    const zh = framed('2025年10月9日，存款机构储备金约有7940.5亿美元。', '7940.5亿美元');
    expect(zh.all).toHaveLength(1);
    expect(zh.frame.window).toEqual({ start: '2025-10-09', end: '2025-10-09' });
    const en = framed('Bank reserves fell to $2.85 trillion in the week ending October 29, 2025.', '$2.85 trillion');
    expect(en.all).toHaveLength(1);
    // A weekly figure "in the week ending D" is the one dated D (the week average or Wednesday level of that week).
    expect(en.frame.window).toEqual({ start: '2025-10-29', end: '2025-10-29' });
    expect(en.frame).toMatchObject({ factorId: 'f-bank-reserves', mode: 'REACHED', direction: 'DECREASE' });
  });

  it('issue 18: english sentences never end — two sentences give two claims, each with one factor', () => {
    const all = claims('Reserves fell to $2.8 trillion. The TGA rose to $1 trillion.');
    expect(all.map((c) => [c.quote, c.factorIds])).toEqual([
      ['Reserves fell to $2.8 trillion', ['f-bank-reserves']],
      ['The TGA rose to $1 trillion', ['f-tga-balance']],
    ]);
  });

  it('issue 18: one claim is one measure — a sentence about reserves and the TGA gives two claims', () => {
    const all = claims('Reserves rose on Wednesday to $2.9 trillion, and the TGA stood at $950 billion as of Nov. 6.', '2025-11-07');
    expect(all.map((c) => c.frames.find((f) => f.factorId)?.factorId)).toEqual(['f-bank-reserves', 'f-tga-balance']);
    expect(all[0]!.frames[0]!.window).toEqual({ start: '2025-11-05', end: '2025-11-05' });
    expect(all[1]!.time).toBe('2025-11-06');
  });

  it('issue 18: the wrong factor — the TGA on the liability side of the balance sheet is the TGA; 余额 alone names it only as a reading of the sentence before', () => {
    expect(framed('美联储资产负债表负债端的TGA账户依然还有9427亿美元。', '9427亿美元').frame.factorId).toBe('f-tga-balance');
    const { frame } = framed('美联储资产负债表负债端的TGA账户依然还有9427亿美元。余额在10月30日升至1万亿美元。', '1万亿美元');
    // 余额 opening its clause refers back to the one balance of the sentence before (the TGA, not the balance sheet,
    // which is no balance): a reading of context, marked so, which the check never calls INCONSISTENT (2026-12-07).
    expect(frame).toMatchObject({ factorId: 'f-tga-balance', factorSource: 'SENTENCE_BEFORE', factorAnaphor: '余额' });
    expect(frame.window).toEqual({ start: '2025-10-30', end: '2025-10-30' });
  });

  it('issue 18: SOFR was filed under bank reserves', () => {
    const { frame } = framed('SOFR rose to 4.42% as reserves fell.', '4.42%');
    expect(frame.factorId).toBeNull();
  });

  it('issue 18: "down from more than $2 trillion in 2022" after "reverse repo" is the reverse repo, not federal debt', () => {
    const { frame, claim } = framed('Usage of the reverse repo facility fell to about $50 billion, down from more than $2 trillion in 2022, while federal debt grew.', '$50 billion');
    expect(frame.factorId).toBe('f-on-rrp');
    expect(frame.base).toEqual({ value: 2e12, unit: 'USD', window: { start: '2022-01-01', end: '2022-12-31' }, timeText: '2022' });
    expect(claim.quantities.map((q) => q.surface)).toContain('$2 trillion');
    const base = claim.frames[claim.quantities.findIndex((q) => q.surface === '$2 trillion')]!;
    expect(base.factorId).toBe('f-on-rrp');
  });

  it('issue 18: changes read as levels — 增加了近1900亿美元 is a change, "drew the TGA down by $150 billion within two weeks" a 14-day fall', () => {
    expect(framed('上周三准备金增加了近1900亿美元。', '1900亿美元').frame).toMatchObject({ factorId: 'f-bank-reserves', mode: 'CHANGE', direction: 'INCREASE', window: { start: '2025-10-28', end: '2025-10-29' } }); // from the business day before
    const drew = framed('The shutdown drew the TGA down by $150 billion within two weeks.', '$150 billion');
    expect(drew.frame).toMatchObject({ factorId: 'f-tga-balance', mode: 'CHANGE', direction: 'DECREASE', spanDays: 14 });
    expect(drew.all).toHaveLength(1);
  });

  it('issue 18: 突破1兆美元 ("broke through") is a line crossed, at the time its sentence says (10月底)', () => {
    expect(framed('10月底TGA突破1兆美元。', '1兆美元').frame).toMatchObject({ factorId: 'f-tga-balance', mode: 'CROSSED', direction: 'INCREASE', window: { start: '2025-10-27', end: '2025-10-31' } });
  });

  it('issue 18: "the lowest since early 2021" is read as an extremum of the number it follows', () => {
    const { frame, claim } = framed('Bank reserves fell to $2.85 trillion in the week ending October 29, the lowest since early 2021.', '$2.85 trillion');
    expect(frame.extremum).toEqual({ kind: 'LOWEST', since: { start: '2021-01-01', end: '2021-04-30' }, sinceText: 'early 2021' });
    expect(claim.assertions.map((a) => a.kind)).toEqual(['EXTREMUM_SINCE']);
  });

  it('issue 18: "frozen", 凍結, 無法支出 and 增發的38萬億美元國債 are assertions the record can test', () => {
    const text = 'TGA帳戶餘額飆升至9800億美元卻無法支出。聯邦政府停擺導致萬億財政存款凍結。財政部瘋狂增發的38萬億美元國債。';
    const all = claims(text);
    expect(all.flatMap((c) => c.assertions.map((a) => [a.kind, a.text, a.factorId]))).toEqual([
      ['FLOW_STOPPED', '無法支出', 'f-tga-balance'],
      ['FLOW_STOPPED', '凍結', 'f-tga-balance'],
      ['STOCK_AS_FLOW', '增發的38萬億美元國債', 'f-us-federal-debt'],
    ]);
    for (const c of all) for (const a of c.assertions) expect(text.slice(a.start, a.end)).toBe(a.text);
    const en = claims('The $1 trillion in the TGA is frozen and cannot be spent, one step away from $1.1 trillion.');
    expect(en.flatMap((c) => c.assertions.map((a) => a.kind))).toEqual(['FLOW_STOPPED', 'FLOW_STOPPED', 'NEAR_LINE']);
  });

  it('issue 18: "an inability to spend" is a flow said to have stopped', () => {
    const all = claims('The U.S. Treasury General Account (TGA) has hoarded over $1 trillion in cash due to an inability to spend.');
    expect(all.flatMap((c) => c.assertions.map((a) => [a.kind, a.text]))).toEqual([['FLOW_STOPPED', 'inability to spend']]);
  });

  it('issue 18: vocabulary — the press\'s words for the shipped measures find their factors', () => {
    const cases: [string, string, string][] = [
      ["The Treasury's cash balance rose to more than $870 billion.", '$870 billion', 'f-tga-balance'],
      ["The Fed's weekly balance sheet showed $6.6 trillion.", '$6.6 trillion', 'f-fed-balance-sheet'],
      ['Total assets were $6.59 trillion on Wednesday.', '$6.59 trillion', 'f-fed-balance-sheet'],
      ['存款机构储备金降至2.8万亿美元。', '2.8万亿美元', 'f-bank-reserves'],
      ['逆回购余额降至500亿美元。', '500亿美元', 'f-on-rrp'],
      ['聯準會總資產降至6.6兆美元。', '6.6兆美元', 'f-fed-balance-sheet'],
      ["The Treasury's account at the Fed held $950 billion.", '$950 billion', 'f-tga-balance'],
    ];
    for (const [text, surface, factor] of cases) expect([text, framed(text, surface).frame.factorId]).toEqual([text, factor]);
  });

  it('a quantity never borrows a factor or a date from another sentence; no date means the document date, said so', () => {
    const { frame } = framed('On Oct. 30 reserves fell to $2.8 trillion. Oil rose to $80.', '$80');
    expect(frame.factorId).toBeNull();
    expect(frame).toMatchObject({ window: { start: DOC_DATE, end: DOC_DATE }, timeSource: 'DOCUMENT_DATE', timeText: null });
  });
});

describe('undated pages (issue 19)', () => {
  it('issue 19: "the week ending October 1" in a page that states no year left the figure with no window, so it could never match', () => {
    const claims = extractClaims('As of the week ending October 1, bank reserves fell by approximately $20.1 billion to $2.98 trillion.', seedMatcher());
    const level = claims.flatMap((c) => c.quantities.map((q, i) => ({ surface: q.surface, frame: c.frames[i]!, yearless: c.yearless?.[i] ?? null }))).find((x) => x.surface === '$2.98 trillion')!;
    // The frame stays honest: no year, no window (the checks never guess one).
    expect(level.frame.window).toBeNull();
    // For matching, the window without its year, in the year 1000 no dated text has.
    // (a level in "the week ending D" is the weekly figure dated D: docs/reading.md, Times)
    expect(level.yearless).toEqual({ start: '1000-10-01', end: '1000-10-01', timeSource: 'TEXT' });
    // A week reaching back over New Year; a Chinese month and day.
    const jan = extractClaims('Bank reserves fell by $326 billion in the week ended Jan. 1 to $2.89 trillion.', seedMatcher());
    // The change in the week ended Jan. 1 runs from the weekly figure before (25 December) to it.
    expect(jan.flatMap((c) => c.yearless ?? []).filter(Boolean)[0]).toEqual({ start: '0999-12-25', end: '1000-01-01', timeSource: 'TEXT' });
    const zh = extractClaims('截至10月1日的一週,銀行準備金減少201億美元至2.98萬億美元。', seedMatcher());
    expect(zh.flatMap((c) => c.yearless ?? []).filter(Boolean).length).toBeGreaterThan(0);
  });

  it('issue 19: a text with a date of its own, and words relative to the date of writing, get no year-less window', () => {
    expect(extractClaims('As of the week ending October 1, bank reserves were $2.98 trillion.', seedMatcher(), '2025-10-02').flatMap((c) => c.yearless ?? []).filter(Boolean)).toEqual([]);
    expect(extractClaims('Bank reserves were $2.98 trillion last Wednesday.', seedMatcher()).flatMap((c) => c.yearless ?? []).filter(Boolean)).toEqual([]);
  });
});
