import { Converter, Locale, Trie } from 'opencc-js';

/**
 * Traditional Chinese folded to Simplified as opencc-js's `Converter({ from: 't', to: 'cn' })` folds it, faster.
 *
 * The converter runs its dictionaries' tries over the text one code point at a time, a Map lookup per character per
 * pass (two passes: the normalisation dictionary, then the phrases and characters); on a 500k-character Chinese text
 * that was 41 ms, 6% of reading it (issue 18, reading throughput: the factor matcher folds every text it reads). Most
 * characters start no dictionary word, or only a one-character word: a table by UTF-16 unit answers those at once, and
 * only a character that starts a longer word (or a surrogate, or an ideographic description character) walks the trie,
 * exactly as the converter does. The tries are opencc's own, loaded from its own dictionaries in its own order; the
 * answers are the converter's (test/search/fold-script.test.ts holds them to it on every evaluation text and on random
 * text). Should the library's configuration not be the one this was written for, the converter itself is used.
 */

type TrieNode = Map<number, TrieNode> & { trie_val?: string };
type Pass = (text: string) => string;

const converter = Converter({ from: 't', to: 'cn' });

/** The passes of opencc's t2s configuration (normalisation, then conversion), or null when it is not as expected. */
function passes(): Pass[] | null {
  const config = (Locale as unknown as { configs?: Record<string, { normalizationChain?: unknown[]; segmentation?: unknown; conversionChain?: unknown[] }> }).configs?.['t2s'];
  if (!config || config.segmentation || !Array.isArray(config.normalizationChain) || !Array.isArray(config.conversionChain)) return null;
  const groups = [...config.normalizationChain, ...config.conversionChain];
  const out: Pass[] = [];
  for (const group of groups) {
    const trie = new Trie();
    trie.loadDictGroup(group as Parameters<Trie['loadDictGroup']>[0]);
    const root = (trie as unknown as { map?: TrieNode }).map;
    if (!(root instanceof Map)) return null;
    out.push(passOf(root));
  }
  return out;
}

// How each UTF-16 unit starts a dictionary word: none, only a one-character word, or a longer one too (walk the trie).
const NONE = 0;
const SINGLE = 1;
const WALK = 2;

function passOf(root: TrieNode): Pass {
  const how = new Uint8Array(65536);
  const single: (string | undefined)[] = [];
  for (let c = 0; c < 65536; c++) {
    // Surrogates and ideographic description characters (U+2FF0–2FFF, which opencc steps over as a unit) take the
    // converter's own path.
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2ff0 && c <= 0x2fff)) {
      how[c] = WALK;
      continue;
    }
    const node = root.get(c);
    if (node === undefined) continue;
    if (node.size === 0 && node.trie_val !== undefined) {
      how[c] = SINGLE;
      single[c] = node.trie_val;
    } else how[c] = WALK;
  }
  return (text: string) => {
    let out = '';
    let raw = 0; // start of the run copied as written
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      const k = how[c];
      if (k === NONE) {
        i++;
        continue;
      }
      if (k === SINGLE) {
        out += text.slice(raw, i) + (single[c] as string);
        raw = ++i;
        continue;
      }
      const m = matchPrefix(root, text, i);
      if (m) {
        out += text.slice(raw, i) + m.value;
        raw = i = m.end;
      } else i += advance(text, i);
    }
    return raw === 0 ? text : out + text.slice(raw);
  };
}

/** opencc's Trie.matchPrefix: the longest word of the trie starting at `at`. */
function matchPrefix(root: TrieNode, text: string, at: number): { end: number; value: string } | null {
  let node = root;
  let end = 0;
  let value: string | undefined;
  for (let a = at; a < text.length; ) {
    const cp = text.codePointAt(a) as number;
    a += cp > 0xffff ? 2 : 1;
    const next = node.get(cp);
    if (next === undefined) break;
    node = next;
    if (node.trie_val !== undefined) {
      end = a;
      value = node.trie_val;
    }
  }
  return end > 0 ? { end, value: value as string } : null;
}

/** opencc's step past an unmatched character: its code point, or a whole ideographic description sequence. */
function advance(text: string, at: number): number {
  const end = idsEnd(text, at);
  return end > at ? end - at : width(text, at);
}
const width = (text: string, at: number) => ((text.codePointAt(at) as number) > 0xffff ? 2 : 1);
function idsEnd(text: string, at: number): number {
  const cp = text.codePointAt(at) as number;
  const operands = cp >= 12272 && cp <= 12273 ? 2 : cp >= 12274 && cp <= 12275 ? 3 : cp >= 12276 && cp <= 12287 ? 2 : 0;
  if (operands === 0) return 0;
  let i = at + width(text, at);
  for (let k = 0; k < operands; k++) {
    if (i >= text.length) return 0;
    i = idsEnd(text, i) || i + width(text, i);
  }
  return i;
}

const PASSES = passes();

/** `text` in Simplified Chinese, as opencc-js's t → cn converter gives it. */
export const toSimplified: Pass = PASSES ? (text) => PASSES.reduce((t, pass) => pass(t), text) : converter;

/** Whether the fast passes are in use (the library's configuration is the one they were written for). */
export const foldIsFast = PASSES !== null;

/** opencc-js's own converter (for the test that holds `toSimplified` to it). */
export const openccToSimplified: Pass = converter;
