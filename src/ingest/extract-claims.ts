import { readFileSync } from 'node:fs';
import type { QuantityMention } from '../quantities/extract-quantities.ts';
import { extractQuantities } from '../quantities/extract-quantities.ts';
import type { ClaimAssertion, QuantityFrame, TimeWindow } from '../quantities/frame.ts';
import { isUnshipped } from '../quantities/measure-vocabulary.ts';
import { apposedPercents, readAssertions, readFrames, type FramedQuantity, type SentenceReading } from '../quantities/read-frames.ts';
import { clausesOf, segmentSentences, sentenceIndexAt, type Span } from '../quantities/sentences.ts';
import { timeExpressionsIn } from '../quantities/time-expressions.ts';
import { whoseMeasures, type MeasureMention } from '../quantities/whose-measure.ts';
import { carriedTopic, namedTopic, resolveAnaphors, sameParagraph, type SentenceTopic } from '../quantities/anaphora.ts';
import { headlineOf, headlineTopic, measureFromHeadline, measureFromPage, pageMeasureWanted, pageTopic, timeFromSentenceBefore, type HeadlineTopic, type PageTopic } from '../quantities/context-readings.ts';
import type { TimeExpression } from '../quantities/time-expressions.ts';
import { carriedLinks, conditionalLinks, firstAtOrAfter } from '../causal/clause-links.ts';
import { directionOf, DOWN_BEFORE, UP_BEFORE } from '../causal/direction-words.ts';
import { mentionsAround, mentionsIn, overlapsMention } from '../causal/mentions.ts';
import type { FactorMatcher, FactorMention } from './match-factors.ts';
import { yearlessDocumentDate, yearlessWindows, type YearlessWindow } from './yearless-windows.ts';

export interface ClaimCandidate {
  quote: string;
  start: number;
  end: number;
  sentence: string;
  subject: string;
  quantities: QuantityMention[];
  /** Each quantity's frame, in the order of `quantities`. */
  frames: QuantityFrame[];
  /**
   * Each quantity's window read without a year, in a text that states none (src/ingest/yearless-windows.ts), in the
   * order of `quantities`; absent or null where the frame has a window of its own.
   */
  yearless?: (YearlessWindow | null)[];
  /** The factors the quote names (known to the graph), the measured one first. */
  factorIds: string[];
  /** What the claim asserts beyond its numbers that the record can test. */
  assertions: ClaimAssertion[];
  /** The time the claim is about, from its own sentence (ISO date, or `start/end` for a longer window), else null. */
  time: string | null;
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
  /** Where the cause and the effect are named (UTF-16 offsets, like `start`): the evidence a reviewer is shown. */
  causeAt: Span;
  effectAt: Span;
}

/** Mentions of measures (`~…`, unshipped) are for reading numbers only; causal links and claims name graph factors. */
export const graphFactors = (mentions: readonly FactorMention[]) => mentions.filter((m) => !isUnshipped(m.factorId));

const windowText = (w: TimeWindow) => (w.start === w.end ? w.start : `${w.start}/${w.end}`);

/**
 * The claims of a text. The text is cut into sentences once (`sentences`); each sentence's quantities are framed
 * (what they measure, how, when: read-frames.ts) and grouped into claims, one claim per measure of a sentence: a
 * sentence about reserves and the TGA gives two. Numbers that measure nothing named (and those of unshipped measures)
 * group by clause, as before. A time expression read as a quantity (a date, a month) joins the claim of the number it
 * dates, and a comparison base the claim of its number, so neither becomes a claim of its own.
 */
