import { matchesOf } from './matches-of.ts';

export type Qualifier = 'ABOUT' | 'ABOVE' | 'BELOW' | 'ONLY' | 'NEARLY' | 'AT_LEAST' | 'AT_MOST';
export type Direction = 'RISE' | 'FALL';

/** Words right before a number that say how the number bounds the truth; longest first. */
const WORDS: [string, Qualifier][] = [
  ['至少', 'AT_LEAST'], ['最少', 'AT_LEAST'], ['at least', 'AT_LEAST'],
  ['至多', 'AT_MOST'], ['最多', 'AT_MOST'], ['at most', 'AT_MOST'], ['up to', 'AT_MOST'], ['as many as', 'AT_MOST'],
  ['approximately', 'ABOUT'], ['roughly', 'ABOUT'], ['around', 'ABOUT'], ['about', 'ABOUT'], ['大約', 'ABOUT'], ['大约', 'ABOUT'], ['大概', 'ABOUT'], ['約', 'ABOUT'], ['约', 'ABOUT'],
  ['more than', 'ABOVE'], ['over', 'ABOVE'], ['above', 'ABOVE'], ['topped', 'ABOVE'], ['exceeded', 'ABOVE'], ['exceeds', 'ABOVE'], ['exceed', 'ABOVE'],
  ['超過', 'ABOVE'], ['超过', 'ABOVE'], ['突破', 'ABOVE'], ['逾', 'ABOVE'], ['超', 'ABOVE'],
  ['less than', 'BELOW'], ['below', 'BELOW'], ['under', 'BELOW'], ['跌破', 'BELOW'], ['不到', 'BELOW'], ['不足', 'BELOW'], ['低於', 'BELOW'], ['低于', 'BELOW'],
  ['nearly', 'NEARLY'], ['almost', 'NEARLY'], ['approaches', 'NEARLY'], ['approaching', 'NEARLY'], ['接近', 'NEARLY'], ['將近', 'NEARLY'], ['将近', 'NEARLY'], ['近', 'NEARLY'],
  ['約數', 'ABOUT'], ['约数', 'ABOUT'],
  ['only', 'ONLY'], ['僅', 'ONLY'], ['仅', 'ONLY'], ['只有', 'ONLY'], ['只', 'ONLY'], ['才', 'ONLY'],
];
const MATCHERS = WORDS.map(([word, q]) => {
  const ascii = /^[a-z ]+$/.test(word);
  return [ascii ? new RegExp(`(?:^|[^A-Za-z])${word}\\s+$`, 'i') : new RegExp(`${word}$`), q] as const;
});
/** The last characters a qualifier can end a text with: a space (the English words' `\\s+$`) or a Chinese word's last
 * character. A text ending otherwise matches none of MATCHERS, so they are not run (qualifierBefore runs per number). */
const QUALIFIER_LAST = new Set(WORDS.filter(([w]) => !/^[a-z ]+$/.test(w)).map(([w]) => w.at(-1) as string));
const mayEndWithQualifier = (s: string) => {
  const last = s.at(-1);
  return last !== undefined && (QUALIFIER_LAST.has(last) || /\s/.test(last));
};
/** Words that may stand between a qualifier and its number: 約共有一點二公頃, 大约有42万人, 跌幅約為3.51%. */
/** Currency words written before an amount: 約新台幣5.9億元, 縮水新台幣1.37兆元. */
const CURRENCY_WORDS = '新[台臺]幣|[台臺]幣|人民幣|人民币|港幣|港币|美金';
/**
 * Words that may stand between a qualifier and its number: 約共有一點二公頃, 大约有42万人, 跌幅約為3.51%, 至少造成14人,
 * 約數同為1.48億人次, 約新台幣5.9億元.
 */
const FILLER = new RegExp(`(?:共有|有|達|达|為|为|是|了|造成|導致|导致|同|均|都|${CURRENCY_WORDS}|\\s)+$`);
/** A share written "占 … 的": 只占世界城市人口的11.5% bounds the share. */
const SHARE_OF = /[占佔][^，,。；;、]{0,14}的\s?$/;

