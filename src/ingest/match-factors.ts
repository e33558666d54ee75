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
 * Finds known factors in a text by their names, in either Chinese script (both sides
 * are folded to Simplified, which keeps offsets for all but rare characters) and
 * case-insensitively for Latin names, on word boundaries. Longer names win overlaps,
 * so 聯邦政府停擺 is one mention, not two.
 */
export function createFactorMatcher(factors: KnownFactor[]) {
  const names = factors
    .flatMap((f) => f.names.filter((n) => n.trim().length >= 2).map((n) => ({ factorId: f.id, key: foldScript(n).toLowerCase() })))
    .sort((a, b) => b.key.length - a.key.length);
  return (text: string): FactorMention[] => {
    const folded = foldScript(text).toLowerCase();
    const sameLength = folded.length === text.length;
    const taken: FactorMention[] = [];
    for (const { factorId, key } of names) {
      for (let i = folded.indexOf(key); i >= 0; i = folded.indexOf(key, i + 1)) {
        const end = i + key.length;
        const latin = /^[a-z0-9]/.test(key);
        if (latin && (/[a-z0-9]/.test(folded[i - 1] ?? '') || /[a-z0-9]/.test(folded[end] ?? ''))) continue;
        if (taken.some((t) => t.start < end && i < t.end)) continue;
        taken.push({ factorId, start: i, end });
      }
    }
    // Offsets into the folded text equal offsets into the original when folding kept the length.
    return sameLength ? taken.sort((a, b) => a.start - b.start) : [];
  };
}
