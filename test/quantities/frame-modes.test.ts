import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract-claims.ts';
import { seedMatcher } from '../support/seed-matcher.ts';

// How a figure speaks of its measure (issue 18, the MODE of a frame): misreadings seen on tuning text, each a
// regression test named after its cause. The sentences are written here, not copied from the labelled sets.
const matcher = seedMatcher();
/** Each money figure of the text as `surface:MODE/DIRECTION`, with `<base` when it is another figure's comparison base. */
const modes = (text: string) =>
  extractClaims(text, matcher, '2025-11-05').flatMap((c) =>
    c.quantities.flatMap((q, j) => (/USD|CNY/.test(q.unit) ? [`${q.surface}:${c.frames[j]!.mode}/${c.frames[j]!.direction ?? '-'}`] : [])));
const frameOf = (text: string, surface: string) => {
  for (const c of extractClaims(text, matcher, '2025-11-05')) {
    const j = c.quantities.findIndex((q) => q.surface === surface);
    if (j >= 0) return { quantity: c.quantities[j]!, frame: c.frames[j]! };
  }
  throw new Error(`no ${surface}`);
};

describe('a change written with a change noun, a drain verb or "cumulative" is not a level', () => {
  it('"a cumulative reduction of $X" is a change (a noun of change, then "of")', () => {
    expect(modes('Since its peak the Fed balance sheet has seen a cumulative reduction of $2.1 trillion.')).toEqual(['$2.1 trillion:CHANGE/DECREASE']);
    expect(modes('The TGA saw an increase of $180 billion last week.')).toEqual(['$180 billion:CHANGE/INCREASE']);
  });

  it('a drain verb before the amount makes it an amount drained (吸走, 抽離, "burned through")', () => {
    expect(modes('财政部从市场吸走超过6000亿美元现金。')).toEqual(['6000亿美元:CHANGE/-']);
    expect(modes('財政部一般帳戶從市場抽離約1500億美元流動性。')).toEqual(['1500億美元:CHANGE/-']);
    expect(modes('The Treasury burned through $240 billion of its cash balance in April.')).toEqual(['$240 billion:CHANGE/DECREASE']);
  });

  it('an amount followed by the drain verb it is the object of is drained (X的资金被从市场中抽走)', () => {
    expect(modes('短短两周内，超过1500亿美元的资金被从市场中抽走。')).toEqual(['1500亿美元:CHANGE/-']);
  });

  it('累计/cumulative before an amount makes it a change, even after 达 (累计虹吸规模达X)', () => {
    expect(modes('全月TGA累计虹吸规模达6500亿美元。')).toEqual(['6500亿美元:CHANGE/-']);
  });

  it('an amount accrued "over six months" is a change, an average over them is not', () => {
    expect(modes('The TGA absorbed liquidity worth $250 billion over six months.')[0]).toMatch(/:CHANGE\//);
    expect(modes('Reserves averaged $3.1 trillion over six months.')[0]).toMatch(/:LEVEL\//);
  });
});

describe('a line crossed is written with a motion verb and a line word', () => {
  it('"falling below the $3 trillion mark" crosses the line (any inflection, with "the")', () => {
    expect(modes('Bank reserves are falling below the $3 trillion mark.')).toEqual(['$3 trillion:CROSSED/DECREASE']);
    expect(modes('Bank reserves sank below $3 trillion.')).toEqual(['$3 trillion:CROSSED/DECREASE']);
  });

  it('a level reached that is named as a line (攀升至1万亿美元关口, 回落至X之下) is crossed', () => {
    expect(modes('TGA余额攀升至1万亿美元关口。')).toEqual(['1万亿美元:CROSSED/INCREASE']);
    expect(modes('美联储资产负债表回落至6万亿美元之下。')).toEqual(['6万亿美元:CROSSED/DECREASE']);
  });

  it('飆破 is a line broken upwards', () => {
    expect(modes('美國國債飆破39兆美元。')).toEqual(['39兆美元:CROSSED/INCREASE']);
  });
});

describe('a past level written after the figure is a comparison base, not a flow', () => {
  it('"$3.2 trillion a year earlier" is a base of the level before it, not USD per year', () => {
    const { quantity, frame } = frameOf('Bank reserves stood at $2.8 trillion, down from $3.4 trillion a year earlier.', '$3.4 trillion');
    expect(quantity.unit).toBe('USD');
    expect(frame.mode).toBe('LEVEL');
    expect(frameOf('Bank reserves were $2.8 trillion, against $3.4 trillion a year earlier.', '$2.8 trillion').frame.base?.value).toBe(3.4e12);
  });

  it('去年同期 before a figure makes it the base of the figure before it', () => {
    expect(frameOf('截至10月底，准备金为2.8万亿美元，去年同期为3.2万亿美元。', '2.8万亿美元').frame.base?.value).toBe(3.2e12);
  });
});

describe('a bare amount in a dollar text', () => {
  it('500亿 with no currency, in a sentence about a dollar balance, is dollars, not a count', () => {
    const text = 'TGA余额曾高达8000亿美元。2023年债务上限危机时，TGA掉到450亿。';
    expect(frameOf(text, '450亿').quantity.unit).toBe('USD');
  });
});

describe('a figure called a peak or a trough is the measure\'s extremum', () => {
  it('"a peak of $X", "peaked at", "the $9T peak", "a record $X", 峰值的X, X的高峰 carry the extremum', () => {
    expect(frameOf('Total assets have shrunk from a peak of $8.8 trillion in 2022 to $6.5 trillion.', '$8.8 trillion').frame.extremum?.kind).toBe('HIGHEST');
    expect(frameOf('The Fed balance sheet peaked at $8.8 trillion in 2022.', '$8.8 trillion').frame.extremum?.kind).toBe('HIGHEST');
    expect(frameOf('Total assets fell to $6.5T, down from the $8.8T peak in 2022.', '$8.8T').frame.extremum?.kind).toBe('HIGHEST');
    expect(frameOf('准备金较2021年12月峰值的4.2万亿美元下降。', '4.2万亿美元').frame.extremum?.kind).toBe('HIGHEST');
    expect(frameOf('聯準會資產負債表從2022年8.9兆美元的高峰下降。', '8.9兆美元').frame.extremum?.kind).toBe('HIGHEST');
    expect(frameOf('Reserves rose from a low of $2.8 trillion.', '$2.8 trillion').frame.extremum?.kind).toBe('LOWEST');
    expect(frameOf('Reserves were $2.8 trillion.', '$2.8 trillion').frame.extremum).toBeNull();
  });
});

describe('a difference and a rate are not levels', () => {
  it('"$X lower than announced", "the $X difference", 高出X are changes; 低於X (than X) is not', () => {
    expect(modes('The estimate is $18 billion lower than announced in May.')).toEqual(['$18 billion:CHANGE/DECREASE']);
    expect(modes('The $40 billion difference reflects higher receipts.')).toEqual(['$40 billion:CHANGE/-']);
    expect(modes('財政部現金較預估值高出600億美元。')).toEqual(['600億美元:CHANGE/INCREASE']);
    expect(modes('收入仍遠低於5.5萬億美元的支出。')).toEqual(['5.5萬億美元:LEVEL/-']);
  });

  it('縮表 before an amount makes it the amount run down (本輪縮表已進行約2萬億美元)', () => {
    expect(modes('美联储本轮缩表已进行约1.9万亿美元。')).toEqual(['1.9万亿美元:CHANGE/DECREASE']);
  });

  it('每周 and 日均 before an amount make it a flow per week or day', () => {
    expect(modes('每周损失GDP约12亿美元。')).toEqual(['12亿美元:FLOW/-']);
    expect(frameOf('国债日均增幅约60亿美元。', '60亿美元').frame.period).toBe('DAY');
  });
});

describe('a figure that names a line is not a level of the measure (the seed without its readings: 2.5萬億死亡線 was INCONSISTENT)', () => {
  it('a line word right after the figure, with no verb reaching or crossing it, makes the figure a line (OTHER)', () => {
    expect(modes('銀行準備金距離象徵系統性風險的2.5萬億美元死亡線僅一步之遙。')).toEqual(['2.5萬億美元:OTHER/-']);
    expect(modes('美联储理事沃勒曾警告，银行准备金的2.7万亿美元警戒线不可失守。')).toEqual(['2.7万亿美元:OTHER/-']);
    expect(modes('Bank reserves are edging toward the $2.5 trillion red line the Fed watches.')).toEqual(['$2.5 trillion:OTHER/-']);
  });

  it('a level written with a line word keeps its mode when a verb or a comparison carries it', () => {
    expect(modes('銀行準備金跌破2.8萬億美元警戒線。')).toEqual(['2.8萬億美元:CROSSED/DECREASE']);
    expect(modes('Bank reserves stayed above the $3 trillion line all year.')[0]).not.toMatch(/:OTHER\//);
    expect(modes('Bank reserves were at the $3 trillion level on Wednesday.')).toEqual(['$3 trillion:LEVEL/-']);
  });
});

describe('nearness to a named line is not a level either', () => {
  it('逼近 / "near" before a named line leaves the figure a line (its nearness is the NEAR_LINE assertion)', () => {
    expect(modes('銀行準備金正逼近2.5萬億美元死亡線。')).toEqual(['2.5萬億美元:OTHER/-']);
    expect(modes('Reserves are near the $2.5 trillion red line.')).toEqual(['$2.5 trillion:OTHER/-']);
  });
});
