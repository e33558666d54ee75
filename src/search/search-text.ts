import { Converter } from 'opencc-js';

/**
 * Traditional and Simplified Chinese must find the same claims (政府停擺 / 政府停摆).
 * We index every text together with its Simplified form and fold queries to
 * Simplified too, so one CJK-analysed full-text index serves both scripts.
 */
const toSimplified = Converter({ from: 't', to: 'cn' });

export function foldScript(text: string): string {
  return toSimplified(text);
}

/** The value of `searchText`: the parts, plus their Simplified form where it differs. */
export function searchText(parts: readonly string[]): string {
  const original = parts.filter((p) => p.trim() !== '').join('\n');
  const simplified = foldScript(original);
  return simplified === original ? original : `${original}\n${simplified}`;
}

/**
 * A user's search phrase as a Lucene query: every whitespace-separated term must
 * occur, each as a quoted phrase. Quoting matters for Chinese: the CJK analyzer
 * splits 政府停摆 into bigrams, and unquoted bigrams would match any text with 政府.
 */
export function fulltextQuery(input: string): string {
  return foldScript(input.trim())
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => `"${term.replace(/["\\]/g, (c) => `\\${c}`)}"`)
    .join(' AND ');
}