export function extractClaims(text: string, factorsIn: FactorMatcher, documentDate?: string, sentences: readonly Span[] = segmentSentences(text)): ClaimCandidate[] {
  const quantities = extractQuantities(text, documentDate ? { documentDate, sentences } : { sentences });
  if (!quantities.length) return [];
  const mentions = factorsIn(text);
  const bySentence = new Map<number, QuantityMention[]>();
  for (const q of quantities) {
    const i = sentenceIndexAt(sentences, q.start);
    if (i < 0) continue;
    const list = bySentence.get(i) ?? [];
    list.push(q);
    bySentence.set(i, list);
  }
  const claims: ClaimCandidate[] = [];
  // A text with no date of its own may still write months and days: its year-less date (src/ingest/yearless-windows.ts).
  const yearlessDay = documentDate ? null : yearlessDocumentDate(text, sentences);
  // What each sentence read speaks of, for a word in the next one that refers back to it (anaphora.ts).
  const topics = new Map<number, SentenceTopic>();
  // Each read sentence's times, for a sentence after it that names none (context-readings.ts).
  const timesOf = new Map<number, { times: readonly TimeExpression[]; figures: boolean }>();
  // The headline's one measure, for figures of the lead that name none (context-readings.ts).
  const headline = headlineOf(text);
  const lead: HeadlineTopic | null = headline
    ? headlineTopic(text, headline, whoseMeasures(text, headline, clausesOf(text, headline), mentionsIn(mentions, headline.start, headline.end), factorsIn.knows), sentences)
    : null;
  // Whose measures each sentence names, read once a sentence (the figures' sentences, the sentences a word refers back
  // to, and every sentence when the page's one subject is asked for).
  const measuresRead = new Map<number, MeasureMention[]>();
  const measuresAt = (k: number, clauses?: readonly Span[]): MeasureMention[] => {
    let out = measuresRead.get(k);
    if (!out) {
      const at = sentences[k] as Span;
      out = whoseMeasures(text, at, clauses ?? clausesOf(text, at), mentionsIn(mentions, at.start, at.end), factorsIn.knows);
      measuresRead.set(k, out);
    }
    return out;
  };
  // The page's one subject (context-readings.ts), read the first time a figure whose sentence names no measure needs it.
  let page: PageTopic | null | undefined;
  const pageSubject = (): PageTopic | null => (page === undefined ? (page = pageTopic(text, sentences.map((_, k) => measuresAt(k)))) : page);
  // The topic of a sentence without numbers, once per sentence and number of links: every sentence before the one being
  // read is read by then, so the answer cannot change later.
  const unreadTopics = new Map<string, SentenceTopic>();
  // The sentence before, in the same paragraph: read already when it has numbers, else the measures it names, else
  // the measure a word of it referred back to ("This tool allows…", "this size is the lowest…": up to two such links).
  const topicOf = (k: number, links: number): SentenceTopic => {
    const read = topics.get(k);
    if (read) return read;
    const key = `${k}:${links}`;
    const known = unreadTopics.get(key);
    if (known) return known;
    const at = sentences[k] as Span;
    // Its mentions by binary search (mentions.ts): a scan of every mention per look-back made long documents quadratic.
    const topic = namedTopic(text, { sentence: at, measures: measuresAt(k) });
    const prior = sentences[k - 1];
    const out = links > 0 && prior && sameParagraph(text, prior, at) ? carriedTopic(text, topic, () => topicOf(k - 1, links - 1)) : topic;
    unreadTopics.set(key, out);
    return out;
  };
  for (const [i, qs] of bySentence) {
    const sentence = sentences[i] as Span;
    // The sentence before, when it is in the same paragraph: what a figure here may take its measure or time from.
    const before = i > 0 && sameParagraph(text, sentences[i - 1] as Span, sentence) ? (sentences[i - 1] as Span) : null;
    const previous = (): SentenceTopic | null => (before ? topicOf(i - 1, 2) : null);
    const clauses = clausesOf(text, sentence);
    // Whose measures: someone else's balance sheet is not the Fed's; the Treasury's 現金 is the TGA (whose-measure.ts).
    const reading: SentenceReading = { sentence, clauses, quantities: qs, measures: measuresAt(i, clauses), times: timeExpressionsIn(text, sentence, documentDate ?? null) };
    const framed = readFrames(text, reading, documentDate ?? null);
    timesOf.set(i, { times: reading.times, figures: qs.some((q) => /money|percent/.test(q.kind)) });
    topics.set(i, resolveAnaphors(text, reading, framed, previous));
    measureFromHeadline(text, reading, framed, lead);
    if (pageMeasureWanted(reading, framed)) measureFromPage(text, reading, framed, pageSubject());
    // (a percent in apposition to a change takes the change's measure, however that was read)
    if (qs.length > 1) apposedPercents(text, framed);
    // A list item ("● 准备金…2.93万亿美元" under "截至10月22日当周:") takes its time from the list's head, not the item before.
    const head = listHeadOf(text, sentences, i);
    const context = head ?? (before ? i - 1 : null);
    timeFromSentenceBefore(text, reading, framed, () => (context !== null ? { sentence: sentences[context] as Span, ...(timesOf.get(context) ?? { times: timeExpressionsIn(text, sentences[context] as Span, documentDate ?? null), figures: false }) } : null), documentDate ?? null);
    const yearless = documentDate ? null : yearlessWindows(text, reading, framed, yearlessDay);
    claims.push(...claimsOfSentence(text, reading, framed, readAssertions(text, reading, framed), yearless));
  }
  return claims;
}

