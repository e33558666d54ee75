import { segmentSentences } from '../quantities/sentences.ts';
import { extractCausalLinks, extractClaims, type CausalCandidate, type ClaimCandidate } from './extract-claims.ts';
import type { FactorMatcher, FactorMention } from './match-factors.ts';
import { proposeFactors, type ProposedFactor } from './propose-factors.ts';

/**
 * One piece of text read: its claims, causal links and proposed factors, with offsets into the piece. The text is
 * segmented once and its factor names matched once (claims, links and proposals all read the same mentions).
 */
export function readPiece(text: string, matcher: FactorMatcher, published: string | undefined): { claims: ClaimCandidate[]; causalLinks: CausalCandidate[]; proposedFactors: ProposedFactor[] } {
  const sentences = segmentSentences(text);
  const mentions = matcher(text);
  const once: FactorMatcher = Object.assign((t: string): FactorMention[] => (t === text ? mentions : matcher(t)), { ...(matcher.alike ? { alike: matcher.alike } : {}), ...(matcher.knows ? { knows: matcher.knows } : {}) });
  const proposals = proposeFactors(text, once, sentences);
  return {
    claims: extractClaims(text, once, published, sentences),
    causalLinks: [...extractCausalLinks(text, once, sentences), ...proposals.links],
    proposedFactors: proposals.factors,
  };
}
