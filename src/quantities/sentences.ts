/**
 * The text cut into sentences once, by ICU's sentence segmenter (`Intl.Segmenter`, shipped with Node), in every
 * language: every later step (quantities, frames, claims, causal links) works inside these spans and never scans the
 * text again for a boundary (issue 18).
 *
 * ICU's rules (UAX #29) end Chinese sentences at 。！？ and keep 「…。」 quotes whole, and do not end English ones at
 * "4.2%" or "$2.8 trillion." + lower case. What they get wrong in news text is a full stop after an abbreviation
 * followed by a capital or a digit ("Mr. Smith", "the U.S. Treasury", "Jan. 2021"); those breaks are undone here.
 */
import { matchesOf } from './matches-of.ts';
import { partitionPoint } from '../partition-point.ts';
import { unitSet } from './unit-set.ts';

export interface Span {
  /** UTF-16 offsets into the text; `end` is exclusive. */
  start: number;
  end: number;
}

const SEGMENTER = new Intl.Segmenter('und', { granularity: 'sentence' });

/** Abbreviations after which a full stop does not end a sentence (titles, months, and common Latin ones). */
const ABBREVIATION_BEFORE = /(?:^|[\s(“"'])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gov|Sen|Rep|Gen|Lt|Col|Capt|Rev|Hon|Pres|Sec|Dept|Corp|Inc|Ltd|Co|No|Nos|Vol|pp|vs|etc|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|e\.g|i\.e|cf|a\.m|p\.m)\.\s*$/;
/** Initialisms such as U.S., U.K., E.U.: a break after them stands only before a word that starts a sentence. */
const INITIALISM_BEFORE = /(?:^|[\s(“"'])(?:[A-Z]\.){2,}\s*$/;
const SENTENCE_STARTER = /^\s*(?:The|A|An|It|Its|In|On|At|As|But|And|Or|So|Yet|This|That|These|Those|He|She|They|We|I|You|There|Then|When|While|If|After|Before|Since|For|With|By|Meanwhile|However|Still|Also|Some|Many|Most|Its|His|Her|Their|Our)\b/;

/**
 * The sentences of a text, in order, trimmed of surrounding whitespace; blank stretches give no sentence. Every
 * character that is not whitespace lies in exactly one sentence.
 */
export function segmentSentences(text: string): Span[] {
  const raw: Span[] = [];
  for (const s of SEGMENTER.segment(text)) raw.push({ start: s.index, end: s.index + s.segment.length });
  footnoteMarksBack(text, raw);
  const merged: Span[] = [];
  for (const s of raw) {
    const prev = merged.at(-1);
    if (prev && continues(text, prev, s)) prev.end = s.end;
    else merged.push({ ...s });
  }
  const out: Span[] = [];
  for (const s of merged.flatMap((m) => atListItems(text, m))) {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * Digests written as one run of list items, each closed by its sources' footnote marks and the next opened by a dash
 * or a heading ("…缩减950亿美元资产[36] - 资产负债表…", "…since its peak in April 2022 [1][2] - The Fed has shed…",
 * "…[1][15] Balance Sheet Changes - Total assets…"): the marks end a sentence, though no full stop does. A mark inside
 * a sentence ("rose 5%[3] and…", "[3]，") is followed by lower case or punctuation.
 */
const LIST_ITEM_END = /(?:\[\d{1,3}\])+(?=\s+(?:[-–•]\s|[A-Z\u3400-\u9fff]))/g;
function atListItems(text: string, s: Span): Span[] {
  const body = text.slice(s.start, s.end);
  // A footnote mark opens with "[": most sentences have none.
  if (!body.includes('[')) return [{ start: s.start, end: s.end }];
  const out: Span[] = [];
  let from = s.start;
  for (const m of matchesOf(LIST_ITEM_END, body)) {
    const cut = s.start + m.index + m[0].length;
    out.push({ start: from, end: cut });
    from = cut;
  }
  out.push({ start: from, end: s.end });
  return out;
}

/**
 * ICU breaks a footnote mark written after a full stop in two ("…of $850 billion.[2] The borrowing…" gives
 * "…billion.[" and "2] The borrowing…", as the Treasury's refunding statements write them): the mark belongs to the
 * sentence it closes, so the break moves to after it (and after any marks that follow, "[1][2]").
 */
const MARK_REST = /^\d{1,3}\](?:\[\d{1,3}\])*/;
function footnoteMarksBack(text: string, spans: Span[]): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const prev = spans[i] as Span;
    const next = spans[i + 1] as Span;
    if (text.charCodeAt(prev.end - 1) !== 0x5b /* [ */) continue;
    const m = MARK_REST.exec(text.slice(next.start, Math.min(next.end, next.start + 40)));
    if (!m) continue;
    prev.end += m[0].length;
    next.start += m[0].length;
  }
}

/** Whether ICU's break between `prev` and `next` falls after an abbreviation inside one sentence. */
function continues(text: string, prev: Span, next: Span): boolean {
  const tail = text.slice(Math.max(prev.start, prev.end - 24), prev.end);
  // A line break ends a sentence (headings, list items) — unless the text is hard-wrapped, as wire copy is: a line that
  // stops mid-phrase (a word, a figure or a comma, no stop) and a next line that goes on in lower case ("…was $22.89\n
  // billion, down from…", "…the Treasury\nsaid on Friday").
  if (/\n\s*$/.test(tail)) return /[A-Za-z0-9,$%]\n$/.test(tail) && /^[a-z]/.test(text.slice(next.start, next.start + 1));
  const head = text.slice(next.start, Math.min(next.end, next.start + 24));
  if (ABBREVIATION_BEFORE.test(tail)) return /^\s*[\dA-Za-z(]/.test(head);
  if (INITIALISM_BEFORE.test(tail)) return /^\s*[A-Z0-9]/.test(head) && !SENTENCE_STARTER.test(head);
  return false;
}

/** The index of the sentence holding offset `at`, or -1 (a binary search: sentences are sorted and disjoint). */
export function sentenceIndexAt(sentences: readonly Span[], at: number): number {
  const i = partitionPoint(sentences, (s) => s.end <= at);
  return (sentences[i]?.start ?? Infinity) <= at ? i : -1;
}

/** Punctuation that closes a clause inside a sentence (a comma between digits, 1,000, does not). */
const CLAUSE_END = unitSet(',，;；:：、。！？!?（）()“”「」');

/**
 * The clauses of one sentence, trimmed: the quote a claim is stated in is made of whole clauses of its sentence.
 * A full stop ends a clause only at the sentence's end (the segmenter already decided every other one).
 */
export function clausesOf(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let from = sentence.start;
  const push = (a: number, b: number) => {
    while (a < b && /[\s]/.test(text[a] as string)) a++;
    while (b > a && /[\s.。！？!?]/.test(text[b - 1] as string)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = sentence.start; i < sentence.end; i++) {
    if (!CLAUSE_END.has(text.charCodeAt(i))) continue;
    const c = text[i] as string;
    if ((c === ',' || c === ':') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    push(from, i);
    from = i + 1;
  }
  push(from, sentence.end);
  return out;
}

/**
 * The sentence (or run of sentences) holding `text[start..end)`, from a segmentation of the text done once (pass
 * `sentences`, or the text is segmented here: for a single look-up, such as an editor's corrected span).
 */
export function sentenceCovering(text: string, start: number, end: number, sentences: readonly Span[] = segmentSentences(text)): Span {
  const a = sentences[sentenceIndexAt(sentences, start)] ?? sentences.find((s) => s.start >= start) ?? { start, end };
  const b = sentences[sentenceIndexAt(sentences, Math.max(start, end - 1))] ?? a;
  return { start: Math.min(a.start, start), end: Math.max(b.end, end) };
}
