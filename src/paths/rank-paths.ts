import type { Polarity, ReviewStatus } from '../vocabulary.ts';

/**
 * How much a hop's review status supports a chain, in [0, 1]. A chain's score is
 * the product over its hops: it is only as verified as its least verified hop,
 * and every unverified hop weakens it further. Keep in step with schema/paths.graphql.
 */
export const STATUS_SCORE: Record<ReviewStatus, number> = {
  VERIFIED: 1,
  PARTLY_TRUE: 0.6,
  IN_REVIEW: 0.5,
  UNREVIEWED: 0.5,
  UNVERIFIABLE: 0.4,
  DISPUTED: 0.3,
  MISLEADING: 0.2,
  FALSE: 0,
};

/** From most to least verified: the weakest hop is the one latest in this list. */
export const VERIFIEDNESS = ['VERIFIED', 'PARTLY_TRUE', 'IN_REVIEW', 'UNREVIEWED', 'UNVERIFIABLE', 'DISPUTED', 'MISLEADING', 'FALSE'] as const satisfies readonly ReviewStatus[];

/** Hops a researcher must look at before relying on a chain. */
export const CONTESTED: ReadonlySet<string> = new Set<ReviewStatus>(['DISPUTED', 'FALSE', 'MISLEADING']);

export interface Hop {
  linkId: string;
  polarity: Polarity;
  status: string;
}

export interface RankedPath<H extends Hop = Hop> {
  factorIds: string[];
  hops: H[];
  netPolarity: Polarity;
  strength: { weakestStatus: string; score: number; hasContestedHop: boolean };
  weakLinks: string[];
}

const rank = (status: string) => {
  const i = VERIFIEDNESS.indexOf(status as (typeof VERIFIEDNESS)[number]);
  return i < 0 ? VERIFIEDNESS.indexOf('UNREVIEWED') : i;
};

export function assessPath<H extends Hop>(factorIds: string[], hops: H[]): RankedPath<H> {
  const decreasing = hops.filter((h) => h.polarity === 'DECREASES').length;
  const weakest = hops.reduce((w, h) => (rank(h.status) > rank(w) ? h.status : w), 'VERIFIED');
  const weakLinks = hops.filter((h) => CONTESTED.has(h.status)).map((h) => h.linkId);
  return {
    factorIds,
    hops,
    // An even number of DECREASES hops cancels out: more A still means more Z.
    netPolarity: decreasing % 2 === 0 ? 'INCREASES' : 'DECREASES',
    strength: {
      weakestStatus: weakest,
      score: hops.reduce((s, h) => s * (STATUS_SCORE[h.status as ReviewStatus] ?? STATUS_SCORE.UNREVIEWED), 1),
      hasContestedHop: weakLinks.length > 0,
    },
    weakLinks,
  };
}

/** Stronger chains first, then shorter ones; ties broken by the link ids so the order is stable. */
export function rankPaths<P extends RankedPath>(paths: P[]): P[] {
  const key = (p: P) => p.hops.map((h) => h.linkId).join('>');
  return [...paths].sort(
    (a, b) => b.strength.score - a.strength.score || a.hops.length - b.hops.length || key(a).localeCompare(key(b)),
  );
}

/** One hop of a grouped chain: every link asserting it, strongest first. */
export interface PathStepIds {
  fromId: string;
  toId: string;
  polarity: Polarity;
  linkIds: string[];
}

/**
 * One chain per factor path (and polarity sequence): chains that differ only in which of two
 * parallel links they take — two links asserting the same thing, before they were merged — are
 * one chain whose hops list every such link. Each hop is represented by its strongest link, so a
 * chain is as strong as the best support of each hop. Opposite polarities stay separate chains:
 * they assert different things.
 */
export function groupByFactorPath<H extends Hop>(paths: readonly { factorIds: string[]; hops: H[] }[]): { factorIds: string[]; hops: H[]; steps: PathStepIds[] }[] {
  const groups = new Map<string, { factorIds: string[]; hops: H[]; steps: PathStepIds[] }>();
  for (const p of paths) {
    const key = `${p.factorIds.join('>')}|${p.hops.map((h) => h.polarity).join('>')}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, {
        factorIds: p.factorIds,
        hops: [...p.hops],
        steps: p.hops.map((h, i) => ({ fromId: p.factorIds[i]!, toId: p.factorIds[i + 1]!, polarity: h.polarity, linkIds: [h.linkId] })),
      });
      continue;
    }
    p.hops.forEach((h, i) => {
      const step = g.steps[i]!;
      if (!step.linkIds.includes(h.linkId)) step.linkIds.push(h.linkId);
      // Among links of one status the first by id, not the first the search met: the search's order is its own
      // (SHORTEST k's or the trail listing's, see candidatePaths), and the chain's links should not follow it.
      const best = g.hops[i]!;
      if (rank(h.status) < rank(best.status) || (rank(h.status) === rank(best.status) && h.linkId.localeCompare(best.linkId) < 0)) g.hops[i] = h;
    });
  }
  // The representative (strongest) link first in each step.
  for (const g of groups.values()) g.steps.forEach((s, i) => s.linkIds.sort((a, b) => (a === g.hops[i]!.linkId ? -1 : b === g.hops[i]!.linkId ? 1 : a.localeCompare(b))));
  return [...groups.values()];
}
