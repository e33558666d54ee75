import { matchesOf } from './matches-of.ts';
import { ANAPHOR_WORDS, fitsScale, isShippedMeasure, kindsOfMeasure, refersOf } from './measure-vocabulary.ts';
import type { FramedQuantity, SentenceReading } from './read-frames.ts';
import type { Span } from './sentences.ts';
import { alternation, type MeasureMention } from './whose-measure.ts';

/**
 * Words that refer back to a measure of the sentence before (issue 18): "But on Thursday, the figure was $28.82
 * billion", 到10月22日当周，该数字维持在2.93万亿美元, "It stayed at around that amount", 在該工具停放的資金合計288億美元.
 * A number whose own sentence names no measure takes the measure the sentence before speaks of, only when
 *   - a word referring back is its subject: a determiner and a head noun before it in its sentence ("the figure",
 *     "the five-day average balance", 該數字, 其餘額), or a pronoun opening its clause ("It", 它), with no measure
 *     named between that word and the number;
 *   - the sentence before speaks of exactly one measure the word can name (its figures' measures, else the measures it
 *     names, else the one it itself referred back to), and the word agrees with it in kind: "the balance" names a
 *     stock (reserves, the TGA, the RRP's take-up), "the facility" the RRP, "the figure" or "it" anything;
 *   - nothing but one line break stands between the sentences (a blank line starts another paragraph, another topic).
 * That measure may be one we do not ship (the figure of SOFR): the number then takes no factor. A reading taken this
 * way is not firm: the frame says so (`factorAnaphor`), and the check never calls it INCONSISTENT.
 */

type Antecedent = { factorId: string; words: string };

/**
 * What a sentence speaks of, for the sentence after it: the measures of its figures (what "the figure" or "it" refers
 * to) and every measure it names or referred back to (what "the balance", "the facility" can name), with their words.
 */
export interface SentenceTopic {
  sentence: Span;
  figures: readonly Antecedent[];
  named: readonly Antecedent[];
}

/** A word referring back: its span, its words and what it can name (`figure` and pronouns: any measure). */
export interface Anaphor extends Span {
  text: string;
  cls: string | null;
}

