import { settleWindow } from './bind-times.ts';
import { fitsScale, isShippedMeasure, kindsOfMeasure, looseTarget, onScale, OTHER_MONEY_WORDS } from './measure-vocabulary.ts';
import { alternation } from './whose-measure.ts';
import type { FramedQuantity, SentenceReading } from './read-frames.ts';
import type { Span } from './sentences.ts';
import type { TimeExpression } from './time-expressions.ts';
import { runStart, unitSet } from './unit-set.ts';
import type { MeasureMention } from './whose-measure.ts';

/**
 * Readings from a figure's context (issue 18), for a figure whose own sentence gives none: its time from the sentence
 * before it in its paragraph ("…what happened in September 2019. Quantitative tightening had drained bank reserves to
 * $1.4 trillion"), and its measure from the document's headline ("Fed's Reverse Repo Facility Usage Sinks Below $300
 * Billion" / "The amount of money investors park at a major Federal Reserve facility dropped below $300 billion").
 * The measure the sentence before speaks of, referred back to ("the figure", 該數字, "It"), is anaphora.ts's.
 *
 * Such a reading is not firm. The frame says where it came from (frame.ts: `timeSource` SENTENCE_BEFORE, `factorSource`
 * HEADLINE), and the check never calls it INCONSISTENT: CONSISTENT when the record bears the figure out within the
 * precision written, INCONCLUSIVE otherwise, with the reason. The rules are conservative:
 *   - a time is taken only from the sentence right before, in the same paragraph, when that sentence names exactly one
 *     time (not a "since", not "now", not after the document's date) and has no figure of its own (unless the figure
 *     refers back to it), and the figure's own sentence names no time at all, states the figure as fact and has no word
 *     of the present before it in its clause ("still", "has fallen", 現, 目前);
 *   - a measure is taken from the headline only when the headline names exactly one measure, one we ship, and the
 *     figure is in the lead (the first sentences after it), in a sentence that names no measure of any kind, is an
 *     amount in dollars and fits the measure's scale (measure-vocabulary.ts `fitsScale`).
 */

/** What the sentence before a figure's sentence offers it: its span, its times, whether it has figures of its own. */
export interface SentenceTimes {
  sentence: Span;
  times: readonly TimeExpression[];
  /** It has amounts of its own (money, percent): its time is theirs, shared only with a figure that refers back. */
  figures: boolean;
}

/**
 * Words of the present in a figure's clause before it ("still look plentiful at", "has fallen to", 現約, 目前, 仍): the
 * figure speaks of the document's now, not of the time of the sentence before.
 */
const PRESENT = /\b(?:is|are|isn['’]t|aren['’]t|stands?|remains?|looks?|sits?|hovers?|has|have|now|currently|today|still)\b|現|现|目前|當前|当前|如今|眼下|仍|依然|依舊|依旧/i;
const CLAUSE_BREAK = unitSet('，,；;：:');

const AMOUNT = /money|percent/;

/** Money that is no one's balance (`other_money`): a sentence naming it speaks of something else. */
const OTHER_MONEY = new RegExp(alternation(OTHER_MONEY_WORDS), 'i');
const otherMoneyIn = (text: string, sentence: Span) => OTHER_MONEY.test(text.slice(sentence.start, sentence.end));

/** The one time a sentence states that a later sentence may take: exactly one, dated, not a "since", not "now". */
export function soleTime(times: readonly TimeExpression[]): TimeExpression | null {
  if (times.length !== 1) return null;
  const t = times[0] as TimeExpression;
  return t.window && !t.since && !t.now ? t : null;
}

/**
 * Dates the figures of a sentence that names no time by the one time of the sentence before (in place: `frame.window`,
 * `timeText`, `timeSource` = SENTENCE_BEFORE). `before` gives that sentence's times when it is in the same paragraph
 * (null otherwise); it is asked only when a figure needs it. Only figures with a measure, stated as fact, whose window
 * is the document's date as a fallback.
 */
