import { matchesOf } from '../quantities/matches-of.ts';
import type { CausalCandidate } from '../ingest/extract-claims.ts';
import type { FactorMention } from '../ingest/match-factors.ts';
import { partitionPoint } from '../partition-point.ts';
import type { Span } from '../quantities/sentences.ts';
import { directionOf, DOWN_BEFORE, UP_BEFORE } from './direction-words.ts';
import { mentionsIn } from './mentions.ts';
import { nextStop, runStart, unitSet } from '../quantities/unit-set.ts';

/**
 * Causal links stated by the shape of a sentence rather than by a connective verb (issue 18, item 6):
 *
 * - A conditional or temporal clause that opens a clause: 當財政部發行新債時，資金從銀行準備金流向TGA；若政府停擺持續，
 *   …; "when the TGA rises, reserves fall"; "once the shutdown ends, …". Every known factor the opening clause names is
 *   a cause of every known factor named after it in the same sentence (up to the next connective, which starts a link
 *   of its own). Economic prose states most of its mechanisms this way ("when X, Y"), and the seed's closing chapter
 *   does (當流動性危機遇上AI泡沫，我們正見證…的資本錯配).
 * - A sentence that opens with a consequence word (As a result, Consequently, 因此, 結果, 於是) and names no cause of
 *   its own: its cause is the last known factor of the sentence before, in the same paragraph.
 * - A corrective verb whose object is left out (…完成糾錯。, 糾偏): what is corrected is the last known factor of the
 *   sentence before, and the corrector (the last factor before the verb) is its effect.
 *
 * Both ends must be factors the graph knows: a shape alone is too weak a sign to propose new factors from.
 */

/** Markers of an opening conditional or temporal clause. */
const OPENER = /(每當|每当|當|当|如果|假如|倘若|若|一旦|\b(?:[Ww]hen(?:ever)?|[Ii]f|[Oo]nce)\b)/g;
/** Characters that make 當/当 part of another word (當時 "at that time", 相當 "equal to", 當前, 應當…), not "when". */
const DANG_AFTER = /^[時时前局地天然年日中下選选作成做初代面晚夜月週周季令紅红權权家事值即眾众場场真]/;
const DANG_BEFORE = /[相適适應应妥充擔担正恰典勾稱称便理停得穩稳失不該该]$/;
/** 若 inside a word: 若干 "several", 宛若/彷若 "as if". */
const RUO_AFTER = /^[干]/;
const RUO_BEFORE = /[宛彷仿恍]$/;
/** What may stand between a clause break and an opener: a conjunction ("but when…", 但當…), or nothing. */
const LEAD_IN = /^(?:\s|但是|但|而且|而|並且|并且|且|不過|不过|可是|然而|and|but|so|yet|conversely|however|then|and then)*$/i;
const CLAUSE_BREAK = unitSet(',，;；:：');

/** Opening consequence words whose cause is in the sentence before. */
const CONSEQUENCE_OPENER = /^(?:As a result|As a consequence|Consequently|Therefore|Thus|Hence|In turn|因此|因而|所以|結果|结果|於是|于是|從而|从而|進而|进而)[,，]?/;
/** Corrective verbs; read only when their object is left out (the verb ends its clause). */
const CORRECTIVE = /(糾錯|纠错|糾偏|纠偏|矯正|矫正)(?=\s*(?:[,，;；:：。．!?！？]|$))/g;

/** The end of the clause starting at `from` within `limit` (the next clause break), or `limit`. */
function clauseEnd(text: string, from: number, limit: number): number {
  return from >= limit ? limit : nextStop(text, CLAUSE_BREAK, from, limit);
}

/** The start of the clause holding `at`: just after the last clause break before it, or the sentence start. */
function clauseStart(text: string, sentence: Span, at: number): number {
  return at <= sentence.start ? sentence.start : runStart(text, CLAUSE_BREAK, at, sentence.start);
}

/** Whether the opener at `index` opens a clause, and is not part of a longer word. */
function opensClause(text: string, sentence: Span, index: number, marker: string): boolean {
  const before = text.slice(Math.max(sentence.start, index - 2), index);
  const after = text.slice(index + marker.length, index + marker.length + 2);
  if ((marker === '當' || marker === '当') && (DANG_AFTER.test(after) || DANG_BEFORE.test(before))) return false;
  if (marker === '若' && (RUO_AFTER.test(after) || RUO_BEFORE.test(before))) return false;
  return LEAD_IN.test(text.slice(clauseStart(text, sentence, index), index));
}

/** The direction a mention is said to move in its own clause: words before it, else words after it up to the next mention. */
function ownDirection(text: string, clause: Span, m: FactorMention, nextStart: number): 1 | -1 | 0 {
  const before = text.slice(Math.max(clause.start, m.start - 24), m.start);
  if (DOWN_BEFORE.test(before)) return -1;
  if (UP_BEFORE.test(before)) return 1;
  return directionOf(before, text.slice(m.end, Math.min(nextStart, clause.end, m.end + 16)));
}

