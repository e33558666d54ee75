import { describe, expect, it } from 'vitest';
import { namedPeriods, namedTimesIn } from '../../src/quantities/named-periods.ts';
import { timeExpressionsIn } from '../../src/quantities/time-expressions.ts';
import { frameOf } from '../support/frame-of.ts';

// Regression tests for the time-attribution defects of issue 18 found classifying every dev time miss at f1b6256
// (time18, 2026-12-07 afternoon): event-relative times and the slips around them, each named after its defect. The
// sentences are written for the test in the manner of the dev documents.
const win = (start: string, end = start) => ({ start, end });
const times = (text: string, date: string | null) => timeExpressionsIn(text, { start: 0, end: text.length }, date);
const named = (text: string, date: string | null) => namedTimesIn(text, { start: 0, end: text.length }, date);

describe('the table of named periods', () => {
  it('every occurrence has a source, and its days in order', () => {
    for (const p of namedPeriods()) {
      let last = '';
      for (const o of p.occurrences) {
        expect(o.source.length, `${p.id} ${o.from}`).toBeGreaterThan(10);
        expect(o.from > last, `${p.id} ${o.from}`).toBe(true);
        if (o.to) expect(o.to >= o.from).toBe(true);
        last = o.from;
      }
    }
  });
});

describe('an event-relative time ("since QT began", 本轮缩表, 川普上任周年) dated nothing', () => {
  it('"本次縮表行動第101周,…減少1兆5,602億美元" is the change since QT began (1 June 2022) to the document', () => {
    const f = frameOf('本次縮表行動第101周,整體資產負債表減少1兆5,602億美元。', '1兆5,602億美元', '2024-05-09');
    expect(f).toMatchObject({ window: win('2022-06-01', '2024-05-09'), timeSource: 'TEXT' });
  });
  it('"川普上任周年 美國國債增逾2兆美元" is the change since 20 January 2025', () => {
    expect(frameOf('川普上任周年，美國國債增逾2兆美元。', '2兆美元', '2026-01-22').window).toEqual(win('2025-01-20', '2026-01-22'));
  });
  it('"美國國家債務比他宣誓就職時激增約2.25兆美元" (he: Trump, named before) is the change since his inauguration', () => {
    const f = frameOf('美國總統川普的第二任期已屆滿周年，美國國家債務比他宣誓就職時激增約2.25兆美元。', '2.25兆美元', '2026-01-22');
    expect(f.window).toEqual(win('2025-01-20', '2026-01-22'));
  });
  it('"since the debt ceiling was lifted in July" is the span from 4 July 2025, the month written holding the day', () => {
    const f = frameOf('The U.S. Treasury has been rebuilding its cash pile back to over $800 billion since the debt ceiling was lifted in July.', '$800 billion', '2025-10-24');
    expect(f.window).toEqual(win('2025-07-04', '2025-10-24'));
  });
  it('"2025 年债务上限解决后,…余额从 3000 亿美元增至 8300 亿美元": the move starts at the event and reaches its end since', () => {
    const text = '例如,2025 年债务上限解决后,财政部重建 TGA 账户(如余额从 3000 亿美元增至 8300 亿美元)。';
    expect(frameOf(text, '3000 亿美元', '2025-11-26').window).toEqual(win('2025-07-04'));
    expect(frameOf(text, '8300 亿美元', '2025-11-26').window).toEqual(win('2025-07-04', '2025-11-26'));
  });
  it('"Fed在疫情期間…膨脹逾倍至9兆美元" is the pandemic, not the document\'s date', () => {
    expect(frameOf('Fed在疫情期間為了穩定市場而購債，使其資產負債表膨脹逾倍至9兆美元。', '9兆美元', '2025-09-13').window).toEqual(win('2020-03-11', '2023-05-05'));
  });
  it('a year written before the name chooses the occurrence: "the 2018-2019 shutdown"', () => {
    expect(named('compared to the $300 billion during the 2018-2019 shutdown period', '2025-11-07')[0]).toMatchObject({ window: win('2018-12-22', '2019-01-25'), since: false });
  });
});

