// Scores extracted causal links against the hand labels of test/eval/causal-set.yaml (issue 18, item 6).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type Polarity = 'INCREASES' | 'DECREASES';
export interface Reading {
  cause: string;
  effect: string;
  polarity: Polarity;
}
export interface LabelledLink extends Reading {
  or?: Reading[];
}
export interface LabelledSentence {
  id: string;
  lang: 'en' | 'zh-Hans' | 'zh-Hant';
  split: 'dev' | 'heldout';
  url: string;
  text: string;
  links: LabelledLink[];
}
/** A link the product extracted, with where its two ends are named in the sentence (UTF-16 spans). */
export interface FoundLink {
  causeSpans: { start: number; end: number }[];
  effectSpans: { start: number; end: number }[];
  polarity: Polarity;
  label: string;
}
export interface CausalScore {
  sentences: number;
  labelled: number;
  found: number;
  /** Labelled links matched by a found link whose two ends name the labelled cause and effect. */
  matched: number;
  /** …of which with the labelled polarity. */
  matchedPolarity: number;
}

export const CAUSAL_SET = new URL('./causal-set.yaml', import.meta.url);

export function loadCausalSet(): LabelledSentence[] {
  const set = (parse(readFileSync(CAUSAL_SET, 'utf8')) as { sentences: LabelledSentence[] }).sentences;
  for (const s of set) {
    for (const l of s.links) for (const r of [l, ...(l.or ?? [])]) for (const part of [r.cause, r.effect]) {
      if (!s.text.includes(part)) throw new Error(`causal-set.yaml ${s.id}: "${part}" is not in the sentence`);
    }
  }
  return set;
}

/** Every occurrence of `part` in `text`. */
function spansOf(text: string, part: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) out.push({ start: i, end: i + part.length });
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const names = (spans: { start: number; end: number }[], labelled: { start: number; end: number }[]) => spans.some((s) => labelled.some((l) => overlaps(s, l)));

/**
 * One sentence scored: each found link matches at most one labelled link and the reverse (greedy, in order; a match
 * with the labelled polarity is preferred). A found link matches a label when its cause is named inside the labelled
 * cause's words and its effect inside the labelled effect's (spans overlap), in any of the label's readings.
 */
export function scoreSentence(s: LabelledSentence, found: FoundLink[]): CausalScore & { misses: string[]; extras: string[] } {
  const used = new Set<number>();
  let matched = 0;
  let matchedPolarity = 0;
  const misses: string[] = [];
  for (const l of s.links) {
    const readings = [l, ...(l.or ?? [])];
    const fits = (f: FoundLink, samePolarity: boolean) =>
      readings.some((r) => names(f.causeSpans, spansOf(s.text, r.cause)) && names(f.effectSpans, spansOf(s.text, r.effect)) && (!samePolarity || f.polarity === r.polarity));
    let at = found.findIndex((f, i) => !used.has(i) && fits(f, true));
    const right = at >= 0;
    if (at < 0) at = found.findIndex((f, i) => !used.has(i) && fits(f, false));
    if (at < 0) {
      misses.push(`${l.cause} → ${l.effect} (${l.polarity})`);
      continue;
    }
    used.add(at);
    matched++;
    if (right) matchedPolarity++;
    else misses.push(`${l.cause} → ${l.effect}: polarity ${found[at]!.polarity}, labelled ${l.polarity}`);
  }
  const extras = found.filter((_, i) => !used.has(i)).map((f) => f.label);
  return { sentences: 1, labelled: s.links.length, found: found.length, matched, matchedPolarity, misses, extras };
}

export const emptyCausalScore = (): CausalScore => ({ sentences: 0, labelled: 0, found: 0, matched: 0, matchedPolarity: 0 });
export const addCausalScores = (a: CausalScore, b: CausalScore): CausalScore => ({
  sentences: a.sentences + b.sentences,
  labelled: a.labelled + b.labelled,
  found: a.found + b.found,
  matched: a.matched + b.matched,
  matchedPolarity: a.matchedPolarity + b.matchedPolarity,
});
