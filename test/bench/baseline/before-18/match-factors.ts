import { Converter } from 'opencc-js';

// The script folding as it was before issue 18 (opencc-js's converter itself): the product's foldScript has since been
// made faster (src/search/fold-script.ts), which would speed this baseline up too and move the benchmark's yardstick.
export const foldScript = Converter({ from: 't', to: 'cn' });

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
  const byFirst = new Map<string, { factorId: string; key: string }[]>();
  return {
    add(f: KnownFactor): void {
      for (const n of f.names) {
        const key = foldScript(n.trim()).toLowerCase();
        if (key.length < 2) continue;
        const list = byFirst.get(key[0] as string) ?? [];
        list.push({ factorId: f.id, key });
        byFirst.set(key[0] as string, list);
      }
    },
    build: () => matcherOf(byFirst),
  };
}

function matcherOf(byFirst: Map<string, { factorId: string; key: string }[]>) {
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  const isWord = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

  return (text: string): FactorMention[] => {
    const folded = foldScript(text).toLowerCase();
    // Offsets into the folded text are offsets into the original only when folding kept the length.
    if (folded.length !== text.length) return [];
    const found: FactorMention[] = [];
    for (let i = 0; i < folded.length; ) {
      const hit = byFirst.get(folded[i] as string)?.find(
        ({ key }) => folded.startsWith(key, i) && !(isWord(key[0]) && (isWord(folded[i - 1]) || isWord(folded[i + key.length]))),
      );
      if (hit) {
        found.push({ factorId: hit.factorId, start: i, end: i + hit.key.length });
        i += hit.key.length;
      } else {
        i++;
      }
    }
    return found;
  };
}
