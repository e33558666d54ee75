import { clauseAround } from '../text/clause-around.ts';
import { sentenceAround } from '../text/sentence-around.ts';
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

const CONNECTIVES = /(導致|导致|造成|引發|引发|使得|從而|从而|推動|推动|拖累|迫使|加速|because of|leads to|led to|lead to|drives|drove|causes|caused|pushes|pushed|forces|forced|使|讓|让)/gi;
const DECREASE = /(下降|下跌|減少|减少|萎縮|萎缩|縮減|缩减|凍結|冻结|失血|流失|跌破|降至|蒸發|蒸发|衰減|衰减|枯竭|decrease|decline|fall|fell|drop|shrink|reduce|drain|lower)/i;
const INCREASE = /(上升|上漲|上涨|增加|飆升|飙升|擴大|扩大|增長|增长|突破|加速|推高|rise|rose|increase|grow|surge|soar|boost|raise|higher)/i;

/**
 * Candidate causal links: two known factors in one sentence joined by a causal connective
 * (cause before the connective, effect after). Polarity comes from a direction word after
 * the effect, when the text has one.
 */
export function extractCausalLinks(text: string, factorsIn: (t: string) => FactorMention[]): CausalCandidate[] {
  const found: CausalCandidate[] = [];
  const seen = new Set<string>();
  const mentions = factorsIn(text);
  for (const m of text.matchAll(CONNECTIVES)) {
    const s = sentenceAround(text, m.index, m.index + m[0].length);
    const before = mentions.filter((f) => f.start >= s.start && f.end <= m.index).at(-1);
    const after = mentions.find((f) => f.start >= m.index + m[0].length && f.end <= s.end);
    if (!before || !after || before.factorId === after.factorId) continue;
    const key = `${before.factorId}>${after.factorId}@${s.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tail = text.slice(after.end, Math.min(s.end, after.end + 12));
    const decreases = DECREASE.test(tail);
    const increases = INCREASE.test(tail);
    found.push({
      fromId: before.factorId,
      toId: after.factorId,
      polarity: decreases && !increases ? 'DECREASES' : 'INCREASES',
      polarityStated: decreases !== increases,
      quote: text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      connective: m[0],
    });
  }
  return found;
}
