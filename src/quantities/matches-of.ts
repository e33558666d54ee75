/**
 * Every match of a global pattern in a text, as `text.matchAll(re)` gives them — from `re.lastIndex`, past empty
 * matches, with `re.lastIndex` left as it was — without the copy of the pattern `matchAll` makes on every call (about
 * two microseconds a call: the readers call it per sentence, issue 18 reading throughput). The matches are collected
 * before they are returned, so a caller may use the same pattern again while it walks them. Imports nothing.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global pattern');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
  }
  re.lastIndex = from;
  return out;
}

/** The index after `at`: one unit, or a whole surrogate pair in a pattern that reads code points. */
function advance(text: string, at: number, codePoints: boolean): number {
  if (!codePoints || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