function claimsOfSentence(text: string, reading: SentenceReading, framed: FramedQuantity[], assertions: ClaimAssertion[], yearless: (YearlessWindow | null)[] | null = null): ClaimCandidate[] {
  const { clauses, sentence } = reading;
  const clauseOf = (at: number) => {
    let c = 0;
    while (c + 1 < clauses.length && (clauses[c + 1] as Span).start <= at) c++;
    return c;
  };
  // Group key per quantity: its measure, else its clause.
  const keys = framed.map((f) => (f.frame.factorId ? `f:${f.frame.factorId}` : `c:${clauseOf(f.quantity.start)}`));
  framed.forEach((f, i) => {
    if (f.baseOf !== null) keys[i] = keys[f.baseOf] as string;
  });
  // A date or month read as a quantity joins the number it dates; a duration or a year its frame used ("within two
  // weeks", "since early 2021") joins the number whose frame used it.
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  framed.forEach((f, i) => {
    if (!/date|year|duration/.test(f.quantity.kind)) return;
    const by = framed.findIndex((g) => (g.time !== null && overlaps(g.time, f.quantity)) || g.uses.some((u) => overlaps(u, f.quantity)));
    if (by >= 0 && by !== i) keys[i] = keys[by] as string;
  });
  // A date that is itself the figure read (2025年10月9日, "October 9, 2025") is never a claim of its own: it joins the
  // nearest claim of its sentence, or none.
  const isDate = (i: number) => /^(?:date|year)$/.test(framed[i]!.quantity.kind);
  const dateOnly = (k: string) => keys.every((x, i) => x !== k || isDate(i));
  framed.forEach((f, i) => {
    if (!isDate(i) || !dateOnly(keys[i] as string)) return;
    const other = framed.map((g, j) => j).filter((j) => !isDate(j) && !dateOnly(keys[j] as string)).sort((a, b) => Math.abs(framed[a]!.quantity.start - f.quantity.start) - Math.abs(framed[b]!.quantity.start - f.quantity.start))[0];
    keys[i] = other === undefined ? '' : (keys[other] as string);
  });
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => k && groups.set(k, [...(groups.get(k) ?? []), i]));
  const sentenceText = text.slice(sentence.start, sentence.end);
  return [...groups.values()].map((idx) => {
    const members = idx.map((i) => framed[i] as FramedQuantity);
    const cs = members.map((f) => clauseOf(f.quantity.start));
    const ce = members.map((f) => clauseOf(f.quantity.end - 1));
    const first = clauses[Math.min(...cs)] as Span;
    const last = clauses[Math.max(...ce)] as Span;
    const start = Math.min(first.start, ...members.map((f) => f.quantity.start));
    const end = Math.max(last.end, ...members.map((f) => f.quantity.end));
    const measured = members.find((f) => f.frame.factorId)?.frame.factorId ?? null;
    const named = graphFactors(reading.measures).filter((x) => x.start >= start && x.end <= end).map((x) => x.factorId);
    const factorIds = [...new Set([...(measured ? [measured] : []), ...named])];
    const own = assertions.filter((a) => (a.start < end && start < a.end) || (a.factorId !== null && a.factorId === measured));
    const timed = members.find((f) => f.frame.timeSource === 'TEXT' && f.frame.window && f.frame.mode !== 'OTHER' && f.baseOf === null);
    const quote = text.slice(start, end);
    // Built field by field, in the order it is printed (a spread in the middle of a literal costs microseconds).
    const claim = {
      quote,
      start,
      end,
      sentence: sentenceText,
      subject: guessSubject(quote, start, members[0]!.quantity),
      quantities: members.map((f) => f.quantity),
      frames: members.map((f) => f.frame),
    } as ClaimCandidate;
    if (yearless) claim.yearless = idx.map((i) => yearless[i] ?? null);
    claim.factorIds = factorIds;
    claim.assertions = own;
    claim.time = timed?.frame.window ? windowText(timed.frame.window) : null;
    return claim;
  });
}