/** The qualifier written immediately before `start` (spaces and a few filler words allowed), if any. */
export function qualifierBefore(text: string, start: number): Qualifier | undefined {
  const raw = text.slice(Math.max(0, start - 16), start);
  // "more than a century", "about a mile": the article of a unit word read as one.
  const candidates = [raw];
  const add = (c: string) => {
    if (c && !candidates.includes(c)) candidates.push(c);
  };
  add(raw.replace(FILLER, ''));
  if (/\s[Aa]n?\s$/.test(raw)) add(raw.replace(/\s[Aa]n?\s$/, ' '));
  if (/的\s?$/.test(raw)) {
    const wide = text.slice(Math.max(0, start - 24), start);
    if (SHARE_OF.test(wide)) add(wide.replace(SHARE_OF, ''));
  }
  for (const before of candidates) {
    if (!mayEndWithQualifier(before)) continue;
    for (const [re, q] of MATCHERS) {
      // "back up to $2.9 trillion", "rose up to": a level reached, not a bound.
      if (q === 'AT_MOST' && /\b(?:back|rose|climbed|went|came|moved|bounced|jumped)\s+up to\s+$/i.test(before)) return undefined;
      if (re.test(before)) return q;
    }
  }
  return undefined;
}

/** Bounds written after a number: 十二公頃左右, 2000毫米以上, 三分之一強, "16 and older". */
export function qualifierAfter(text: string, end: number): { qualifier: Qualifier; length: number } | undefined {
  const m = /^(?:左右|上下|前後|前后)|^(?:以上)|^(?:以下|以內|以内)|^[強强](?![調调化大])|^\s(?:or more|and older|and over)\b/.exec(text.slice(end, end + 12));
  if (!m) return undefined;
  const w = m[0].trim();
  const qualifier: Qualifier = /左右|上下|前/.test(w) ? 'ABOUT' : /以上|or more|and/.test(w) ? 'AT_LEAST' : /以下|以內|以内/.test(w) ? 'AT_MOST' : 'ABOVE';
  return { qualifier, length: m[0].length };
}

// Adverbs between a change word and its number are skipped too: 跌幅也都超過10%, 降幅分別為3.1%, 均增長.
export const QUALIFIER_TAIL = new RegExp(`(?:約|约|逾|超過|超过|近|大約|大约|了|達|达|為|为|是|分別|分别|均|都|也|皆|亦|各|${CURRENCY_WORDS}|\\s|about|roughly|nearly|more than|only|some|just over|(?<![A-Za-z])an?(?=\\s))+$`, 'i');
/**
 * The characters QUALIFIER_TAIL's words end with (case-insensitive for the English ones; "a"/"an" never end it: a
 * space must follow them): a text ending with none of these, nor a space, has no tail to strip, so the pattern, which
 * tries every position of the 64 characters before each number, is not run.
 */