const candidate = (cause: FactorMention, effect: FactorMention, sign: number, stated: boolean, text: string, s: Span, connective: string): CausalCandidate => ({
  fromId: cause.factorId,
  toId: effect.factorId,
  polarity: sign < 0 ? 'DECREASES' : 'INCREASES',
  polarityStated: stated,
  quote: text.slice(s.start, s.end),
  start: s.start,
  end: s.end,
  connective,
  causeAt: { start: cause.start, end: cause.end },
  effectAt: { start: effect.start, end: effect.end },
});

/**
 * Links stated by an opening conditional or temporal clause. `connectives` are the explicit connectives of the text
 * (sorted): an effect is never read past one.
 */
export function conditionalLinks(text: string, mentions: readonly FactorMention[], sentences: readonly Span[], connectives: readonly { index: number }[]): CausalCandidate[] {
  const out: CausalCandidate[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (!mentions.length) break;
    for (const m of matchesOf(OPENER, body)) {
      const at = s.start + m.index;
      const marker = m[0];
      if (!opensClause(text, s, at, marker)) continue;
      const openEnd = clauseEnd(text, at + marker.length, s.end);
      const causes = mentionsIn(mentions, at + marker.length, openEnd);
      if (!causes.length || openEnd >= s.end) continue;
      // The condition governs its own sentence up to a semicolon (；反之…, which states another case), the next connective
      // or the next opening clause.
      const semicolon = body.slice(openEnd - s.start).search(/[;；]/);
      const stop = Math.min(
        firstAtOrAfter(connectives, openEnd) ?? s.end,
        nextOpener(text, s, openEnd),
        semicolon >= 0 ? openEnd + semicolon : s.end,
      );
      const effects = mentionsIn(mentions, openEnd, stop);
      const opening = { start: at + marker.length, end: openEnd };
      for (const [ci, cause] of causes.entries()) {
        const causeDir = ownDirection(text, opening, cause, causes[ci + 1]?.start ?? openEnd);
        const done = new Set<string>([cause.factorId]);
        for (const [ei, effect] of effects.entries()) {
          if (done.has(effect.factorId)) continue;
          done.add(effect.factorId);
          const clause = { start: clauseStart(text, s, effect.start), end: clauseEnd(text, effect.end, s.end) };
          const effectDir = ownDirection(text, clause, effect, effects[ei + 1]?.start ?? clause.end);
          out.push(candidate(cause, effect, (causeDir || 1) * (effectDir || 1), causeDir !== 0 || effectDir !== 0, text, s, marker));
        }
      }
    }
  }
  return out;
}

/** The first index at or after `pos` in a sorted list (a binary search: a long text has thousands of connectives). */
export function firstAtOrAfter(sorted: readonly { index: number }[], pos: number): number | undefined {
  return sorted[partitionPoint(sorted, (c) => c.index < pos)]?.index;
}

/** The next opener that opens a clause after `from` in the sentence (a new condition starts a link of its own), or the sentence end. */
function nextOpener(text: string, s: Span, from: number): number {
  for (const m of matchesOf(OPENER, text.slice(from, s.end))) if (opensClause(text, s, from + m.index, m[0])) return from + m.index;
  return s.end;
}

/** Whether two sentences lie in one paragraph (no blank line or line break between them). */
const sameParagraph = (text: string, a: Span, b: Span) => !/\n/.test(text.slice(a.end, b.start));

/**
 * Links whose cause is in the sentence before: a sentence opening with a consequence word and naming no cause of its
 * own ("Reserves fell. As a result, repo rates rose."), and a corrective verb with its object left out
 * (…錯配。…市場將用一場史詩級出清完成糾錯).
 */
export function carriedLinks(text: string, mentions: readonly FactorMention[], sentences: readonly Span[]): CausalCandidate[] {
  const out: CausalCandidate[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i] as Span;
    const prev = sentences[i - 1] as Span;
    if (!sameParagraph(text, prev, s)) continue;
    const cause = mentionsIn(mentions, prev.start, prev.end).at(-1);
    if (!cause) continue;
    const causeDir = ownDirection(text, { start: clauseStart(text, prev, cause.start), end: clauseEnd(text, cause.end, prev.end) }, cause, prev.end);
    const body = text.slice(s.start, s.end);
    const opener = CONSEQUENCE_OPENER.exec(body);
    if (opener) {
      const effect = mentionsIn(mentions, s.start + opener[0].length, s.end).find((m) => m.factorId !== cause.factorId);
      if (effect) {
        const clause = { start: clauseStart(text, s, effect.start), end: clauseEnd(text, effect.end, s.end) };
        const effectDir = ownDirection(text, clause, effect, clause.end);
        out.push(candidate(cause, effect, (causeDir || 1) * (effectDir || 1), causeDir !== 0 || effectDir !== 0, text, s, opener[0].replace(/[,，]$/, '')));
      }
    }
    for (const m of matchesOf(CORRECTIVE, body)) {
      const at = s.start + m.index;
      const corrector = mentionsIn(mentions, clauseStart(text, s, at), at).at(-1);
      if (corrector && corrector.factorId !== cause.factorId) out.push(candidate(cause, corrector, 1, false, text, s, m[0]));
    }
  }
  return out;
}