/** The words before the first number, without the verb that joins them: a best guess, may be empty. */
function guessSubject(quote: string, quoteStart: number, first: QuantityMention): string {
  // A list's bullet or a heading's number opening the quote is not what the claim is about ("● 到10月22日…" had
  // the subject "●"); what is left without a letter or a character of a script is no subject at all.
  const head = quote.slice(0, Math.max(0, first.start - quoteStart)).replace(LIST_MARKER, '');
  const subject = head
    .replace(/(約|大約|约|大约|近|將近|将近|逾|超過|超过|超|突破|跌破|不到|低於|低于|僅|仅|只|達|达|至|到|為|为|是|的|了|about|around|nearly|over|more than|below|under|only|was|is|were|are|reached|rose to|fell to|to|at|of|by)\s*$/i, '')
    .trim()
    .slice(-60);
  return /[\p{L}]/u.test(subject) ? subject : '';
}

/**
 * The head of the list a sentence is an item of: the item opens with a list marker, the items before it in the same
 * paragraph do too, and the sentence before the first item ends with a colon ("截至10月22日当周:", "As of Oct. 22:").
 * Its index, or null when the sentence is no list item or the list has no such head.
 */
function listHeadOf(text: string, sentences: readonly Span[], i: number): number | null {
  const opens = (k: number) => LIST_MARKER.test(text.slice((sentences[k] as Span).start, (sentences[k] as Span).end)) && /^\s*\S/.test(text.slice((sentences[k] as Span).start));
  if (!opens(i)) return null;
  let k = i - 1;
  while (k >= 0 && opens(k) && sameParagraph(text, sentences[k] as Span, sentences[k + 1] as Span)) k--;
  if (k < 0 || !sameParagraph(text, sentences[k] as Span, sentences[k + 1] as Span)) return null;
  return /[:：]\s*$/.test(text.slice((sentences[k] as Span).start, (sentences[k] as Span).end)) ? k : null;
}

/** A list or heading marker at the start of a quote: bullets, dashes, "1.", "(2)", "一、". */
const LIST_MARKER = /^[\s\uFE0F\u2022\u25CF\u25CB\u25A0\u25AA\u2023\u2043\u2219\u00B7\-*–—]+|^\s*(?:\(?\d{1,2}[.)、]|[一二三四五六七八九十]+、)\s*/u;

/**
 * Causal connectives. Some carry a direction of their own: "raised", 推高 (more of the cause,
 * more of the effect) or "lowered", 壓低, 拖累 (less); the others leave the direction to the words
 * around the effect. Longer forms first, so "pushed up" wins over "pushed".
 */
