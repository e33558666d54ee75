import { describe, expect, it } from 'vitest';
import { count } from '../src/plural.ts';

describe('count (issue 22: "1 claims")', () => {
  it('puts the noun in the number its count needs', () => {
    expect(count(1, 'claim')).toBe('1 claim');
    expect(count(0, 'claim')).toBe('0 claims');
    expect(count(2, 'quantity', 'quantities')).toBe('2 quantities');
    expect(count(12345, 'node')).toBe('12,345 nodes');
  });
});
