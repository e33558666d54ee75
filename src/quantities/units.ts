/**
 * Unit words written after a number, and what they normalise to. Read in order, first match wins
 * (longer words first). `scale` multiplies the value (丈 → metres, 成 → percent, decades → years);
 * `people` marks counts of persons; `yuan` defers 元 to the document (TWD in Taiwanese text, else CNY).
 */
export interface UnitWord {
  re: RegExp;
  /**
   * The characters a match's word can start with (after the optional space or hyphen), when its alternatives say so
   * plainly; absent: any (the word is always tried).
   */
  starts?: ReadonlySet<number>;
  unit: string;
  kind?: 'fraction';
  scale?: number;
  above?: boolean;
  /** Counters read only after Arabic digits or numerals other than 一 (三個引擎, 一個問題 are not counts). */
  counter?: boolean;
}

const zh = (words: string, unit: string, extra: Partial<UnitWord> = {}): UnitWord => withStarts({ re: new RegExp(`^\\s?(?:${words})`), unit, ...extra }, words, false);
const en = (words: string, unit: string, extra: Partial<UnitWord> = {}): UnitWord => withStarts({ re: new RegExp(`^[\\s-]?(?:${words})\\b`, 'i'), unit, ...extra }, words, true);

/**
 * `w` with the characters its words start with: the first character of each top-level alternative of `words` (both
 * cases for a case-insensitive word), or none when an alternative opens with a group, an escape or an optional
 * character (then the word is always tried). A character class opening an alternative gives its characters.
 */
function withStarts(w: UnitWord, words: string, caseless: boolean): UnitWord {
  const starts = new Set<number>();
  let depth = 0;
  let begin = true;
  for (let i = 0; i < words.length; i++) {
    const c = words[i] as string;
    if (begin) {
      begin = false;
      if ('(\\.|^$)'.includes(c) || '?*{'.includes(words[i + 1] ?? ' ')) return w;
      if (c === '[') {
        const close = words.indexOf(']', i);
        const body = words.slice(i + 1, close);
        if (close < 0 || /[\\^-]/.test(body) || '?*{'.includes(words[close + 1] ?? ' ')) return w;
        for (const x of body) for (const y of caseless ? [x.toLowerCase(), x.toUpperCase()] : [x]) starts.add(y.charCodeAt(0));
        i = close;
        continue;
      }
      for (const y of caseless ? [c.toLowerCase(), c.toUpperCase()] : [c]) {
        if (y.length !== 1) return w;
        starts.add(y.charCodeAt(0));
      }
      continue;
    }
    if (c === '\\') i++;
    else if (c === '[') i = Math.max(i, words.indexOf(']', i));
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) begin = true;
  }
  // (an empty last alternative matches anywhere)
  return begin ? w : { ...w, starts };
}

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

/**
 * The unit words that can start at each character, in their order (with every word whose starts are not known): a
 * number's unit is looked for among the few words its next characters can open instead of all ~80 patterns (issue 18,
 * reading throughput).
 */
const TRIED_AT = new Map<number, readonly UnitWord[]>();
const ALWAYS = UNIT_WORDS.filter((w) => !w.starts);
for (const w of UNIT_WORDS) for (const c of w.starts ?? []) TRIED_AT.set(c, []);
for (const c of TRIED_AT.keys()) TRIED_AT.set(c, UNIT_WORDS.filter((w) => !w.starts || w.starts.has(c)));
/** A character every word may stand behind (the patterns' optional `\\s` or `[\\s-]`). */
const BEFORE_WORD = /^[\s-]/;

/** The first unit word at the start of `after`, with the length it covers. */
export function unitAfter(after: string): { word: UnitWord; length: number } | undefined {
  const first = TRIED_AT.get(after.charCodeAt(0)) ?? ALWAYS;
  // After a space or a hyphen the word may start at the next character: the words of either, in their order.
  const words = BEFORE_WORD.test(after) ? merged(first, TRIED_AT.get(after.charCodeAt(1)) ?? ALWAYS) : first;
  for (const word of words) {
    const m = word.re.exec(after);
    if (m) return { word, length: m[0].length };
  }
  return undefined;
}

/** Every unit word (for the test that holds unitAfter to trying them all in order). */
export function unitAfterTryingAll(after: string): { word: UnitWord; length: number } | undefined {
  for (const word of UNIT_WORDS) {
    const m = word.re.exec(after);
    if (m) return { word, length: m[0].length };
  }
  return undefined;
}

const ORDER = new Map(UNIT_WORDS.map((w, i) => [w, i]));
/** Two lists of unit words, each in UNIT_WORDS' order, as one in that order without repeats. */
function merged(a: readonly UnitWord[], b: readonly UnitWord[]): readonly UnitWord[] {
  if (a === b) return a;
  const out: UnitWord[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const ox = x ? (ORDER.get(x) as number) : Infinity;
    const oy = y ? (ORDER.get(y) as number) : Infinity;
    if (ox <= oy) {
      out.push(x as UnitWord);
      i++;
      if (ox === oy) j++;
    } else {
      out.push(y as UnitWord);
      j++;
    }
  }
  return out;
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