const CONNECTIVE_SIGN: readonly [string, 1 | -1 | 0][] = [
  ['導致', 0], ['导致', 0], ['造成', 0], ['引發', 0], ['引发', 0], ['使得', 0], ['從而', 0], ['从而', 0], ['推動', 0], ['推动', 0],
  ['迫使', 0], ['加速', 0], ['推高', 1], ['抬高', 1], ['推升', 1], ['拉高', 1], ['提振', 1], ['壓低', -1], ['压低', -1], ['拉低', -1],
  ['削弱', -1], ['拖累', -1], ['抽乾', -1], ['抽干', -1],
  // Common verbs of Chinese financial prose: 助推, 帶動, 加劇 leave the direction to the effect's words; 抽離
  // (drawing money out) lower it (虹吸 is left out: 虹吸效應 is a noun); 抑制 holds it down, 提振 and 提升 lift it.
  ['助推', 0], ['帶動', 0], ['带动', 0], ['拉動', 0], ['拉动', 0], ['促使', 0], ['加劇', 0], ['加剧', 0], ['引爆', 0], ['觸發', 0], ['触发', 0],
  ['抽離', -1], ['抽离', -1], ['抽走', -1], ['吸走', -1], ['抑制', -1], ['遏制', -1], ['打壓', -1], ['打压', -1], ['提升', 1],
  ['leads to', 0], ['led to', 0], ['lead to', 0], ['leading to', 0], ['results in', 0], ['resulted in', 0], ['resulting in', 0],
  ['contributes to', 0], ['contributed to', 0], ['gives rise to', 0], ['gave rise to', 0], ['translates into', 0], ['translated into', 0],
  ['as a result', 0], ['which means', 0], ['triggers', 0], ['triggered', 0], ['fuels', 1], ['fuelled', 1], ['fueled', 1], ['spurs', 1], ['spurred', 1],
  ['drives up', 1], ['drove up', 1], ['pushes up', 1], ['pushed up', 1], ['sends up', 1], ['sent up', 1], ['adds to', 1], ['added to', 1],
  ['drives down', -1], ['drove down', -1], ['pushes down', -1], ['pushed down', -1], ['drags down', -1], ['dragged down', -1],
  ['weighs on', -1], ['weighed on', -1], ['weighing on', -1], ['eats into', -1], ['ate into', -1], ['erodes', -1], ['eroded', -1], ['drains', -1], ['drained', -1], ['draining', -1],
  ['drives', 0], ['drove', 0], ['causes', 0], ['caused', 0], ['pushes', 0], ['pushed', 0], ['forces', 0], ['forced', 0],
  ['raises', 1], ['raised', 1], ['lifts', 1], ['lifted', 1], ['boosts', 1], ['boosted', 1], ['increases', 1], ['increased', 1],
  ['lowers', -1], ['lowered', -1], ['reduces', -1], ['reduced', -1], ['depresses', -1], ['depressed', -1], ['shrinks', -1], ['shrank', -1],
  ['weakens', -1], ['weakened', -1],
  // Base and -ing forms ("fast TGA replenishments rapidly drain bank reserves"; "…, pushing borrowing costs higher").
  ['drain', -1], ['erode', -1], ['eroding', -1], ['weaken', -1], ['weakening', -1], ['weigh on', -1], ['drag down', -1], ['dragging down', -1], ['eat into', -1], ['eating into', -1],
  ['removes', -1], ['removed', -1], ['removing', -1], ['absorbs', -1], ['absorbed', -1], ['absorbing', -1], ['siphons', -1], ['siphoned', -1], ['siphoning', -1],
  ['fuel', 1], ['fuelling', 1], ['fueling', 1], ['boost', 1], ['boosting', 1], ['spur', 1], ['spurring', 1], ['lifting', 1],
  ['push up', 1], ['pushing up', 1], ['drive up', 1], ['driving up', 1], ['pushing down', -1], ['driving down', -1],
  ['cause', 0], ['causing', 0], ['trigger', 0], ['triggering', 0], ['driving', 0], ['pushing', 0],
  ['ends up with', 0], ['ended up with', 0], ['end up with', 0], ['brings about', 0], ['brought about', 0],
  ['使', 0], ['讓', 0], ['让', 0], ['由於', 0], ['由于', 0], ['因為', 0], ['因为', 0],
  // Connectives whose cause comes after them ("reserves fell because of the TGA"): read right to left.
  ['because of', 0], ['due to', 0], ['owing to', 0], ['as a result of', 0], ['driven by', 0], ['caused by', 0], ['thanks to', 0], ['on the back of', 0],
];
/** Connectives that name the cause after the effect. */
const CAUSE_AFTER = new Set(['because of', 'due to', 'owing to', 'as a result of', 'driven by', 'caused by', 'thanks to', 'on the back of']);
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An English connective may carry one adverb ("leads ultimately to"), and stands on word boundaries ("raised" is not in "appraised"). */
const pattern = (w: string) => (/^[a-z]/i.test(w) ? `\\b${escape(w).replace(/ /g, String.raw`\s+(?:[a-z]+ly\s+)?`)}\\b` : escape(w));
// Two expressions, one per script: the English alternation (word boundaries, optional adverbs) is costly to try at
// every position of Chinese text, so it starts only where a Latin letter does. A match of one can never overlap a
// match of the other, so together they find what one alternation of both would.
const byLength = [...CONNECTIVE_SIGN].sort((a, b) => b[0].length - a[0].length);
const CONNECTIVES_LATIN = new RegExp(`(?=[a-z])(${byLength.filter(([w]) => /^[a-z]/i.test(w)).map(([w]) => pattern(w)).join('|')})`, 'gi');
const CONNECTIVES_OTHER = new RegExp(`(${byLength.filter(([w]) => !/^[a-z]/i.test(w)).map(([w]) => pattern(w)).join('|')})`, 'g');
const SIGN = new Map(CONNECTIVE_SIGN.map(([w, sign]) => [w.toLowerCase(), sign]));
/** The connective as listed: adverbs and extra spaces dropped ("leads ultimately to" → "leads to"). */
export const connectiveKey = (written: string) => {
  const words = written.toLowerCase().split(/\s+/);
  const plain = words.join(' ');
  return SIGN.has(plain) ? plain : words.filter((w, i) => !(i > 0 && i < words.length - 1 && /ly$/.test(w))).join(' ');
};
/**
 * Words of CC-CEDICT in which 使, 讓 or 让 is part of another word (使用量, 大使, 轉讓, 即使): there it is not the
 * connective "make" (issue 18). jieba-wasm segments these cases right too (once the text is folded to Simplified),
 * but builds its dictionary on the first cut (4.8 s here) and costs ~9 ms a sentence after, so it is not loaded
 * (docs/reading.md, Measured).
 */
