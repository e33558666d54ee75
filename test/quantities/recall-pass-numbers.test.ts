import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/quantities/extract-quantities.ts';

// Issue 19, recall pass of the ninth session: number readings that left a matching pair without a figure on one side
// (docs/matching.md, "Recall pass (ninth session)"). Each was read wrong before its fix.
const values = (text: string) => extractQuantities(text).map((q) => ({ surface: q.surface, value: q.value, ...(q.upper !== undefined ? { upper: q.upper } : {}) }));

describe('recall pass: number readings (issue 19)', () => {
  it('"from approximately $9 trillion to $6.6 trillion" is where a change started and where it ended, not a range', () => {
    expect(values('the Fed reduced its balance sheet from approximately $9 trillion to $6.6 trillion')).toEqual([
      { surface: '$9 trillion', value: 9e12 },
      { surface: '$6.6 trillion', value: 6.6e12 },
    ]);
    expect(values('has reduced its balance sheet size from over $9 trillion to about $6.6 trillion').map((q) => q.value)).toEqual([9e12, 6.6e12]);
    // A range said to be one stays one, with or without a qualifier.
    expect(values('estimates ranging from about $600 billion to $700 billion')).toEqual([{ surface: '$600 billion to $700 billion', value: 6e11, upper: 7e11 }]);
    expect(values('Spending of $600–700 billion is planned.')[0]).toMatchObject({ value: 6e11, upper: 7e11 });
  });
});
