/**
 * A set of single characters (UTF-16 units), asked by code. The readers walk a sentence one character at a time to
 * the nearest break (the start of a number's phrase, the end of its clause); a one-character regex test there made a
 * string and ran the regex machinery for every character walked (issue 18, reading throughput). Imports nothing.
 */
export type UnitSet = ReadonlySet<number>;

/** The units of `chars` (each character one unit: punctuation, not astral characters). */
export function unitSet(chars: string): UnitSet {
  return new Set(Array.from({ length: chars.length }, (_, i) => chars.charCodeAt(i)));
}

/** Where the run holding `at` starts: just after the last unit of `stops` before `at`, or `floor` when none is after it. */
export function runStart(text: string, stops: UnitSet, at: number, floor: number): number {
  let from = at;
  while (from > floor && !stops.has(text.charCodeAt(from - 1))) from--;
  return from;
}

/** The first offset from `from` (below `limit`) whose unit is in `stops`, or `limit` when none is. */
export function nextStop(text: string, stops: UnitSet, from: number, limit: number): number {
  let to = from;
  while (to < limit && !stops.has(text.charCodeAt(to))) to++;
  return to;
}
