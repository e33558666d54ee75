/** Punctuation that closes a clause in Chinese and English text. */
const CLAUSE_END = /[,，;；:：。！？!?\n（）()“”]/;

/**
 * The clause containing `text[start..end)` (between clause punctuation), trimmed:
 * the quote a claim is stated in. A comma between digits (1,000) does not end a clause.
 */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  const breaks = (i: number) => CLAUSE_END.test(text[i] as string) && !(text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  let from = start;
  while (from > 0 && !breaks(from - 1)) from--;
  let to = end;
  while (to < text.length && !breaks(to)) to++;
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /[\s.]/.test(text[to - 1] as string) && to - 1 >= end) to--;
  return { start: from, end: to };
}