describe('a named period read where it is no time, or where another time dates it', () => {
  it('the name alone is the event: "停擺迫使財政部…", "This shutdown affected…", "As a result of this quantitative tightening"', () => {
    expect(named('停擺迫使財政部將餘額推高至突破1兆美元。', '2025-11-05')).toEqual([]);
    expect(named('This shutdown affected 1.25 million workers.', '2025-11-18')).toEqual([]);
    expect(named('As a result of this quantitative tightening, the balance sheet shrank.', '2023-11-17')).toEqual([]);
  });
  it('"比疫情前的預測提早了數年" is before the pandemic, not since it', () => {
    expect(named('美國國債超過37萬億美元的時間比疫情前的預測提早了數年。', '2025-08-13')).toEqual([]);
  });
  it('"when QT started in July 2022": the writer\'s own month dates the event, not the table', () => {
    expect(times('Reserves are still where they had been when QT started in July 2022.', '2024-12-21').map((t) => t.period?.id ?? t.text)).toEqual(['July 2022']);
  });
  it('"自2022年6月Fed開始縮表以來": the month written dates it, the name is left to it', () => {
    expect(named('自2022年6月Fed開始縮表以來,準備金減少了5000億美元。', '2025-12-31')).toEqual([]);
  });
  it('"after the shutdown": after its end or since its start is a guess, not read', () => {
    expect(named('After the shutdown, the TGA fell to $900 billion.', '2025-12-01')).toEqual([]);
  });
  it('a shutdown named without a year long after the last one is ambiguous', () => {
    expect(named('During the shutdown, the TGA rose.', '2024-06-01')).toEqual([]);
  });
  it('no document date, no reading', () => {
    expect(named('停擺期間,餘額猛增。', null)).toEqual([]);
  });
});

describe('a stated span inside a named period was counted back from the period\'s end', () => {
  it('"停摆期间…,20 天内抽离市场流动性超 2000 亿美元" keeps the whole shutdown for the check to find the 20 days in', () => {
    const f = frameOf('停摆期间财政部持续收款,但支出冻结,20 天内抽离市场流动性超 2000 亿美元。', '2000 亿美元', '2025-11-14');
    expect(f.window).toEqual(win('2025-10-01', '2025-11-12'));
  });
});

describe('a share took the time of the amount it is a share of', () => {
  it('"shed 49.5% of the $4.81 trillion accumulated during the pandemic-era QE": the period is the $4.81 trillion\'s', () => {
    const f = frameOf('The Fed has shed 49.5% of the $4.81 trillion accumulated during the pandemic-era quantitative easing.', '49.5%', '2025-10-03');
    expect(f.timeSource).toBe('DOCUMENT_DATE');
  });
});

describe('a range\'s second quarter without a year took the document\'s year', () => {
  it('"2021 Q1–Q3" is January to September 2021, not to September 2025', () => {
    expect(times('2021 Q1–Q3 持续下降', '2025-10-15')[0]).toMatchObject({ window: win('2021-01-01', '2021-09-30') });
  });
});

describe('"the previous week" was the last seven days, not the week before the one reported', () => {
  it('"from the $6 billion reduction the previous week" (a Friday text) is the change over the week ending the Wednesday before last', () => {
    const f = frameOf('In the last week, the Fed drew down its balance sheet by $46 billion, a substantial increase from the $6 billion reduction the previous week.', '$6 billion', '2023-11-17');
    expect(f.window).toEqual(win('2023-11-03', '2023-11-10'));
  });
  it('"the past week" is still the seven days to the document', () => {
    expect(times('Reserves rose over the past week.', '2023-11-17')[0]).toMatchObject({ window: win('2023-11-11', '2023-11-17') });
  });
});