const TAIL_LAST = new Set([...'約约逾過过近了達达為为是別别均都也皆亦各幣币金tTyYnNeErR']);
/** The text without QUALIFIER_TAIL (the bounds and adverbs right before a number). */
export const withoutQualifierTail = (s: string): string => {
  const last = s.at(-1);
  return last !== undefined && (TAIL_LAST.has(last) || /\s/.test(last)) ? s.replace(QUALIFIER_TAIL, '') : s;
};
const ZH_RISE = /(?:上漲|上涨|上升|增加|增長|增长|成長|成长|年增|上修|攀升|大漲|大涨|回升|漲幅|涨幅|增幅|升幅|上調|上调|加快|走高|提高|提升|擴大|扩大|增多|漲|涨|升|增)$/;
const ZH_FALL = /(?:下跌|下降|下滑|下修|減少|减少|縮水|缩水|重挫|大跌|暴跌|急跌|下挫|滑落|回檔|回档|下殺|下杀|蒸發|蒸发|跌幅|減幅|减幅|降幅|回落|放緩|放缓|下調|下调|走低|收窄|縮小|缩小|降低|縮減|缩减|萎縮|萎缩|挫|跌|降|減|减)$/;
const CHANGE_VERB = /上漲|上涨|上升|增加|增長|增长|攀升|回升|下跌|下降|下滑|減少|减少|回落|漲|涨|升|增|跌|降|減|减/g;
const EN_RISE = /\b(?:rose|rise[sn]?|rising|increased?|increasing|up|grew|grow[sn]?|growing|gained|gains?|added|adds?|jumped|climbed|surged?|soared|soars?|rallied|advanced|expanded|accelerated|higher)(?:\s+by)?\s*$|\b(?:rais(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|lift(?:ed|s)?)\b[^.,;]{0,40}\bby\s*$|\b(?:increase|hike|rise|gain|growth) of\s*$/i;
const EN_FALL = /\b(?:fell|fall(?:s|en)?|falling|declined?|declining|decreased?|down|dropped|drops?|lost|loses?|shed|slid|slipped|dipped|sank|shrank|contracted|plunged|plummeted|slumped|tumbled|lower)(?:\s+by)?\s*$|\b(?:cut(?:s|ting)?|lower(?:ed|s)?|reduc(?:e|ed|es)|revised down)\b[^.,;]{0,40}\bby\s*$|\b(?:decreases?|declines?|drops?|falls?|cuts?|loss|losses) of\s*$/i;
// "increased at an annual rate of 3.3 percent", "fell at a seasonally adjusted annual rate of 1.2 percent".
const AT_RATE_OF = String.raw`\s+at\s+an?\s+(?:[a-z-]+\s+){0,4}(?:rate|pace)\s+of\s*$`;
const EN_RISE_AT_RATE = new RegExp(String.raw`\b(?:rose|increased|grew|gained|climbed|advanced|expanded|rising|increasing|growing)${AT_RATE_OF}`, 'i');
const EN_FALL_AT_RATE = new RegExp(String.raw`\b(?:fell|declined|decreased|dropped|contracted|shrank|falling|declining|decreasing)${AT_RATE_OF}`, 'i');
const EN_RISE_AFTER = /^\s*(?:increase|hike|rise|gain|growth|jump)\b/i;
const EN_FALL_AFTER = /^\s*(?:decrease|decline|drop|fall|cut|loss)\b/i;

/**
 * Whether the number is a change and which way: 暴跌4.2% is a fall of 4.2%, "rose by 252,000" a rise,
 * "a 62% increase" a rise. A level reached (降至33.71兆元, "declined to 3.9 percent") has no direction.
 */
export function directionAround(text: string, start: number, end: number): Direction | undefined {
  const before = withoutQualifierTail(text.slice(Math.max(0, start - 64), start));
  const zhBefore = before.slice(-6);
  // The English verbs need a Latin letter before the number: most numbers of a Chinese text have none there.
  const latin = /[A-Za-z]/.test(before);
  if (ZH_FALL.test(zhBefore) || (latin && (EN_FALL.test(before) || EN_FALL_AT_RATE.test(before)))) return 'FALL';
  if (ZH_RISE.test(zhBefore) || (latin && (EN_RISE.test(before) || EN_RISE_AT_RATE.test(before)))) return 'RISE';
  // 從14.4萬元漲至16.8萬元，幅度達16.7%: 幅度 (the size of a change) goes the way of the change its sentence states.
  if (/幅度$/.test(zhBefore)) {
    const sentence = text.slice(Math.max(0, start - 60), start).split(/[。！？!?\n]/).pop() ?? '';
    const verb = matchesOf(CHANGE_VERB, sentence).pop()?.[0];
    if (verb) return ZH_FALL.test(verb) ? 'FALL' : 'RISE';
  }
  const after = text.slice(end, end + 16);
  if (EN_RISE_AFTER.test(after)) return 'RISE';
  if (EN_FALL_AFTER.test(after)) return 'FALL';
  return undefined;
}
