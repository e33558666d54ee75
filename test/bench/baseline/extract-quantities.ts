// The quantity extractor as of commit 299274d (before issue 12), kept unchanged so benchmarks and the
// evaluation can compare before and after in the same run. Do not edit.
import { normaliseNumber } from './normalise-number.ts';
import { qualifierBefore, type Qualifier } from './qualifiers.ts';
import { resolveUnitsFromContext } from './unit-context.ts';

/**
 * Finds every quantity in a text, with exact UTF-16 spans.
 *
 * A focused scanner rather than @microsoft/recognizers-text-number: that library parses 萬/億
 * and mixed numerals well, but misses bare magnitudes (萬億財政存款), 千倍 and ranges and reads
 * GPT-5 as −5 (`npm run eval:compare` measures both on the same sets). Identifiers and headings
 * need context rules either way, so the scanner owns the whole job and `normaliseNumber` turns
 * each surface into a value. Quality is measured by `npm run eval:extract`.
 */
export interface QuantityMention {
  start: number;
  end: number;
  surface: string;
  value: number;
  upper?: number;
  unit: string;
  qualifier?: Qualifier;
  date?: string;
}

const CN = '零〇一二兩两三四五六七八九十百千萬万億亿幾几';
const MAGNITUDE = /[十百千萬万億亿]/;
const CN_RUN = new RegExp(`^[${CN}]+`);
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[萬万億亿千百]+)?(?:\s?(?:thousand|million|billion|trillion|bn|tn|k|m|b)\b)?`;
const CN_NUMBER = `[${CN}]+`;
const UNIT = String.raw`(?:美元|美金|港元|港幣|港币|人民幣|人民币|歐元|欧元|元|%|％|倍|噸|吨|平方公里|公里|人|年|\s?(?:percent|per cent|times|x|people|tonnes|tons|km2|km|dollars|USD|euros|years?)\b)`;
const ONE = String.raw`(?:US\$|HK\$|\$|€|USD\s)?(?:${NUMBER}|${CN_NUMBER})(?:${UNIT})?`;
const RANGE_SEP = String.raw`\s?(?:-|–|—|~|～|至|到|to)\s?`;
const DATE = String.raw`(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日`;
const SCANNER = new RegExp(`${DATE}|百分之[${CN}\\d.]+|${ONE}(?:${RANGE_SEP}${ONE})?`, 'gu');

/** Common words written with numeral characters that are not numbers. */
const NOT_NUMBERS = ['百姓', '十分', '萬分', '万分', '千方百計', '千方百计', '百貨', '百货', '萬物', '万物', '千萬別', '千万别', '千萬不', '千万不', '萬一', '万一', '一些', '一起', '一直', '一定', '一旦', '一切', '一般', '唯一', '統一', '统一', '一步', '一筆', '一笔', '一根', '一場', '一场', '一樣', '一样', '一方面', '之一', '第一'];
/** Words before a number that make it part of a name: S&P 500, iPhone 15, Chapter 2. */
const NAME_BEFORE = /(?:S&P|Nikkei|KOSPI|FTSE|DAX|Stoxx|Russell|CAC|Hang Seng|iPhone|Windows|Galaxy|Pixel|Model|Chapter|Section|Part|Article|Type|Series|Level|Phase)\s$/i;

function isNameOrHeading(text: string, start: number, end: number, surface: string): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (/^[\d.,]+$/.test(surface) || /^[\d.,]+[萬万億亿千百]*$/.test(surface)) {
    // Glued to Latin letters: H100, GPT-5, QE4, 3nm, 5G, COVID-19.
    if (/[A-Za-z]/.test(before) || (before === '-' && /[A-Za-z]/.test(text[start - 2] ?? ''))) return true;
    if (/[A-Za-z]/.test(after)) return true;
    // An index named by a number: 日經225指數, 標普500指數, 恒生指數 style names.
    if (/[\u4e00-\u9fff]/.test(before) && /^(指數|指数)/.test(text.slice(end, end + 2)) && !/[萬万億亿]/.test(surface)) return true;
  }
  if (/[A-Za-z]/.test(before) && !/^\$/.test(surface)) return true;
  if (NAME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  // Ordinals and headings: 第一章, 第3季度.
  if (before === '第') return true;
  return false;
}

/** Numbers in a chapter or section heading line (第四章 2026倒計時) label the text, they claim nothing. */
function inHeading(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^\s*(第[一二三四五六七八九十百\d]+[章節节篇部]|Chapter\s+\d+)/i.test(text.slice(lineStart, start + 1));
}

function isIdiom(text: string, start: number, surface: string): boolean {
  const window = text.slice(Math.max(0, start - 2), start + surface.length + 3);
  return NOT_NUMBERS.some((w) => window.includes(w) && text.indexOf(w, Math.max(0, start - 2)) <= start + surface.length);
}

export function extractQuantities(text: string, options: { documentDate?: string } = {}): QuantityMention[] {
  const year = options.documentDate ? Number(options.documentDate.slice(0, 4)) : undefined;
  const found: QuantityMention[] = [];
  const scanner = new RegExp(SCANNER); // a fresh lastIndex per call
  for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
    let surface = m[0];
    const start = m.index;
    // "rose from 4% to 5%" states two values, not a range: keep the first, rescan the rest.
    const fromTo = /^(.+?)\s+to\s+/.exec(surface);
    if (fromTo && /\bfrom\s+$/i.test(text.slice(Math.max(0, start - 6), start))) {
      surface = fromTo[1] as string;
      scanner.lastIndex = start + fromTo[0].length;
    }
    // The English unit alternatives may leave a trailing space.
    surface = surface.replace(/\s+$/, '');
    const end = start + surface.length;
    const cnRun = CN_RUN.exec(surface)?.[0];
    if (cnRun) {
      if (isIdiom(text, start, surface)) continue;
      // Numeral characters alone are a number only with a magnitude (萬億, 三百萬); a single
      // digit character needs a unit after it (三倍, 十年) — 三個, 兩瓶, 二戰 are not quantities.
      if (cnRun === surface ? surface.length === 1 || !MAGNITUDE.test(surface) : cnRun.length === 1 && !MAGNITUDE.test(cnRun) && !/^[倍年人]/.test(surface.slice(1))) continue;
    }
    if (inHeading(text, start)) continue;
    if (isNameOrHeading(text, start, end, surface)) continue;
    // Months without a day are not quantities we normalise.
    if (/^\d{1,2}$/.test(surface) && text[end] === '月') continue;
    const normalised = normaliseQuantity(surface, year);
    if (!normalised) continue;
    const qualifier = (/[幾几]/.test(surface) ? 'ABOUT' : undefined) ?? qualifierBefore(text, start);
    found.push({ start, end, surface, ...normalised, ...(qualifier ? { qualifier } : {}) });
  }
  return resolveUnitsFromContext(text, found);
}

function normaliseQuantity(surface: string, year: number | undefined) {
  const percentWords = /^百分之(.+)$/.exec(surface);
  if (percentWords) {
    const inner = normaliseNumber(percentWords[1] as string);
    return inner ? { value: inner.value, unit: '%' } : undefined;
  }
  const n = normaliseNumber(surface.replace(/[幾几]/g, ''), year !== undefined ? { year } : {});
  if (!n) return undefined;
  // A bare four-digit number in prose is usually a year: "in 2026".
  if (n.unit === 'count' && /^(1[89]|20)\d{2}$/.test(surface)) return { value: n.value, unit: 'year' };
  return n;
}
