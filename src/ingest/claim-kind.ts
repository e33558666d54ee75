import type { QuantityMention } from '../quantities/extract-quantities.ts';
import type { FrameMode, QuantityFrame } from '../quantities/frame.ts';
import type { ClaimKind } from '../vocabulary.ts';

/** The claim kind each frame mode states (SHARE's ratio and the rest read as they are; OTHER says nothing). */
const KIND_OF_MODE: Partial<Record<FrameMode, ClaimKind>> = {
  LEVEL: 'LEVEL',
  REACHED: 'LEVEL',
  EXTREMUM: 'LEVEL',
  CHANGE: 'CHANGE',
  FLOW: 'CHANGE',
  CROSSED: 'COMPARISON',
  SHARE: 'SHARE',
};

/**
 * An extracted claim's kind, from how its numbers were read: the frame of its first number about a measure (else of
 * its first number) — "fell by $59 billion to $2.93 trillion" is a CHANGE, "crossed $38 trillion" a COMPARISON, "12%
 * of banks' assets" a SHARE — and DATE for a claim whose one number is a date or a year. Every extracted claim was
 * LEVEL before, so the `kind` filter and the claim panel said "level" of changes and flows the checks read as such.
 */
export function claimKindOf(c: { quantities: readonly QuantityMention[]; frames: readonly (QuantityFrame | undefined)[] }): ClaimKind {
  if (c.quantities.length === 1 && (c.quantities[0]!.unit === 'date' || c.quantities[0]!.unit === 'year')) return 'DATE';
  const frame = c.frames.find((f) => f?.factorId) ?? c.frames[0];
  return (frame && KIND_OF_MODE[frame.mode]) ?? 'LEVEL';
}
