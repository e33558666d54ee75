import { LOOSE_PREFIX, MEASURE_VOCABULARY, UNSHIPPED_PREFIX, isUnshipped, looseTarget } from '../quantities/measure-vocabulary.ts';
import { foldScript } from '../search/search-text.ts';

export interface KnownFactor {
  id: string;
  names: string[]; // name, namesZh, aliases
}

export interface FactorMention {
  factorId: string;
  start: number;
  end: number;
}

/**
 * A matcher: the known factors named in a text, and `alike(name)`, the one known factor whose name ends with `name`
 * (its head: 停擺 of 政府停擺, "shutdown" of "government shutdown"), when exactly one does.
 */
export type FactorMatcher = ((text: string) => FactorMention[]) & { alike?: (name: string) => string | undefined; knows?: (factorId: string) => boolean };

/**
 * Finds known factors in a text by their names, in either Chinese script (both sides are
 * folded to Simplified, which keeps offsets for all but rare characters) and case-insensitively
 * for Latin names, on word boundaries. One left-to-right pass: at each position the longest
 * name wins (聯邦政府停擺 is one mention, not two), so the cost grows with the text, not with
 * the number of factors times the text.
 */
export function createFactorMatcher(factors: Iterable<KnownFactor>) {
  const builder = factorMatcherBuilder();
  for (const f of factors) builder.add(f);
  return builder.build();
}

/**
 * The matcher built one factor at a time, so the factors can be streamed from the graph: the
 * 1M-claim benchmark graph's 100k factors held as rows (and the driver's records of them) took
 * 70 MB of heap at once, 37 MB of it still live when the matcher was built (issue 14); the
 * matcher's own index of their names is about 19 MB.
 */
export function factorMatcherBuilder() {
  // Names by their first two characters (every name has two): a position of the text is tried against the few names
  // that start with its two characters, not against every name sharing its first (財, 国, "t" start hundreds).
  const byFirst = new Map<number, { factorId: string; key: string; acronym: boolean }[]>();
  return {
    add(f: KnownFactor): void {
      for (const n of f.names) {
        const key = foldKey(n.trim());
        if (key.length < 2) continue;
        const list = byFirst.get(pairAt(key, 0)) ?? [];
        // An acronym ("ON RRP", "TGA") is also written in the plural ("ON RRPs"); a word is not ("balance sheets" are
        // anyone's).
        list.push({ factorId: f.id, key, acronym: /^[A-Z][A-Z ]*[A-Z]$/.test(n.trim()) });
        byFirst.set(pairAt(key, 0), list);
      }
    },
    build: () => matcherOf(byFirst),
  };
}

/**
 * A name or a text as the matcher compares them: one Chinese script, lower case, and the typographic apostrophe as the
 * plain one ("the Treasury’s account" is "the Treasury's account"; web pages write either). Keeps the length, so
 * offsets into the folded text are offsets into the original.
 */
const foldKey = (s: string) => foldScript(s).toLowerCase().replace(/[’‘]/g, "'");

/** The two UTF-16 units at `i` as one number (a map key that allocates nothing). */
const pairAt = (s: string, i: number) => s.charCodeAt(i) * 65536 + (s.charCodeAt(i + 1) || 0);

