import { execFrom, startsOf, stickyOf } from './scan-starts.ts';
import { patternKey } from './time-pattern-gates.ts';
import { ERA_PATTERN, LATEST_IMPLICIT_ROC_YEAR, TAIWAN_MARKERS, eraYear } from './calendars.ts';
import { parseMixedNumeral } from './chinese-numerals.ts';
import { directionAround, qualifierAfter, qualifierBefore, type Direction, type Qualifier } from './qualifiers.ts';
import type { Span } from './sentences.ts';
import { resolveUnitsFromContext } from './unit-context.ts';
import { lexiconUnitAfter } from './unit-lexicon.ts';
import { kindOfUnit, unitAfter } from './units.ts';

/**
 * Finds every quantity in a text, with exact UTF-16 spans.
 *
 * A focused scanner rather than @microsoft/recognizers-text-number: that library parses 萬/億
 * and mixed numerals well, but misses bare magnitudes (萬億財政存款), 千倍 and ranges and reads
 * GPT-5 as −5 (`npm run eval:compare` measures both on the same sets). Identifiers and headings
 * need context rules either way, so the scanner owns the whole job. Quality is measured on real
 * text nobody here wrote by `npm run eval:extract` (test/eval/real-text.yaml, with a held-out part).
 */
/** What sort of number a quantity is (the API's `Quantity.kind`; the extraction eval scores each). */
export const QUANTITY_KINDS = ['count', 'measure', 'money', 'percent', 'date', 'year', 'ordinal', 'fraction', 'duration'] as const;
export type QuantityKind = (typeof QUANTITY_KINDS)[number];

export interface QuantityMention {
  start: number;
  end: number;
  surface: string;
  /** Normalised: 萬 1e4, 億 1e8, 兆/萬億 1e12; Gregorian years; dates yyyymmdd (mmdd without a year), months yyyymm, times hhmm. */
  value: number;
  upper?: number;
  /** `USD` `TWD` `%` `pp` `bp` `x` `km` `ha` … `people` `count`, `year` `years` `date` `month` `day` `time` `ordinal`, flows `USD/month`. */
  unit: string;
  kind: QuantityKind;
  qualifier?: Qualifier;
  /** A change rather than a level: 暴跌4.2% is a FALL of 4.2. */
  direction?: Direction;
  /** For era years, the calendar written (ROC, meiji, qianlong, …); `surface` keeps what was written. */
  calendar?: string;
  date?: string;
}