const HEADS = ANAPHOR_WORDS.heads.map(({ cls, words }) => ({ cls, words: new Set(words.map((w) => w.toLowerCase())) }));
const allHeads = ANAPHOR_WORDS.heads.flatMap((h) => h.words);
const latin = (w: string) => /^[\x20-\x7e’]+$/.test(w);
const EN_MODIFIERS = ANAPHOR_WORDS.modifiers.filter(latin);
const ZH_MODIFIERS = ANAPHOR_WORDS.modifiers.filter((w) => !latin(w));
// "the five-day average balance", "its balance", "that amount": a determiner, up to three modifiers, a head.
const EN_ANAPHOR = new RegExp(
  `(?<![A-Za-z])(?:${alternation(ANAPHOR_WORDS.determiners.filter(latin))})\\s+(?:(?:${alternation(EN_MODIFIERS)})\\s+){0,3}(${alternation(allHeads.filter(latin))})(?![A-Za-z])`,
  'gi',
);
// 該數字, 此規模, 其總餘額, 這一數字, 該工具.
const ZH_ANAPHOR = new RegExp(
  `(?:${alternation(ANAPHOR_WORDS.determiners.filter((w) => !latin(w)))})(?:${alternation(ZH_MODIFIERS)}){0,2}(${alternation(allHeads.filter((w) => !latin(w)))})`,
  'g',
);
// "It stayed…", "…, and it fell to", 它降至…: a pronoun opening its clause; "Usage fell to", 使用量降至: a bare head.
const CLAUSE_OPENING = String.raw`(?:^|[,，;；:：]\s*|\b(?:and|but|while|yet)\s+)\s*`;
const PRONOUN = new RegExp(`${CLAUSE_OPENING}(${alternation(ANAPHOR_WORDS.pronouns)})(?![A-Za-z])`, 'gi');
// A Chinese head must end its word: what follows starts a predicate (餘額在…, 余额降至…), a time or a clause, never more of
// a noun (余额宝 is a fund, not the balance).
const BARE_HEAD = ANAPHOR_WORDS.bare.length ? new RegExp(`${CLAUSE_OPENING}(${alternation(ANAPHOR_WORDS.bare)})(?![A-Za-z])(?=$|[^\\u3400-\\u9fff]|[在於于已仍再將将則则也又曾從从自由較较比為为是達达降升跌漲涨增減减縮缩回突逼維维持約约近超僅仅只剛刚今本上下前昨週周月年日])`, 'gi') : null;
/** A sentence left without its subject: after its bullets and its times, it opens with one of these (較前一週減少…). */
const ZERO_SUBJECT = ANAPHOR_WORDS.zeroSubject.length ? new RegExp(`^(?:${alternation(ANAPHOR_WORDS.zeroSubject)})`) : null;
/** …or, after a time that opens it, with a copula (此前一天為946億美元): a copula alone opens many other sentences. */
const ZERO_SUBJECT_AFTER_TIME = ANAPHOR_WORDS.zeroSubjectAfterTime.length ? new RegExp(`^(?:${alternation(ANAPHOR_WORDS.zeroSubjectAfterTime)})`) : null;
const LEAD = /^[\s●•·▪◆■\-*、，,]*/;
const PARKED = /\b(?:deposited|parked|placed|stashed|put)\s+(?:a total of\s+|about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?(?:US)?\$|(?:存放|停放|存入|投入)(?:了)?(?:約|约|近|逾|超過|超过|合計|合计)?\s*\d/i;
const DRAINED_FROM_MARKET = /(?:被)?(?:從|从)(?:私人|民間|民间)?(?:金融)?(?:市[場场]|系[統统]|體系|体系)(?:中|上)?(?:被)?(?:抽離|抽离|抽走|回收|吸走|抽乾|抽干)|\b(?:was|were|got|been)\s+(?:drained|sucked|pulled|siphoned)\s+(?:out\s+)?(?:of|from)\s+(?:the\s+)?(?:financial\s+)?(?:market|markets|system|financial system)\b/i;
const TIME_PREPOSITION = /^(?:在|於|于|截至|截止|到了?)\s*/;

const classOf = (head: string): string | null => {
  const cls = HEADS.find((h) => h.words.has(head.toLowerCase()))?.cls ?? null;
  return cls === 'figure' ? null : cls;
};

/** Every word of a sentence that refers back, in order. */
export function anaphorsIn(text: string, sentence: Span, reading: Pick<SentenceReading, 'measures'> & Partial<Pick<SentenceReading, 'times'>>): Anaphor[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Anaphor[] = [];
  for (const re of [EN_ANAPHOR, ZH_ANAPHOR]) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, body)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      // A measure's own words ("the reserve balance", 該準備金) are no word referring back.
      if (reading.measures.some((x) => x.start < end && start < x.end)) continue;
      out.push({ start, end, text: m[0], cls: classOf(m[1] as string) });
    }
  }
  for (const re of [PRONOUN, BARE_HEAD]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const m of matchesOf(re, body)) {
      const start = sentence.start + m.index + m[0].length - (m[1] as string).length;
      if (reading.measures.some((x) => x.start < start + (m[1] as string).length && start < x.end)) continue;
      out.push({ start, end: start + (m[1] as string).length, text: m[1] as string, cls: re === PRONOUN ? null : classOf(m[1] as string) });
    }
  }
  const zero = zeroSubject(text, sentence, reading);
  if (zero) out.push(zero);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a word referring back stands in `span` (a clause up to a number) outside every measure: "the balance dropped
 * to", 該數字, "it". For a figure whose own clause names no measure and whose sentence's earlier clause names one the
 * record does not ship: the word, not that measure, is its subject.
 */
export function refersBackIn(text: string, span: Span, measures: readonly Span[]): boolean {
  const body = text.slice(span.start, span.end);
  for (const re of [EN_ANAPHOR, ZH_ANAPHOR, PRONOUN]) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, body)) {
      const start = span.start + m.index;
      if (!measures.some((x) => x.start < start + m[0].length && start < x.end)) return true;
    }
  }
  return false;
}

