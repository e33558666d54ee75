/**
 * What the rest of a claim's sentence says about its figure. Pure. A claim is one clause of its sentence ("余额首次突破
 * 1 万亿美元"), while the words that date it or qualify it are often in another clause of the same sentence ("截至上周五,
 * 财政部一般账户余额首次突破 1 万亿美元"; "停摆期间…,TGA 余额从 8000 亿美元飙升至 1.1 万亿美元"; "降至2.93万亿美元,创下自
 * 2020年6月以来的最低水平"). A quantity never borrows a time from another sentence, and within its sentence only from
 * words that are not another figure's (the reader's `otherOwnerOfTime`).
 */
import type { NamedWindow } from './as-of.ts';
import type { ClaimInput, ClaimQuantity } from './check-types.ts';
import { sinceIn } from '../quantities/time-expressions.ts';
import { otherOwnerOfTime } from '../quantities/whose-time.ts';

/** The claim's sentence, and where the figure is in it (its first occurrence inside the quote). */
export interface InSentence {
  text: string;
  /** Where the quote starts in the sentence (0 when the sentence is the quote). */
  quoteAt: number;
}

export function sentenceOf(claim: Pick<ClaimInput, 'quote' | 'sentence'>): InSentence {
  const s = claim.sentence;
  const at = s ? s.indexOf(claim.quote) : -1;
  return at >= 0 && s ? { text: s, quoteAt: at } : { text: claim.quote, quoteAt: 0 };
}

/** Where a figure is written in the sentence: inside the quote, never an earlier figure with the same surface. */
export function figureAt(s: InSentence, quote: string, surface: string): number {
  const inQuote = quote.indexOf(surface);
  return inQuote < 0 ? s.text.indexOf(surface) : s.quoteAt + inQuote;
}

/** An amount written in a sentence (a money figure or a percentage), not a date or a count of years. */
const AMOUNT = /(?:[$¥€£]\s*\d[\d,.]*|\d[\d,.]*\s*(?:萬億|万亿|兆|億|亿|萬|万|trillion|billion|million|bn|%|percent|美元|元))/gi;

/** A cause written just before a named period's word: 因为/由于…停摆, "because of / due to the shutdown". */
const CAUSE_BEFORE = /(?:因为|因為|由于|由於|為應對|为应对|應對|应对|because of|due to|owing to|thanks to|caused by|in response to)\s*(?:the\s+)?(?:(?:US|U\.S\.|美国|美國|联邦|聯邦|federal)\s*)?(?:government\s+|政府\s*)?$/i;
/**
 * A named period's word written as a time: after a preposition of time ("during the shutdown", 在停擺中, 自停摆) or
 * before a word making it one (停摆期间, 停擺以來, 停摆后, "shutdown period"). The bare word is the event, often the
 * subject of what happened (停擺迫使財政部…, “停摆”吸干了市场流动性), not when the figure was.
 */