const NOT_CONNECTIVE = new Set((JSON.parse(readFileSync(new URL('../quantities/data/unit-lexicon.json', import.meta.url), 'utf8')) as { notConnective: string[] }).notConnective);
/** Whether the single-character connective at `index` lies inside a longer dictionary word. */
export function insideWord(text: string, index: number): boolean {
  for (let from = Math.max(0, index - 3); from <= index; from++) {
    for (let to = index + 1; to <= Math.min(text.length, from + 4); to++) {
      if (to - from >= 2 && NOT_CONNECTIVE.has(text.slice(from, to))) return true;
    }
  }
  return false;
}
/**
 * The cause turned around: "the end of the shutdown raised reserves" says the shutdown
 * lowers them. Before the cause (the end of, 解除) or right after it (ended, 結束).
 */
const REVERSAL_BEFORE = /(the end of(?: the)?|end of(?: the)?|ending(?: the)?|the lifting of(?: the)?|lifting(?: the)?|the resolution of(?: the)?|after(?: the)?|結束|结束|終結|终结|解除)\s*$/i;
const REVERSAL_AFTER = /^(?:'s)?\s*(?:ended|ends|ending|was lifted|is lifted|lifted|結束|结束|的結束|的结束|落幕|終結|终结|後|后)/i;
/** Negation right before the connective: the text denies the link, so none is proposed. */
const NEGATION = /(\bnot|n't|\bnever|\bno longer|\bhardly|未|沒有|没有|並未|并未|不會|不会|不再|未能|並不|并不|無法|无法|不)\s*$/i;

/** The offsets of a mention or phrase. */
export const spanOf = (x: Span): Span => ({ start: x.start, end: x.end });

/** Where a cause or an effect is named: a known factor, or a phrase proposed as a new one. */
export interface CausalEnd {
  start: number;
  end: number;
  factorId: string;
}

/** A link's polarity read from its text (its sentence, its two ends, the connective joining them); null when the connective is negated. */
type PolarityReader = (text: string, sentence: Span, cause: CausalEnd, connective: { index: number; text: string }, effect: CausalEnd) => { polarity: 'INCREASES' | 'DECREASES'; polarityStated: boolean } | null;

/**
 * The polarity of "cause → effect" as the text states it, the product of four readings: the
 * connective's own direction (raised, 壓低), the direction words around the effect (lower
 * reserves, 準備金下降), the direction of the cause (a fall in the TGA) and a reversal of the
 * cause (the end of the shutdown). Null when the connective is negated (did not lead to, 並未導致).
 */
export const readPolarity: PolarityReader = (text, sentence, cause, connective, effect) => {
  const connectiveEnd = connective.index + connective.text.length;
  if (NEGATION.test(text.slice(Math.max(cause.end, connective.index - 12), connective.index))) return null;
  const own = SIGN.get(connectiveKey(connective.text)) ?? 0;
  const effectDir = directionOf(text.slice(connectiveEnd, effect.start), text.slice(effect.end, Math.min(sentence.end, effect.end + 12)));
  const causeLead = text.slice(Math.max(sentence.start, cause.start - 24), cause.start);
  const causeTail = text.slice(cause.end, connective.index);
  const reversed = REVERSAL_BEFORE.test(causeLead) || REVERSAL_AFTER.test(causeTail.trim()) ? -1 : 1;
  // The cause's own direction: words before it (falling TGA) or between it and the connective (TGA下降導致).
  const causeDir = DOWN_BEFORE.test(causeLead) ? -1 : UP_BEFORE.test(causeLead) ? 1 : directionOf('', causeTail);
  const sign = (own || 1) * (effectDir || 1) * (causeDir || 1) * reversed;
  return { polarity: sign > 0 ? 'INCREASES' : 'DECREASES', polarityStated: own !== 0 || effectDir !== 0 || causeDir !== 0 || reversed < 0 };
};

/** Connectives that open a clause with its cause, the effect following: 由於停擺，TGA上升. */
export const LEADING = new Set(['由於', '由于', '因為', '因为']);

/**
 * The cause and effect a connective joins, both known factors of its sentence: the last named before it and the first
 * named after it (never past the next connective, which starts a link of its own); read right to left for "because
 * of"; for a connective that opens its clause ("As a result of the shutdown, the TGA rose"), the first two named after it.
 */
export function causalEnds(
  mentions: readonly FactorMention[],
  sentence: Span,
  c: { index: number; text: string },
  connectives: readonly { index: number }[],
): { cause: FactorMention; effect: FactorMention; reversed: boolean } | null {
  const end = c.index + c.text.length;
  const next = Math.min(firstAtOrAfter(connectives, end) ?? sentence.end, sentence.end); // connectives are in text order
  const bound = { start: sentence.start, end: next };
  const { before, after } = mentionsAround(mentions, bound, c.index, end);
  const reversed = causeAfter(c.text);
  if (!before && (reversed || LEADING.has(c.text))) {
    const later = mentionsAround(mentions, sentence, c.index, end).after;
    if (!later) return null;
    const second = mentions.find((m) => m.start >= later.end && m.end <= sentence.end && m.factorId !== later.factorId);
    return second ? { cause: later, effect: second, reversed: false } : null;
  }
  if (!before || !after || before.factorId === after.factorId) return null;
  return reversed ? { cause: after, effect: before, reversed } : { cause: before, effect: after, reversed };
}

/** Whether the connective names its cause after the effect ("reserves fell because of the TGA"). */
export const causeAfter = (written: string) => CAUSE_AFTER.has(connectiveKey(written));

/**
 * The polarity of a link read right to left: "reserves fell because of a higher TGA" — the effect's direction is
 * written between it and the connective, the cause's just before the cause.
 */
export const readReversedPolarity: PolarityReader = (text, sentence, cause, connective, effect) => {
  if (NEGATION.test(text.slice(Math.max(effect.end, connective.index - 12), connective.index))) return null;
  const effectDir = directionOf(text.slice(Math.max(sentence.start, effect.start - 24), effect.start), text.slice(effect.end, connective.index));
  const causeLead = text.slice(connective.index + connective.text.length, cause.start);
  const causeDir = DOWN_BEFORE.test(causeLead) ? -1 : UP_BEFORE.test(causeLead) ? 1 : directionOf('', text.slice(cause.end, Math.min(sentence.end, cause.end + 12)));
  const sign = (effectDir || 1) * (causeDir || 1);
  return { polarity: sign > 0 ? 'INCREASES' : 'DECREASES', polarityStated: effectDir !== 0 || causeDir !== 0 };
};

/** Every causal connective in a text, with the sentence around it. */
export function connectivesIn(text: string, sentences: readonly Span[] = segmentSentences(text)): readonly Connective[] {
  // Causal links and proposals read the same text's connectives with the same sentences (read-piece.ts): found once.
  const known = CONNECTIVES_READ.get(sentences);
  if (known?.text === text) return known.connectives;
  const out: Connective[] = [];
  const found = [...text.matchAll(CONNECTIVES_OTHER), ...(/[a-z]/i.test(text) ? text.matchAll(CONNECTIVES_LATIN) : [])].sort((a, b) => a.index - b.index);
  for (const m of found) {
    if (m[0].length === 1 && insideWord(text, m.index)) continue;
    const i = sentenceIndexAt(sentences, m.index);
    if (i >= 0) out.push({ index: m.index, text: m[0], sentence: sentences[i] as Span });
  }
  CONNECTIVES_READ.set(sentences, { text, connectives: out });
  return out;
}

interface Connective {
  index: number;
  text: string;
  sentence: Span;
}
const CONNECTIVES_READ = new WeakMap<readonly Span[], { text: string; connectives: readonly Connective[] }>();

/**
 * Candidate causal links: two known factors in one sentence joined by a causal connective
 * (cause before the connective, effect after), with the polarity `readPolarity` reads.
 * A negated connective proposes nothing.
 */
export function extractCausalLinks(text: string, factorsIn: (t: string) => FactorMention[], sentences: readonly Span[] = segmentSentences(text)): CausalCandidate[] {
  const found: CausalCandidate[] = [];
  const seen = new Set<string>();
  const mentions = graphFactors(factorsIn(text));
  const connectives = connectivesIn(text, sentences);
  for (const c of connectives) {
    const s = c.sentence;
    if (overlapsMention(mentions, c.index, c.index + c.text.length)) continue; // part of a factor's name (經濟刺激)
    const ends = causalEnds(mentions, s, c, connectives);
    if (!ends) continue;
    const { cause, effect, reversed } = ends;
    const key = `${cause.factorId}>${effect.factorId}@${s.start}`;
    if (seen.has(key)) continue;
    const read = reversed ? readReversedPolarity(text, s, cause, c, effect) : readPolarity(text, s, cause, c, effect);
    if (!read) continue;
    seen.add(key);
    found.push({ fromId: cause.factorId, toId: effect.factorId, ...read, quote: text.slice(s.start, s.end), start: s.start, end: s.end, connective: c.text, causeAt: spanOf(cause), effectAt: spanOf(effect) });
  }
  // Links stated by the sentence's shape (an opening when/if clause; a cause carried from the sentence before).
  for (const l of [...conditionalLinks(text, mentions, sentences, connectives), ...carriedLinks(text, mentions, sentences)]) {
    const key = `${l.fromId}>${l.toId}@${l.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(l);
  }
  return found;
}
