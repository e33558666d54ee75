/** Characters that end a sentence in Chinese and English text. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);

/**
 * The sentence containing `text[start..end)`, as UTF-16 offsets, trimmed of
 * whitespace: a claim's quote is a clause; readers want the whole sentence too.
 * A full stop followed by a digit (4.2%) does not end an English sentence.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1)) from--;
  let to = Math.max(end, start);
  while (to < text.length && !endsSentence(text, to)) to++;
  if (to < text.length && text[to] !== '\n') to++; // keep the closing punctuation
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  return { start: from, end: to };
}

function endsSentence(text: string, i: number): boolean {
  const c = text[i] as string;
  if (SENTENCE_END.has(c)) return true;
  // ". " ends an English sentence; "4.2" and "U.S." mostly do not.
  return c === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1] as string));
}
