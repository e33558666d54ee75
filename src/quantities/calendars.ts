/**
 * Era years as written in Chinese-language text, converted to Gregorian years: 民國 (the Republic of
 * China calendar, year 1 = 1912), Japanese eras, and Qing and late-Ming reign titles. Year 1 of an
 * era is its first year (元年), so `eraYear('乾隆', 6)` = 1741. Reign years are counted the traditional
 * way (the first full lunar year of a reign); the small offset against the solar year is not modelled.
 */
export const ERAS: Record<string, { first: number; calendar: string }> = {
  民國: { first: 1912, calendar: 'ROC' }, 民国: { first: 1912, calendar: 'ROC' },
  明治: { first: 1868, calendar: 'meiji' }, 大正: { first: 1912, calendar: 'taisho' }, 昭和: { first: 1926, calendar: 'showa' },
  平成: { first: 1989, calendar: 'heisei' }, 令和: { first: 2019, calendar: 'reiwa' },
  萬曆: { first: 1573, calendar: 'wanli' }, 万历: { first: 1573, calendar: 'wanli' }, 崇禎: { first: 1628, calendar: 'chongzhen' }, 崇祯: { first: 1628, calendar: 'chongzhen' },
  順治: { first: 1644, calendar: 'shunzhi' }, 顺治: { first: 1644, calendar: 'shunzhi' }, 康熙: { first: 1662, calendar: 'kangxi' },
  雍正: { first: 1723, calendar: 'yongzheng' }, 乾隆: { first: 1736, calendar: 'qianlong' }, 嘉慶: { first: 1796, calendar: 'jiaqing' },
  嘉庆: { first: 1796, calendar: 'jiaqing' }, 道光: { first: 1821, calendar: 'daoguang' }, 咸豐: { first: 1851, calendar: 'xianfeng' },
  咸丰: { first: 1851, calendar: 'xianfeng' }, 同治: { first: 1862, calendar: 'tongzhi' }, 光緒: { first: 1875, calendar: 'guangxu' },
  光绪: { first: 1875, calendar: 'guangxu' }, 宣統: { first: 1909, calendar: 'xuantong' }, 宣统: { first: 1909, calendar: 'xuantong' },
};

/** Alternation of the era names, longest first, for the scanner. */
export const ERA_PATTERN = Object.keys(ERAS).sort((a, b) => b.length - a.length).join('|');

export function eraYear(era: string, year: number): { value: number; calendar: string } | undefined {
  const e = ERAS[era];
  return e ? { value: e.first + year - 1, calendar: e.calendar } : undefined;
}

/**
 * Text that dates itself in the 民國 calendar without saying so (Taiwanese news: 114年11月21日,
 * 107年全年): Traditional-script Taiwan markers. The scanner then reads a bare two- or three-digit
 * 年 that is plausible as a 民國 year as one.
 */
export const TAIWAN_MARKERS = /新[台臺]幣|[台臺]幣|[台臺]股|民國|行政院|主計總處|[台臺]灣/;

/** The latest 民國 year read implicitly: a bare 120年 is a duration, not 2031. */
export const LATEST_IMPLICIT_ROC_YEAR = 116;