function matcherOf(byFirst: Map<number, { factorId: string; key: string; acronym: boolean }[]>): FactorMatcher {
  // Longest first; of equal names, a loose word of the vocabulary first (国债 is the debt only at its scale, whatever
  // a graph's factor calls itself).
  const loose = (id: string) => (id.startsWith(LOOSE_PREFIX) ? 0 : 1);
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length || loose(a.factorId) - loose(b.factorId));
  // The first units of the names: most positions of a text start no name, and a table says so without the Map lookup
  // of its two units (a lookup per character was 1% of reading the seed).
  const firstUnits = new Uint8Array(65536);
  for (const pair of byFirst.keys()) firstUnits[Math.floor(pair / 65536)] = 1;
  const isWord = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

  /** Whether a longer name of Chinese script starts inside [i, i+length) and ends after it (an equal one does not: 長期國債總額 keeps 長期國債). */
  const longerInside = (folded: string, i: number, length: number): boolean => {
    for (let j = i + 1; j < i + length; j++) {
      const list = byFirst.get(pairAt(folded, j));
      if (list?.some(({ key }) => key.length > length && j + key.length > i + length && !isWord(key[0]) && folded.startsWith(key, j))) return true;
    }
    return false;
  };
  const match = (text: string): FactorMention[] => {
    const raw = foldKey(text);
    // Offsets into the folded text are offsets into the original only when folding kept the length.
    if (raw.length !== text.length) return [];
    // Pages converted by some sites gloss characters with their pinyin (現(xiàn)金, 國(guó)債規(guī)模): the names are matched
    // on the text without the glosses, and their offsets mapped back (`at`).
    const { folded, at } = withoutGlosses(raw);
    const found: FactorMention[] = [];
    for (let i = 0; i < folded.length; ) {
      if (firstUnits[folded.charCodeAt(i)] !== 1) {
        i++;
        continue;
      }
      let length = 0;
      const hit = byFirst.get(pairAt(folded, i))?.find(({ key, acronym }) => {
        if (!folded.startsWith(key, i)) return false;
        if (!isWord(key[0])) return (length = key.length) > 0;
        if (isWord(folded[i - 1])) return false;
        const next = i + key.length;
        if (!isWord(folded[next])) return (length = key.length) > 0;
        // An acronym in the plural ("ON RRPs"): the same name, the "s" in its span.
        return acronym && folded[next] === 's' && !isWord(folded[next + 1]) && (length = key.length + 1) > 0;
      });
      // Chinese writes no spaces between words: a shorter name is not taken when a longer one starts inside it and
      // runs past its end (美[国债务上限]: the debt limit, not 国债 and a stray 务).
      if (hit && !isWord(hit.key[0]) && longerInside(folded, i, length)) {
        i++;
        continue;
      }
      if (hit) {
        found.push(at ? { factorId: hit.factorId, start: at[i] as number, end: (at[i + length - 1] as number) + 1 } : { factorId: hit.factorId, start: i, end: i + length });
        i += length;
      } else {
        i++;
      }
    }
    return found;
  };
  // The names of the graph's factors (not the unshipped measures'), in the order alike has always read them: listed
  // once, at the first proposal, instead of walking every list and skipping the unshipped names for each phrase.
  let shipped: { factorId: string; key: string }[] | null = null;
  /** Scans every name: called once per proposed phrase (a few per document), never per position of a text. */
  const alike = (name: string): string | undefined => {
    const key = foldKey(name.trim());
    const han = /\p{Script=Han}/u.test(key);
    if (key.length < 2 || (!han && key.length < 4)) return undefined;
    const ids = new Set<string>();
    shipped ??= [...byFirst.values()].flatMap((list) => list.filter((e) => !isUnshipped(e.factorId)));
    for (const e of shipped) {
      if (e.key === key) return e.factorId;
      if (e.key.length > key.length && e.key.endsWith(key) && (han || e.key[e.key.length - key.length - 1] === ' ')) ids.add(e.factorId);
    }
    return ids.size === 1 ? [...ids][0] : undefined;
  };
  const ids = new Set<string>();
  for (const list of byFirst.values()) for (const e of list) ids.add(e.factorId);
  /** Whether a factor has a name here (the graph knows it, or the vocabulary of measures added it). */
  const knows = (factorId: string) => ids.has(factorId);
  return Object.assign(match, { alike, knows });
}

/** A pinyin gloss written after a Chinese character: "(xiàn)", "(guó)" (a tone mark makes it one, not a word in brackets). */
const GLOSS = /(?<=\p{Script=Han})\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu;

/** The text without its pinyin glosses, and where each of its units was in the text (null when it has none). */
function withoutGlosses(text: string): { folded: string; at: number[] | null } {
  if (!text.includes('(') || !GLOSS.test(text)) return { folded: text, at: null };
  GLOSS.lastIndex = 0;
  let folded = '';
  const at: number[] = [];
  let from = 0;
  for (const m of text.matchAll(GLOSS)) {
    for (let k = from; k < m.index; k++) at.push(k);
    folded += text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  for (let k = from; k < text.length; k++) at.push(k);
  folded += text.slice(from);
  return { folded, at };
}

/**
 * Adds the vocabulary of measures (src/quantities/data/measure-vocabulary.yaml) to a matcher being built: the terms of
 * every measure whose factor the graph knows (`known`), and of the measures the record does not ship (`~…` ids, so
 * their numbers are filed under none). Longest term wins at a position, as for the graph's own names.
 */
export function addMeasureVocabulary(builder: { add(f: KnownFactor): void }, known: (id: string) => boolean): void {
  for (const m of MEASURE_VOCABULARY) {
    // A loose word (国债, "the debt") resolves to its factor only in a graph that has that factor: elsewhere it is a
    // measure we do not ship (it still governs its figures, and names none) — a reading naming a factor the graph
    // lacks made the ingest's MEASURES write fail (a graph without the seed's factors).
    const target = looseTarget(m.id);
    if (target !== null && !known(target)) builder.add({ id: `${UNSHIPPED_PREFIX}unknown:${target}`, names: [...m.terms] });
    else if (isUnshipped(m.id) || known(m.id)) builder.add({ id: m.id, names: [...m.terms] });
  }
}
