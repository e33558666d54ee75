/**
 * A global scan tried only where a match can start. The number scanner (extract-quantities.ts) is one pattern of 27
 * alternatives run over the whole text; the regex engine tries every alternative at every offset, about 75 ns a
 * character, most of them Chinese characters no match can start with (issue 18, reading throughput: 5% of reading the
 * seed). Given the characters its matches can start with, the scan skips the other offsets in a plain loop and runs the
 * pattern, sticky, only at the offsets left: the same matches, in the same order, as `re.exec` in a loop gives. Imports
 * nothing.
 */

/** The units a match may start with, as a table by UTF-16 unit. */
export function startsOf(chars: string): Uint8Array {
  const out = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) out[chars.charCodeAt(i)] = 1;
  return out;
}

/** The sticky form of a global pattern, for `execFrom`. */
export const stickyOf = (re: RegExp): RegExp => new RegExp(re.source, `${re.flags.replace('g', '')}y`);

/**
 * The next match of `sticky` at or after its `lastIndex`, tried only at offsets whose unit is in `starts`; like `exec`
 * of the global pattern, it leaves `lastIndex` after the match, or at 0 and answers null when there is none.
 */
export function execFrom(sticky: RegExp, text: string, starts: Uint8Array): RegExpExecArray | null {
  for (let i = sticky.lastIndex; i < text.length; i++) {
    if (starts[text.charCodeAt(i)] !== 1) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m) return m;
  }
  sticky.lastIndex = 0;
  return null;
}