const D = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
// (a decimal point written 點, or ‧/． as Taiwan's press writes it between numerals: 八‧九六兆 = 8.96兆)
const CNR = String.raw`(?:[零〇一二兩两三四五六七八九十百千萬万億亿兆]+(?:[點点‧．][零〇一二三四五六七八九]+)?)`;
const CNS = '[一二三四五六七八九十]{1,3}';
// 百 before 帕 is the hecto- of hectopascals (970百帕), not a hundred.
const NUMCORE = String.raw`(?:${D}|${CNR})(?:[多餘余幾几]?(?:\s?(?:百(?!帕)|[千萬万億亿兆]))+(?:\s?(?:${D}|${CNR}))?)*[多餘余幾几]?`;
// Scale words in any case a headline writes them: "$2.93 Trillion", "$1 TRILLION".
const EN_SCALE = String.raw`(?:[\s-]?(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|THOUSAND|MILLION|BILLION|TRILLION|bln|mln|trln|bn|tn|BLN|MLN|TRLN|BN|TN)\b|(?<=\$[\d.,]+)(?:[kmb]|[KMBT](?![A-Za-z]))\b|(?<=(?:^|[^A-Za-z0-9.,$€])[+]?\d[\d.,]*)\s?[BT](?![A-Za-z0-9]|-\d))`;
/** A fraction as US statements write rates: 1/4, 3-3/4 (three and three quarters). */
const SLASH_FRACTION = String.raw`(?:\d{1,2}[-\s]\d\/\d{1,2}|\d\/\d{1,2})`;
const PLAIN = String.raw`\d{1,2}(?:\.\d+)?`;
const RATE_UNIT = String.raw`(?:percentage[- ]points?|per\s?cent|percent|%|basis[- ]points?|points?)`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const NUM_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** The same words as a sentence starts them: "Four of the six". */
const NUM_WORD_CAP = NUM_WORD.replace(/(?<=[(|])([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);

const SCANNER = new RegExp(
  [
    String.raw`(?<enDate>\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?|\b\d{1,2}\s+${MONTH_FULL}(?:\s+\d{4})?\b|\b${MONTH_FULL}\s+\d{4}\b)`,
    String.raw`(?<enMonth>\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|(?<=\b(?:in|since|between|from|until|of)\s)May\b(?!\s+(?:be|have|not|also|well)\b))`,
    String.raw`(?<degMin>\d{1,3}°\s?\d{1,2}\s?[’'′]?)`,
    String.raw`(?<enTime>\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b)`,
    String.raw`(?<decade>\b\d{3}0s\b|\d{3}0\s?年代)`,
    String.raw`(?<digitYear>[〇零一二三四五六七八九]{4}\s?年(?![代度]))`,
    String.raw`(?<era>(?:${ERA_PATTERN})\s?(?:元|\d{1,3}|${CNR})\s?年)`,
    String.raw`(?<zhDate>(?:\d{2,4}\s?年\s?)?(?:\d{1,2}|${CNS})\s?月\s?(?:(?:\d{1,2}|${CNS})\s?[日號号]|初[一二三四五六七八九十]))`,
    String.raw`(?<zhMonthRange>(?:\d{1,2}|${CNS})\s?[-—–~～至到]\s?(?:\d{1,2}|${CNS})\s?月(?:份)?)(?![日號号\d])`,
    String.raw`(?<firstMonths>(?<=前)(?:\d{1,2}|[一二兩两三四五六七八九十]{1,2})\s?[個个]?月)(?![日號号\d份])`,
    String.raw`(?<quarter>(?<![第\d])(?:[一二三四]|[1-4])\s?季度?(?![節节风風]))`,
    String.raw`(?<zhMonth>(?:\d{2,4}\s?年\s?)?(?:\d{1,2}|${CNS})\s?月(?:份)?)(?![日號号\d])`,
    String.raw`(?<zhTime>(?:\d{1,2}|${CNS})\s?[時时](?![間间期代候速刻])(?:\s?(?:\d{1,2}|${CNS})\s?分)?|(?:\d{1,2}|${CNS})[點点](?:\d{1,2}|${CNS})分)`,
    String.raw`(?<century>(?:\d{1,2}|${CNS})\s?世[紀纪])`,
    String.raw`(?<dayParen>(?<=[(（])\d{1,2}(?=[)）]日))`,
    String.raw`(?<day>(?<![\d月.,])\d{1,2}日(?![內内間间起以之子])|(?<![\d月一二三四五六七八九十])${CNS}日(?=[電电]))`,
    String.raw`(?<ordinal>第\s?(?:\d+|[一二三四五六七八九十百千兩两]+)(?:[名位個个次季屆届條条大期段章節节號号項项天日週周年]|個月|个月)?)`,
    String.raw`(?<fraction>(?:百分之|千分之)(?:${D}|${CNR})|(?:${D}|${CNR})分之(?:${D}|${CNR}))`,
    String.raw`(?<range2>[一二两兩三四五六七八九]、[一二两兩三四五六七八九][十百千萬万]+)`,
    String.raw`(?<half>(?<=[近過过])半(?![島岛導导])|(?<=一)半|半(?=[數数])|半(?=[個个]?小[時时]))`,
    // "1/4 percentage point", "3-3/4 to 4 percent": only before a rate word, so 10/30 stays a date.
    String.raw`(?<slashFraction>(?<![\w/.])(?:${SLASH_FRACTION}(?:\s?(?:to|-|–|and)\s?(?:${SLASH_FRACTION}|${PLAIN}))?|${PLAIN}\s?(?:to|-|–|and)\s?${SLASH_FRACTION})\s?${RATE_UNIT}(?![\w/]))`,
    // 8/14, 11/29/2017, (11-29-17): dates written with digits only, month first (as US and Taiwanese text write them).
    String.raw`(?<numDate>(?<![\w/.,:+\-−$])(?:1[0-2]|0?[1-9])(?:\/(?:3[01]|[12]\d|0?[1-9])(?:\/(?:\d{4}|\d{2}))?|-(?:3[01]|[12]\d|0?[1-9])-(?:\d{4}|\d{2}))(?![\w/%.\-]|,\d|\s?(?:${RATE_UNIT})))`,
    String.raw`(?<enQuarter>\bquarter[- ](?:of\s+a\s+)?(?:percentage[- ]points?|percent|points?)\b)`,
    String.raw`(?<enA>(?<=(?<!\bhalf\s)\b[Aa]n?\s)(?:decade|hour|quarter|year|dozen|century|mile)\b(?!\s+of\b))`,
    // "a trillion dollars", "half a trillion dollars": money written in words (only before a currency word).
    String.raw`(?<enAMoney>(?<=\b[Aa]\s)(?:thousand|million|billion|trillion)(?=[\s-]+(?:U\.?S\.?\s+)?dollars\b))`,
    String.raw`(?<enOrdinal>\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?!-)|\b\d+(?:st|nd|rd|th)\b)`,
    String.raw`(?<enWord>\b${NUM_WORD_CAP}(?:-${NUM_WORD})?(?:\s+dozen)?\b)`,
    String.raw`(?<num>(?:(?<![\w.%])[\-−](?=US\$|\$|€))?(?:US\$|HK\$|NT\$|\$|€|(?<![A-Za-z])USD(?:\s|(?=\d[\d.,]*\s?(?:trillion|billion|million|trln|bln|mln|tn|bn)\b)))?(?:(?<![\w.%])[+\-−])?${NUMCORE}${EN_SCALE}?)`,
  ].join('|'),
  'gu',
);

/**
 * The characters a match of SCANNER can start with: the first character of each alternative (digits; Chinese numerals,
 * 第, 半, the eras' first characters; the capitals of month names, number words, US$/HK$/NT$/USD; the lower-case first
 * letters of ordinals, number words, "quarter" and the nouns after "a"; signs and currency signs). The scan runs the
 * pattern only at these (scan-starts.ts). Written for the pattern whose key it carries: an edited SCANNER has no
 * starts and is run at every offset until they are written again for it (test/quantities/scanner-starts.test.ts holds
 * them to the pattern on the evaluation texts and on random text) — slower, never different.
 */
const SCANNER_STARTS_KEY = '3d6b09fc';
const SCANNER_STARTS = patternKey(SCANNER) === SCANNER_STARTS_KEY
  ? startsOf(`0123456789JFMASONDUHTEqdhycmfstenob$€+-−零〇一二兩两三四五六七八九十百千萬万億亿兆第半${ERA_PATTERN.split('|').map((e) => e[0]).join('')}`)
  : null;
const STICKY_SCANNER = stickyOf(SCANNER);

/** SCANNER's matches in `text` as the scan finds them, with its starts (the default) or at every offset (for the test). */
export function scannerMatches(text: string, everyOffset = false): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  const starts = everyOffset ? null : SCANNER_STARTS;
  const re = new RegExp(starts ? STICKY_SCANNER : SCANNER);
  for (let m = starts ? execFrom(re, text, starts) : re.exec(text); m; m = starts ? execFrom(re, text, starts) : re.exec(text)) out.push({ index: m.index, text: m[0] });
  return out;
}

/** Whether the scan skips offsets (its starts are written for the pattern as it is). */
export const scannerStartsKey = (): { key: string; written: string } => ({ key: patternKey(SCANNER), written: SCANNER_STARTS_KEY });

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** A scale word right after a number word ("two trillion"), and a currency word after it ("dollars", "US dollars"). */
const EN_SCALE_WORD_AFTER = /^[\s-]+(thousand|million|billion|trillion)\b/i;
const EN_MONEY_AFTER = /^[\s-]+(?:U\.?S\.?\s+)?dollars\b/i;
// Wire style abbreviations ("$57 bln", "$1.2 trln", "300 mln") as well as bn/tn.
const EN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9, b: 1e9, tn: 1e12, t: 1e12, bln: 1e9, mln: 1e6, trln: 1e12 };
// 晚 and 早 alone after a day (19日晚10时, 20日早8时) are the evening and the morning; 最晚10時 is a deadline.
const LATER_PART_OF_DAY = /(?:下午|晚上|晚間|晚间|傍晚|深夜|今晚|當晚|当晚|(?<![最較较稍])晚)\s?(?:大約|大约|約|约)?\s?$/;
const PART_OF_DAY = /(?:上午|下午|早上|晚上|晚間|晚间|凌晨|清晨|深夜|中午|傍晚|今晚|當晚|当晚|(?<![最較较稍])[早晚])\s?(?:大約|大约|約|约)?\s?$/;
/** Words written with numeral characters that are not numbers. */
const NOT_NUMBERS = ['百姓', '十分', '萬分', '万分', '千方百計', '千方百计', '百貨', '百货', '萬物', '万物', '千萬別', '千万别', '千萬不', '千万不', '萬一', '万一', '一些', '一起', '一直', '一定', '一旦', '一切', '一般', '唯一', '統一', '统一', '一步', '一筆', '一笔', '一根', '一場', '一场', '一樣', '一样', '一方面', '之一', '成百上千', '二次大戰', '二次世界', '二戰', '二战', '一時間', '一时间', '一夜', '一度', '一舉', '一举', '一路', '一致', '兩樣', '两样', '三番', '三藩', '兆豐', '兆丰', '萬里', '万里', '九二一', '五阿哥', '皇五子', '一部分'];
const ANY_NOT_NUMBER = new RegExp(NOT_NUMBERS.join('|'));
/** Words before a number that make it part of a name: S&P 500, iPhone 15, Chapter 2. */
const NAME_BEFORE = /(?:(?:S&P|Nikkei|KOSPI|FTSE|DAX|Stoxx|Russell|CAC|Hang Seng|iPhone|Windows|Galaxy|Pixel|Model|Chapter|Section|Part|Article|Type|Series|Level|Phase|tables?)\s|(?:標普|标普|日經|日经|道瓊|道琼|富時|富时|羅素|罗素|恒生|滬深|沪深|上證|上证|中證|中证|創業板|创业板|科創|科创|KOSPI|S&P)\s?)$/i;
/** 一 is a count only before these; otherwise it is an article (一個問題, 一位當地人). */
const ONE_COUNTS = /^\s?(?:次|座|名|週|周|天|年|倍|成|小[時时]|公|平方|萬|万|億|亿|千|百|[點点][零〇一二三四五六七八九])/;
const ENGLISH_ONE_COUNTS = /^\s+(?:person|people|man|woman|child|year|month|week|day|hour|kilomet|mile|percent)/i;

function isNameOrCode(text: string, start: number, end: number, surface: string): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  // Time-zone offsets: UTC+08:00, GMT+8.
  if (/(?:UTC|GMT)\s?[+\-−]$/.test(text.slice(Math.max(0, start - 5), start))) return true;
  // A list's or a heading's number at the start of its line: "1. Reserves fell…", "2、TGA升至…", "(3) …", "4) …"
  // (each had become a claim of its own, "1"). Not "1.5%" nor "12月": a digit or a unit follows those.
  if (/^\d{1,2}$/.test(surface) && /^[.)）、．][ \t]*(?![\d０-９])/.test(text.slice(end, end + 3)) && /^[ \t]*[（(]?$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) return true;
  // Street addresses whose number took a classifier: 和平東路1段, 3段12巷.
  if (/^\d+[段巷弄]$/.test(surface) && /[路街段巷]/.test(before)) return true;
  if (/^[+\-−]?[\d.,]+[萬万億亿千百兆]*$/.test(surface)) {
    // Glued to Latin letters: H100, GPT-5, QE4, 3nm, 5G, COVID-19 (but mid-2025 is a year).
    if (/[A-Za-z]/.test(before) || (before === '-' && /[A-Za-z]/.test(text[start - 2] ?? '') && !/\b(?:mid|early|late|pre|post)-$/i.test(text.slice(start - 6, start)))) return true;
    if (/[A-Za-z]/.test(after) && !/^(?:am|pm|s\b)/i.test(text.slice(end, end + 2))) return true;
    // An index named by a number: 日經225指數, 標普500指數.
    if (/[\u4e00-\u9fff]/.test(before) && /^(指數|指数)/.test(text.slice(end, end + 2)) && !/[萬万億亿]/.test(surface)) return true;
    // Stock and fund codes in parentheses after a name: 台積電（2330）, 0050.
    if (/^[（(]$/.test(before) && /^[）)]$/.test(after) && /[\u4e00-\u9fff]/.test(text[start - 2] ?? '') && (/^0/.test(surface) || Number(surface) > 2100)) return true;
    if (/^0\d/.test(surface)) return true;
    // Street addresses: 和平東路1段248巷8號, 8號和10號.
    if ((/^[段巷弄]/.test(after) && /[路街段巷]/.test(before)) || (/^[號号樓楼]/.test(after) && /[段巷弄]\d*[號号]?[和及、至到-]?$/.test(text.slice(Math.max(0, start - 6), start)))) return true;
    // Road numbers: 台74線, 國道3號, 省道台9線.
    if (/^[線线號号]/.test(after) && /(?:[台臺]|[國国省縣县市鄉乡]道)$/.test(text.slice(Math.max(0, start - 2), start))) return true;
    // Citation markers: [3]:4, [7]:66、67.
    if (/\]:\s?(?:\d+[、,]\s?)*$/.test(text.slice(Math.max(0, start - 12), start)) || /\[[^\]\n]{0,6}$/.test(text.slice(Math.max(0, start - 8), start))) return true;
  }
  if (/[A-Za-z]/.test(before) && !/^[$€]|^US\$/.test(surface) && !/^[+\-−]/.test(surface)) return true;
  if (NAME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  return false;
}