describe('前一交易日 and "the previous session" were not read, and the figure took the head\'s day', () => {
  it('"周五,…总计2.012万亿美元,比前一交易日的1.992万亿美元增加了约194亿美元": 1.992万亿 is Thursday\'s', () => {
    const text = '周五,约104位参与者对美联储的隔夜逆回购协议工具的使用量总计2.012万亿美元,比前一交易日的1.992万亿美元增加了约194亿美元。';
    expect(frameOf(text, '1.992万亿美元', '2023-06-17').window).toEqual(win('2023-06-15'));
    expect(frameOf(text, '2.012万亿美元', '2023-06-17').window).toEqual(win('2023-06-16'));
  });
  it('the previous trading day of a Monday is the Friday before', () => {
    const t = times('On Monday, May 5, 2025, balances fell from the previous trading day.', '2025-05-06').find((x) => /previous/.test(x.text));
    expect(t?.window).toEqual(win('2025-05-02'));
  });
});

describe('a time another figure owns in a clause comparing with it was shared as the sentence\'s only time', () => {
  it('"逆回购规模骤降至41亿美元,与2023年2.5万亿美元的峰值相比": 2023 is the peak\'s, not 41亿\'s', () => {
    const text = '美联储逆回购规模骤降至41亿美元,与2023年2.5万亿美元的峰值相比,堪称天壤之别。';
    expect(frameOf(text, '41亿美元', '2025-10-16').timeSource).toBe('DOCUMENT_DATE');
  });
});

describe('a change took its start from a span another figure owns', () => {
  it('"From December 20 to December 31, 2024, the RRP rose by $375 billion, before decreasing by $234 billion on Thursday"', () => {
    const text = 'During the period from December 20 to December 31, 2024, the RRP balance rose by $375 billion, before decreasing by $234 billion on Thursday.';
    expect(frameOf(text, '$234 billion', '2025-01-03').window).toEqual(win('2024-12-31', '2025-01-02'));
  });
});

describe('a start (从2022年开始, 自…起), "the beginning of the year", a comparison with then and "the final trading day of" were not times of their kind', () => {
  it('"从2022年开始的QT持续抽走流动性,准备金已缩水超2万亿美元" is the change since 2022', () => {
    expect(frameOf('但从2022年开始的“量化紧缩”(QT)持续抽走流动性,准备金已缩水超2万亿美元。', '2万亿美元', '2025-11-21').window).toEqual(win('2022-01-01', '2025-11-21'));
  });
  it('"a cumulative decrease of approximately $1.505 trillion since the beginning of the year" is the change since 1 January', () => {
    const text = 'This marks a significant reduction, with a cumulative decrease of approximately $1.505 trillion since the beginning of the year.';
    expect(frameOf(text, '$1.505 trillion', '2024-11-07').window).toEqual(win('2024-01-01', '2024-11-07'));
  });
  it('"相較於聯準會在 2022 年 6 月開始縮減資產負債表時的水準,這代表減少了約 5,000 億美元" is the change since June 2022', () => {
    const text = '準備金約為2.9兆美元。相較於聯準會在 2022 年 6 月開始縮減資產負債表時的水準,這代表減少了約 5,000 億美元。';
    expect(frameOf(text, '5,000 億美元', '2025-12-31').window).toEqual(win('2022-06-01', '2025-12-31'));
  });
  it('"a peak of $2.6 trillion on the final trading day of 2022" is Friday 30 December 2022', () => {
    expect(times('a long grind down from a peak of $2.6 trillion on the final trading day of 2022.', '2025-08-29')[0]).toMatchObject({ window: win('2022-12-30') });
  });
  it('"自2022年起,…將資產負債表從9兆美元縮減至目前的6.5兆美元": the move\'s first figure is 2022\'s, not the span to now', () => {
    const f = frameOf('自2022年起,聯準會透過不再回補到期的國債,將資產負債表從9兆美元縮減至目前的6.5兆美元。', '9兆美元', '2025-12-11');
    expect(f.window).toEqual(win('2022-01-01', '2022-12-31'));
  });
});

