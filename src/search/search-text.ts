import { toSimplified } from './fold-script.ts';

/**
 * Traditional and Simplified Chinese must find the same claims (政府停擺 / 政府停摆).
 * We index every text together with its Simplified form and fold queries to
 * Simplified too, so one CJK-analysed full-text index serves both scripts
 * (opencc-js's t → cn conversion; fold-script.ts).
 */

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
 * The full-text index every search reads (`src/graph/migrations.ts`). Besides `searchText` it
 * holds each node's `candidate` state, so discarded candidates are left out by the index itself,
 * and each claim's `searchKey`, so ties in relevance can be read in id order (claim-search-store.ts).
 */
export const SEARCH_INDEX = 'search_text_v2';

/**
 * A user's search phrase as a Lucene query on `searchText`: every whitespace-separated term must
 * occur, each as a quoted phrase. Quoting matters for Chinese: the CJK analyzer splits 政府停摆
 * into bigrams, and unquoted bigrams would match any text with 政府. The field is named because
 * the index holds other fields too (a search for "discarded" must not match a candidate state).
 */
export function fulltextQuery(input: string): string {
  const terms = foldScript(input.trim())
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => `"${term.replace(/["\\]/g, (c) => `\\${c}`)}"`);
  return terms.length ? `searchText:(${terms.join(' AND ')})` : '';
}

/**
 * A claim's `searchKey`: its id as one index term that sorts as the id does (`k` and the hex of
 * its UTF-8 bytes: one alphanumeric token for the CJK analyzer, and byte order is code point order,
 * which is Cypher's string order for ids in the Basic Multilingual Plane). A range of ids is then a
 * range of terms, which is how a page reads relevance ties in id order without reading them all.
 * Cut at 120 bytes, under the analyzer's 255-character token: ids sharing those bytes share a key,
 * so ranges are taken inclusive and the exact id bounds are applied after the index.
 */
export function claimSearchKey(id: string): string {
  return `k${Buffer.from(id, 'utf8').subarray(0, 120).toString('hex')}`;
}
