import { CHINESE_NUMERAL_CHARS, SCALES, parseChineseNumeral } from './chinese-numerals.ts';

export interface Normalised {
  value: number;
  upper?: number;
  /** `count` when the surface names no unit (the context may: 2.5萬億 in a USD sentence). */
  unit: string;
  date?: string;
}

const CURRENCIES: [RegExp, string][] = [
  [/^(美元|美金|USD|US\$|\$)/i, 'USD'],
  [/^(港元|港幣|HKD|HK\$)/i, 'HKD'],
  [/^(人民幣|人民币|元|CNY|RMB)/i, 'CNY'],
  [/^(歐元|欧元|EUR|€)/i, 'EUR'],
];
const UNITS: [RegExp, string][] = [
  [/^(%|％|percent)/i, '%'],
  [/^(倍|x|×|times)/i, 'x'],
  [/^(噸|吨|tonnes?|tons?)/i, 't'],
  [/^(平方公里|km2|km²)/i, 'km2'],
  [/^(公里|km)/i, 'km'],
  [/^(人|people|persons)/i, 'people'],
];
const EN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9, b: 1e9, tn: 1e12, bln: 1e9, mln: 1e6, trln: 1e12 };

/** A leading number: Arabic (with , separators and decimals) then Chinese scale words, or Chinese numerals. */
function leadingNumber(s: string): { value: number; rest: string } | undefined {
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/.exec(s);
  if (arabic) {
    let value = Number((arabic[1] as string).replace(/,/g, '') + (arabic[2] ?? ''));
    let rest = s.slice(arabic[0].length);
    // Chinese scale words after digits multiply: 2.7萬億 = 2.7 × 1e4 × 1e8. 千 too: 3千.
    for (let c = rest[0]; c && (c in SCALES || c === '千' || c === '百'); c = rest[0]) {
      value *= c in SCALES ? (SCALES[c] as number) : c === '千' ? 1000 : 100;
      rest = rest.slice(1);
    }
    const en = /^\s*(thousand|million|billion|trillion|bln|mln|trln|bn|tn|k|m|b)\b/i.exec(rest);
    if (en) {
      value *= EN_SCALES[(en[1] as string).toLowerCase()] as number;
      rest = rest.slice(en[0].length);
    }
    return { value, rest };
  }
  let i = 0;
  while (i < s.length && CHINESE_NUMERAL_CHARS.includes(s[i] as string)) i++;
  const value = parseChineseNumeral(s.slice(0, i));
  return value === undefined ? undefined : { value, rest: s.slice(i) };
}

function unitOf(text: string): { unit: string; rest: string } {
  const rest = text.trimStart();
  for (const [re, unit] of [...CURRENCIES, ...UNITS]) {
    const m = re.exec(rest);
    if (m) return { unit, rest: rest.slice(m[0].length) };
  }
  return { unit: 'count', rest };
}

/**
 * Normalises one quantity surface as written: `2.7萬億美元` → 2.7e12 USD,
 * `18%-25%` → 18..25 %, `千倍` → 1000 x, `2026年` → year 2026, `47年` → 47 years,
 * `11月5日` → date (with the document's year when given), `$2.7 trillion`, `1,000x`.
 * Returns undefined when the surface is not a number.
 */
export function normaliseNumber(surface: string, options: { year?: number } = {}): Normalised | undefined {
  const s = surface.trim();
  const date = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (date) {
    const year = date[1] ? Number(date[1]) : options.year;
    const [month, day] = [Number(date[2]), Number(date[3])];
    if (year === undefined) return { value: month * 100 + day, unit: 'date' };
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { value: year * 10000 + month * 100 + day, unit: 'date', date: iso };
  }
  // A currency sign may come first: $2.7 trillion, US$5bn.
  let prefixUnit: string | undefined;
  let body = s;
  const sign = /^(US\$|HK\$|\$|€)/.exec(body);
  if (sign) {
    prefixUnit = unitOf(sign[1] as string).unit;
    body = body.slice(sign[0].length);
  }
  const first = leadingNumber(body);
  if (!first) return undefined;
  let { value, rest } = first;
  let upper: number | undefined;
  const firstUnit = unitOf(rest);
  // Ranges: 18%-25%, 18%至25%, 18-25%, 1858年到1872年.
  const range = /^(年)?\s*(-|–|—|~|～|至|到|to)\s*/.exec(firstUnit.rest);
  if (range) {
    const second = leadingNumber(firstUnit.rest.slice(range[0].length));
    if (second) {
      upper = second.value;
      rest = (range[1] ?? '') + second.rest;
    }
  }
  const year = /^\s*(年|years?\b)/.test(rest);
  if (year) {
    // Four digits and 年 name a calendar year; other counts of 年 are durations.
    const calendar = Number.isInteger(value) && value >= 1000 && value <= 2999 && /^\d{4}/.test(body) && /^年/.test(rest);
    return { value, ...(upper !== undefined ? { upper } : {}), unit: calendar ? 'year' : 'years' };
  }
  const { unit } = upper !== undefined && firstUnit.unit !== 'count' ? firstUnit : unitOf(rest);
  const resolved = prefixUnit ?? (unit === 'count' ? firstUnit.unit : unit);
  return { value, ...(upper !== undefined ? { upper } : {}), unit: resolved };
}
