import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/quantities/extract-quantities.ts';
import { frameOf } from '../support/frame-of.ts';

// Regression tests for the time-attribution defects found classifying every dev time miss of checks fresh5.yaml and
// fresh6.yaml (held out until 2026-12-07, tuning text since) and the rest of dev (time18, 2026-12-07 evening), each
// named after its defect. The sentences are written for the test in the manner of the dev documents.
const win = (start: string, end = start) => ({ start, end });

describe('"QT #1" read as a count of 1 that took the sentence\'s span, and as the QT under way', () => {
  it('the number after # names which one, it is no amount', () => {
    const q = extractQuantities('During QT #1 the balance sheet shrank.').find((x) => x.surface === '1');
    expect(q?.kind).toBe('ordinal');
  });
  it('"During QT #1 between November 2017 and August 2019, … dropped by $688 billion" is the change over that span', () => {
    const f = frameOf('During QT #1 between November 2017 and August 2019, the Fed’s total assets dropped by $688 billion.', '$688 billion', '2024-03-07');
    expect(f).toMatchObject({ window: win('2017-11-01', '2019-08-31'), timeSource: 'TEXT' });
  });
  it('"Note the cute little QT #1 between November 2017 and August 2019, when total assets dropped by $688 billion" too', () => {
    const f = frameOf('Note the cute little QT #1 between November 2017 and August 2019, when total assets dropped by $688 billion.', '$688 billion', '2023-09-07');
    expect(f.window).toEqual(win('2017-11-01', '2019-08-31'));
  });
  it('"During QT #1, … dropped by $688 billion" is the first QT in the table (2017–2019), not the one under way', () => {
    expect(frameOf('During QT #1, the Fed’s total assets dropped by $688 billion.', '$688 billion', '2024-03-07').window).toEqual(win('2017-10-01', '2019-07-31'));
    expect(frameOf('During QT-2, the Fed’s total assets dropped by $1.4 trillion.', '$1.4 trillion', '2024-03-07').window).toEqual(win('2022-06-01', '2024-03-07'));
  });
});

describe('"the previous figure" and "a week earlier" took the sentence\'s or the document\'s date', () => {
  it('"dropping from the previous figure of $3.062 trillion" is the release before the one of January 22 (the week 13 to 7 days before)', () => {
    const f = frameOf('As of January 22, 2026, reserve balances fell to $2.957 trillion, dropping from the previous figure of $3.062 trillion.', '$3.062 trillion', '2026-01-22');
    expect(f).toMatchObject({ window: win('2026-01-09', '2026-01-15'), timeSource: 'TEXT', timeText: 'the previous figure' });
  });
  it('"the previous recorded figure" in the sentence after the dated one counts from that date', () => {
    const f = frameOf('Reserve balances with Federal Reserve Banks rose to $3.541 trillion as of April 4, 2024. This marks an increase from the previous recorded figure of $3.472 trillion.', '$3.472 trillion', '2024-04-04');
    expect(f.window).toEqual(win('2024-03-22', '2024-03-28'));
  });
  it('"down from the previous level of $3.366 trillion" with no day named counts from the document\'s date', () => {
    expect(frameOf('Reserve balances fell to $3.269 trillion, down from the previous level of $3.366 trillion.', '$3.366 trillion', '2024-06-27').window).toEqual(win('2024-06-14', '2024-06-20'));
  });
  it('"$7.06 trillion as of July 1 versus $7.13 trillion a week earlier" dates the base 24 June', () => {
    const text = 'The Fed’s total balance sheet size declined by about $74 billion to $7.06 trillion as of July 1 versus $7.13 trillion a week earlier.';
    expect(frameOf(text, '$7.13 trillion', '2020-07-02').window).toEqual(win('2020-06-24'));
    expect(frameOf(text, '$7.06 trillion', '2020-07-02').window).toEqual(win('2020-07-01'));
  });
  it('"fell to $7.14 trillion on June 17 from $7.22 trillion a week earlier" dates the base 10 June', () => {
    expect(frameOf('The Fed’s balance sheet fell to $7.14 trillion on June 17 from $7.22 trillion a week earlier.', '$7.22 trillion', '2020-06-18').window).toEqual(win('2020-06-10'));
  });
});

