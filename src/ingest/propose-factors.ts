import { createHash } from 'node:crypto';
import { matchKey } from '../factors/factor-store.ts';
import type { Span } from '../quantities/sentences.ts';
import { segmentSentences } from '../quantities/sentences.ts';
import { causeAfter, connectivesIn, graphFactors, LEADING, readPolarity, spanOf, type CausalCandidate, type CausalEnd } from './extract-claims.ts';
import { mentionsAround, mentionsIn, overlapsMention } from '../causal/mentions.ts';
import { firstAtOrAfter } from '../causal/clause-links.ts';
import type { FactorMatcher, FactorMention } from './match-factors.ts';

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

/** Clause breaks. Quotation marks are not: a quoted term (“关门”) belongs to its phrase. */
const CLAUSE_BREAK = /[,，;；:：、(（)）]|——/g;
const HAN = /\p{Script=Han}/u;
/** Words around a phrase that are grammar, not part of the name. */
const LEAD_ZH = /^(?:而且|而|但是|但|並且|并且|並|并|且|也|更|當|当|由於|由于|因為|因为|這|这|此|其|該|该|了|的)+/u;
const TAIL_ZH = /(?:的結束|的结束|結束後|结束后|結束|结束|之後|之后|後|后|的|了|將|将|會|会|也|都|還|还|已經|已经|已|正在|持續|持续|進一步|进一步|大幅|明顯|明显|可能|或將|或将|再度|再次|更加|極度|极度|十分|非常)+$/u;
/** Words that point back at something named before (前者 "the former", 這些 "these"): never a factor's name. */
const PRONOUN_ZH = /^(?:前者|後者|后者|兩者|两者|這些|这些|那些|這個|这个|那個|那个|其中|它們|它们|他們|他们|此舉|此举|這|这|那|它|其|此)$/u;
const DIRECTION_ZH = /(上升|上漲|上涨|增加|飆升|飙升|擴大|扩大|增長|增长|下降|下跌|減少|减少|萎縮|萎缩|縮減|缩减|下滑|凍結|冻结|蒸發|蒸发|衰減|衰减|枯竭|失血|流失|突破|跌破|收緊|收紧|緊縮|紧缩|收縮|收缩|寬鬆|宽松)/u;
const DIRECTION_ZH_END = new RegExp(`(?:${DIRECTION_ZH.source})+$`, 'u');
const LEAD_EN = /^(?:(?:\$?\d[\d.,]*(?:\s*(?:%|percent|trillion|billion|million|bn|tn))?|the|a|an|and|but|so|then|when|as|because|that|this|these|those|its|their|to|of|in|higher|lower|more|less|fewer|greater|rising|falling|growing|declining|increased|reduced|a (?:rise|fall|drop|decline|increase|surge|jump|cut) in|end of|the end of|ending|lifting)\s+)+/i;
/** Words after which an English cause clause starts. */
const SUBORDINATOR_EN = /\b(?:as|because|since|while|whereas|when|after|given|but|so)\s+/gi;
const TAIL_EN = /(?:\s+(?:will|would|could|may|might|has|have|had|is|are|was|were|also|further|sharply|directly|ended|ends|to|by|up|down))+$/i;
const DIRECTION_EN = /\b(rise|rises|rose|rising|fall|falls|fell|falling|increase|increases|decrease|decreases|drop|drops|grow|grows|shrink|shrinks|surge|soar|decline|declines|to|by|in|across|among|for|from)\b/i;
const STOP_EN = new Set(['it', 'this', 'that', 'they', 'them', 'which', 'what', 'people', 'things', 'markets', 'prices', 'growth', 'change', 'changes', 'effect', 'effects']);
/**
 * English function words (auxiliaries, pronouns, determiners, prepositions, conjunctions): a phrase made only of
 * them names nothing. "This has drained liquidity" proposed a factor named "has", which then claimed every English
 * figure near the word "has" (issue 19: reserves, the TGA and the ON RRP of the matching set filed under it).
 */
