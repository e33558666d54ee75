import { describe, expect, it } from 'vitest';
import { extractClaims, type ClaimCandidate } from '../../src/ingest/extract-claims.ts';
import { seedMatcher } from '../support/seed-matcher.ts';

// Regression tests for the factor and mode defects found classifying every factor, mode and coverage miss of
// eval:checks on all dev parts (fresh3/fresh4 included) on 2026-12-07 (issue 18, factor18), each named after its
// defect. The sentences are written for the test in the manner of those documents, not copied from a labelled row.
const matcher = seedMatcher();
function frameOf(text: string, surface: string, date = '2025-11-10') {
  const claim = extractClaims(text, matcher, date).find((c) => c.quantities.some((q) => q.surface === surface)) as ClaimCandidate;
  expect(claim, `no claim holds ${surface}`).toBeDefined();
  return claim.frames[claim.quantities.findIndex((q) => q.surface === surface)]!;
}

describe('a shorter measure word inside a longer one took the number (美[国债]务上限 read as the debt)', () => {
  it('美国债务上限 is the debt limit, not the debt', () => {
    expect(frameOf('美国债务上限最终被上调至41.1万亿美元。', '41.1万亿美元').factorId).toBeNull();
  });
  it('美國債務 alone is still the debt', () => {
    expect(frameOf('美國債務已經突破38兆美元。', '38兆美元').factorId).toBe('f-us-federal-debt');
  });
});

describe("the H.4.1's other lines and the debt limit's relatives were read as the measure named beside them", () => {
  it('流通中货币 (currency in circulation) in a list after 银行准备金 is not reserves', () => {
    const text = '负债端主要由银行准备金(2.98万亿美元)、流通中货币(2.44万亿美元)和财政部一般账户(8000亿美元)构成。';
    expect(frameOf(text, '2.44万亿美元').factorId).toBeNull();
    expect(frameOf(text, '2.98万亿美元').factorId).toBe('f-bank-reserves');
  });
  it('国债资产 (the Fed\'s holdings of Treasuries) is not the federal debt', () => {
    expect(frameOf('其中,国债资产4.2万亿美元,MBS 2.1万亿美元。', '4.2万亿美元').factorId).toBeNull();
  });
  it('"extraordinary measures" beside the TGA are not its balance', () => {
    expect(frameOf("There is $60 billion in the Treasury's General Account and $90 billion in extraordinary measures.", '$90 billion', '2023-05-20').factorId).toBeNull();
  });
  it('"the $31.4 trillion debt cap" is the debt limit', () => {
    expect(frameOf('Measures are being taken to avoid breaching the $31.4 trillion debt cap.', '$31.4 trillion', '2023-05-20').factorId).toBeNull();
  });
  it('准备金管理购买 (reserve management purchases) is a purchase pace, not reserves', () => {
    expect(frameOf('美联储重启准备金管理购买(RMP),初期规模为每月400亿美元。', '400亿美元').factorId).toBeNull();
  });
  it('an amount of its own before a measure between owner and head is a list sibling (…的特別措施額度以及…的現金)', () => {
    const text = '截至3月5日,美國財政部共有700億美元的特別措施額度以及5000億美元的現金。';
    expect(frameOf(text, '5000億美元', '2025-03-10').factorId).toBe('f-tga-balance');
    expect(frameOf(text, '700億美元', '2025-03-10').factorId).toBeNull();
  });
});

describe('an owner of another country with 所持 or a month between it and the measure was not read', () => {
  it('日本7月所持美國國債 is Japan\'s holding, not the debt', () => {
    expect(frameOf('日本7月所持美國國債增加60億美元,至1.1萬億美元。', '60億美元', '2023-09-20').factorId).toBeNull();
  });
  it('美国财政部上周五的现金余额 is the TGA (a time and 的 between owner and head)', () => {
    expect(frameOf('数据显示,美国财政部上周五的现金余额增至240亿美元。', '240亿美元', '2023-06-05').factorId).toBe('f-tga-balance');
  });
});

describe('the Treasury\'s outflows (財政部…資金流出) named no measure', () => {
  it('財政部滾動5日資金流出 is the TGA\'s flow', () => {
    expect(frameOf('今年以來,財政部滾動5日資金流出均值約8000億美元。', '8000億美元', '2026-03-11').factorId).toBe('f-tga-flows');
  });
  it('a rolling average of it is not held against the series as a level (OTHER)', () => {
    expect(frameOf('今年以來,財政部滾動5日資金流出均值約8000億美元。', '8000億美元', '2026-03-11').mode).toBe('OTHER');
  });
});

describe('a share or ratio of a measure lost its measure', () => {
  it('占44.94% after 银行准备金 is a share of reserves', () => {
    expect(frameOf('负债端主要由银行准备金(2.98万亿美元,占44.94%)构成。', '44.94%')).toMatchObject({ factorId: 'f-bank-reserves', mode: 'SHARE' });
  });
  it('"22% of GDP" is a share of the Fed\'s assets, not of GDP', () => {
    expect(frameOf('Fed assets = 22% of GDP.', '22%')).toMatchObject({ factorId: 'f-fed-balance-sheet', mode: 'SHARE' });
  });
  it('美国债务与GDP之比 is a ratio of the debt', () => {
    expect(frameOf('目前,美国债务与GDP之比约为120%。', '120%', '2026-05-26')).toMatchObject({ factorId: 'f-us-federal-debt', mode: 'SHARE' });
  });
});

describe('words of the sources and the press were missing', () => {
  it('"Fed holdings" is the balance sheet', () => {
    expect(frameOf("That's taken Fed holdings to the current level of $6.6 trillion.", '$6.6 trillion', '2025-08-29').factorId).toBe('f-fed-balance-sheet');
  });
  it('"the government\'s checkbook" is the TGA', () => {
    expect(frameOf("On March 31, there was $190 billion in the government's checkbook.", '$190 billion', '2023-03-31').factorId).toBe('f-tga-balance');
  });
  it('總儲備 is reserves', () => {
    expect(frameOf('總儲備大約為 3.1 兆美元。', '3.1 兆美元', '2025-10-15').factorId).toBe('f-bank-reserves');
  });
  it('ONRRP written without a space is the reverse repo', () => {
    expect(frameOf('ONRRP余额下降1.9万亿美元。', '1.9万亿美元', '2025-12-01').factorId).toBe('f-on-rrp');
  });
});
