import { clauseAround } from './clause-around.ts';
import { sentenceAround } from './sentence-around.ts';
import { extractQuantities, type QuantityMention } from './extract-quantities.ts';
import type { FactorMention } from './match-factors.ts';

export interface ClaimCandidate {
  quote: string;
  start: number;
  end: number;
  sentence: string;
  subject: string;
  quantities: QuantityMention[];
  factorIds: string[];
}

export interface CausalCandidate {
  fromId: string;
  toId: string;
  polarity: 'INCREASES' | 'DECREASES';
  /** Whether the text states the direction; otherwise INCREASES is assumed. */
  polarityStated: boolean;
  quote: string;
  start: number;
  end: number;
  connective: string;
}

/** One claim per clause holding quantities: the clause is the quote, with its exact span. */
export function extractClaims(text: string, factorsIn: (t: string) => FactorMention[], documentDate?: string): ClaimCandidate[] {
  const byClause = new Map<string, { start: number; end: number; quantities: QuantityMention[] }>();
  for (const q of extractQuantities(text, documentDate ? { documentDate } : {})) {
    const c = clauseAround(text, q.start, q.end);
    const key = `${c.start}:${c.end}`;
    const entry = byClause.get(key) ?? { ...c, quantities: [] };
    entry.quantities.push(q);
    byClause.set(key, entry);
  }
  return [...byClause.values()].map((c) => {
    const quote = text.slice(c.start, c.end);
    const s = sentenceAround(text, c.start, c.end);
    const sentence = text.slice(s.start, s.end);
    const inClause = factorsIn(quote).map((f) => f.factorId);
    const ids = inClause.length ? inClause : factorsIn(sentence).map((f) => f.factorId);
    return { quote, start: c.start, end: c.end, sentence, subject: guessSubject(quote, c.start, c.quantities[0] as QuantityMention), quantities: c.quantities, factorIds: [...new Set(ids)] };
  });
}

/** The words before the first number, without the verb that joins them: a best guess, may be empty. */
function guessSubject(quote: string, quoteStart: number, first: QuantityMention): string {
  const head = quote.slice(0, first.start - quoteStart);
  return head
    .replace(/(約|大約|约|大约|近|將近|将近|逾|超過|超过|超|突破|跌破|不到|低於|低于|僅|仅|只|達|达|至|到|為|为|是|的|了|about|around|nearly|over|more than|below|under|only|was|is|were|are|reached|rose to|fell to|to|at|of|by)\s*$/i, '')
    .trim()
    .slice(-60);
}

/**
 * Causal connectives. Some carry a direction of their own: "raised", 推高 (more of the cause,
 * more of the effect) or "lowered", 壓低, 拖累 (less); the others leave the direction to the words
 * around the effect. Longer forms first, so "pushed up" wins over "pushed".
 */
const CONNECTIVE_SIGN: readonly [string, 1 | -1 | 0][] = [
  ['導致', 0], ['导致', 0], ['造成', 0], ['引發', 0], ['引发', 0], ['使得', 0], ['從而', 0], ['从而', 0], ['推動', 0], ['推动', 0],
  ['迫使', 0], ['加速', 0], ['推高', 1], ['抬高', 1], ['推升', 1], ['拉高', 1], ['提振', 1], ['壓低', -1], ['压低', -1], ['拉低', -1],
  ['削弱', -1], ['拖累', -1], ['抽乾', -1], ['抽干', -1],
  ['because of', 0], ['leads to', 0], ['led to', 0], ['lead to', 0], ['drives up', 1], ['drove up', 1], ['pushes up', 1], ['pushed up', 1],
  ['drives down', -1], ['drove down', -1], ['pushes down', -1], ['pushed down', -1], ['drives', 0], ['drove', 0], ['causes', 0], ['caused', 0],
  ['pushes', 0], ['pushed', 0], ['forces', 0], ['forced', 0], ['raises', 1], ['raised', 1], ['lifts', 1], ['lifted', 1], ['boosts', 1], ['boosted', 1],
  ['lowers', -1], ['lowered', -1], ['reduces', -1], ['reduced', -1], ['drains', -1], ['drained', -1], ['depresses', -1], ['depressed', -1],
  ['weakens', -1], ['weakened', -1], ['使', 0], ['讓', 0], ['让', 0],
];
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CONNECTIVES = new RegExp(`(${CONNECTIVE_SIGN.map(([w]) => escape(w)).join('|')})`, 'gi');
const SIGN = new Map(CONNECTIVE_SIGN.map(([w, sign]) => [w.toLowerCase(), sign]));
const DECREASE = /(下降|下跌|減少|减少|萎縮|萎缩|縮減|缩减|凍結|冻结|失血|流失|跌破|降至|蒸發|蒸发|衰減|衰减|枯竭|下滑|decrease|decline|fall|fell|drop|shrink|reduce|drain|lower)/i;
const INCREASE = /(上升|上漲|上涨|增加|飆升|飙升|擴大|扩大|增長|增长|突破|加速|推高|rise|rose|increase|grow|surge|soar|boost|raise|higher)/i;
/** Direction words just before a factor: "lower reserves", "a fall in the TGA", 更少. */
const DOWN_BEFORE = /(lower|less|fewer|smaller|falling|declining|shrinking|reduced|weaker|a (?:fall|drop|decline|cut) in(?: the)?|更少|減少的|减少的)\s*$/i;
const UP_BEFORE = /(higher|more|greater|larger|rising|growing|increased|stronger|an? (?:rise|increase|surge|jump) in(?: the)?|更多|增加的)\s*$/i;
/**
 * The cause turned around: "the end of the shutdown raised reserves" says the shutdown
 * lowers them. Before the cause (the end of, 解除) or right after it (ended, 結束).
 */
