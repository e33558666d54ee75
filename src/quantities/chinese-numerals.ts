/** Values of Chinese digits (both scripts, with the financial forms seen in news text). */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** Myriad scales. 萬億 (1e12) is 萬 × 億 and falls out of the multiplication. */
export const SCALES: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };

export const CHINESE_NUMERAL_CHARS = '零〇一二兩两三四五六七八九十百千萬万億亿兆';

/**
 * Parses a run of Chinese numerals: 三百萬 = 3e6, 七萬 = 7e4, 十 = 10, 兩百七十 = 270,
 * 萬億 = 1e12 (a bare magnitude). Returns undefined for anything else.
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (!s || [...s].some((c) => !CHINESE_NUMERAL_CHARS.includes(c))) return undefined;
  return composeNumeral(s, (c) => DIGITS[c] as number);
}

/**
 * The value of a numeral read token by token — a digit (whatever `digitOf` makes of it), 十/百/千 within a myriad
 * group, or a myriad scale (萬, 億, 兆) closing one — for both parsers here: 三億五千萬 = 3.5e8, 一萬五千億 = 1.5e12.
 */
function composeNumeral(tokens: Iterable<string>, digitOf: (token: string) => number): number {
  let total = 0; // completed myriad groups
  let section = 0; // the group being built (below 萬)
  let digit: number | undefined;
  let lastScale = Infinity;
  for (const tok of tokens) {
    if (Object.hasOwn(SMALL_UNITS, tok)) {
      section += (digit ?? 1) * (SMALL_UNITS[tok] as number);
      digit = undefined;
    } else if (Object.hasOwn(SCALES, tok)) {
      const scale = SCALES[tok] as number;
      const group = section + (digit ?? 0);
      if (group === 0) total = (total || 1) * scale; // 萬億, or a bare 萬億級
      else if (scale > lastScale) total = (total + group) * scale; // 一萬五千億 = 1.5e12
      else total += group * scale; // 三億五千萬 = 3.5e8
      lastScale = scale;
      section = 0;
      digit = undefined;
    } else digit = digitOf(tok);
  }
  return total + section + (digit ?? 0);
}

const MIXED_TOKEN = /\d+(?:\.\d+)?|[零〇一二兩两三四五六七八九](?:[點点‧．][零〇一二三四五六七八九]+)?|[十百千萬万億亿兆]/g;

/**
 * Parses numbers written with Arabic digits and Chinese numerals together, as news text does:
 * `2萬4337` = 24337, `48兆3,641億` = 4.83641e13, `30 億 3,468 萬` = 3.03468e9, `2千5百` = 2500,
 * `一點二` = 1.2, `2.7萬億` = 2.7e12. Spaces, thousands separators and the approximators 多/餘/幾
 * are ignored (the caller records them as qualifiers). Returns undefined for anything else.
 */
export function parseMixedNumeral(s: string): number | undefined {
  const t = s.replace(/[\s,多餘余幾几]/g, '');
  if (!t) return undefined;
  const tokens = t.match(MIXED_TOKEN);
  if (!tokens || tokens.join('') !== t) return undefined;
  return composeNumeral(tokens, (tok) => (/^\d/.test(tok) ? Number(tok) : tok.length > 1 ? Number(`${DIGITS[tok[0]!]}.${[...tok.slice(2)].map((c) => DIGITS[c]).join('')}`) : (DIGITS[tok] as number)));
}
