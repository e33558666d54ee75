import { randomUUID } from 'node:crypto';
import type { Tx } from '../graph/graph.ts';
import { searchText } from '../search/search-text.ts';
import { SOURCE_FIELDS, type SourceRow } from './source-store.ts';

export interface NewSource {
  url: string; // already normalised
  title: string;
  publisher?: string | null | undefined;
  kind?: string | null | undefined;
}

/**
 * The source with this URL, created if new, inside the caller's transaction.
 * MERGE on the unique `url` is safe under concurrency: two editors adding the
 * same page get one node.
 */
export async function mergeSourceByUrl(tx: Tx, source: NewSource): Promise<SourceRow> {
  const [row] = await tx.rows<{ s: SourceRow }>(
    'source.mergeByUrl',
    `MERGE (s:Source {url: $url})
ON CREATE SET s.id = $id, s.kind = $kind, s.name = $title, s.publisher = $publisher, s.createdAt = $now, s.searchText = $searchText
RETURN s {${SOURCE_FIELDS}} AS s`,
    {
      url: source.url,
      id: `src-${randomUUID()}`,
      kind: source.kind ?? 'WEB_PAGE',
      title: source.title,
      publisher: source.publisher ?? null,
      now: new Date().toISOString(),
      searchText: searchText([source.title, source.publisher ?? '', source.url]),
    },
  );
  return (row as { s: SourceRow }).s;
}
