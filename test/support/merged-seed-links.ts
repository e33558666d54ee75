/**
 * The seed's causal links as the graph holds them after "one link, many sources" (issue 19): links with the same
 * cause, effect and polarity are one link, the survivor being the smallest id among curated twins of one document
 * (the merge's own order: curated first, then version, then id). Maps every seed link id to its survivor's id.
 */
type SeedLink = { id: string; from: string; to: string; polarity: string };
const keyOf = (l: SeedLink) => `${l.from}\u0000${l.to}\u0000${l.polarity}`;

export function survivorOf(links: readonly SeedLink[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const l of [...links].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) if (!first.has(keyOf(l))) first.set(keyOf(l), l.id);
  return new Map(links.map((l) => [l.id, first.get(keyOf(l))!]));
}

/** The ids of the links that remain after the merge. */
export const survivingLinkIds = (links: readonly SeedLink[]) => [...new Set(survivorOf(links).values())];