/** Numbers in a chapter or section heading line (第四章 2026倒計時) label the text, they claim nothing. */
function inHeading(text: string, start: number): boolean {
  // Headings are short lines: look back at most 80 characters (a long line's start is never a heading).
  const from = Math.max(0, start - 80);
  const nl = text.slice(from, start).lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  const lineStart = nl < 0 ? 0 : from + nl + 1;
  return /^\s*(第[一二三四五六七八九十百\d]+[章節节篇部]|Chapter\s+\d+)/i.test(text.slice(lineStart, start + 1));
}

function isIdiom(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 3), end + 3);
  // One pass for the common case (no such word near the number) instead of an indexOf per word.
  if (!ANY_NOT_NUMBER.test(window)) return false;
  return NOT_NUMBERS.some((w) => {
    const i = window.indexOf(w);
    if (i < 0) return false;
    const at = Math.max(0, start - 3) + i;
    return at < end && at + w.length > start;
  });
}

const cn = (s: string) => parseMixedNumeral(s);

/** Names of the United States and its institutions, in either script. */
const US_MARKERS = /美國|美国|聯邦|联邦|美聯儲|美联储|聯準會|联准会|華爾街|华尔街|白宮|白宫/;
/** Words of a text about China's own economy, where 元 is the renminbi. */
const CHINA_MARKERS = /人民幣|人民币|人民銀行|人民银行|中國|中国|國內|国内|我國|我国|全國|全国|內地|内地|A股|港元|港幣|港币/;
/**
 * What a bare 元 is outside Taiwanese text: the renminbi, unless the text speaks of the United States and names
 * nothing of China — US Chinese-language media (KTSF, 世界日報) write 37萬億元 for the US debt in dollars.
 */
const yuanOf = (text: string) => (US_MARKERS.test(text) && !CHINA_MARKERS.test(text) ? 'USD' : 'CNY');

/** Hong Kong text (本港, 港府, 港元…), where 元 is the Hong Kong dollar; weighed against Taiwanese and mainland words. */
const HONG_KONG_WORDS = /本港|港府|港元|港幣|港币|特區政府|特区政府|金管局|立法會|立法会|恒指|港股|港人/g;
const TAIWAN_WORDS = new RegExp(TAIWAN_MARKERS.source, 'g');
const MAINLAND_WORDS = /人民幣|人民币|人民銀行|人民银行|我國|我国|全國|全国|國內|国内|國務院|国务院/g;
const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;
function isHongKongText(text: string): boolean {
  // Words only Hong Kong writes of itself weigh two; 香港 alone is also named from elsewhere.
  const hk = 2 * count(HONG_KONG_WORDS, text) + count(/香港/g, text);
  return hk >= 2 && hk > count(TAIWAN_WORDS, text) && hk > count(MAINLAND_WORDS, text);
}

