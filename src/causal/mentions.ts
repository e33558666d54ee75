import type { FactorMention } from '../ingest/match-factors.ts';

/**
 * Look-ups in a text's factor mentions (sorted and disjoint, so their ends are sorted too): binary searches, so a long
 * document costs O(log mentions) per look-up.
 */

/** Whether any mention overlaps [start, end). */
export function overlapsMention(mentions: readonly FactorMention[], start: number, end: number): boolean {
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

/** The mentions lying within [from, to), in text order. */
export function mentionsIn(mentions: readonly FactorMention[], from: number, to: number): FactorMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as FactorMention).start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: FactorMention[] = [];
  for (let i = lo; i < mentions.length && (mentions[i] as FactorMention).end <= to; i++) out.push(mentions[i] as FactorMention);
  return out;
}