const REVERSAL_BEFORE = /(the end of(?: the)?|end of(?: the)?|ending(?: the)?|the lifting of(?: the)?|lifting(?: the)?|the resolution of(?: the)?|after(?: the)?|結束|结束|終結|终结|解除)\s*$/i;
const REVERSAL_AFTER = /^(?:'s)?\s*(?:ended|ends|ending|was lifted|is lifted|lifted|結束|结束|的結束|的结束|落幕|終結|终结|後|后)/i;
/** Negation right before the connective: the text denies the link, so none is proposed. */
const NEGATION = /(\bnot|n't|\bnever|\bno longer|\bhardly|未|沒有|没有|並未|并未|不會|不会|不再|未能|並不|并不|無法|无法|不)\s*$/i;

/** +1, −1, or 0 when the words say nothing. */
function directionOf(before: string, after: string): 1 | -1 | 0 {
  if (DOWN_BEFORE.test(before)) return -1;
  if (UP_BEFORE.test(before)) return 1;
  const d = DECREASE.test(after);
  const u = INCREASE.test(after);
  return d === u ? 0 : d ? -1 : 1;
}

/** Where a cause or an effect is named: a known factor, or a phrase proposed as a new one. */
export interface CausalEnd {
  start: number;
  end: number;
  factorId: string;
}

/**
 * The polarity of "cause → effect" as the text states it, the product of four readings: the
 * connective's own direction (raised, 壓低), the direction words around the effect (lower
 * reserves, 準備金下降), the direction of the cause (a fall in the TGA) and a reversal of the
 * cause (the end of the shutdown). Null when the connective is negated (did not lead to, 並未導致).
 */
export function readPolarity(
  text: string,
  sentence: { start: number; end: number },
  cause: CausalEnd,
  connective: { index: number; text: string },
  effect: CausalEnd,
): { polarity: 'INCREASES' | 'DECREASES'; polarityStated: boolean } | null {
  const connectiveEnd = connective.index + connective.text.length;
  if (NEGATION.test(text.slice(Math.max(cause.end, connective.index - 12), connective.index))) return null;
  const own = SIGN.get(connective.text.toLowerCase()) ?? 0;
  const effectDir = directionOf(text.slice(connectiveEnd, effect.start), text.slice(effect.end, Math.min(sentence.end, effect.end + 12)));
  const causeLead = text.slice(Math.max(sentence.start, cause.start - 24), cause.start);
  const causeTail = text.slice(cause.end, connective.index);
  const reversed = REVERSAL_BEFORE.test(causeLead) || REVERSAL_AFTER.test(causeTail.trim()) ? -1 : 1;
  // The cause's own direction: words before it (falling TGA) or between it and the connective (TGA下降導致).
  const causeDir = DOWN_BEFORE.test(causeLead) ? -1 : UP_BEFORE.test(causeLead) ? 1 : directionOf('', causeTail);
  const sign = (own || 1) * (effectDir || 1) * (causeDir || 1) * reversed;
  return { polarity: sign > 0 ? 'INCREASES' : 'DECREASES', polarityStated: own !== 0 || effectDir !== 0 || causeDir !== 0 || reversed < 0 };
}

/**
 * The known factors on either side of a connective within its sentence: the last one before it
 * and the first one after it. Mentions come in text order, so two binary searches find them and a
 * long document costs O(connectives × log mentions), not O(connectives × mentions).
 */
export function mentionsAround(mentions: readonly FactorMention[], sentence: { start: number; end: number }, from: number, to: number): { before?: FactorMention; after?: FactorMention } {
  // First mention starting at or after `pos`.
  const firstFrom = (pos: number) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mentions[mid] as FactorMention).start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const a = mentions[firstFrom(to)];
  let i = firstFrom(from) - 1;
  while (i >= 0 && (mentions[i] as FactorMention).end > from) i--;
  const b = i >= 0 ? mentions[i] : undefined;
  return {
    ...(b && b.start >= sentence.start ? { before: b } : {}),
    ...(a && a.end <= sentence.end ? { after: a } : {}),
  };
}

/** Every causal connective in a text, with the sentence around it. */
export function connectivesIn(text: string): { index: number; text: string; sentence: { start: number; end: number } }[] {
  return [...text.matchAll(CONNECTIVES)].map((m) => ({ index: m.index, text: m[0], sentence: sentenceAround(text, m.index, m.index + m[0].length) }));
}

/**
 * Candidate causal links: two known factors in one sentence joined by a causal connective
 * (cause before the connective, effect after), with the polarity `readPolarity` reads.
 * A negated connective proposes nothing.
 */
export function extractCausalLinks(text: string, factorsIn: (t: string) => FactorMention[]): CausalCandidate[] {
  const found: CausalCandidate[] = [];
  const seen = new Set<string>();
  const mentions = factorsIn(text);
  for (const c of connectivesIn(text)) {
    const s = c.sentence;
    const { before, after } = mentionsAround(mentions, s, c.index, c.index + c.text.length);
    if (!before || !after || before.factorId === after.factorId) continue;
    const key = `${before.factorId}>${after.factorId}@${s.start}`;
    if (seen.has(key)) continue;
    const read = readPolarity(text, s, before, c, after);
    if (!read) continue;
    seen.add(key);
    found.push({ fromId: before.factorId, toId: after.factorId, ...read, quote: text.slice(s.start, s.end), start: s.start, end: s.end, connective: c.text });
  }
  return found;
}