/** A sentence that names no measure and opens, after its bullets and times, with a verb or a comparison: its subject is left out. */
function zeroSubject(text: string, sentence: Span, reading: Pick<SentenceReading, 'measures'> & Partial<Pick<SentenceReading, 'times'>>): Anaphor | null {
  if (!ZERO_SUBJECT || reading.measures.length) return null;
  // 超过2000亿美元的资金被从市场中抽走, "$200 billion was drained from the market": money drained from the market by a
  // drainer the sentence leaves out (the measure of the sentence before).
  const drained = DRAINED_FROM_MARKET.exec(text.slice(sentence.start, sentence.end));
  if (drained) return { start: sentence.start, end: sentence.start, text: drained[0], cls: null };
  // "A total of 94 participants deposited $993 billion", 停放了…: money parked at a facility the sentence before names
  // (only a facility can be meant: the reverse repo's take-up, the repo facility's).
  const parked = PARKED.exec(text.slice(sentence.start, sentence.end));
  if (parked) return { start: sentence.start, end: sentence.start, text: parked[0].trim(), cls: 'facility' };
  let at = sentence.start + (LEAD.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0);
  let timed = false;
  for (let moved = true; moved; ) {
    moved = false;
    // A time may open with its preposition (在10月30日升至…, 截至上周五為…).
    const prep = TIME_PREPOSITION.exec(text.slice(at, sentence.end))?.[0].length ?? 0;
    const t = (reading.times ?? []).find((x) => x.start === at || (prep > 0 && x.start === at + prep));
    if (t) {
      at = t.end + (LEAD.exec(text.slice(t.end, sentence.end))?.[0].length ?? 0);
      moved = timed = true;
    }
  }
  const m = ZERO_SUBJECT.exec(text.slice(at, sentence.end)) ?? (timed && ZERO_SUBJECT_AFTER_TIME ? ZERO_SUBJECT_AFTER_TIME.exec(text.slice(at, sentence.end)) : null);
  return m ? { start: at, end: at + m[0].length, text: m[0], cls: null } : null;
}

/**
 * The one measure of the sentence before a word referring back can name, or null (none, or several): "the figure" and
 * "it" refer to its figures' measure (else to what it names), "the balance" to any measure it speaks of that is a balance.
 */
function antecedent(previous: SentenceTopic | null, anaphor: Anaphor, kind?: string): Antecedent | null {
  if (!previous) return null;
  // (a measure never written in the figure's kind, a shutdown's length for an amount of money, is no candidate)
  const ofKind = (m: Antecedent) => !kind || !kindsOfMeasure(m.factorId).length || kindsOfMeasure(m.factorId).includes(kind) || (kind === 'percent' && kindsOfMeasure(m.factorId).includes('money'));
  const figures = previous.figures.filter(ofKind);
  const named = previous.named.filter(ofKind);
  // "It", "the figure", a left-out subject: never when the sentence before names two measures, even with figures of one.
  if (anaphor.cls === null && new Set([...figures, ...named].map((m) => m.factorId)).size > 1) return null;
  const pool = anaphor.cls === null ? (figures.length ? figures : named) : [...figures, ...named];
  const fitting = pool.filter((m) => anaphor.cls === null || refersOf(m.factorId).includes(anaphor.cls));
  const ids = new Set(fitting.map((m) => m.factorId));
  return ids.size === 1 ? (fitting[0] as Antecedent) : null;
}

/** Whether two sentences are in one paragraph: nothing between them but one line break at most. */
export function sameParagraph(text: string, before: Span, after: Span): boolean {
  const between = text.slice(before.start, after.start);
  return !/\n[ \t\u3000\r]*\n/.test(between.slice(between.trimEnd().length));
}

const AMOUNT = /money|percent/;

/**
 * Gives the numbers of a sentence that no measure of their own governs the measure their word referring back names
 * (in place: `frame.factorId`, `factorEvidence`, `factorAnaphor`), and returns what the sentence speaks of, for the
 * next one. `topicBefore` gives the topic of the sentence right before, in the same paragraph (null otherwise); it is asked
 * only when a figure of this sentence has no measure of its own, or the sentence names none.
 */
