import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/quantities/extract-quantities.ts';

/** The one quantity found in `text`, as [surface, value, upper, unit, kind, qualifier, direction, calendar] without the blanks. */
function only(text: string) {
  const found = extractQuantities(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const q = found[0]!;
  expect(text.slice(q.start, q.end)).toBe(q.surface);
  return q;
}

describe('extractQuantities: numbers the way people write them (issue 12)', () => {
  it.each([
    ['興建兩座電廠', '兩座', 2, 'count'],
    ['共有三名工人受傷', '三名', 3, 'people'],
    ['分一次付清', '一次', 1, 'count'],
    ['八成民眾支持', '八成', 80, '%'],
    ['為期三周的展覽', '三周', 3, 'weeks'],
    ['兩個月後再議', '兩個月', 2, 'months'],
    ['第四十屆年會', '第四十屆', 40, 'ordinal'],
    ['三分之一的人', '三分之一', 100 / 3, '%'],
    ['百分之五十的機率', '百分之五十', 50, '%'],
    ['升息25個基點', '25個基點', 25, 'bp'],
    ['加權指數收在26,434.94點', '26,434.94點', 26434.94, 'points'],
    ['大樓高508公尺', '508公尺', 508, 'm'],
    ['佔地20公頃', '20公頃', 20, 'ha'],
    ['全年用電100度', '100度', 100, 'kWh'],
    ['裝置容量500瓩', '500瓩', 500, 'kW'],
    ['重50公斤', '50公斤', 50, 'kg'],
    ['市值48兆3,641億元', '48兆3,641億元', 48.3641e12, 'CNY'],
    ['損失計 30 億 3,468 萬元', '30 億 3,468 萬元', 3.03468e9, 'CNY'],
    ['每人GDP 2萬4337美元', '2萬4337美元', 24337, 'USD'],
    ['一點二公頃的農田', '一點二公頃', 1.2, 'ha'],
  ])('%s → %s = %d %s', (text, surface, value, unit) => {
    const q = only(text);
    expect(q.surface).toBe(surface);
    expect(q.value).toBeCloseTo(value, 6);
    expect(q.unit).toBe(unit);
  });

  it('reads 元 as New Taiwan dollars in Taiwanese text', () => {
    expect(extractQuantities('台股下跌,台積電收1,865元。').map((q) => q.unit)).toEqual(['TWD']);
  });

  it('keeps 多 / 餘 / 左右 / 不足 / 上下 / 以上 as bounds', () => {
    expect(only('二千多人參加').qualifier).toBe('ABOVE');
    expect(only('倒塌房屋1.2萬餘間').qualifier).toBe('ABOVE');
    expect(only('約為5%').qualifier).toBe('ABOUT');
    expect(only('不足一成').qualifier).toBe('BELOW');
    expect(only('十二公頃左右').qualifier).toBe('ABOUT');
    expect(only('人數在50萬上下').qualifier).toBe('ABOUT');
    expect(only('雨量2000毫米以上').qualifier).toBe('AT_LEAST');
  });

  it('converts era years and keeps what was written', () => {
    const years = extractQuantities('民國114年、明治28年、昭和20年、令和5年、乾隆六年、嘉慶元年、光緒二十一年').map((q) => [q.surface, q.value, q.calendar]);
    expect(years).toEqual([
      ['民國114年', 2025, 'ROC'], ['明治28年', 1895, 'meiji'], ['昭和20年', 1945, 'showa'], ['令和5年', 2023, 'reiwa'],
      ['乾隆六年', 1741, 'qianlong'], ['嘉慶元年', 1796, 'jiaqing'], ['光緒二十一年', 1895, 'guangxu'],
    ]);
  });

  it('reads a bare 民國 year in Taiwanese text but not a duration', () => {
    const [roc, duration] = extractQuantities('主計總處預測107年經濟成長2.42%,距今剛好120年。').filter((q) => q.unit.startsWith('year'));
    expect([roc!.value, roc!.unit, roc!.calendar]).toEqual([2018, 'year', 'ROC']);
    expect([duration!.value, duration!.unit]).toEqual([120, 'years']);
    expect(extractQuantities('清中叶的111年间').map((q) => [q.value, q.unit])).toEqual([[111, 'years']]);
  });

  it('reads centuries and decades as ranges of years', () => {
    expect(extractQuantities('21世紀與1990年代').map((q) => [q.value, q.upper])).toEqual([[2001, 2100], [1990, 1999]]);
  });

  it('tells a fall from a rise and a level reached', () => {
    expect(only('股價暴跌4.2%').direction).toBe('FALL');
    expect(only('出口年增4.54%').direction).toBe('RISE');
    expect(only('市值降至33.71兆元').direction).toBeUndefined();
    expect(only('The Fed cut rates by 25 basis points.').direction).toBe('FALL');
    expect(only('Employment rose by 252,000.').direction).toBe('RISE');
    expect(only('The rate declined to 3.9 percent.').direction).toBeUndefined();
  });

  it('reads English dates, ranges, levels and basis points', () => {
    expect(extractQuantities('On Dec 3 and 3 December 2025').map((q) => [q.value, q.unit])).toEqual([[1203, 'date'], [20251203, 'date']]);
    expect(extractQuantities('On Dec 3', { documentDate: '2025-11-20' })[0]!.date).toBe('2025-12-03');
    const range = only('Spending of $600–700 billion is planned.');
    expect([range.value, range.upper, range.unit]).toEqual([6e11, 7e11, 'USD']);
    const level = only('Reserves rose back up to $2.9 trillion.');
    expect([level.value, level.qualifier, level.direction]).toEqual([2.9e12, undefined, undefined]);
    expect(only('a 50 basis points hike').unit).toBe('bp');
    expect(only('ranged from 3.9 percent to 4.1 percent').upper).toBe(4.1);
    expect(extractQuantities('rose from 3.9 percent to 4.0 percent').map((q) => q.value)).toEqual([3.9, 4]);
  });

  it('leaves names, codes, citations, idioms and headings alone', () => {
    for (const text of ['台積電（2330）收黑', '兆豐投顧表示', '九二一地震以來', '二次大戰結束', '一時間人心惶惶', '這一時期的記載[3]:4', '日經225指數', 'GPT-5 and COVID-19', '第一章 背景']) {
      expect(extractQuantities(text), text).toEqual([]);
    }
  });

  it('splits English sentences at full stops but not inside numbers', () => {
    const [a, b] = extractQuantities('Rates rose 4.2%. Then 3 banks failed.');
    expect([a!.value, b!.value]).toEqual([4.2, 3]);
  });
});