/** 3-3/4 → 3.75, 1/4 → 0.25, 4 → 4; a fraction must be a proper one with a small denominator, else undefined. */
function slashValue(written: string): number | undefined {
  const m = /^(?:(\d{1,2})[-\s])?(\d)\/(\d{1,2})$/.exec(written);
  if (!m) return Number(written);
  const [num, den] = [Number(m[2]), Number(m[3])];
  if (!(den >= 2 && den <= 32 && num < den)) return undefined;
  return Number(m[1] ?? 0) + num / den;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A month named without a year: the latest such month not more than a month after the document's date, as a date. */
function monthOfDocument(documentDate: string, month: number, start: number, end: number): Found {
  const y = Number(documentDate.slice(0, 4));
  const docMonth = Number(documentDate.slice(5, 7));
  const year = month > docMonth + 1 ? y - 1 : y;
  return { start, end, value: year * 100 + month, unit: 'month', date: `${year}-${pad(month)}` };
}

/** A day named without a month: the document's month, or the month before when the day is after the document's. */
function dayOfDocument(documentDate: string, day: number): { value: number; unit: string; date: string } {
  let y = Number(documentDate.slice(0, 4));
  let m = Number(documentDate.slice(5, 7));
  if (day > Number(documentDate.slice(8, 10))) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return { value: y * 10000 + m * 100 + day, unit: 'date', date: `${y}-${pad(m)}-${pad(day)}` };
}

interface Found {
  start: number;
  end: number;
  value: number;
  upper?: number;
  unit: string;
  kind?: string;
  qualifier?: Qualifier;
  calendar?: string;
  date?: string;
  /** No unit word was written: the context may supply a currency. */
  bare?: boolean;
}

export function extractQuantities(text: string, options: { documentDate?: string; sentences?: readonly Span[] } = {}): QuantityMention[] {
  const docYear = options.documentDate ? Number(options.documentDate.slice(0, 4)) : undefined;
  const taiwan = TAIWAN_MARKERS.test(text);
  const yuan = isHongKongText(text) ? 'HKD' : taiwan ? 'TWD' : yuanOf(text);
  const found: (QuantityMention & { bare: boolean; explicitKind: boolean })[] = [];
  // A fresh lastIndex per call; sticky, tried only where a match can start, when the starts are written for it.
  const scanner = new RegExp(SCANNER_STARTS ? STICKY_SCANNER : SCANNER);
  const next = SCANNER_STARTS ? () => execFrom(scanner, text, SCANNER_STARTS) : () => scanner.exec(text);
  const dateValue = (y: number | undefined, mo: number, d: number) =>
    y !== undefined
      ? { value: y * 10000 + mo * 100 + d, unit: 'date', date: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
      : { value: mo * 100 + d, unit: 'date' };
  /** A year as written before 年 in a date: four digits, or a 民國 year in Taiwanese text. */
  const yearOf = (s: string | undefined): { year?: number; calendar?: string } => {
    if (!s) return {};
    const n = Number(s);
    if (s.length === 4) return { year: n };
    return taiwan ? { year: n + 1911, calendar: 'ROC' } : {};
  };

  for (let m = next(); m; m = next()) {
    const g = m.groups as Record<string, string | undefined>;
    let start = m.index;
    let end = start + m[0].length;
    let f: Found | undefined;
    if (inHeading(text, start)) continue;

    if (g['enDate']) {
      const s = g['enDate'];
      const mo = EN_MONTHS.findIndex((x) => s.toLowerCase().includes(x)) + 1;
      const day = /(?:^|\s)(\d{1,2})(?:st|nd|rd|th)?(?:\s|,|$)/.exec(s)?.[1];
      const year = /\d{4}/.exec(s)?.[0];
      if (day) f = { start, end, ...dateValue(year ? Number(year) : docYear, mo, Number(day)) };
      else f = { start, end, value: Number(year) * 100 + mo, unit: 'month' };
    } else if (g['enMonth']) {
      const mo = EN_MONTHS.indexOf(g['enMonth'].slice(0, 3).toLowerCase()) + 1;
      f = options.documentDate ? monthOfDocument(options.documentDate, mo, start, end) : { start, end, value: mo, unit: 'month' };
    } else if (g['enTime']) {
      const t = /(\d{1,2})(?::(\d{2}))?\s?(a\.m\.|p\.m\.|am|pm)?/.exec(g['enTime'])!;
      let h = Number(t[1]);
      if (t[3]?.startsWith('p') && h < 12) h += 12;
      if (t[3]?.startsWith('a') && h === 12) h = 0;
      f = { start, end, value: h * 100 + Number(t[2] ?? 0), unit: 'time' };
    } else if (g['digitYear']) {
      // 一八三七年: a year written digit by digit in numerals.
      const y = Number([...g['digitYear'].replace(/\s?年$/, '')].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
      if (y >= 1000 && y <= 2999) f = { start, end, value: y, unit: 'year' };
    } else if (g['decade']) {
      const y = Number(/\d{4}/.exec(g['decade'])![0]);
      f = { start, end, value: y, upper: y + 9, unit: 'year' };
    } else if (g['era']) {
      const e = new RegExp(`^(${ERA_PATTERN})\\s?(.+?)\\s?年$`).exec(g['era'])!;
      const n = e[2] === '元' ? 1 : /^\d/.test(e[2]!) ? Number(e[2]) : cn(e[2]!);
      const y = n !== undefined ? eraYear(e[1]!, n) : undefined;
      // 民國111年1月, 民國33年11月1日: the era year dates a month or a day. Only for solar calendars:
      // a reign year's months are lunar (乾隆五十七年五月二十一日), so the year and the day stay apart.
      const solar = y !== undefined && ['ROC', 'meiji', 'taisho', 'showa', 'heisei', 'reiwa'].includes(y.calendar);
      const md = !solar ? null : /^\s?(\d{1,2}|[一二三四五六七八九十]+)\s?月(?:\s?(\d{1,2}|[一二三四五六七八九十]+)\s?[日號号])?/.exec(text.slice(end, end + 10));
      const num = (x: string) => (/^\d/.test(x) ? Number(x) : cn(x)!);
      if (y && md && num(md[1]!) >= 1 && num(md[1]!) <= 12) {
        const mo = num(md[1]!);
        f = md[2]
          ? { start, end: end + md[0].length, ...dateValue(y.value, mo, num(md[2])), calendar: y.calendar }
          : { start, end: end + md[0].length, value: y.value * 100 + mo, unit: 'month', calendar: y.calendar };
      } else if (y) f = { start, end, value: y.value, unit: 'year', calendar: y.calendar };
    } else if (g['zhDate']) {
      const d = /^(?:(\d{2,4})\s?年\s?)?(\d{1,2}|[一二三四五六七八九十]+)\s?月\s?(?:(\d{1,2}|[一二三四五六七八九十]+)\s?[日號号]|初([一二三四五六七八九十]))$/.exec(g['zhDate'])!;
      const y = yearOf(d[1]);
      const mo = /^\d/.test(d[2]!) ? Number(d[2]) : cn(d[2]!)!;
      const day = d[4] ? cn(d[4])! : /^\d/.test(d[3]!) ? Number(d[3]) : cn(d[3]!)!;
      if (mo >= 1 && mo <= 12 && day >= 1 && day <= 31) f = { start, end, ...dateValue(y.year ?? (d[1] ? undefined : docYear), mo, day), ...(y.calendar ? { calendar: y.calendar } : {}) };
      // 6月6日至6月9日: a span of days.
      const to = f ? /^\s?[至到\-—–~～]\s?(?:(\d{1,2})\s?月\s?)?(\d{1,2})\s?[日號号]/.exec(text.slice(end, end + 12)) : null;
      if (f && to) {
        const upper = dateValue(y.year ?? (d[1] ? undefined : docYear), to[1] ? Number(to[1]) : mo, Number(to[2]));
        f = { ...f, end: end + to[0].length, upper: upper.value };
      }
    } else if (g['zhMonthRange']) {
      const r = /^(\d{1,2}|[一二三四五六七八九十]+)\s?[-—–~～至到]\s?(\d{1,2}|[一二三四五六七八九十]+)/.exec(g['zhMonthRange'])!;
      const [a, b] = [r[1]!, r[2]!].map((x) => (/^\d/.test(x) ? Number(x) : cn(x)!)) as [number, number];
      if (a >= 1 && b <= 12 && a < b) f = { start, end, value: a, upper: b, unit: 'month' };
    } else if (g['firstMonths']) {
      // 前八月, 前两月: the first months of the year, a duration.
      const n = /^\d/.test(g['firstMonths']) ? Number.parseInt(g['firstMonths'], 10) : cn(/^[一二兩两三四五六七八九十]+/.exec(g['firstMonths'])![0])!;
      if (n >= 1 && n <= 12) f = { start, end, value: n, unit: 'months' };
    } else if (g['quarter']) {
      // 一季度 is the first quarter; 前三季度 the first three quarters, nine months.
      const n = /\d/.test(g['quarter']) ? Number.parseInt(g['quarter'], 10) : cn(g['quarter'][0]!)!;
      if (text[start - 1] === '前') f = { start, end, value: 3 * n, unit: 'months' };
      else f = { start, end, value: n, unit: 'ordinal' };
    } else if (g['degMin']) {
      const d = /^(\d{1,3})°\s?(\d{1,2})/.exec(g['degMin'])!;
      f = { start, end, value: Number(d[1]) + Number(d[2]) / 60, unit: 'deg' };
    } else if (g['zhMonth']) {
      const d = /^(?:(\d{2,4})\s?年\s?)?(\d{1,2}|[一二三四五六七八九十]+)\s?月/.exec(g['zhMonth'])!;
      const y = yearOf(d[1]);
      const mo = /^\d/.test(d[2]!) ? Number(d[2]) : cn(d[2]!)!;
      // 三月 alone is March, but 一月 and 十月 read as durations often enough in prose only with 個.
      if (mo >= 1 && mo <= 12 && !(d[1] && y.year === undefined)) {
        f = y.year === undefined && !d[1] && options.documentDate
          ? monthOfDocument(options.documentDate, mo, start, end)
          : { start, end, value: y.year !== undefined ? y.year * 100 + mo : mo, unit: 'month', ...(y.calendar ? { calendar: y.calendar } : {}) };
      }
    } else if (g['zhTime']) {
      const t = /^(\d{1,2}|[一二三四五六七八九十]+)\s?[時时點点](?:\s?(\d{1,2}|[一二三四五六七八九十]+)\s?分)?/.exec(g['zhTime'])!;
      const before = text.slice(Math.max(0, start - 8), start);
      const arabic = /^\d/.test(t[1]!);
      let h = arabic ? Number(t[1]) : cn(t[1]!)!;
      const min = t[2] ? (/^\d/.test(t[2]) ? Number(t[2]) : cn(t[2])!) : 0;
      // A numeral-character hour needs a part of the day before it (下午三時): 一時 alone is "for a while".
      if (h <= 24 && min < 60 && (arabic || PART_OF_DAY.test(before))) {
        if (LATER_PART_OF_DAY.test(before) && h < 12 && !(/深夜/.test(before) && h < 5)) h += 12;
        f = { start, end, value: h * 100 + min, unit: 'time' };
      }
    } else if (g['century']) {
      const c = /^(\d{1,2}|[一二三四五六七八九十]+)/.exec(g['century'])![1]!;
      const n = /^\d/.test(c) ? Number(c) : cn(c)!;
      const duration = /[個个多]\s?$/.test(text.slice(Math.max(0, start - 2), start));
      if (!duration) f = { start, end, value: (n - 1) * 100 + 1, upper: n * 100, unit: 'year' };
    } else if (g['dayParen'] !== undefined || g['day']) {
      const n = /\d+|[一二三四五六七八九十]+/.exec(m[0])![0];
      const day = /^\d/.test(n) ? Number(n) : cn(n)!;
      // (4日), 4日電: a day of the document's month (the month before when that day is still to come).
      f = options.documentDate && day >= 1 && day <= 31 ? { start, end, ...dayOfDocument(options.documentDate, day) } : { start, end, value: day, unit: 'day' };
    } else if (g['ordinal']) {
      // 第一章, 第三節: headings and section labels, not claims.
      // 第一、二、三产业 lists sectors by name.
      if (/[章節节]$/.test(g['ordinal']) || /^(?:[、,，和及與与]\s?[一二三四五六七八九十\d]{1,2})*(?:[篇部卷]|产业|產業|次世界|人[称稱])/.test(text.slice(end, end + 12))) continue;
      const n = /\d+|[一二三四五六七八九十百千兩两]+/.exec(g['ordinal'])![0];
      const v = /^\d/.test(n) ? Number(n) : cn(n);
      if (v !== undefined) f = { start, end, value: v, unit: 'ordinal' };
    } else if (g['fraction']) {
      const s = g['fraction'];
      const num = (x: string) => (/^\d/.test(x) ? Number(x.replace(/,/g, '')) : cn(x));
      const pf = /^(百分之|千分之)(.+)$/.exec(s);
      if (pf) {
        const v = num(pf[2]!);
        if (v !== undefined) f = { start, end, value: pf[1] === '百分之' ? v : v / 10, unit: '%', kind: pf[1] === '百分之' ? 'percent' : 'fraction' };
      } else {
        const [den, nom] = s.split('分之').map(num) as [number | undefined, number | undefined];
        if (den && nom !== undefined) f = { start, end, value: (100 * nom) / den, unit: '%', kind: 'fraction' };
      }
    } else if (g['range2']) {
      const r = /^(.)、(.)(.+)$/.exec(g['range2'])!;
      const lo = cn(r[1]! + r[3]!);
      const hi = cn(r[2]! + r[3]!);
      if (lo !== undefined && hi !== undefined) f = { start, end, value: lo, upper: hi, unit: 'count', bare: true };
    } else if (g['half']) {
      const hours = /^[個个]?小[時时]/.exec(text.slice(end));
      if (hours) f = { start, end: end + hours[0].length, value: 0.5, unit: 'hours' };
      else f = { start, end, value: 50, unit: '%', kind: 'fraction' };
    } else if (g['slashFraction']) {
      const s = g['slashFraction'];
      const ends = [...s.matchAll(new RegExp(`${SLASH_FRACTION}|${PLAIN}`, 'g'))].map((x) => slashValue(x[0]));
      const unit = /basis/i.test(s) ? 'bp' : /percentage|point/i.test(s) ? 'pp' : '%';
      const [lo, hi] = ends as [number | undefined, number | undefined];
      if (lo !== undefined && (ends.length === 1 || (hi !== undefined && hi >= lo))) f = { start, end, value: lo, ...(ends.length > 1 ? { upper: hi } : {}), unit, kind: 'percent' };
    } else if (g['numDate']) {
      const [mo, day, yy] = g['numDate'].split(/[/-]/).map(Number) as [number, number, number?];
      const year = yy === undefined ? undefined : yy >= 100 ? yy : yy < 50 ? 2000 + yy : 1900 + yy;
      // 2/3, 1/4 alone are fractions as often as dates: a month/day whose day is small enough to be a denominator is
      // a date only where a date is expected (in parentheses, after a weekday, before 日 or a bracket).
      const aside = /[(（]$|(?:[週周]|星期|禮拜|礼拜)[一二三四五六日天]\s?[(（]?$|\b(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)(?:day)?\.?,?\s$|\bon\s$/i.test(text.slice(Math.max(0, start - 8), start))
        || /^[)）]|^\s?[日起至到~～-]/.test(text.slice(end, end + 2));
      if (year !== undefined || day > 10 || mo >= day || aside) f = { start, end, ...dateValue(year ?? docYear, mo, day) };
      else f = { start, end, value: decimal((100 * mo) / day), unit: '%', kind: 'fraction' }; // 2/3的人: two thirds
    } else if (g['enQuarter']) {
      f = { start, end, value: 0.25, unit: /percentage|point/i.test(g['enQuarter']) ? 'pp' : '%' };
    } else if (g['enAMoney']) {
      // "a trillion dollars" is 1e12 USD; "half a trillion dollars" 5e11, its span from "half".
      const money = EN_MONEY_AFTER.exec(text.slice(end));
      const half = /\bhalf\s+a\s$/i.exec(text.slice(Math.max(0, start - 7), start));
      if (money) {
        // (the span holds the article, and "half": "a trillion dollars", "half a trillion dollars")
        start -= half ? half[0].length : 2;
        f = { start, end: end + money[0].length, value: (half ? 0.5 : 1) * (EN_SCALES[g['enAMoney'].toLowerCase()] as number), unit: 'USD' };
      }
    } else if (g['enA']) {
      // "a dozen" is 12 (dozens stays vague), "more than a century" 100 years, "about a mile" 1 mile.
      const a = { decade: [10, 'years'], hour: [1, 'hours'], quarter: [3, 'months'], year: [1, 'years'], dozen: [12, 'count'], century: [100, 'years'], mile: [1, 'mi'] }[g['enA'] as 'decade'] as [number, string];
      const people = a[1] === 'count' ? /^\s(?:people|persons)\b/i.exec(text.slice(end, end + 9)) : null;
      f = { start, end: end + (people?.[0].length ?? 0), value: a[0], unit: people ? 'people' : a[1] };
    } else if (g['enOrdinal']) {
      const w = g['enOrdinal'].toLowerCase();
      // the “second” estimate, the "advance" and "third" estimates: an ordinal in quotes is a name.
      if (/^[“"‘']$/.test(text[start - 1] ?? '') && /^[”"’']$/.test(text[end] ?? '')) continue;
      f = { start, end, value: /^\d/.test(w) ? Number.parseInt(w, 10) : EN_ORDINALS.indexOf(w) + 1, unit: 'ordinal' };
    } else if (g['enWord']) {
      // Capitalised, a number word starts a sentence ("Four of the six"); mid-sentence it names something (the Big Four).
      if (/^[A-Z]/.test(g['enWord']) && !/(?:^|[.!?:;“"(]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start))) continue;
      const words = g['enWord'].toLowerCase().split(/[\s-]+/);
      if (words[0] === 'one' && !ENGLISH_ONE_COUNTS.test(text.slice(end)) && !(EN_SCALE_WORD_AFTER.test(text.slice(end, end + 16)) && /dollars/i.test(text.slice(end, end + 32)))) continue;
      let v = 0;
      for (const w of words) v = w === 'dozen' ? v * 12 : v + (EN_NUMBERS[w] ?? 0);
      // "two trillion dollars", "thirty-seven trillion US dollars": a scale word, then a currency word.
      const scaled = EN_SCALE_WORD_AFTER.exec(text.slice(end, end + 40));
      const money = scaled ? EN_MONEY_AFTER.exec(text.slice(end + scaled[0].length, end + scaled[0].length + 16)) : null;
      if (scaled && money) {
        f = { start, end: end + scaled[0].length + money[0].length, value: v * (EN_SCALES[(scaled[1] as string).toLowerCase()] as number), unit: 'USD' };
      }
      const u = f ? undefined : /^[\s-][a-z]/i.test(text.slice(end, end + 2)) ? unitAfter(text.slice(end, end + 24)) : undefined;
      if (f) {
        // (read above: money in words)
      } else if (u && /^[\s-]?[a-z]/i.test(text.slice(end, end + 2 + 1))) {
        f = { start, end: end + u.length, value: v * (u.word.scale ?? 1), unit: u.word.unit };
      } else f = { start, end, value: v, unit: 'count', bare: true };
    } else if (g['num']) {
      const r = readNumber(text, start, end, { yuan, taiwan });
      if (!r) continue;
      end = r.end;
      scanner.lastIndex = r.end;
      f = { ...r, start };
    }
    if (!f) continue;
    // "QT #1", "No. 2": a bare number after # or No. names one of a series of things, it counts nothing.
    if (f.bare && f.unit === 'count' && /(?:#|\bNo\.)\s?$/.test(text.slice(Math.max(0, start - 4), start))) f = { ...f, unit: 'ordinal', bare: false };
    end = f.end;
    const surface = text.slice(start, end);
    if ((!g['fraction'] && isIdiom(text, start, end)) || isNameOrCode(text, start, end, surface)) continue;
    if (end > scanner.lastIndex) scanner.lastIndex = end;

    // Bounds written after the number (左右, 以上) and inside it (多, 餘, 幾).
    let qualifier: Qualifier | undefined = /[多餘余]/.test(surface.replace(/[個个]多[月小世]/, '')) ? 'ABOVE' : /[幾几]/.test(surface) ? 'ABOUT' : undefined;
    if (/[個个]多[月小世]/.test(surface)) qualifier = 'ABOVE';
    qualifier ??= qualifierBefore(text, start);
    if (!qualifier) qualifier = qualifierAfter(text, end)?.qualifier;
    const unit = f.unit;
    // Built field by field, in the order its readers print it: an object literal with spreads in its middle
    // (`...(x ? { upper } : {})`) cost about 2 µs a number (issue 18, reading throughput).
    const mention = { start, end, surface, value: f.value } as QuantityMention & { bare: boolean; explicitKind: boolean };
    if (f.upper !== undefined) mention.upper = f.upper;
    mention.unit = unit;
    mention.kind = (f.kind ?? kindOfUnit(unit)) as QuantityKind;
    if (qualifier) mention.qualifier = qualifier;
    if (f.calendar) mention.calendar = f.calendar;
    if (f.date) mention.date = f.date;
    mention.bare = f.bare === true;
    mention.explicitKind = f.kind !== undefined;
    const kind = mention.kind;
    if (kind === 'money' || kind === 'percent' || kind === 'measure' || kind === 'count' || kind === 'fraction') {
      const direction = directionAround(text, start, end);
      if (direction) mention.direction = direction;
    }
    found.push(mention);
  }
  // 增长17.5、16.2和8.7个百分点, 快4.6和3.1个百分点: the unit written once closes the list.
  for (let i = found.length - 2; i >= 0; i--) {
    const m = found[i]!;
    const next = found[i + 1]!;
    if (m.bare && !next.bare && m.unit === 'count' && /^\s?[、和与與及或]\s?$/.test(text.slice(m.end, next.start)) && /^(?:percent|measure|money)$/.test(next.kind)) {
      // The scale too, when only the last is written with one (下降0.5、1.9萬億美元: 0.5 is 0.5萬億).
      const scale = m.kind === 'count' && next.kind === 'money' && !scaleOf(m.surface) ? SCALE_VALUES[scaleOf(next.surface)] : undefined;
      found[i] = { ...m, unit: next.unit, kind: next.kind, bare: false, explicitKind: next.explicitKind, ...(scale ? { value: decimal(m.value * scale), ...(m.upper !== undefined ? { upper: decimal(m.upper * scale) } : {}) } : {}) };
    }
  }
  // 分別上漲6.2%、5.8%及3.9%, "rose 2.1%, 1.8% and 0.4%": the numbers listed after one change word are all changes
  // that way, when they are in one unit; "increased 5.5 percent, or $259.0 billion", 下降3.2%，即120億元: an amount
  // in apposition restates the same change.
  for (let i = 1; i < found.length; i++) {
    const m = found[i]!;
    const prev = found[i - 1]!;
    if (m.direction || !prev.direction || !DIRECTED_KINDS.has(m.kind)) continue;
    const between = text.slice(prev.end, m.start);
    const listed = LIST_SEP.test(between) && m.unit === prev.unit;
    const restated = APPOSITION.test(between) && (m.kind === 'money' || m.kind === 'percent') && (prev.kind === 'money' || prev.kind === 'percent');
    if (listed || restated) m.direction = prev.direction;
  }
  return resolveUnitsFromContext(text, found, options.sentences).map(({ bare: _bare, explicitKind, ...m }) => (explicitKind ? m : { ...m, kind: kindOfUnit(m.unit) as QuantityKind }));
}

const DIRECTED_KINDS = new Set(['money', 'percent', 'measure', 'count', 'fraction']);
const LIST_SEP = /^\s?(?:[、和与與及或]|以及|,\s?(?:and\s|or\s)?|\sand\s|\sor\s)\s?$/;
const APPOSITION = /^(?:,\s?or\s|[，,]\s?(?:即|或)\s?|\s?[（(]\s?)$/;

/** A number read from where it starts: what it found, save where it starts and the words around it. */
type ReadNumber = Pick<Found, 'end' | 'value' | 'upper' | 'unit' | 'kind' | 'calendar' | 'bare'>;

/** The value of a number core as matched: Arabic, Chinese numerals or both, with an English scale word. */
function coreValue(core: string): number | undefined {
  const en = /[\s-]?(thousand|million|billion|trillion|bln|mln|trln|bn|tn|k|m|b|t)$/i.exec(core);
  const body = (en ? core.slice(0, en.index) : core).replace(/^[+\-−]/, '');
  let v = /^[\d.,]+$/.test(body) ? Number(body.replace(/,/g, '')) : parseMixedNumeral(body);
  if (v === undefined || Number.isNaN(v)) return undefined;
  if (en) v *= EN_SCALES[en[1]!.toLowerCase()] as number;
  v = decimal(v);
  return /^[-−]/.test(core) ? -v : v;
}

/**
 * A value scaled by powers of ten, as the decimal written: 2.07 × 1e12 is 2069999999999.9998 in binary arithmetic,
 * and is stored as 2.07e12 (the nearest double to the decimal). Numbers as written carry at most 15 significant
 * digits, so rounding to 15 loses nothing that was written.
 */
export function decimal(v: number): number {
  // An integer under 1e15 has at most 15 digits: toPrecision(15) gives it back unchanged (and costs a string).
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return v;
  return Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(15)) : v;
}

// ("USD174 billion", as wire copy writes it, and "USD 1,730 bn")
const CURRENCY_SIGN = /^(?:US\$|HK\$|NT\$|\$|€|USD\s?)/;
const SIGN_UNIT: Record<string, string> = { US$: 'USD', HK$: 'HKD', NT$: 'TWD', $: 'USD', '€': 'EUR', 'USD ': 'USD', USD: 'USD' };
/** What narrows a year to a part of it: 第1季, 3月, 上半年, 年底. */
const YEAR_PART = /^\s?(?:第?\s?(?:[1-4一二三四])\s?季|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?月|[上下]半年|[底初末])/;
const RANGE_SEP = /^\s?(?:-|–|—|~|～|至|到|to|and)\s?/;
// The second end of a range may be negative: -1℃~-2℃.
const NUM_AT = new RegExp(`^(?:US\\$|HK\\$|NT\\$|\\$|€)?[-−]?${NUMCORE}${EN_SCALE}?`, 'u');
const HAS_MAGNITUDE = /[十百千萬万億亿兆]/;
/** A count (a numeral, a classifier, a short noun) and a list word just before: 兩口水井和, 三棵老樹、. */
const LISTED_AFTER_COUNT = /[二兩两三四五六七八九十百千\d][^\s，,。；;、和及與与\d]{1,5}[和及與与、]$/;

/**
 * A number from the scanner's `num` match at [start, end): its currency sign, unit word, a second
 * number making a range (18%-25%, $600–700 billion, 1858年到1872年) and a year reading of 年.
 */
function readNumber(text: string, start: number, end: number, ctx: { yuan: string; taiwan: boolean }): ReadNumber | undefined {
  const written = text.slice(start, end);
  // -$16 billion: a minus before the currency sign makes the amount negative.
  const negative = /^[-−](?=US\$|\$|€)/.test(written);
  const raw = negative ? written.slice(1) : written;
  const sign = CURRENCY_SIGN.exec(raw)?.[0];
  const core = sign ? raw.slice(sign.length) : raw;
  const unsigned = coreValue(core);
  if (unsigned === undefined) return undefined;
  const value = negative ? -unsigned : unsigned;
  const cnOnly = /^[零〇一二兩两三四五六七八九十百千萬万億亿兆點点‧．多餘余幾几]+$/.test(core);
  let pos = end;
  // A citation marker between the number and its unit: 35,886.8623[1]平方公里.
  const cite = /^\[\d{1,3}\]/.exec(text.slice(pos, pos + 6));
  if (cite && unitAfter(text.slice(pos + cite[0].length, pos + cite[0].length + 24))) pos += cite[0].length;
  let u = unitAfter(text.slice(pos, pos + 24)) ?? lexiconUnitAfter(text.slice(pos, pos + 16));
  // Chinese numerals alone need a magnitude or a unit (三倍, 十年, 三名); 一 only a counting unit.
  const tail = text.slice(pos, pos + 8);
  // 數百條, 数千人: a vague count, not a number.
  if (cnOnly && /^[十百千萬万]/.test(core) && /[數数]$/.test(text.slice(Math.max(0, start - 1), start))) return undefined;
  // 兩口水井和一處防空洞: 一 + a classifier listed beside another count is a count too, not an article.
  const listedOne = value === 1 && LISTED_AFTER_COUNT.test(text.slice(Math.max(0, start - 9), start));
  if (cnOnly) {
    const yearAfter = /^\s?年/.test(tail);
    if (!HAS_MAGNITUDE.test(core) || core.length === 1) {
      if (!u && !yearAfter) return undefined;
      if (value === 1 && !ONE_COUNTS.test(tail) && !(listedOne && u?.word.counter)) return undefined;
    }
    if (u?.word.counter && value === 1 && !ONE_COUNTS.test(tail) && !listedOne) return undefined;
    // 一個 is an article (一個問題); 三個引擎 is a count, like 三座, 三艘 (issue 18).
    // Consecutive numerals are a range: 八九平方公里, 五六萬, 一兩平方公里.
  }
  let lo = value;
  let hi: number | undefined;
  const pair = cnOnly ? /^([一二兩两三四五六七八九])([二兩两三四五六七八九])(.*)$/.exec(core) : null;
  if (pair) {
    const a = parseMixedNumeral(pair[1]! + pair[3]!);
    const b = parseMixedNumeral(pair[2]! + pair[3]!);
    const digit = (c: string) => parseMixedNumeral(c)!;
    if (a !== undefined && b !== undefined && digit(pair[2]!) === digit(pair[1]!) + 1) [lo, hi] = [a, b];
    else if (!HAS_MAGNITUDE.test(core)) return undefined; // 九二一, 六一二: names of events
  }
  let unit = sign ? (SIGN_UNIT[sign] as string) : undefined;
  let kind: string | undefined;
  let scale = 1;
  let above = false;
  const yearWord = /^\s?年(?![代度])/.exec(tail);
  if (u && !yearWord) {
    pos += u.length;
    if (u.word.unit === 'yuan') unit ??= ctx.yuan;
    else unit ??= u.word.unit;
    // 度 is a kilowatt-hour where electricity is spoken of (用電100度), else a degree.
    if (u.word.unit === 'deg' && /[電电]/.test(text.slice(Math.max(0, start - 6), start))) unit = 'kWh';
    if (u.word.unit === 'level') {
      // 萬億級 is an order of magnitude, not a force on a scale.
      if (value > 12) return { end, value, unit: 'count', bare: true };
      // 規模5.4級 is a magnitude; 最大震度4級, 震度1級地區 an intensity on the local scale (a level).
      const clause = text.slice(Math.max(0, start - 40), start).split(/[，,。;；:：\n]/).pop() ?? '';
      if (!/震度/.test(clause) && /[震]|規模|规模/.test(sentenceOf(text, start))) unit = 'magnitude';
    }
    if (unit) unit = unitOfPrefix(text.slice(Math.max(0, start - 10), start), unit);
    kind = u.word.kind;
    scale = u.word.scale ?? 1;
    above = u.word.above ?? false;
    if (u.word.unit === '%' && u.word.scale === 10 && value > 10) return undefined; // 成 is a fraction only up to 十成
  }
  // A second number after a separator makes a range when its unit agrees.
  const after = text.slice(pos + (yearWord ? yearWord[0].length : 0), pos + 40);
  const sep = RANGE_SEP.exec(after);
  const fromBefore = text.slice(Math.max(0, start - 48), start);
  if (sep && hi === undefined) {
    const word = sep[0].trim();
    // "from X to Y" is where a change started and where it ended, a qualifier or not between ("from approximately
    // $9 trillion to $6.6 trillion", "from over $9 trillion"); a range only when said to be one ("ranging from").
    const allowed = word === 'and' ? /\bbetween\s+$/i.test(fromBefore) : word === 'to' ? !FROM_BEFORE_EN.test(fromBefore) || RANGING_FROM_EN.test(fromBefore) : true;
    const second = allowed ? NUM_AT.exec(after.slice(sep[0].length)) : null;
    const secondValue = second ? coreValue(second[0].replace(CURRENCY_SIGN, '')) : undefined;
    if (second && secondValue !== undefined && !(word === '-' && /[A-Za-z]/.test(text[start - 1] ?? ''))) {
      const p2 = pos + (yearWord ? yearWord[0].length : 0) + sep[0].length + second[0].length;
      const u2 = unitAfter(text.slice(p2, p2 + 24));
      const y2 = /^\s?年/.exec(text.slice(p2, p2 + 3));
      const unitAgrees = yearWord ? !!y2 : u ? u2?.word.unit === u.word.unit || (!u2 && word !== 'to' && word !== 'and') : true;
      const levelAfterChange = !yearWord && changeThenLevel(text, start, word, value * (u?.word.scale ?? 1), secondValue * (u2?.word.scale ?? 1), (u?.word.scale ?? 1) !== (u2?.word.scale ?? 1) || scaleOf(core) !== scaleOf(second[0]));
      // 2013年至2015年第1季: the second year is narrowed to a part of it, so the text names a period between two
      // points, each year its own number, not a span of whole years.
      const partOfSecondYear = !!y2 && YEAR_PART.test(text.slice(p2 + y2[0].length, p2 + y2[0].length + 6));
      if (unitAgrees && !(yearWord && !y2) && !levelAfterChange && !partOfSecondYear) {
        hi = secondValue;
        // $600–700 billion: the scale written once applies to both ends.
        if (!/[\d.,]\s?[A-Za-z萬万億亿兆]/.test(core) && lo < 1000 && secondValue >= 1000 && /(?:billion|million|trillion|bln|mln|trln|bn|tn|[萬万億亿兆])/i.test(second[0])) {
          lo *= secondValue / (coreValue(second[0].replace(CURRENCY_SIGN, '').replace(/[\s-]?(?:thousand|million|billion|trillion|bln|mln|trln|bn|tn)$/i, '').replace(/[萬万億亿兆]+$/, '')) ?? secondValue);
        }
        if (!u && u2 && !yearWord) {
          if (u2.word.unit === 'yuan') unit ??= ctx.yuan;
          else unit ??= u2.word.unit;
          kind = u2.word.kind;
          scale = u2.word.scale ?? 1;
          pos = p2 + u2.length;
        } else if (yearWord) {
          pos = p2 + y2![0].length;
        } else {
          pos = p2 + (u2 && u2.word.unit === u?.word.unit ? u2.length : 0);
        }
      }
    }
  }
  if (yearWord) {
    if (hi === undefined) pos += yearWord[0].length;
    const arabic = /^\d+$/.test(core);
    const four = arabic && core.length === 4 && value >= 1000 && value <= 2999;
    const before = text.slice(Math.max(0, start - 4), start);
    const afterYear = text.slice(pos, pos + 3);
    const roc = ctx.taiwan && arabic && core.length <= 3 && value >= 38 && value <= LATEST_IMPLICIT_ROC_YEAR
      && !/(?:近|過去|过去|長達|长达|剛好|刚好|多|約|约|逾|超過|超过|達|达)$/.test(before) && !/^(?:[間间來来內内後后前多]|之久)/.test(afterYear);
    if (roc) return { end: pos, value: value + 1911, unit: 'year', calendar: 'ROC' };
    return { end: pos, value: lo, ...(hi !== undefined ? { upper: hi } : {}), unit: four ? 'year' : 'years' };
  }
  // "$80-billion-per-annum": a flow stated after the amount.
  // "$20 billion per month", "$95 billion a month": the period written after the amount makes it a flow.
  // "$3.2 trillion a year earlier" is a past level, not a flow.
  const per = /^[\s-]?(?:per[\s-]annum|(?:a|per|each|every)[\s-](year|month|week|day|quarter))\b(?![\s-]+(?:earlier|ago|before|prior|later|back)\b)/i.exec(text.slice(pos, pos + 24));
  if (per && unit && (kindOfUnit(unit) === 'money' || unit === '%') && !unit.includes('/')) {
    unit = `${unit}/${(per[1] ?? 'year').toLowerCase()}`;
    pos += per[0].length;
  }
  let bare = false;
  if (!unit) {
    // A bare four-digit number in prose is usually a year: "in 2026", "(1741)".
    if (/^(1[5-9]|20)\d{2}$/.test(core)) {
      // 2019-20, 1998–99: a span of years whose second end is written with its last two digits.
      if (hi !== undefined && hi < 100) hi += Math.floor(value / 100) * 100 + (hi < value % 100 ? 100 : 0);
      return { end: pos, value, ...(hi !== undefined ? { upper: hi } : {}), unit: 'year' };
    }
    // Earthquakes: 規模5.5, magnitude 6.2; casualties: 2死708傷.
    const pre = text.slice(Math.max(0, start - 10), start);
    if (/(?:規模|规模|里氏|芮氏|magnitude)[^，,。]{0,4}$/i.test(pre) || /^-magnitude/i.test(text.slice(pos, pos + 10))) {
      unit = 'magnitude';
      if (/^-magnitude/i.test(text.slice(pos, pos + 10))) pos += '-magnitude'.length;
    } else if (/^(?:[死傷伤](?=\d|[、，,])|失蹤|失踪|罹難|罹难)/.test(text.slice(pos, pos + 3))) unit = 'people';
    // Population counts: 人口約270萬, "a population of 2.3 million", "2.3 million residents".
    else if (/(?:人口|居民|住民|population|inhabitants|residents)(?:\s?(?:of|約|约|為|为|達|达|有|是|約為|约为|總數|总数|共|is|was|about|around|nearly|over|some))*\s?$/i.test(text.slice(Math.max(0, start - 24), start)) || /^\s?(?:人口|residents|inhabitants|people)\b/i.test(text.slice(pos, pos + 12))) unit = 'people';
    else if (/\bage[ds]?\s$|年$/.test(pre) && value < 150) unit = 'years'; // age 16, 年七十九
    else {
      unit = 'count';
      bare = true;
    }
  }
  if (/[點点]$/.test(text.slice(start, pos)) && unit === 'points' && Number.isInteger(value) && value <= 24 && PART_OF_DAY.test(text.slice(Math.max(0, start - 8), start))) {
    // 下午大约1点: a time of day, not index points.
    let h = value;
    if (LATER_PART_OF_DAY.test(text.slice(Math.max(0, start - 8), start)) && h < 12) h += 12;
    return { end: pos, value: h * 100, unit: 'time' };
  }
  // A range written high-to-low (-1℃~-2℃, 8%至5%) is stored low..high.
  if (hi !== undefined && hi < lo) [lo, hi] = [hi, lo];
  const read = { end: pos, value: decimal(lo * scale) } as ReadNumber;
  if (hi !== undefined) read.upper = decimal(hi * scale);
  read.unit = unit;
  if (kind) read.kind = kind;
  if (bare) read.bare = bare;
  return read;
}

/** Words a number may stand behind between a per-word and its unit: 每秒約35米, 每平方公里有1,300人. */
const PREFIX_FILLER = String.raw`(?:約|约|達|达|為|为|有|最高|最大|高達|高达|逾|近|\s)*$`;
const PER_SECOND = new RegExp(`(?:每秒|秒速)${PREFIX_FILLER}`);
const PER_HOUR = new RegExp(`(?:每小[時时]|時速|时速)${PREFIX_FILLER}`);
const PER_AREA = new RegExp(`每平方(公里|千米|英里)${PREFIX_FILLER}`);
const CELSIUS = /(?:攝氏|摄氏|[氣气]溫|溫度|温度|低溫|高溫|低温|高温)[^，,。；;]{0,6}$/;

/**
 * A unit written as a rate with its per-word before the number: 每秒35米 is a speed (m/s), 時速25公里 km/h,
 * 每平方公里228人 a density; a 度 of the weather (攝氏5度, 氣溫降至5度) is a temperature, 華氏 in Fahrenheit.
 */
function unitOfPrefix(before: string, unit: string): string {
  if (unit === 'm' && PER_SECOND.test(before)) return 'm/s';
  if (unit === 'km' && PER_HOUR.test(before)) return 'km/h';
  if (unit === 'people') {
    const area = PER_AREA.exec(before);
    if (area) return area[1] === '英里' ? 'people/mi2' : 'people/km2';
  }
  if (unit === 'deg') {
    if (/(?:華氏|华氏)\s?$/.test(before)) return 'degF';
    if (CELSIUS.test(before)) return 'degC';
  }
  return unit;
}

const QUALIFIERS_EN = String.raw`(?:(?:about|approximately|roughly|around|nearly|almost|some|over|more than|less than|just)\s+)*`;
const FROM_BEFORE_EN = new RegExp(String.raw`\bfrom\s+${QUALIFIERS_EN}$`, 'i');
const RANGING_FROM_EN = new RegExp(String.raw`\b(?:range|ranged|ranging|ranges)\s+from\s+${QUALIFIERS_EN}$`, 'i');
const BY_BEFORE = new RegExp(String.raw`\bby\s+${QUALIFIERS_EN}$`, 'i');
const CHANGE_VERB_EN = new RegExp(String.raw`\b(?:fell|rose|dropped|declined|increased|decreased|jumped|climbed|slid|surged|plunged|grew|gained|shrank|tumbled|sank|added|lost|drops|falls|rises)\s+${QUALIFIERS_EN}$`, 'i');
const CHANGE_VERB_ZH = /(?:減少|减少|增加|下降|上升|下跌|上漲|上涨|回落|下滑|增長|增长|縮減|缩减|擴大|扩大|萎縮|萎缩|飆升|飙升|暴增|暴跌|大增|大減|大减|降|升|跌|漲|涨|增|減|减)了?\s?(?:大約|大约|約|约|近|逾|超過|超过)?\s?$/;

/**
 * "fell by $20.1 billion to $2.98 trillion", 減少201億美元至2.98萬億美元: a change, then the level it reached —
 * two quantities, not a range. "by X to Y" is never a range; after a change verb, "X to Y" is one only when its ends
 * are of one magnitude (增長3%至5% is a range; a "range" from 20.1 billion to 2.98 trillion is not).
 */
function changeThenLevel(text: string, start: number, word: string, lo: number, hi: number, scalesDiffer = false): boolean {
  if (!['to', '至', '到'].includes(word)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (BY_BEFORE.test(before)) return true;
  // 减少了3400亿美元至2.83万亿美元: ends written with different scale words are no range either.
  return (CHANGE_VERB_EN.test(before) || CHANGE_VERB_ZH.test(before)) && (Math.abs(hi) >= 10 * Math.abs(lo) || scalesDiffer);
}

/** What a scale word multiplies by. */
const SCALE_VALUES: Record<string, number> = { 萬億: 1e12, 万亿: 1e12, 兆: 1e12, 億: 1e8, 亿: 1e8, 萬: 1e4, 万: 1e4, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, tn: 1e12, bln: 1e9, mln: 1e6, trln: 1e12 };
/** The scale word a number is written with (億, 萬億, billion…), lower-cased; '' when none. */
const scaleOf = (s: string) => (/(萬億|万亿|兆|億|亿|萬|万|thousand|million|billion|trillion|bln|mln|trln|bn|tn)\s*\S{0,2}$/i.exec(s.replace(/[美元圆圓\s]+$/, ''))?.[1] ?? '').toLowerCase();

function sentenceOf(text: string, at: number): string {
  const from = Math.max(0, text.lastIndexOf('。', at) + 1);
  const to = text.indexOf('。', at);
  return text.slice(Math.max(from, at - 80), to < 0 ? at + 80 : Math.min(to, at + 80));
}
