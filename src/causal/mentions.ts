import type { FactorMention } from '../ingest/match-factors.ts';
import { partitionPoint } from '../partition-point.ts';

/**
 * Look-ups in a text's factor mentions (sorted and disjoint, so their ends are sorted too): binary searches, so a long
 * document costs O(log mentions) per look-up.
 */

/** Whether any mention overlaps [start, end). */
export function overlapsMention(mentions: readonly FactorMention[], start: number, end: number): boolean {
  const m = mentions[partitionPoint(mentions, (x) => x.end <= start)];
  return m !== undefined && m.start < end;
}

/** The mentions lying within [from, to), in text order. */
export function mentionsIn(mentions: readonly FactorMention[], from: number, to: number): FactorMention[] {
  const out: FactorMention[] = [];
  for (let i = partitionPoint(mentions, (m) => m.start < from); i < mentions.length && (mentions[i] as FactorMention).end <= to; i++) out.push(mentions[i] as FactorMention);
  return out;
}

/**
 * The known factors on either side of a connective within its sentence: the last one before it
 * and the first one after it. Mentions come in text order, so two binary searches find them and a
 * long document costs O(connectives × log mentions), not O(connectives × mentions).
 */
export function mentionsAround(mentions: readonly FactorMention[], sentence: { start: number; end: number }, from: number, to: number): { before?: FactorMention; after?: FactorMention } {
  // First mention starting at or after `pos`.
  const firstFrom = (pos: number) => partitionPoint(mentions, (m) => m.start < pos);
  const a = mentions[firstFrom(to)];
  let i = firstFrom(from) - 1;
  while (i >= 0 && (mentions[i] as FactorMention).end > from) i--;
  const b = i >= 0 ? mentions[i] : undefined;
  return {
    ...(b && b.start >= sentence.start ? { before: b } : {}),
    ...(a && a.end <= sentence.end ? { after: a } : {}),
  };
}