describe('a day before took a since\'s day ("创下4月28日以来最高水平。较前一天增加…") and the calendar day before', () => {
  it('"較前一天增加約1160億美元" after "周四上升至2500亿美元,创下4月28日以来最高水平" runs from Wednesday', () => {
    const text = '据周五公布的数据,美国财政部的现金余额周四上升至2500亿美元,创下4月28日以来最高水平。较前一天增加约1160亿美元,为自2022年4月报税截止日以来的最大跃升。';
    expect(frameOf(text, '1160亿美元', '2023-06-17').window?.start).toBe('2023-06-14');
  });
  it('"the previous day" of the Tuesday after Memorial Day is the Friday before', () => {
    const t = times('On Tuesday, May 30, the balance fell; the previous day it had risen.', '2023-05-31').find((x) => /previous/.test(x.text));
    expect(t?.window).toEqual(win('2023-05-26'));
  });
});

describe('年初 alone was no time', () => {
  it('"余额从年初的近2万亿美元骤降至不足千亿美元": 年初 is the base\'s, the level reached is the document\'s now', () => {
    const text = '与此同时,货币市场基金大规模撤出美联储的隔夜逆回购工具(ON RRP),余额从年初的近2万亿美元骤降至不足千亿美元。';
    expect(frameOf(text, '2万亿美元', '2025-11-21').window).toEqual(win('2025-01-01', '2025-04-30'));
    expect(frameOf(text, '千亿美元', '2025-11-21').timeSource).toBe('DOCUMENT_DATE');
  });
  it('"2025年初" and "今年年初" keep their own readings', () => {
    expect(times('2025年初突破36万亿美元', '2025-03-28')[0]).toMatchObject({ text: '2025年初' });
    // (read whole since the fresh7/fresh8 pass: 今年年初 is this year's early part, never 年初 alone beside 今年)
    expect(times('今年年初', '2025-03-28').map((t) => t.text)).toEqual(['今年年初']);
    expect(times('今年年初', '2025-03-28')[0]!.window).toEqual({ start: '2025-01-01', end: '2025-04-30' });
  });
});

describe('the sentence\'s only time was shared across a semicolon', () => {
  it('"近月…回收的逾7,000億美元現金…;一旦…形塑類似2021年初的「隱形QE」效應": early 2021 is not the 7,000億\'s', () => {
    const text = '近月財政面從市場回收的逾7,000億美元現金,等同於「事實上的加息」;一旦國會達成協議,財政部勢必動用TGA快速撥付,形塑類似2021年初的「隱形QE」效應。';
    expect(frameOf(text, '7,000億美元', '2025-11-05').timeSource).toBe('DOCUMENT_DATE');
  });
});

describe('a time standing before another dated figure was preferred to the one right after the figure', () => {
  it('"But in November, …declined by $37 billion in November, to $6.53 trillion, according to the Fed\'s weekly balance sheet today"', () => {
    const text = "But in November, QT continued, and the Fed's total balance sheet declined by $37 billion in November, to $6.53 trillion, according to the Fed's weekly balance sheet today.";
    expect(frameOf(text, '$6.53 trillion', '2025-12-04').window).toEqual(win('2025-12-04'));
  });
});

describe('a list item took no time from its list\'s head, only from the item before it', () => {
  it('"截至10月22日当周:" heads "● 准备金…" and "● TGA…": each item is that week\'s, not firm (SENTENCE_BEFORE)', () => {
    const text = '美联储资产负债表数据,截至2025年10月22日当周:\n● 银行准备金余额降至2.93万亿美元\n● 财政部一般账户(TGA)余额升至9580亿美元\n';
    for (const surface of ['2.93万亿美元', '9580亿美元']) {
      expect(frameOf(text, surface, '2025-10-24')).toMatchObject({ window: win('2025-10-22'), timeSource: 'SENTENCE_BEFORE' });
    }
  });
});

describe('"on Tax Day" was no time', () => {
  it('"US Treasury\'s Cash Pile Jumps $108 Billion on Tax Day" (a 19 April 2023 text) is the change on 18 April 2023', () => {
    expect(frameOf('US Treasury’s Cash Pile Jumps $108 Billion on Tax Day\nThe Treasury’s cash rose.', '$108 Billion', '2023-04-19').window).toEqual(win('2023-04-17', '2023-04-18'));
  });
  it('"自2022年4月报税截止日以来": the month written dates it, the table does not', () => {
    expect(named('为自2022年4月报税截止日以来的最大跃升', '2023-06-17')).toEqual([]);
  });
});
