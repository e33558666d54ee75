import { describe, expect, it } from 'vitest';
import { claimSuggestion, scorecard } from '../../src/documents/scorecard.ts';

describe('scorecard', () => {
  it('takes the strongest suggestion of a claim’s checks: disagreement outweighs agreement', () => {
    expect(claimSuggestion(['CONSISTENT', 'INCONSISTENT'])).toBe('INCONSISTENT');
    expect(claimSuggestion(['CONSISTENT', 'MISLEADING'])).toBe('MISLEADING');
    expect(claimSuggestion(['INCONCLUSIVE', 'CONSISTENT'])).toBe('CONSISTENT');
    expect(claimSuggestion(['NOT_CHECKABLE'])).toBe('NOT_CHECKABLE');
    expect(claimSuggestion([])).toBe('NOT_CHECKABLE');
  });

  it('tallies claims, checked ones by suggestion, and those an editor judged', () => {
    expect(
      scorecard([
        { status: 'UNREVIEWED', verdicts: ['CONSISTENT'] },
        { status: 'VERIFIED', verdicts: ['CONSISTENT', 'INCONSISTENT'] },
        { status: 'IN_REVIEW', verdicts: ['NOT_CHECKABLE'] },
        { status: 'FALSE', verdicts: [] },
        { status: 'UNREVIEWED', verdicts: ['MISLEADING'] },
        { status: 'UNREVIEWED', verdicts: ['INCONCLUSIVE', 'NOT_CHECKABLE'] },
      ]),
    ).toEqual({ claims: 6, checked: 4, consistent: 1, inconsistent: 1, misleading: 1, inconclusive: 1, reviewed: 2 });
  });
});
