import { createHash } from 'node:crypto';
import { connectivesIn, mentionsAround, readPolarity, type CausalCandidate, type CausalEnd } from './extract-claims.ts';
import { foldScript, type FactorMention } from './match-factors.ts';

/** factor-store.ts's matchKey as it was, on the folding as it was. */
const matchKey = (name: string) => foldScript(name.trim()).toLowerCase();

/** A factor the graph does not know yet, named by the phrase a document uses for it. */
export interface ProposedFactor {
  id: string;
  name: string;
  namesZh: string[];
  aliases: string[];
  /** Where the document first names it (UTF-16 offsets). */
  start: number;
  end: number;
}

const CLAUSE_BREAK = /[,，;；:：、(（)）“”"「」]|——/g;
const HAN = /\p{Script=Han}/u;
/** Words around a phrase that are grammar, not part of the name. */
const LEAD_ZH = /^(?:而且|而|但是|但|並且|并且|並|并|且|也|更|當|当|由於|由于|因為|因为|這|这|此|其|該|该|了|的)+/u;
const TAIL_ZH = /(?:的結束|的结束|結束後|结束后|結束|结束|之後|之后|後|后|的|了|將|将|會|会|也|都|還|还|已經|已经|已|正在|持續|持续|進一步|进一步|大幅|明顯|明显|可能|或將|或将)+$/u;
const DIRECTION_ZH = /(上升|上漲|上涨|增加|飆升|飙升|擴大|扩大|增長|增长|下降|下跌|減少|减少|萎縮|萎缩|縮減|缩减|下滑|凍結|冻结|蒸發|蒸发|衰減|衰减|枯竭|失血|流失|突破|跌破)/u;
const DIRECTION_ZH_END = new RegExp(`(?:${DIRECTION_ZH.source})+$`, 'u');
const LEAD_EN = /^(?:(?:the|a|an|and|but|so|then|when|as|because|that|this|these|those|its|their|to|of|in|higher|lower|more|less|fewer|greater|rising|falling|growing|declining|increased|reduced|a (?:rise|fall|drop|decline|increase|surge|jump|cut) in|end of|the end of|ending|lifting)\s+)+/i;
const TAIL_EN = /(?:\s+(?:will|would|could|may|might|has|have|had|is|are|was|were|also|further|sharply|directly|ended|ends|to|by|up|down))+$/i;
const DIRECTION_EN = /\b(rise|rises|rose|rising|fall|falls|fell|falling|increase|increases|decrease|decreases|drop|drops|grow|grows|shrink|shrinks|surge|soar|decline|declines|to|by|in|across|among|for|from)\b/i;
const STOP_EN = new Set(['it', 'this', 'that', 'they', 'them', 'which', 'what', 'people', 'things', 'markets', 'prices', 'growth', 'change', 'changes', 'effect', 'effects']);

/** A phrase fit to name a factor: 2–12 Han characters, or 1–5 English words; no digits. */
function asName(raw: string): string | null {
  const phrase = raw.trim();
  if (!phrase || /[0-9０-９%$€]/.test(phrase)) return null;
  if (HAN.test(phrase)) {
    // Direction words at the end belong to the reading of the link (油價上漲 → 油價), not the name.
    const zh = phrase.replace(LEAD_ZH, '').replace(TAIL_ZH, '').replace(DIRECTION_ZH_END, '').replace(TAIL_ZH, '');
    const han = [...zh].filter((ch) => HAN.test(ch)).length;
    return han >= 2 && han <= 12 && han === [...zh].length ? zh : null;
  }
  const en = phrase.replace(LEAD_EN, '').replace(TAIL_EN, '').trim();
  const words = en.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 5 || !words.every((w) => /^[A-Za-z][A-Za-z'-]*$/.test(w))) return null;
  if (words.length === 1 && (words[0]!.length < 3 || STOP_EN.has(words[0]!.toLowerCase()))) return null;
  return en;
}

/** The cause side: the clause before the connective. */
function causePhrase(text: string, sentence: { start: number }, connective: number): { start: number; end: number; name: string } | null {
  const head = text.slice(sentence.start, connective);
  const cut = Math.max(...[...head.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length), 0);
  const clause = head.slice(cut);
  const name = asName(clause);
  if (!name) return null;
  const at = text.indexOf(name, sentence.start + cut);
  return at >= 0 && at < connective ? { start: at, end: at + name.length, name } : { start: sentence.start + cut, end: connective, name };
}

/** The effect side: the words after the connective, up to a direction word or the clause end. */
function effectPhrase(text: string, from: number, sentenceEnd: number): { start: number; end: number; name: string } | null {
  let tail = text.slice(from, sentenceEnd);
  CLAUSE_BREAK.lastIndex = 0;
  const brk = tail.search(CLAUSE_BREAK);
  if (brk >= 0) tail = tail.slice(0, brk);
  tail = tail.replace(/[。．.!?！？]+$/u, '');
  if (HAN.test(tail)) {
    const dir = tail.search(DIRECTION_ZH);
    if (dir > 0) tail = tail.slice(0, dir);
  } else {
    const lead = tail.match(LEAD_EN)?.[0].length ?? 0;
    const dir = tail.slice(lead).search(DIRECTION_EN);
    if (dir > 0) tail = tail.slice(0, lead + dir);
  }
  const name = asName(tail);
  if (!name) return null;
  // Only the sentence is lower-cased: the phrase lies in it, and a long document must not be copied per connective.
  const offset = text.slice(from, sentenceEnd).toLowerCase().indexOf(name.toLowerCase());
  return offset >= 0 ? { start: from + offset, end: from + offset + name.length, name } : null;
}

/** Whether any mention overlaps [start, end): mentions are sorted and disjoint, so ends are sorted too. */
function overlapsMention(mentions: readonly FactorMention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as FactorMention).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo];
  return m !== undefined && m.start < end;
}

/** Stable across documents: the same phrase (in either script, any case) proposes the same factor. */
export const proposedFactorId = (name: string) => `fx-${createHash('sha256').update(matchKey(name)).digest('hex').slice(0, 12)}`;

/**
 * Causal sentences where one side is a factor the graph knows and the other is not: the
 * unknown side's phrase ("mortgage rates", 航空延誤) is proposed as a new factor, and the
 * link to it is a candidate like any other. Both sides unknown proposes nothing: without
 * one anchor in the graph, a connective alone is too weak a sign of a causal claim.
 */
export function proposeFactors(text: string, factorsIn: (t: string) => FactorMention[]): { factors: ProposedFactor[]; links: CausalCandidate[] } {
  const mentions = factorsIn(text);
  const factors = new Map<string, ProposedFactor>();
  const links: CausalCandidate[] = [];
  const seen = new Set<string>();
  for (const c of connectivesIn(text)) {
    const s = c.sentence;
    const connectiveEnd = c.index + c.text.length;
    const known = mentionsAround(mentions, s, c.index, connectiveEnd);
    if (Boolean(known.before) === Boolean(known.after)) continue;
    const phrase = known.before ? effectPhrase(text, connectiveEnd, s.end) : causePhrase(text, s, c.index);
    if (!phrase) continue;
    // A phrase that holds a known factor's name is that factor, not a new one.
    if (overlapsMention(mentions, phrase.start, phrase.end)) continue;
    const id = proposedFactorId(phrase.name);
    const proposed: CausalEnd = { start: phrase.start, end: phrase.end, factorId: id };
    const cause = known.before ?? proposed;
    const effect = known.after ?? proposed;
    const key = `${cause.factorId}>${effect.factorId}@${s.start}`;
    if (seen.has(key)) continue;
    const read = readPolarity(text, s, cause, c, effect);
    if (!read) continue;
    seen.add(key);
    if (!factors.has(id)) {
      const zh = HAN.test(phrase.name);
      factors.set(id, { id, name: phrase.name, namesZh: zh ? [phrase.name] : [], aliases: [], start: phrase.start, end: phrase.end });
    }
    links.push({ fromId: cause.factorId, toId: effect.factorId, ...read, quote: text.slice(s.start, s.end), start: s.start, end: s.end, connective: c.text });
  }
  return { factors: [...factors.values()], links };
}