const AS_TIME_BEFORE = /(?:\b(?:during|in|amid|throughout|since|through|over|after|before|until)\s+(?:the\s+|this\s+|last\s+)?(?:(?:\d{4}(?:\s*[-–]\s*\d{2,4})?|US|U\.S\.|federal|government|record|longest|recent)\s+)*|在|自|從|从|於|于|截至|截止)\s*["“「]?$/i;
const AS_TIME_AFTER = /^\s*["”」]?\s*(?:期間|期间|以來|以来|之中|中|之後|之后|後|后|之前|前|時|时|開始|开始|結束|结束|首日|第\s*\d+\s*天|period|days?\b)/i;

/** A year written just before a named period's word ("the 2018-2019 shutdown", 2013年停擺): another occurrence of it. */
const YEAR_BEFORE = /((?:19|20)\d\d)(?:\s*[-–—至到~]\s*(?:(?:19|20)?\d\d))?\s*(?:年)?\s*(?:的)?\s*$/;

/**
 * The named period (a shutdown) the figure speaks of, from the words of its sentence: the longest name written there
 * ("2018-2019 shutdown" before "shutdown"), unless a year written just before the word puts it outside the period
 * ("the 2018-2019 shutdown" is not the 2025 one) or the word sits beside another figure of the sentence, in another
 * clause ("has hoarded over $1 trillion…, compared to the $300 billion during the 2018-2019 shutdown": the shutdown
 * is the $300 billion's).
 */
export function namedWindowOf(claim: Pick<ClaimInput, 'quote' | 'sentence'>, q: ClaimQuantity, windows: readonly NamedWindow[], amounts: readonly ClaimQuantity[]): { window: NamedWindow; word: string } | null {
  const s = sentenceOf(claim);
  const lower = s.text.toLowerCase();
  const found: { window: NamedWindow; word: string; at: number }[] = [];
  for (const w of windows) {
    for (const word of w.match ?? []) {
      const at = lower.indexOf(word.toLowerCase());
      if (at >= 0) found.push({ window: w, word: s.text.slice(at, at + word.length), at });
    }
  }
  found.sort((a, b) => b.word.length - a.word.length);
  for (const f of found) {
    // A longer name already matched here ("2018-2019 shutdown" holds "shutdown"): the shorter one is not written.
    if (found.some((g) => g !== f && g.word.length > f.word.length && g.at <= f.at && g.at + g.word.length >= f.at + f.word.length)) continue;
    const year = YEAR_BEFORE.exec(s.text.slice(Math.max(0, f.at - 14), f.at))?.[1];
    if (year && (year < f.window.from.slice(0, 4) || year > f.window.to.slice(0, 4))) continue;
    // "因为停摆…升到了 9400亿美元", "because of the shutdown", 為應對停擺: the period is the cause, not the figure's time;
    // and only a period written as a time dates a figure (停摆期间, "during the shutdown"; not 停擺迫使…).
    if (CAUSE_BEFORE.test(s.text.slice(Math.max(0, f.at - 24), f.at))) continue;
    if (!AS_TIME_BEFORE.test(s.text.slice(Math.max(0, f.at - 40), f.at)) && !AS_TIME_AFTER.test(s.text.slice(f.at + f.word.length, f.at + f.word.length + 12))) continue;
    if (otherOwnerOfTime(s.text, q, f.word, [...amounts, ...otherFigures(s.text, amounts)])) continue;
    return { window: f.window, word: f.word };
  }
  return null;
}

/** The amounts written in the sentence outside the claim's own quantities (other claims' figures), as bare figures. */
function otherFigures(text: string, amounts: readonly ClaimQuantity[]): ClaimQuantity[] {
  const own = new Set(amounts.map((a) => a.surface));
  return [...text.matchAll(AMOUNT)].map((m) => m[0].trim()).filter((surface) => ![...own].some((o) => o.includes(surface) || surface.includes(o))).map((surface) => ({ surface, value: 0, upper: null, unit: 'USD', qualifier: null }));
}

/** Words that make a time a deadline: what is claimed happened on or before it ("截至上周五", "as of", "by October 1"). */
const BY_BEFORE = /(截至|截止|as of|\bby|through|until)\s*(?:the\s+)?$/i;
const BY_START = /^(截至|截止|as of|by|through|until)\b/i;
/** Words after a date that make it a report's ("11 月 19 日,最新数据显示"): the figures are the latest published by then. */
const REPORT_AFTER = /^[\s,，:：]*(最新数据|最新數據|数据显示|數據顯示|data show|figures show|reported|公布)/i;
/** Words before a date that make it a release's ("data released Thursday", 于11月20日公布 reads after): the figures are the latest published by then. */
const REPORT_BEFORE = /(?:released|published|issued|公布|公佈|發布|发布|發佈)\s*(?:on\s+|于|於)?\s*$/i;

/** How the sentence qualifies the figure's time: a deadline ("截至"), or a report's date ("…,最新数据显示"). */
export function timeQualifiers(claim: Pick<ClaimInput, 'quote' | 'sentence'>, timeText: string): { byDate: boolean; report: string | null } {
  for (const text of [claim.quote, sentenceOf(claim).text]) {
    const t = text.indexOf(timeText);
    if (t < 0) continue;
    const after = text.slice(t + timeText.length, t + timeText.length + 16);
    return {
      byDate: BY_START.test(timeText) || BY_BEFORE.test(text.slice(Math.max(0, t - 10), t)),
      report: REPORT_AFTER.test(after) ? after.replace(/^[\s,，]+/, '').slice(0, 8) : (REPORT_BEFORE.exec(text.slice(Math.max(0, t - 14), t))?.[0].trim() ?? null),
    };
  }
  return { byDate: false, report: null };
}

/** The clause of the sentence that holds `words` (from the previous clause break to the next), or null. */
export function clauseHolding(s: InSentence, words: string): string | null {
  const at = s.text.indexOf(words);
  if (at < 0) return null;
  const breaks = /[，,；;。：:！？!?]/;
  let start = at;
  while (start > 0 && !breaks.test(s.text[start - 1]!)) start--;
  let end = at + words.length;
  while (end < s.text.length && !breaks.test(s.text[end]!)) end++;
  return s.text.slice(start, end);
}

/**
 * An assertion written outside the claim's quote belongs to this claim only when no other amount is written between
 * the quote and it: "9月末,准备金余额首次跌破3万亿美元,降至2.93万亿美元,创下自2020年6月以来的最低水平" — the lowest is
 * 2.93's (another claim of the sentence), not the 3万亿 line's.
 */
export function assertionIsAnothers(claim: Pick<ClaimInput, 'quote' | 'sentence'>, assertionText: string): boolean {
  if (claim.quote.includes(assertionText)) return false;
  const s = sentenceOf(claim);
  const at = s.text.indexOf(assertionText);
  if (at < 0 || s.text === claim.quote) return false;
  const quoteEnd = s.quoteAt + claim.quote.length;
  const gap = at >= quoteEnd ? s.text.slice(quoteEnd, at) : s.text.slice(at + assertionText.length, s.quoteAt);
  return [...gap.matchAll(AMOUNT)].length > 0;
}

const FIRST = /首見|首见|首次|首度|第一次|for the first time|the first time/i;

/**
 * "For the first time since X" said of the figure in its sentence ("銀行準備金餘額將跌破3兆美元，為新冠疫情以來首見"; "fell
 * below $3 trillion for the first time since 2020"): the period X. Null when the sentence says "first" without a
 * since (a first in the current cycle, which the record cannot bound), or when another amount is written between the
 * figure and the words.
 */
export function firstSinceOf(claim: Pick<ClaimInput, 'quote' | 'sentence'>, surface: string): { start: string; end: string; text: string } | null {
  const s = sentenceOf(claim);
  const first = FIRST.exec(s.text);
  if (!first) return null;
  const since = sinceIn(s.text);
  if (!since) return null;
  // "First" and "since" in one clause ("為新冠疫情以來首見", "for the first time since 2020"), not two unrelated phrases.
  const [a, b] = [s.text.indexOf(first[0]), s.text.indexOf(since.text)].sort((x, y) => x - y);
  if (/[，,；;。：:]/.test(s.text.slice(a!, b!))) return null;
  const f = figureAt(s, claim.quote, surface);
  if (f < 0) return null;
  for (const words of [first[0], since.text]) {
    const at = s.text.indexOf(words);
    const gap = at >= f + surface.length ? s.text.slice(f + surface.length, at) : s.text.slice(at + words.length, f);
    if ([...gap.matchAll(AMOUNT)].length) return null;
  }
  return since;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const EN_ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function countOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d+(?:st|nd|rd|th)$/i.test(text)) return Number.parseInt(text, 10);
  if (EN_ORDINALS[text.toLowerCase()]) return EN_ORDINALS[text.toLowerCase()]!;
  if (/^十[一二三四五六七八九]?$|^[一二兩两三四五六七八九]十?[一二三四五六七八九]?$/.test(text)) {
    const [a, b] = text.split('十');
    if (b === undefined) return CN_DIGITS[text] ?? null;
    return (a ? CN_DIGITS[a]! : 1) * 10 + (b ? CN_DIGITS[b]! : 0);
  }
  return null;
}

const STREAK_ZH = /(?:連續|连续)\s*第?\s*([\d一二兩两三四五六七八九十]+)\s*(?:個|个)?\s*(週|周|星期|日|天|交易日)\s*(?:的)?\s*(下降|下跌|下滑|減少|减少|回落|萎縮|萎缩|上升|上漲|上涨|增加|增長|增长|攀升)/;
const STREAK_EN = /(?:for\s+(?:a|the)\s+)?(\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|two|three|four|five|six|seven|eight|nine|ten)\s+(?:straight|consecutive|successive)\s+(week|day|session)s?|(fell|declined|dropped|shrank|rose|increased|climbed|grew)\s+for\s+(?:a|the)\s+(\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|two|three|four|five|six|seven|eight|nine|ten)\s+(?:straight|consecutive|successive)\s+(week|day|session)/i;
const DOWN_WORDS = /下降|下跌|下滑|減少|减少|回落|萎縮|萎缩|fell|fall|declin|drop|shr[iu]nk|lower|decreas/i;

/**
 * "连续第八周下降", "連續三週減少", "fell for a third straight week": a run of moves the series' own steps can test, said
 * of the figure in its sentence (no other amount written between them). Null when none, or its direction is not said.
 */
export function streakOf(claim: Pick<ClaimInput, 'quote' | 'sentence'>, surface: string): { count: number; step: 'WEEK' | 'DAY'; direction: 'INCREASE' | 'DECREASE'; text: string } | null {
  const s = sentenceOf(claim);
  const zh = STREAK_ZH.exec(s.text);
  const en = zh ? null : STREAK_EN.exec(s.text);
  const m = zh ?? en;
  if (!m) return null;
  const count = zh ? countOf(zh[1]!) : countOf(en![1] ?? en![4]!);
  const unit = zh ? zh[2]! : (en![2] ?? en![5]!);
  const f = figureAt(s, claim.quote, surface);
  if (!count || count < 2 || count > 52 || f < 0) return null;
  const gap = m.index >= f + surface.length ? s.text.slice(f + surface.length, m.index) : s.text.slice(m.index + m[0].length, f);
  if ([...gap.matchAll(AMOUNT)].length) return null;
  const verb = zh ? zh[3]! : en![3] ?? s.text.slice(Math.max(0, m.index - 40), m.index + m[0].length);
  const direction = DOWN_WORDS.test(verb) ? 'DECREASE' : /上升|上漲|上涨|增加|增長|增长|攀升|rose|rise|increas|climb|grew|higher/i.test(verb) ? 'INCREASE' : null;
  if (!direction) return null;
  return { count, step: /週|周|星期|week/i.test(unit) ? 'WEEK' : 'DAY', direction, text: m[0] };
}

const UP_WORDS = /回升|上升|增加|增長|增长|上漲|上涨|攀升|反彈|反弹|走高|\bup\b|higher|rose|rise|increase|climb|gain/i;
const WEEK_MOVE_ZH = /(?:較|较|比|環比|环比)\s*(?:上週|上周|前一週|前一周|上一週|上一周|前週|前周|一週前|一周前)\s*(?:的\s*)?(?:水平\s*)?(?:略有|略微|小幅|大幅|明顯|明显|進一步|进一步)?\s*(回升|上升|增加|增長|增长|上漲|上涨|攀升|反彈|反弹|走高|回落|下降|減少|减少|下滑|下跌|萎縮|萎缩|走低)|(?:週|周)環比|(?:週|周)环比\s*(?:略有|小幅|大幅)?\s*(回升|上升|增加|增长|增長|下降|減少|减少|回落)/;
const WEEK_MOVE_EN = /\b(up|down|higher|lower|rose|fell|increased|decreased|climbed|dropped|declined|gained)\b[^.;,]{0,30}?\b(?:from|than|on|over|versus|vs\.?)\s+(?:the\s+|a\s+)?(?:previous|prior|last|preceding)\s+week|\b(?:week[- ]over[- ]week|on the week|w\/w)\b/i;

const CALENDAR_NAMES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
/**
 * Words between a figure and what is said of it that name nothing else: in Chinese at most six characters
 * ("3.3328万亿美元,较上周回升"), in English a short run naming no other thing — a day or a month may stand between
 * ("$850 billion on Friday, down from the previous week"), a measure may not ("TGA", "Treasury").
 */
function besideFigure(gap: string): boolean {
  const compact = gap.replace(/\s+/g, '');
  if (/[\u3400-\u9fff]/.test(compact)) return compact.length <= 6;
  const named = (gap.match(/\b[A-Z][A-Za-z]*\b/g) ?? []).filter((w) => !CALENDAR_NAMES.test(w));
  return compact.length <= 24 && named.length === 0;
}

/**
 * "较上周回升", "環比上週減少", "up from the previous week": the figure's move on the week, said of the figure in its
 * sentence (no other amount written between them). The series' own step ending at the figure tests it. Null when the
 * sentence says no such thing, or not which way.
 */
export function weekMoveOf(claim: Pick<ClaimInput, 'quote' | 'sentence'>, surface: string): { direction: 'INCREASE' | 'DECREASE'; text: string } | null {
  const s = sentenceOf(claim);
  const m = WEEK_MOVE_ZH.exec(s.text) ?? WEEK_MOVE_EN.exec(s.text);
  if (!m) return null;
  const verb = m[1] ?? m[2] ?? '';
  const direction = DOWN_WORDS.test(verb) || /走低|\bdown\b/i.test(verb) ? 'DECREASE' : UP_WORDS.test(verb) ? 'INCREASE' : null;
  const f = figureAt(s, claim.quote, surface);
  if (!direction || f < 0) return null;
  const gap = m.index >= f + surface.length ? s.text.slice(f + surface.length, m.index) : s.text.slice(m.index + m[0].length, f);
  // Said right beside the figure ("3.3328万亿美元,较上周回升", "$3.2 trillion, down from the previous week"), not of
  // another measure named between them ("准备金3.2万亿美元，TGA较上周增加").
  if ([...gap.matchAll(AMOUNT)].length || /[。；;]/.test(gap) || !besideFigure(gap)) return null;
  return { direction, text: m[0] };
}

/** "$4.25 trillion at the peak in December 2021", "$2.1 trillion at its low": the figure is where the series peaked. */
const AT_PEAK_AFTER = /^\s*(?:at|was)\s+(?:its|the|a)\s+(?:record\s+|all-time\s+)?(peak|high|(low|trough|bottom))\b/i;

/** Words of a peak or a trough (not "the lowest level", whose span back is its since, read apart). */
const PEAK_WORDS = /peak|峰值|高峰|頂峰|顶峰|巔峰|巅峰|\b(?:record|all-time)\b|\bhigh of\b|\btrough\b|\bbottom(?:ed)?\b|低點|低点|谷底|高點|高点/i;

/** A peak or trough word written within 32 characters either side of the figure, in its sentence. */
export function peakWordNear(claim: Pick<ClaimInput, 'quote' | 'sentence'>, surface: string): boolean {
  const s = sentenceOf(claim);
  const f = figureAt(s, claim.quote, surface);
  return f >= 0 && PEAK_WORDS.test(s.text.slice(Math.max(0, f - 32), f + surface.length + 32));
}

/** The extremum the words right after a figure make it ("at the peak"), beside the one ingest read; null when none. */
export function atPeakAfter(claim: Pick<ClaimInput, 'quote' | 'sentence'>, surface: string): 'HIGHEST' | 'LOWEST' | null {
  const s = sentenceOf(claim);
  const f = figureAt(s, claim.quote, surface);
  if (f < 0) return null;
  const m = AT_PEAK_AFTER.exec(s.text.slice(f + surface.length, f + surface.length + 32));
  return m ? (m[2] ? 'LOWEST' : 'HIGHEST') : null;
}

/** Words that call a move the largest ever: "an unprecedented 60 percent", "a record $300 billion", 史上最大的. */
const RECORD_BEFORE = /(\bunprecedented\b|\brecord(?:-breaking|-setting)?\b|\bhistoric\b|史無前例|史无前例|前所未有|創紀錄|创纪录|創歷史|创历史|史上最大|歷史最大|历史最大|有史以來最大|有史以来最大)[^，,；;。:：]{0,24}$/i;
/** After the figure: "…, the largest in history", "the biggest ever", 為史上最大. */
const RECORD_AFTER = /^[^。；;]{0,40}?((?:the\s+)?(?:largest|biggest|steepest|sharpest)\s+(?:[\w-]+\s+){0,3}?(?:in (?:\w+\s+)?history|ever|on record)|(?:為|为|是|創|创)?(?:史上|歷史|历史|有史以來|有史以来)(?:最大|最多|最高|最快|最猛))/i;

/**
 * A move said to be the largest ever ("fallen by an unprecedented 60 percent", "a record $300 billion drain", "…, the
 * largest in history", 史上最大): tested against every move of the same span in the series' record before it. Not
 * "the largest in two years" or "since 2020" (bounded: the extremum reading covers those). Null when not said.
 */
export function recordMoveOf(claim: Pick<ClaimInput, 'quote' | 'sentence'>, surface: string): string | null {
  const s = sentenceOf(claim);
  const f = figureAt(s, claim.quote, surface);
  if (f < 0) return null;
  const before = RECORD_BEFORE.exec(s.text.slice(Math.max(0, f - 40), f));
  if (before && ![...before[0].matchAll(AMOUNT)].length) return before[1]!;
  const after = RECORD_AFTER.exec(s.text.slice(f + surface.length, f + surface.length + 80));
  if (after && ![...after[0].slice(0, after.index + after[0].length - after[1]!.length).matchAll(AMOUNT)].length && !/\b(?:since|in (?:over |more than |nearly |almost )?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten)[\w\s-]*years?)\b/i.test(after[1]!)) return after[1]!.trim();
  return null;
}

