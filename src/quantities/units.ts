/**
 * Unit words written after a number, and what they normalise to. Read in order, first match wins
 * (longer words first). `scale` multiplies the value (丈 → metres, 成 → percent, decades → years);
 * `people` marks counts of persons; `yuan` defers 元 to the document (TWD in Taiwanese text, else CNY).
 */
export interface UnitWord {
  re: RegExp;
  unit: string;
  kind?: 'fraction';
  scale?: number;
  above?: boolean;
  /** Counters read only after Arabic digits or numerals other than 一 (三個引擎, 一個問題 are not counts). */
  counter?: boolean;
}

const zh = (words: string, unit: string, extra: Partial<UnitWord> = {}): UnitWord => ({ re: new RegExp(`^\\s?(?:${words})`), unit, ...extra });
const en = (words: string, unit: string, extra: Partial<UnitWord> = {}): UnitWord => ({ re: new RegExp(`^[\\s-]?(?:${words})\\b`, 'i'), unit, ...extra });

export const UNIT_WORDS: UnitWord[] = [
  zh('元人民幣|元人民币|人民幣|人民币', 'CNY'),
  zh('美元|美金', 'USD'), zh('港元|港幣|港币', 'HKD'), zh('歐元|欧元', 'EUR'), zh('日圓|日元|日幣|日币', 'JPY'),
  zh('新[台臺]幣|[台臺]幣', 'TWD'), zh('元', 'yuan'),
  zh('個百分點|个百分点|百分點|百分点', 'pp'), zh('個基點|个基点|基點|基点', 'bp'),
  zh('%|％', '%'), zh('倍', 'x', { kind: 'fraction' }),
  zh('成(?![本員员立功果交就])', '%', { kind: 'fraction', scale: 10 }),
  // Rates and scales before the plain lengths they start with: 35米/秒 is a speed, 970百帕 a pressure, 33℃ a temperature.
  zh('米/秒|米每秒|公尺/秒|公尺每秒|m/s', 'm/s'), zh('公里/小[時时]|公里每小[時时]|千米/小[時时]|km/h', 'km/h'),
  zh('人/平方公里|人每平方公里', 'people/km2'), zh('人/平方英里|人每平方英里', 'people/mi2'),
  zh('百帕|hPa|毫巴', 'hPa'), zh('℃|°C|攝氏度|摄氏度', 'degC'), zh('℉|°F|華氏度|华氏度', 'degF'),
  zh('個季度|个季度', 'months', { scale: 3 }), zh('立方公里', 'km3'), zh('立方米|立方公尺', 'm3'), zh('㎞', 'km'), zh('平方公里|平方千米', 'km2'), zh('平方公尺|平方米', 'm2'), zh('公頃|公顷', 'ha'), zh('公里|千米', 'km'),
  zh('毫米|公釐|公厘', 'mm'), zh('公分|厘米', 'cm'), zh('公尺|米(?![價价飯饭粒])', 'm'), zh('公斤|千克', 'kg'), zh('噸|吨', 't'),
  zh('度[電电]', 'kWh'), zh('瓩', 'kW'), zh('哩', 'mi'), zh('度(?![假過过])', 'deg'), zh('級|级', 'level'), zh('丈', 'm', { scale: 10 / 3 }),
  zh('個多月|个多月', 'months', { above: true }), zh('個月|个月', 'months'),
  zh('個交易日|个交易日|交易日', 'days'), zh('個多小時|个多小时', 'hours', { above: true }), zh('個小時|个小时|小時|小时', 'hours'),
  zh('分鐘|分钟', 'minutes'), zh('歲|岁', 'years'), zh('週|周(?![邊边年期])|星期|禮拜|礼拜', 'weeks'), zh('天', 'days'),
  zh('個多世紀|个多世纪', 'years', { scale: 100, above: true }), zh('個世紀|个世纪', 'years', { scale: 100 }),
  zh('點|点', 'points'), zh('人次|人|名', 'people'), zh('位(?![數数置於于])', 'people', { counter: true }),
  zh('個|个', 'count', { counter: true }),
  zh('戶|户|件|處|处|隻|只|頭|头|間|间|座|次|張|张|家|項|项|艘|架|輛|辆|棟|栋|所|條|条|顆|颗|枚|宗|篇|份|批|縣市|县|縣|乡镇|鄉鎮|國|国|省|朝|面|番|場|场|大(?=[\u4e00-\u9fff])', 'count', { counter: true }),
  en('percentage[- ]points?', 'pp'), en('basis[- ]points?|bps', 'bp'), en('percent|per cent|pct', '%'), { re: /^\s?(?:%|％)/, unit: '%' },
  en('points?|pts', 'points'), en('times', 'x', { kind: 'fraction' }), en('x', 'x', { kind: 'fraction' }),
  en('km/h|kph|kilomet(?:er|re)s per hour', 'km/h'), en('mph|miles per hour', 'mi/h'), en('m/s|met(?:er|re)s per second', 'm/s'),
  en('hPa|hectopascals?|millibars?', 'hPa'),
  { re: /^\s?(?:people|persons|residents|inhabitants) (?:per|a|each) (?:square kilomet(?:er|re)|sq\.? ?km|km2|km²)(?![A-Za-z0-9])/i, unit: 'people/km2' },
  { re: /^\s?(?:people|persons|residents|inhabitants) (?:per|a|each) (?:square mile|sq\.? ?mi)\b/i, unit: 'people/mi2' },
  en('people|persons|person', 'people'), { re: /^\s?(?:km2|km²|sq\.? ?km|square kilomet(?:er|re)s?)(?![A-Za-z0-9])/i, unit: 'km2' }, { re: /^\s?(?:sq\.? ?mi|square miles?)\b/i, unit: 'mi2' }, en('kilometres|kilometers|km', 'km'), en('miles', 'mi'), en('metres|meters', 'm'),
  en('tonnes|tons', 't'), en('gigawatts|GW', 'GW'), en('megawatts|MW', 'MW'), en('magnitude', 'magnitude'),
  en('decades?', 'years', { scale: 10 }), en('centuries|century', 'years', { scale: 100 }),
  en('years?|yrs', 'years'), en('months?', 'months'), en('weeks?', 'weeks'), en('days?', 'days'), en('hours?', 'hours'),
  en('minutes?', 'minutes'), en('seconds?', 'seconds'), en('dollars?|USD', 'USD'), en('cents?', 'USD', { scale: 0.01 }), en('euros|EUR', 'EUR'),
];

/** The first unit word at the start of `after`, with the length it covers. */
export function unitAfter(after: string): { word: UnitWord; length: number } | undefined {
  for (const word of UNIT_WORDS) {
    const m = word.re.exec(after);
    if (m) return { word, length: m[0].length };
  }
  return undefined;
}

const KIND_OF_UNIT: Record<string, string> = {
  USD: 'money', HKD: 'money', CNY: 'money', EUR: 'money', JPY: 'money', TWD: 'money',
  '%': 'percent', pp: 'percent', bp: 'percent', x: 'fraction',
  years: 'duration', months: 'duration', weeks: 'duration', days: 'duration', hours: 'duration', minutes: 'duration', seconds: 'duration',
  year: 'year', date: 'date', month: 'date', day: 'date', time: 'date', ordinal: 'ordinal', count: 'count', people: 'count',
};

/** The kind of a quantity with this unit (flows such as USD/month take their base unit's kind). */
export function kindOfUnit(unit: string): string {
  if (unit.startsWith('people/')) return 'measure'; // a density (people/km2), not a count of people
  return KIND_OF_UNIT[unit.split('/')[0] as string] ?? 'measure';
}
