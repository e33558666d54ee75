import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract-claims.ts';
import { addMeasureVocabulary, factorMatcherBuilder } from '../../src/ingest/match-factors.ts';
import { seedMatcher } from '../support/seed-matcher.ts';

// Seen in the mid-session CI of 2026-12-07 (faults.int.test.ts, a graph without the seed's factors): 国债 at the debt's
// scale was read as f-us-federal-debt whether or not the graph had that factor, and the ingest's MEASURES write failed
// ("20 relationship(s) name a Quantity or Factor that does not exist", INTERNAL_SERVER_ERROR to the client).
describe('a loose word names only a factor the graph has', () => {
  const text = '美国国债已达38万亿美元，创历史新高。';
  const factorsOf = (claims: ReturnType<typeof extractClaims>) => claims.flatMap((c) => c.frames.map((f) => f.factorId));

  it('in a graph without the debt factor, 国债 at the debt’s scale names no factor', () => {
    const builder = factorMatcherBuilder();
    addMeasureVocabulary(builder, () => false);
    const factors = factorsOf(extractClaims(text, builder.build(), '2025-11-01'));
    expect(factors.length).toBeGreaterThan(0);
    expect(factors.every((f) => f === null)).toBe(true);
  });

  it('in the seeded graph it still names the debt', () => {
    expect(factorsOf(extractClaims(text, seedMatcher(), '2025-11-01'))).toContain('f-us-federal-debt');
  });
});