const DOUBLED = /\b(doubled|more than doubled|halved|cut in half)\b|(翻了?一?倍|翻番|增加了?一倍|增長了?一倍|增长了?一倍|減半|减半|腰斬|腰斩)/i;

/**
 * "doubled to $1 trillion since July", 翻倍至, "halved", 腰斩: a ratio of the figure to the level its window started
 * from, said beside the figure (no other amount, nothing else named between). Null when not said.
 */
export function ratioMoveOf(claim: Pick<ClaimInput, 'quote' | 'sentence'>, surface: string): { ratio: 2 | 0.5; text: string } | null {
  const s = sentenceOf(claim);
  const f = figureAt(s, claim.quote, surface);
  if (f < 0) return null;
  const before = s.text.slice(Math.max(0, f - 30), f);
  const after = s.text.slice(f + surface.length, f + surface.length + 30);
  const b = [...before.matchAll(new RegExp(DOUBLED.source, 'gi'))].at(-1);
  const a = DOUBLED.exec(after);
  const m = b && besideFigure(before.slice(b.index + b[0].length)) && ![...before.slice(b.index).matchAll(AMOUNT)].length ? b : a && besideFigure(after.slice(0, a.index)) && ![...after.slice(0, a.index).matchAll(AMOUNT)].length ? a : null;
  if (!m) return null;
  return { ratio: /halved|half|減半|减半|腰斬|腰斩/i.test(m[0]) ? 0.5 : 2, text: m[0] };
}