describe('a since whose event is a phrase before its time ("Since the end of QE in April 2022") read as the month alone', () => {
  it('"Since peak-QE in January 2015, the Fed has shed $669 billion" is the change from January 2015 to the document', () => {
    expect(frameOf('Since peak-QE in January 2015, the Fed has shed $669 billion.', '$669 billion', '2019-06-06').window).toEqual(win('2015-01-01', '2019-06-06'));
  });
  it('"-$265 billion since the beginning of QT in July 2022" runs from July 2022 to the document', () => {
    expect(frameOf('Reserves: -$265 billion since the beginning of QT in July 2022, to $3.46 trillion.', '-$265 billion', '2024-06-06').window).toEqual(win('2022-07-01', '2024-06-06'));
  });
  it('"Since the bank panic in March, the Fed has reduced its assets by $632 billion" likewise', () => {
    expect(frameOf('Since the bank panic in March, the Fed has reduced its assets by $632 billion.', '$632 billion', '2023-09-07').window).toEqual(win('2023-03-01', '2023-09-07'));
  });
  it('a "since" that gives a reason with a verb is not a start', () => {
    const f = frameOf('Since the Treasury will rebuild its cash in August, the TGA could reach $850 billion.', '$850 billion', '2025-07-20');
    expect(f.window).toEqual(win('2025-08-01', '2025-08-31'));
  });
});

describe('"the same period", 同期, 在此期間 read as the document\'s date, or as a time another figure owns', () => {
  it('同期 after "2022年6月…,截至2025年11月初,…" is that span, not firm (SENTENCE_BEFORE)', () => {
    const text = '2022年6月美联储开始缩表,截至2025年11月初,美联储资产总规模已由8.9万亿美元降至6.6万亿美元。资产端的收缩对应负债端市场流动性的大规模回笼,同期ONRRP余额下降1.9万亿美元。';
    expect(frameOf(text, '1.9万亿美元', '2025-12-01')).toMatchObject({ window: win('2022-06-01', '2025-11-10'), timeSource: 'SENTENCE_BEFORE', timeText: '同期' });
  });
  it('在此期间 two lines after "(从 2023 年初到 2025 年底)" is that range (its 到 had made 2025 年底 a deadline of its own)', () => {
    const text = '这张图片展示了最近三年(从 2023 年初到 2025 年底)美联储总资产的变化趋势。\n\n先看现象:明显的反向趋势\n美联储资产(红线): 在此期间持续进行 QT,总资产规模下降了约 23.85%。';
    expect(frameOf(text, '23.85%', '2025-12-01')).toMatchObject({ window: win('2023-01-01', '2025-12-01'), timeSource: 'SENTENCE_BEFORE' });
  });
  it('a clause\'s 期間 after 2023/3/12 … 截至2024年5月8日 … 2023年12月 is the span they name, not the December another figure owns', () => {
    const text = '自矽谷銀行爆發危機後,美國聯準會(2023/3/12)釋出流動性,截至2024年5月8日貼現窗口累計增加16億美元、其他信用展延在2023年12月的第2周歸零,合計增加1,143億美元,期間整體資產負債表減少9,873億美元。';
    expect(frameOf(text, '9,873億美元', '2024-05-09')).toMatchObject({ window: win('2023-03-12', '2024-05-08'), timeSource: 'SENTENCE_BEFORE' });
  });
  it('"…dropped by $1.71 trillion over the same period" after a since is the since\'s span', () => {
    const text = 'Total liabilities have dropped by $1.71 trillion since the end of QE in April 2022, to $7.22 trillion. The liabilities have dropped in lockstep with the Fed’s assets, which have also dropped by $1.71 trillion over the same period.';
    const claims = frameOf(text.slice(text.indexOf('The liabilities')), '$1.71 trillion', '2024-06-06');
    expect(claims.timeSource).toBe('DOCUMENT_DATE'); // alone, nothing named before: the fallback
  });
  it('去年同期 and 同期相比 are still comparisons, not the span before', () => {
    expect(frameOf('美国财政部10月支出比去年同期增加1000亿美元。', '1000亿美元', '2025-11-20').timeText).not.toBe('同期');
  });
});

