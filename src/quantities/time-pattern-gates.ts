/**
 * For the time reader's patterns (time-expressions.ts), words one of which every match of a pattern holds: a sentence
 * holding none of them cannot hold a match, so the pattern is not run there (issue 18, reading throughput: each
 * pattern costs about a microsecond per sentence even when it finds nothing, and most sentences hold none of a
 * pattern's words). Latin words are compared with the sentence in lower case; the patterns are case-insensitive only
 * in ASCII (no `u` flag), so a match's letters are ASCII letters in either case.
 *
 * A gate is keyed by its pattern's flags and source, so a pattern that is added or edited has no gate and is always
 * run until someone writes one for it: a gate can go stale only by making reading slower, never by changing what it
 * reads. test/quantities/time-pattern-gates.test.ts checks every gate names a pattern that exists and that every
 * match of a gated pattern on the evaluation texts holds one of its words.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The pattern each gate is for, by its first words (for people; the key is the hash of the whole). */
const GATES: [key: string, pattern: string, words: readonly string[]][] = [
  ['b2b839bf', 'the week ending October 29', ['week']],
  ['81a64d14', 'the past three months', ['past', 'last', 'previous', 'prior']],
  ['c782d28c', '过去一周, 近三个月', ['過去', '过去', '近']],
  ['dd5c4a0f', '6个月来, 兩週來', ['來', '来']],
  ['6fa226f0', '2025年第三季度', ['季']],
  ['bdac0386', 'Q3, the third quarter', ['q']],
  ['ea127ecd', 'the week ended Wednesday', ['week']],
  ['797adcca', '截至週三的一週', ['截', '到']],
  ['b6ec1f52', '2025-10-29, 10/29/2025', ['-', '/', '.']],
  ['0f8f57b8', 'year to date, 年初至今', ['date', 'ytd', 'mtd', '至今', '迄今', '到']],
  ['cefb8147', 'end-of-December, end-June', ['end-']],
  ['415dc1e6', 'the first half of September', ['half']],
  ['ac7f2f16', 'May of that year', ['year']],
  ['b5e0bcf2', 'late October', ['early', 'mid', 'late', 'end', 'start', 'beginning']],
  ['ec9d8f4c', 'early 2021', ['early', 'mid', 'late', 'end', 'start', 'beginning']],
  ['fb105f12', 'year-end 2024', ['end']],
  ['96db2e1e', 'October 29, Oct. 29', MONTHS],
  ['a491efdf', '29 October 2025', MONTHS],
  ['975d8d94', 'October 2025', MONTHS],
  ['d9da391c', 'October (no year)', MONTHS],
  ['3e6e49dd', 'Q3 2025', ['q']],
  ['be5b4327', '(last) Wednesday', ['day']],
  ['41a07fc5', 'the end of the year, 上週末', ['end', '週末', '周末']],
  ['a249af89', '到2024年底, by the end of 2024', ['底', '末', 'end']],
  ['3a618980', '此前一天, the day before', ['前一', 'before', 'previous', 'prior']],
  ['77bb53c8', '前一交易日, the previous session', ['交易日', 'previous', 'prior']],
  ['c0d0072d', 'the beginning of the year', ['beginning', 'start']],
  ['3f601ebb', 'the final trading day of 2022', ['trading', 'business']],
  ['1a518c04', '年初 alone', ['年初']],
  ['3ffd2845', 'earlier this year, 本月稍早', ['earlier', '早']],
  ['b5a4e324', 'two months ago, 兩個月前', ['ago', '前']],
  ['2f05cdaa', 'yesterday, last week', ['day', 'last', 'this']],
  ['4e069ece', '今年10月', ['月']],
  ['1655be15', '10月29日當週', ['週', '周']],
  ['501447dc', '同年10月', ['月']],
  ['ef6f0750', '截至10月底', ['月']],
  ['d17392f8', '9月下半月', ['半月']],
  ['33ba23ac', '10月30日', ['月']],
  ['e73af590', '10月底, 上月初', ['月']],
  ['a8fa4e4a', '10月', ['月']],
  ['895f15e0', '上週三, 本周, 前週', ['週', '周', '星期', '禮拜', '礼拜']],
  ['fb23558c', '(4日)', ['日', '號', '号']],
  ['a30feb73', '2025年上半年, 2022 上半年', ['半年']],
  ['b44df459', '昨天, 上個月, 今年', ['昨', '今', '前天', '月', '年']],
  ['815f0fcd', '當天, that day', ['天', '日', 'day']],
  ['09947eec', 'that year, 同年', ['year', '年']],
  ['064989fd', '新冠疫情以來', ['疫情', '肺炎', 'pandemic']],
  ['09c7448a', 'now, 目前, the current level', ['前', '現', '现', '如今', 'now', 'current', 'present']],
  ['49410134', '2025年初', ['年']],
  ['bef298c1', '2025 (a bare year)', ['19', '20']],
  ['733dcc9b', '2025 Q3', ['q']],
  ['d923e1f6', 'the summer of 2022', ['spring', 'summer', 'autumn', 'winter', 'fall']],
  ['d5983369', '2023年夏季', ['春', '夏', '秋', '冬']],
  ['2cc249da', 'the final week of October', ['week']],
  ['d07d7f73', '12月9–10日', ['月']],
  ['352505ec', 'a week earlier', ['week']],
  ['fbaf2490', 'the previous figure', ['previous', 'prior']],
  ['cf9418d9', 'over the same period', ['period', 'frame', 'span', 'stretch']],
  ['28178207', '同期, 在此期間', ['期']],
  ['f1d81265', '此後, since then', ['此後', '此后', '其後', '其后', 'then']],
  ['d3b760fb', 'by year-end, at quarter-end', ['end']],
  ['6df8846b', 'the quarter-end target', ['end']],
  ['b6b0904c', '去年年底, 今年初', ['今年', '去年', '明年', '前年']],
  ['0549ff06', 'a day earlier', ['day']],
];

/** FNV-1a over the pattern's flags and source: a short key that any edit of the pattern changes. */
export function patternKey(re: RegExp): string {
  const s = `${re.flags}/${re.source}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const BY_KEY = new Map(GATES.map(([key, , words]) => [key, words]));

/** The words gating `re` (one of them is in every match), or null: the pattern is run on every sentence. */
export const gateOf = (re: RegExp): readonly string[] | null => BY_KEY.get(patternKey(re)) ?? null;

/** Every gate with the pattern it is for, by key (for the test that holds each gate to its pattern). */
export const timePatternGates = (): { key: string; pattern: string; words: readonly string[] }[] => GATES.map(([key, pattern, words]) => ({ key, pattern, words }));
