import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../src/partition-point.ts';

describe('partitionPoint', () => {
  it('finds the first index where the predicate stops holding, as a linear scan does', () => {
    for (let n = 0; n < 40; n++) {
      const sorted = Array.from({ length: n }, (_, i) => Math.floor(i / 3) * 2);
      for (let pos = -1; pos <= n + 1; pos++) {
        const linear = sorted.findIndex((x) => !(x < pos));
        expect(partitionPoint(sorted, (x) => x < pos)).toBe(linear < 0 ? n : linear);
      }
    }
  });
});