export function timeFromSentenceBefore(text: string, reading: SentenceReading, framed: FramedQuantity[], before: () => SentenceTimes | null, documentDate: string | null): void {
  if (reading.times.length) return;
  const open = framed.filter((f) => f.baseOf === null && AMOUNT.test(f.quantity.kind) && f.frame.mode !== 'OTHER' && f.frame.mode !== 'SHARE' && f.frame.factorId && f.frame.mood === 'STATED' && f.frame.timeSource === 'DOCUMENT_DATE' && f.frame.timeText === null);
  if (!open.length) return;
  const previous = before();
  // A stated span with no end of its own ("短短 20 天内，超过 2000 亿美元…被抽走", "has fallen by 60 percent in just three
  // months") is placed by the sentence before: the move it names from a start to an end of about that length, or the
  // time since the day it names, when that day is about the span before the document's date.
  if (previous) for (const f of open) if (f.frame.mode === 'CHANGE' && f.frame.spanDays) placeSpan(f, previous.times, documentDate);
  const time = previous ? soleTime(previous.times) : null;
  // A stated figure is not about a time after its document was written ("the FOMC meets on 28–29 October").
  if (!time || !time.window || (documentDate && time.window.end > documentDate.slice(0, 10))) return;
  for (const f of open) {
    if (f.frame.timeSource !== 'DOCUMENT_DATE') continue;
    const q = f.quantity;
    // The time of a sentence with figures of its own is theirs: only a figure that refers back to them shares it.
    if (previous?.figures && f.frame.factorSource !== 'SENTENCE_BEFORE') continue;
    const from = runStart(text, CLAUSE_BREAK, q.start, reading.sentence.start);
    if (PRESENT.test(text.slice(from, q.start))) continue;
    const settled = settleWindow({ text, sentence: reading.sentence, quantity: q, mode: f.frame.mode, time, startTime: null, endTime: null, spanDays: f.frame.spanDays, documentDate, stated: true });
    if (!settled.window || settled.source !== 'TEXT') continue;
    f.frame.window = settled.window;
    f.frame.timeText = time.text;
    f.frame.timeSource = 'SENTENCE_BEFORE';
  }
}

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
/** How far a span as written may be from the days it names ("in just three months" for 68 days; 20 天 for 20). */
const nearSpan = (days: number, span: number) => days > 0 && Math.abs(days - span) <= Math.max(2, span * 0.35);

/**
 * A stated span's place from the times of the sentence before (in place; SENTENCE_BEFORE, not firm): a move there
 * from a start to a day ("自 2025 年 10 月 10 日停摆开始，…膨胀到 10 月 30 日突破 1 万亿美元" before "短短 20 天内") whose
 * length is about the span is the span; else the last day named there, about the span before the document's date ("On
 * January 21, 2025, … $704 billion." before "has fallen by 60 percent in just three months"), starts a span to the
 * document's date. Otherwise the span stays counted back from the document's date, a fallback.
 */
function placeSpan(f: FramedQuantity, times: readonly TimeExpression[], documentDate: string | null): void {
  const span = f.frame.spanDays as number;
  const doc = documentDate?.slice(0, 10) ?? null;
  const dated = times.filter((t) => t.window && !t.now && (!doc || t.window.end <= doc));
  const days = dated.filter((t) => t.grain === 'DAY' && !t.since && !t.from);
  const end = days.at(-1);
  const start = dated.find((t) => (t.since || t.from) && t.grain === 'DAY' && (!end || t.start < end.start));
  let window: { start: string; end: string } | null = null;
  let words = '';
  if (start && end && nearSpan(daysBetween(start.window!.start, end.window!.end), span)) {
    window = { start: start.window!.start, end: end.window!.end };
    words = `${start.text} … ${end.text}`;
  } else if (end && doc && !start && nearSpan(daysBetween(end.window!.end, doc), span)) {
    window = { start: end.window!.end, end: doc };
    words = end.text;
  }
  if (!window) return;
  f.frame.window = window;
  f.frame.timeText = words;
  f.frame.timeSource = 'SENTENCE_BEFORE';
}

/** The document's headline, when its first line is one: short, followed by more text, not ending as a sentence does. */
export function headlineOf(text: string): Span | null {
  const nl = text.indexOf('\n');
  if (nl < 0) return null;
  const line = text.slice(0, nl);
  const start = line.length - line.trimStart().length;
  const body = line.trim();
  if (body.length < 8 || body.length > 160 || /[。.；;]$/.test(body) || !text.slice(nl).trim()) return null;
  return { start, end: start + body.length };
}

/** The headline's one measure, for the figures of the lead; null when it names none, several, or one we do not ship. */
export interface HeadlineTopic {
  headline: Span;
  factorId: string;
  words: string;
  /** The lead: sentences that start before this offset may take the measure. */
  leadEnd: number;
}

/** How far the lead runs: this many sentences after the headline, and no further than this many characters. */
export const LEAD_SENTENCES = 5;
export const LEAD_CHARS = 1200;
/** Shorter lines (a byline, a dateline) are not counted as sentences of the lead. */
const LEAD_MIN_CHARS = 20;

export function headlineTopic(text: string, headline: Span, measures: readonly MeasureMention[], sentences: readonly Span[]): HeadlineTopic | null {
  const ids = new Set(measures.map((m) => m.factorId));
  if (ids.size !== 1) return null;
  const m = measures[0] as MeasureMention;
  if (!isShippedMeasure(m.factorId)) return null;
  // A byline or a dateline under the headline ("Aug 06,2024", 鉅亨網編譯段智恆) is no sentence of the lead.
  const after = sentences.filter((s) => s.start >= headline.end && text.slice(s.start, s.end).trim().length >= LEAD_MIN_CHARS);
  const last = after[Math.min(LEAD_SENTENCES, after.length) - 1];
  const leadEnd = Math.min(last ? last.end : headline.end, headline.end + LEAD_CHARS);
  return { headline, factorId: m.factorId, words: m.evidence ?? text.slice(m.start, m.end), leadEnd };
}