/** "since the program was launched in March 2020", "since QT began in June 2022": a since that names an event, then its date. */
const SINCE_EVENT_DATED = /\bsince\s+(?:the|its|their|a|an)\s+[\w\s'’-]{1,40}?\s+(?:was\s+|were\s+)?(?:launched|began|begun|started|created|introduced|set\s+up|opened|established)\s+((?:in|on)\s+[^,.;]{3,30})/i;
/** "since the Covid program began", "since the pandemic-era facility opened": an event of the pandemic, undated. */
const SINCE_EVENT_PANDEMIC = /\bsince\s+(?:the|its|their|a|an)\s+[\w\s'’-]{0,30}?\b(?:covid|pandemic|coronavirus)\b/i;

/**
 * "Since when" when the since names an event and its date ("the smallest daily total since the program was launched in
 * March 2020"): the date written after the event's verb; an event of the pandemic with no date is March 2020 ("since
 * the Covid program began"), as "since the pandemic" is read. Null when the words give no date.
 */
export function eventSince(text: string): { start: string; end: string; text: string } | null {
  const dated = SINCE_EVENT_DATED.exec(text);
  if (dated) {
    const when = sinceIn(`since ${dated[1]!.replace(/^(?:in|on)\s+/i, '')}`);
    if (when) return { start: when.start, end: when.end, text: dated[0] };
  }
  const pandemic = SINCE_EVENT_PANDEMIC.exec(text);
  if (pandemic) {
    const when = sinceIn('since the pandemic');
    if (when) return { start: when.start, end: when.end, text: pandemic[0] };
  }
  return null;
}

/**
 * The sentence opens with a word of the present ("Currently, there's $57 billion in the Treasury's General Account and
 * $92 billion in extraordinary measures", "目前,…") and the figure is the first amount written after it: the word tells
 * that figure as current. Not a later figure of the sentence, nor a present word inside it ("此前2.5万亿美元的逆回购峰值"
 * in a sentence that says 如今 elsewhere).
 */
export function presentOpening(claim: Pick<ClaimInput, 'quote' | 'sentence'>, surface: string, word: string): boolean {
  const s = sentenceOf(claim);
  const w = s.text.indexOf(word);
  const f = figureAt(s, claim.quote, surface);
  if (w < 0 || f < 0 || w > f || !/^[\s"“「『(（\[]*$/.test(s.text.slice(0, w))) return false;
  return ![...s.text.slice(w + word.length, f).matchAll(AMOUNT)].length;
}

/** "from (its) peak" written right after a change's figure, or 较/自 峰值 before it; not a dated peak ("from the peak in April 2022"). */
const FROM_PEAK_AFTER = /^\s*(?:[\w-]+\s+){0,3}?from\s+(?:the\s+|its\s+|their\s+)?(?:(peak|high|top)|(trough|low|bottom))\b(?!\s+(?:in|of|on|at|reached|hit|set)\b)(?![^,.;]{0,12}\d{4})/i;
const FROM_PEAK_BEFORE = /(?:较|較|比|自|从|從|距|距離|距离)\s*(?:其|此前的?|之前的?)?\s*(?:(峰值|高峰|高點|高点|頂峰|顶峰)|(低點|低点|谷底))\s*(?:以來|以来)?\s*(?:[^\d，,。；;]{0,8})$/;

/**
 * A change counted from the measure's extreme with no date written: Wolf Street's "-$2.38 Trillion from Peak", "has shed
 * $2.43 trillion from its peak", 较峰值减少 2.4 万亿美元. Null when the peak is dated ("from the peak in April 2022": a
 * time the reader reads) or not written by the figure.
 */
export function fromPeakOf(claim: Pick<ClaimInput, 'quote' | 'sentence'>, surface: string): { kind: 'HIGHEST' | 'LOWEST'; text: string } | null {
  const s = sentenceOf(claim);
  const f = figureAt(s, claim.quote, surface);
  if (f < 0) return null;
  const after = FROM_PEAK_AFTER.exec(s.text.slice(f + surface.length, f + surface.length + 60));
  if (after) return { kind: after[1] ? 'HIGHEST' : 'LOWEST', text: after[0].trim() };
  const before = FROM_PEAK_BEFORE.exec(s.text.slice(Math.max(0, f - 24), f));
  if (before && ![...before[0].matchAll(AMOUNT)].length) return { kind: before[1] ? 'HIGHEST' : 'LOWEST', text: before[0].trim() };
  return null;
}

/** Words that make the figure after them a comparison's base: "down from", "compared to the peak range of around", 较. */
const BASE_BEFORE = /(?:\b(?:from|than|compared\s+(?:to|with)|versus|vs\.?)\b[^$\d,.;]{0,30}|(?:从|從|较|較|比|相比|相較|相较)[^\d，,。；;]{0,8})$/i;
/** Words of an extreme ("the lowest", 新低) that a since can qualify. */
const EXTREME_WORD = /\b(lowest|smallest|(highest|largest|biggest))\b|(最低|新低|最小)|(最高|新高|最大)/gi;

/**
 * "The lowest since X" written in the figure's sentence when the reader attached none to it: "Lowest reverse repo ($22B)
 * since the Covid program began" (a headline whose quote is the figure alone), "抽干至2.8万亿美元——大约占GDP的10%,
 * 自2019年危机以来的最低水平" (the share between is of the same level). The figure owns the words when no other amount
 * but a share is written between them, within 80 characters and one clause-free stretch (no 。；;), and the words say
 * since when (a date, or an event and its date; a pandemic event is March 2020). Null otherwise.
 */
export function sentenceExtremumOf(claim: Pick<ClaimInput, 'quote' | 'sentence'>, surface: string): { kind: 'LOWEST' | 'HIGHEST'; since: { start: string; end: string }; sinceText: string } | null {
  const s = sentenceOf(claim);
  const f = figureAt(s, claim.quote, surface);
  if (f < 0) return null;
  // A comparison base ("down from $3.5 trillion earlier this year - the lowest since 2021") does not own it.
  if (BASE_BEFORE.test(s.text.slice(Math.max(0, f - 40), f))) return null;
  for (const m of s.text.matchAll(EXTREME_WORD)) {
    const at = m.index ?? 0;
    const [lo, hi] = at < f ? [at + m[0].length, f] : [f + surface.length, at];
    const between = s.text.slice(lo, hi);
    if (hi - lo > 80 || /[。；;]/.test(between)) continue;
    if ([...between.matchAll(AMOUNT)].some((a) => !/%|percent/i.test(a[0]))) continue;
    // Since when: the words around the extreme, up to the next stop ("… since the Covid program began - where …").
    const from = Math.max(0, Math.min(at, f) - 30);
    const stretch = s.text.slice(from, Math.max(at + m[0].length, f + surface.length) + 60).split(/[。；;]| - | — /)[0] ?? '';
    const around = s.text.slice(from, at + m[0].length + 60);
    const words = /\bsince\b|以來|以来/i.test(stretch) ? stretch : around;
    const since = eventSince(words) ?? sinceIn(words);
    if (!since) continue;
    return { kind: m[1] && !m[2] ? 'LOWEST' : m[2] ? 'HIGHEST' : m[3] ? 'LOWEST' : 'HIGHEST', since: { start: since.start, end: since.end }, sinceText: since.text };
  }
  return null;
}