const FUNCTION_EN = new Set([
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'it', 'its', 'this', 'that', 'these', 'those', 'they', 'them', 'their',
  'he', 'she', 'we', 'you', 'i', 'his', 'her', 'our', 'your', 'who', 'whom', 'which', 'what', 'there', 'here', 'also', 'then', 'thus',
  'so', 'and', 'or', 'but', 'if', 'as', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'a', 'an', 'the', 'all', 'some',
]);

/** A phrase fit to name a factor: 2–12 Han characters, or 1–5 English words; no digits. */
function asName(raw: string): string | null {
  // Quotation marks around the whole phrase are not part of the name (导致“美元荒” → 美元荒).
  const phrase = raw.trim().replace(/^[“"「『]+|[”"」』]+$/gu, '');
  if (!phrase) return null;
  if (HAN.test(phrase)) {
    if (/[0-9０-９%$€]/.test(phrase)) return null;
    // Direction words at the end belong to the reading of the link (油價上漲 → 油價), not the name.
    const zh = phrase.replace(LEAD_ZH, '').replace(TAIL_ZH, '').replace(DIRECTION_ZH_END, '').replace(TAIL_ZH, '');
    const han = [...zh].filter((ch) => HAN.test(ch)).length;
    return han >= 2 && han <= 12 && han === [...zh].length && !PRONOUN_ZH.test(zh) ? zh : null;
  }
  // Amounts may lead the phrase ("a $100 purchase of Treasury securities"), never stay in the name.
  const en = phrase.replace(LEAD_EN, '').replace(TAIL_EN, '').trim();
  if (/[0-9%$€]/.test(en) || /^(?:percent|per cent|trillion|billion|million|thousand|hundred|bn|tn|dollars?|points?)\b/i.test(en)) return null;
  const words = en.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 5 || !words.every((w) => /^[A-Za-z][A-Za-z'-]*$/.test(w))) return null;
  if (words.length === 1 && (words[0]!.length < 3 || STOP_EN.has(words[0]!.toLowerCase()))) return null;
  if (words.every((w) => FUNCTION_EN.has(w.toLowerCase()))) return null;
  return en;
}

/** The cause side: the clause before the connective. */
function causePhrase(text: string, sentence: { start: number }, connective: number): { start: number; end: number; name: string } | null {
  const head = text.slice(sentence.start, connective);
  const breaks = [0, ...[...head.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length)];
  let cut = breaks.at(-1) as number;
  // A connective opening its clause (美元流動性極度寬鬆，推動股市上漲) takes the clause before as its cause.
  if (!head.slice(cut).trim() && breaks.length > 1) cut = breaks.at(-2) as number;
  let clause = head.slice(cut).replace(/[,，;；:：、]\s*$/u, '');
  // In English the cause follows a subordinator: "Repo rates spiked as heavy issuance drained reserves".
  const sub = [...clause.matchAll(SUBORDINATOR_EN)].at(-1);
  if (sub && !HAN.test(clause)) {
    cut += sub.index + sub[0].length;
    clause = clause.slice(sub.index + sub[0].length);
  }
  const name = asName(clause);
  if (!name) return null;
  const at = text.indexOf(name, sentence.start + cut);
  return at >= 0 && at < connective ? { start: at, end: at + name.length, name } : { start: sentence.start + cut, end: connective, name };
}

/** The clause a leading connective opens (由於…，), with the name its words give, when they give one. */
function openingClause(text: string, from: number, to: number): { start: number; end: number; name: { start: number; end: number; name: string } | null } | null {
  CLAUSE_BREAK.lastIndex = 0;
  const brk = text.slice(from, to).search(CLAUSE_BREAK);
  if (brk <= 0) return null;
  const name = asName(text.slice(from, from + brk));
  const at = name ? text.indexOf(name, from) : -1;
  return { start: from, end: from + brk, name: name && at >= 0 && at < from + brk ? { start: at, end: at + name.length, name } : null };
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

/** Stable across documents: the same phrase (in either script, any case) proposes the same factor. */
export const proposedFactorId = (name: string) => `fx-${createHash('sha256').update(matchKey(name)).digest('hex').slice(0, 12)}`;

/**
 * Causal sentences where one side is a factor the graph knows and the other is not: the
 * unknown side's phrase ("mortgage rates", 航空延誤) is proposed as a new factor, and the
 * link to it is a candidate like any other. Both sides unknown proposes nothing: without
 * one anchor in the graph, a connective alone is too weak a sign of a causal claim.
 */
export function proposeFactors(text: string, factorsIn: FactorMatcher, sentences: readonly Span[] = segmentSentences(text)): { factors: ProposedFactor[]; links: CausalCandidate[] } {
  const mentions = graphFactors(factorsIn(text));
  const factors = new Map<string, ProposedFactor>();
  const links: CausalCandidate[] = [];
  const seen = new Set<string>();
  const connectives = connectivesIn(text, sentences);
  for (const c of connectives) {
    if (causeAfter(c.text)) continue; // proposals read left to right only
    if (overlapsMention(mentions, c.index, c.index + c.text.length)) continue; // part of a factor's name (經濟刺激)
    const connectiveEnd = c.index + c.text.length;
    // The effect side ends at the next connective, which starts a link of its own.
    const nextAt = Math.min(firstAtOrAfter(connectives, connectiveEnd) ?? c.sentence.end, c.sentence.end); // in text order: a binary search
    const s = { start: c.sentence.start, end: nextAt };
    let known: { before?: FactorMention; after?: FactorMention };
    let phrase: { start: number; end: number; name: string } | null;
    if (LEADING.has(c.text)) {
      // 由於美聯儲持續縮表，銀行準備金明顯下降: the connective's own clause is the cause, a known factor after it the effect.
      const clause = openingClause(text, connectiveEnd, s.end);
      const effect = clause && mentionsIn(mentions, clause.end, s.end)[0];
      if (!clause || !effect || mentionsIn(mentions, clause.start, clause.end).length) continue;
      known = { after: effect };
      phrase = clause.name;
    } else {
      known = mentionsAround(mentions, s, c.index, connectiveEnd);
      if (Boolean(known.before) === Boolean(known.after)) continue;
      phrase = known.before ? effectPhrase(text, connectiveEnd, s.end) : causePhrase(text, s, c.index);
    }
    if (!phrase) continue;
    // A phrase that holds a known factor's name is that factor, not a new one.
    if (overlapsMention(mentions, phrase.start, phrase.end)) continue;
    // A phrase that is the head of one known factor's name (停擺 of 政府停擺, "shutdown" of "government shutdown") is
    // that factor: the link joins it instead of proposing a near-duplicate.
    const existing = factorsIn.alike?.(phrase.name);
    const id = existing ?? proposedFactorId(phrase.name);
    const proposed: CausalEnd = { start: phrase.start, end: phrase.end, factorId: id };
    const cause = known.before ?? proposed;
    const effect = known.after ?? proposed;
    const key = `${cause.factorId}>${effect.factorId}@${s.start}`;
    if (seen.has(key)) continue;
    const read = readPolarity(text, s, cause, c, effect);
    if (!read) continue;
    seen.add(key);
    if (!existing && !factors.has(id)) {
      const zh = HAN.test(phrase.name);
      factors.set(id, { id, name: phrase.name, namesZh: zh ? [phrase.name] : [], aliases: [], start: phrase.start, end: phrase.end });
    }
    links.push({ fromId: cause.factorId, toId: effect.factorId, ...read, quote: text.slice(s.start, s.end), start: s.start, end: s.end, connective: c.text, causeAt: spanOf(cause), effectAt: spanOf(effect) });
  }
  return { factors: [...factors.values()], links };
}
