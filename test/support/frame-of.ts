import { expect } from 'vitest';
import { extractClaims, type ClaimCandidate } from '../../src/ingest/extract-claims.ts';
import type { FactorMatcher } from '../../src/ingest/match-factors.ts';
import { seedMatcher } from './seed-matcher.ts';

let seeded: FactorMatcher | undefined;

/**
 * The frame ingest reads for the quantity written `surface` in `text` (read on the seeded graph's factors, dated
 * `date`): the reading tests' one way in. Fails the test when no claim holds that surface.
 */
export function frameOf(text: string, surface: string, date: string, matcher: FactorMatcher = (seeded ??= seedMatcher())) {
  const claim = extractClaims(text, matcher, date).find((c) => c.quantities.some((q) => q.surface === surface)) as ClaimCandidate;
  expect(claim, `no claim holds ${surface}`).toBeDefined();
  return claim.frames[claim.quantities.findIndex((q) => q.surface === surface)]!;
}