/**
 * Gives the dollar figures of a lead sentence that names no measure the headline's one measure (in place:
 * `frame.factorId`, `factorEvidence`, `factorSource` = HEADLINE), with their comparison bases.
 */
export function measureFromHeadline(text: string, reading: SentenceReading, framed: FramedQuantity[], topic: HeadlineTopic | null): void {
  if (!topic || reading.measures.length || reading.sentence.start < topic.headline.end || reading.sentence.start >= topic.leadEnd) return;
  // (money that is no one's balance: "The Treasury took in $51.1B in tax receipts" under a headline on its cash pile)
  if (otherMoneyIn(text, reading.sentence)) return;
  const kinds = kindsOfMeasure(topic.factorId);
  framed.forEach((f, i) => {
    const q = f.quantity;
    if (f.frame.factorId || f.measure || f.baseOf !== null || q.kind !== 'money' || !/^USD/.test(q.unit) || f.frame.mode === 'OTHER' || f.frame.mode === 'SHARE') return;
    if (kinds.length && !kinds.includes(q.kind)) return;
    if (!fitsScale(topic.factorId, q.value, f.frame.mode)) return;
    const reading = { factorId: topic.factorId, factorEvidence: topic.words, factorSource: 'HEADLINE' as const, factorAnaphor: null };
    Object.assign(f.frame, reading);
    for (const b of framed) if (b.baseOf === i) Object.assign(b.frame, reading);
  });
}

/** The one measure a whole page speaks of, for figures whose sentence names no measure at all. */
export interface PageTopic {
  factorId: string;
  /** The words that named it first on the page. */
  words: string;
}

/**
 * The page's one subject: the one measure we ship that the page names — the headline and every sentence, a loose word
 * ("the debt", QT) counted as the measure it can name — when it names it at least twice and at least as often as any
 * other single measure (a page on the debt limit that names the debt three times is about the limit). Null when the page
 * names none, or two we ship ("reserves" and "the TGA"). Measures the record does not ship do not stop it (a page on
 * the debt that names T-bills once is still about the debt); their sentences keep their own reading.
 */
export function pageTopic(text: string, measuresBySentence: Iterable<readonly MeasureMention[]>): PageTopic | null {
  let topic: PageTopic | null = null;
  let named = 0;
  const others = new Map<string, number>();
  for (const measures of measuresBySentence) {
    for (const m of measures) {
      const id = looseTarget(m.factorId) ?? m.factorId;
      if (!isShippedMeasure(id)) {
        others.set(id, (others.get(id) ?? 0) + 1);
        continue;
      }
      if (topic && topic.factorId !== id) return null;
      topic ??= { factorId: id, words: m.evidence ?? text.slice(m.start, m.end) };
      named++;
    }
  }
  return named >= 2 && [...others.values()].every((n) => n <= named) ? topic : null;
}

/** Whether a figure of a sentence still wants a measure the page's subject could give (see `measureFromPage`). */
const wantsPageMeasure = (f: FramedQuantity) => !f.frame.factorId && !f.measure && f.baseOf === null && f.quantity.kind === 'money' && /^USD/.test(f.quantity.unit) && f.frame.mode !== 'OTHER' && f.frame.mode !== 'SHARE';

/** Whether any figure of a sentence that names no measure could take the page's subject (asked before it is read). */
export const pageMeasureWanted = (reading: SentenceReading, framed: readonly FramedQuantity[]): boolean => !reading.measures.length && framed.some(wantsPageMeasure);


/**
 * Gives the dollar figures of a sentence that names no measure of any kind the page's one subject (in place:
 * `frame.factorId`, `factorEvidence`, `factorSource` = PAGE), with their comparison bases: "The U.S. reached $37
 * trillion" on a page whose only measure is the national debt. Only a figure on the measure's scale (`fitsScale`);
 * the reading is not firm, so the check says INCONCLUSIVE rather than INCONSISTENT when the record does not bear it out.
 */
export function measureFromPage(text: string, reading: SentenceReading, framed: FramedQuantity[], topic: PageTopic | null): void {
  if (!topic || reading.measures.length) return;
  // (a sentence about spending, receipts, an auction, securities: money that is not the subject's balance)
  if (otherMoneyIn(text, reading.sentence)) return;
  const kinds = kindsOfMeasure(topic.factorId);
  framed.forEach((f, i) => {
    if (!wantsPageMeasure(f)) return;
    if (kinds.length && !kinds.includes(f.quantity.kind)) return;
    if (!onScale(topic.factorId, f.quantity.value, f.frame.mode)) return;
    const reading = { factorId: topic.factorId, factorEvidence: topic.words, factorSource: 'PAGE' as const, factorAnaphor: null };
    Object.assign(f.frame, reading);
    for (const b of framed) if (b.baseOf === i) Object.assign(b.frame, reading);
  });
}