export function resolveAnaphors(text: string, reading: SentenceReading, framed: FramedQuantity[], topicBefore: () => SentenceTopic | null): SentenceTopic {
  // Words referring back matter only for a figure no measure of its own governs, or for a sentence naming none.
  const open = framed.some((f) => !f.measure && f.baseOf === null && AMOUNT.test(f.quantity.kind) && f.frame.mode !== 'OTHER');
  const ofFigures = framed.filter((f) => AMOUNT.test(f.quantity.kind) && f.measure).map((f) => ({ factorId: (f.measure as MeasureMention).factorId, words: (f.measure as MeasureMention).evidence ?? text.slice((f.measure as Span).start, (f.measure as Span).end) }));
  // And only when the sentence before speaks of something (most sentences of most texts name no measure).
  const previous = open || (!ofFigures.length && !reading.measures.length) ? topicBefore() : null;
  const anaphors = previous && (previous.figures.length || previous.named.length) ? anaphorsIn(text, reading.sentence, reading) : [];
  const inherited: Antecedent[] = [];
  if (previous && anaphors.length) {
    framed.forEach((f, i) => {
      const q = f.quantity;
      if (f.measure || f.baseOf !== null || !AMOUNT.test(q.kind) || f.frame.mode === 'OTHER') return;
      // The word nearest before the number, with no measure named between them.
      const word = anaphors.filter((a) => a.end <= q.start && !reading.measures.some((m) => m.start >= a.end && m.end <= q.start)).at(-1);
      if (!word) return;
      const found = antecedent(previous, word, q.kind);
      if (!found) return;
      inherited.push(found);
      if (!isShippedMeasure(found.factorId)) return;
      // The kinds rule of a sentence's own measure: a percent speaks of a balance only as its change.
      const kinds = kindsOfMeasure(found.factorId);
      if (kinds.length && !kinds.includes(q.kind) && f.frame.mode !== 'CHANGE') return;
      // An amount in another currency, or a dollar amount off the measure's scale, is another measure's ("It stood at
      // $28.8 billion" after reserves; 余额宝的规模为1.2万亿元).
      if (q.kind === 'money' && (!/^USD/.test(q.unit) || !fitsScale(found.factorId, q.value, f.frame.mode))) return;
      const read = { factorId: found.factorId, factorEvidence: found.words, factorAnaphor: word.text, factorSource: 'SENTENCE_BEFORE' as const };
      Object.assign(f.frame, read);
      // Its comparison base speaks of the same measure.
      for (const b of framed) if (b.baseOf === i) Object.assign(b.frame, read);
    });
  }
  // What this sentence speaks of: the measures of its figures (with those read back), and those it names, else the
  // one a word of it referred back to ("Only 14 institutions used the facility" speaks of the RRP).
  const named = namedTopic(text, reading).named;
  const carried = named.length || inherited.length ? [] : anaphors.map((a) => antecedent(previous, a)).filter((x): x is Antecedent => !!x).slice(0, 1);
  return { sentence: reading.sentence, figures: [...ofFigures, ...inherited], named: [...named, ...inherited, ...carried] };
}

/** What a sentence without numbers speaks of: the measures it names (whose-measure.ts read), else none. */
export function namedTopic(text: string, reading: Pick<SentenceReading, 'sentence' | 'measures'>): SentenceTopic {
  return { sentence: reading.sentence, figures: [], named: reading.measures.map((m) => ({ factorId: m.factorId, words: m.evidence ?? text.slice(m.start, m.end) })) };
}

/**
 * What a sentence without numbers speaks of when it names no measure but refers back to one ("This tool allows banks
 * to…", "this size is the lowest since 2021"): that measure, so the sentence after it may refer back in turn. `topic`
 * is what it names (namedTopic); `topicBefore` the topic of the sentence before it in its paragraph.
 */
export function carriedTopic(text: string, topic: SentenceTopic, topicBefore: () => SentenceTopic | null): SentenceTopic {
  if (topic.named.length) return topic;
  const anaphors = anaphorsIn(text, topic.sentence, { measures: [] });
  if (!anaphors.length) return topic;
  const before = topicBefore();
  const found = before ? anaphors.map((a) => antecedent(before, a)).find((x): x is Antecedent => !!x) : undefined;
  return found ? { ...topic, named: [found] } : topic;
}
