import { isVerdict, type ReviewStatus } from '../vocabulary.ts';

/** A desk's tally of claims: how many were checked against the record, with what suggestion, and how many an editor judged. */
export interface Scorecard {
  claims: number;
  checked: number;
  consistent: number;
  inconsistent: number;
  misleading: number;
  inconclusive: number;
  reviewed: number;
}

/**
 * A claim's suggestion from its checks (one per number): the record disagreeing with any number
 * outweighs agreement with another, and a misleading reading outweighs agreement too; NOT_CHECKABLE
 * when no number could be held against the record.
 */
const PRECEDENCE = ['INCONSISTENT', 'MISLEADING', 'CONSISTENT', 'INCONCLUSIVE'] as const;
export function claimSuggestion(verdicts: readonly string[]): string {
  return PRECEDENCE.find((v) => verdicts.includes(v)) ?? 'NOT_CHECKABLE';
}

/** Tallies claims (their review status and their checks' verdicts). Reviewed: an editor gave a verdict (not a workflow state). */
export function scorecard(claims: readonly { status: string; verdicts: readonly string[] }[]): Scorecard {
  const card: Scorecard = { claims: 0, checked: 0, consistent: 0, inconsistent: 0, misleading: 0, inconclusive: 0, reviewed: 0 };
  for (const c of claims) {
    card.claims++;
    if (isVerdict(c.status as ReviewStatus)) card.reviewed++;
    const s = claimSuggestion(c.verdicts);
    if (s === 'NOT_CHECKABLE') continue;
    card.checked++;
    if (s === 'CONSISTENT') card.consistent++;
    else if (s === 'INCONSISTENT') card.inconsistent++;
    else if (s === 'MISLEADING') card.misleading++;
    else card.inconclusive++;
  }
  return card;
}
