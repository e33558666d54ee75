import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/quantities/extract-quantities.ts';

// Wire copy (Reuters briefs and their reposts) writes scales as "bln", "mln", "trln": "$57 bln" was read as 57 USD
// and "300 mln dollars" as a count of 300 — a figure a billion times too small, held against the record.
describe('issue 18: wire-style scale abbreviations (bln, mln, trln)', () => {
  const read = (text: string) => extractQuantities(text).map((q) => [q.surface, q.value, q.unit]);

  it('reads "$57 bln" and "$2.85 trln" at their scale, as "$57 bn" is', () => {
    expect(read('Reserves fell by $57 bln to $2.85 trln in the week.')).toEqual([
      ['$57 bln', 57e9, 'USD'],
      ['$2.85 trln', 2.85e12, 'USD'],
    ]);
    expect(read('Reserves fell by $57 bln.')[0]![1]).toBe(read('Reserves fell by $57 bn.')[0]![1]);
  });

  it('reads "300 mln dollars" as money, not a count', () => {
    expect(read('it drained 300 mln dollars')).toEqual([['300 mln dollars', 300e6, 'USD']]);
  });

  it('leaves words that only start like an abbreviation alone', () => {
    expect(read('the $57 blanket fee')[0]?.[1]).toBe(57);
  });
});
