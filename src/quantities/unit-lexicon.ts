import { readFileSync } from 'node:fs';
import type { UnitWord } from './units.ts';

/**
 * Classifiers and units of measure as open classes (issue 18): after a number, a word of this lexicon makes it a count
 * (三個引擎, 五艘船: the classifiers CC-CEDICT lists) or a measure (12坪, 3英畝, 20 acres: units from CC-CEDICT's
 * glosses and from the CLDR unit names that ship with Node's ICU, in English and both Chinese scripts). Read after
 * the hand-listed unit words of units.ts, which keep their finer readings (人 people, 成 tenths, 度 degrees or kWh).
 */
interface Lexicon {
  classifiers: string[];
  units: Record<string, string>;
}
const data = JSON.parse(readFileSync(new URL('./data/unit-lexicon.json', import.meta.url), 'utf8')) as Lexicon;

/** Classifiers that are also function words or verbs too often to count after a number (和, 出, 打…). */
const NOT_COUNTING = new Set('和出造進进通重手派注火水身声聲味响響喷噴发發打刻秒起毛番期峰'.split('')); // 二期水稻, 五峰鄉: phases and names

/** CLDR's sanctioned units that measure length, area, mass and volume, and the unit codes the extractor uses. */
const CLDR_UNITS: Record<string, string> = {
  acre: 'acre', centimeter: 'cm', foot: 'ft', gallon: 'gal', gram: 'g', hectare: 'ha', inch: 'in', kilogram: 'kg', kilometer: 'km',
  liter: 'l', meter: 'm', mile: 'mi', milliliter: 'ml', millimeter: 'mm', ounce: 'oz', pound: 'lb', stone: 'st', yard: 'yd', 'fluid-ounce': 'fl oz',
};
/** Abbreviations too like ordinary words to read as units ("3 in 2025", "the 1st"). */
const UNSAFE_SHORT = new Set(['in', 'st', 'm', 'g', 'l', 'ac', 'mL', 'fl oz']);
/** Units of Taiwan's Weights and Measures Act found in neither CC-CEDICT nor CLDR. */
const TAIWAN_UNITS: Record<string, string> = { 甲: 'jia', 臺斤: 'catty', 台斤: 'catty', 臺兩: 'tael', 台兩: 'tael', 公畝: 'are', 公亩: 'are' };

function cldrNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [unit, code] of Object.entries(CLDR_UNITS)) {
    if (!Intl.supportedValuesOf('unit').includes(unit)) continue;
    for (const locale of ['en', 'zh-TW', 'zh-HK', 'zh-CN']) {
      for (const unitDisplay of ['long', 'short'] as const) {
        for (const n of [1, 2]) {
          const word = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay }).format(n).replace(/[\d.,]/g, '').trim();
          if (word && !(unitDisplay === 'short' && UNSAFE_SHORT.has(word)) && !/^[a-z]$/i.test(word)) names.set(word, code);
        }
      }
    }
  }
  return names;
}

export interface LexiconUnit {
  word: UnitWord;
  length: number;
}

const HAN = /^\p{Script=Han}/u;
const byFirst = new Map<string, { text: string; word: UnitWord }[]>();
function add(text: string, word: UnitWord): void {
  const key = text[0]!.toLowerCase();
  const list = byFirst.get(key) ?? [];
  if (!list.some((e) => e.text === text)) list.push({ text, word });
  byFirst.set(key, list);
}
const units = new Map([...Object.entries(data.units), ...cldrNames(), ...Object.entries(TAIWAN_UNITS)]);
for (const [text, code] of units) {
  add(text, { re: /(?:)/, unit: code });
  // Areas: 平方英里, "square miles".
  if (/^(?:km|m|mi|ft|yd|in|cm)$/.test(code)) add(HAN.test(text) ? `平方${text}` : `square ${text}`, { re: /(?:)/, unit: `${code}2` });
}
for (const c of data.classifiers) if (!NOT_COUNTING.has(c) && !units.has(c)) add(c, { re: /(?:)/, unit: 'count', counter: true });
for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);

/** The lexicon word at the start of `after` (one space allowed before it), longest first, on a word boundary for Latin words. */
export function lexiconUnitAfter(after: string): LexiconUnit | undefined {
  const lead = /^[\s-]/.test(after) ? 1 : 0;
  const rest = after.slice(lead);
  const list = byFirst.get((rest[0] ?? '').toLowerCase());
  if (!list) return undefined;
  for (const e of list) {
    const latin = !HAN.test(e.text);
    const head = latin ? rest.slice(0, e.text.length).toLowerCase() : rest.slice(0, e.text.length);
    if (head !== (latin ? e.text.toLowerCase() : e.text)) continue;
    if (latin && (lead === 0 || /[A-Za-z]/.test(rest[e.text.length] ?? ''))) continue;
    if (!latin && lead && e.word.counter) continue; // "3 個" with a space is rare; "3 台北" is not a count
    // 三市分別, 三分之一: a unit word must not end inside the word that follows (分別 "respectively", 分之 a fraction).
    if (!latin && /^分[別别之]/.test(rest.slice(e.text.length - 1, e.text.length + 1))) continue;
    return { word: e.word, length: lead + e.text.length };
  }
  return undefined;
}
