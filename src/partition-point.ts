/**
 * The first index of a sorted list at which `before` stops holding (the list's length when it holds throughout): one
 * binary search for every look-up in text order (connectives, amounts, factor mentions, sentences, observation dates),
 * so a long document costs O(log n) per look-up, not a scan. `before` must hold on a prefix of the list and on nothing
 * after it. Imports nothing.
 */
export function partitionPoint<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