describe('a span before a move between two levels ("2008年至2022年間,…從X成長至Y") gave both ends the whole span', () => {
  const text = '2008年至2022年間,聯準會的資產從9,000億美元成長至9兆美元,此後回落至6.6兆美元。';
  it('the first level is the span\'s first part, the second its last', () => {
    expect(frameOf(text, '9,000億美元', '2026-01-31').window).toEqual(win('2008-01-01', '2008-12-31'));
    expect(frameOf(text, '9兆美元', '2026-01-31').window).toEqual(win('2022-01-01', '2022-12-31'));
  });
  it('"此後回落至6.6兆美元" is where it stands now, not the span', () => {
    expect(frameOf(text, '6.6兆美元', '2026-01-31')).toMatchObject({ window: win('2026-01-31'), timeSource: 'DOCUMENT_DATE', timeText: '此後' });
  });
  it('"From March 2020 through April 2022, … grew from $4.2 trillion to $9 trillion" likewise', () => {
    const en = "From March 2020 through April 2022, the Fed's balance sheet grew from $4.2 trillion to $9 trillion.";
    expect(frameOf(en, '$4.2 trillion', '2025-10-15').window).toEqual(win('2020-03-01', '2020-03-31'));
    expect(frameOf(en, '$9 trillion', '2025-10-15').window).toEqual(win('2022-04-01', '2022-04-30'));
  });
  it('a change over the span keeps the whole span', () => {
    expect(frameOf('2008年至2022年間,聯準會的資產增加了8.1兆美元。', '8.1兆美元', '2026-01-31').window).toEqual(win('2008-01-01', '2022-12-31'));
  });
});

describe('"during the Biden administration" dated nothing (no named period for a presidential term)', () => {
  it('"grew 30% during the Biden administration" is the change over 20 January 2021 – 20 January 2025', () => {
    expect(frameOf('The public debt outstanding grew 30% during the Biden administration.', '30%', '2025-08-13').window).toEqual(win('2021-01-20', '2025-01-20'));
  });
  it('拜登政府期間 likewise; the name alone ("The Biden administration added …") is no time', () => {
    expect(frameOf('拜登政府期間,美國國債增加了8.5兆美元。', '8.5兆美元', '2025-08-13').window).toEqual(win('2021-01-20', '2025-01-20'));
    expect(frameOf('The Biden administration added $8.5 trillion to the national debt.', '$8.5 trillion', '2025-08-13').timeSource).toBe('DOCUMENT_DATE');
  });
});

describe('a period with its first days or months (政府停摆在一个月内, 停擺20天內) dated nothing', () => {
  it('"政府停摆在一个月内…抽走了近 7000 亿美元" is the shutdown\'s first month (1–31 October 2025)', () => {
    expect(frameOf('有分析指出,政府停摆在一个月内从市场中抽走了近 7000 亿美元的流动性。', '7000 亿美元', '2025-11-05')).toMatchObject({ window: win('2025-10-01', '2025-10-31'), timeSource: 'TEXT' });
  });
  it('"政府停擺20天內,TGA增加了2000億美元" is its first twenty days', () => {
    expect(frameOf('政府停擺20天內,TGA增加了2000億美元。', '2000億美元', '2025-11-10').window).toEqual(win('2025-10-01', '2025-10-20'));
  });
  it('the name alone (停擺迫使…) is still no time', () => {
    expect(frameOf('停擺迫使財政部增加了2000億美元。', '2000億美元', '2025-11-10').timeSource).toBe('DOCUMENT_DATE');
  });
});

describe('a change compared with the year before a month\'s end (較前一年度, 9月底) read as the month\'s last days', () => {
  it('"在2024年9月底達到35.7萬億美元,較前一年度增加2.3萬億美元" is the change over the year to 30 September 2024', () => {
    expect(frameOf('美國國債在2024年9月底達到35.7萬億美元,較前一年度增加2.3萬億美元。', '2.3萬億美元', '2024-10-20').window).toEqual(win('2023-09-30', '2024-09-30'));
  });
});
