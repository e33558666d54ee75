import { describe, expect, it } from 'vitest';
import { linkSupport, mergedStatus, type LinkAssertionRow } from '../../src/causal/link-support.ts';

const a = (id: string, documentId: string, publisher: string, candidate: string | null = null): LinkAssertionRow => ({
  id, linkId: 'l', quote: 'q', start: 0, end: 1, gloss: null, documentId, origin: candidate ? 'extracted' : 'curated', candidate, status: 'UNREVIEWED', publisher, mergedAt: null,
});

describe('mergedStatus', () => {
  it('keeps the one verdict, sends disagreeing verdicts back to review, and never invents one', () => {
    expect(mergedStatus(['UNREVIEWED', 'UNREVIEWED'])).toBe('UNREVIEWED');
    expect(mergedStatus(['UNREVIEWED', 'IN_REVIEW'])).toBe('IN_REVIEW');
    expect(mergedStatus(['VERIFIED', 'UNREVIEWED'])).toBe('VERIFIED');
    expect(mergedStatus(['UNREVIEWED', 'FALSE', 'FALSE'])).toBe('FALSE');
    expect(mergedStatus(['VERIFIED', 'FALSE'])).toBe('IN_REVIEW');
    expect(mergedStatus(['PARTLY_TRUE', 'VERIFIED', 'IN_REVIEW'])).toBe('IN_REVIEW');
  });
});

describe('linkSupport', () => {
  it('counts documents and independent sources (distinct publishers), and pending passages', () => {
    const s = linkSupport([
      a('l1', 'doc-seed', 'doc-seed'),
      a('l2', 'doc-seed', 'doc-seed'),
      a('x1', 'doc-fomc-1', 'federalreserve.gov', 'PENDING'),
      a('x2', 'doc-fomc-2', 'federalreserve.gov', 'CONFIRMED'),
    ]);
    expect(s).toEqual({ assertions: 4, documents: 3, independentSources: 2, publishers: ['doc-seed', 'federalreserve.gov'], pending: 1 });
  });
});
