import type { Graph } from '../graph/graph.ts';
import { byIdsInOrder } from '../graph/grouped.ts';

export interface DocumentRow {
  id: string;
  title: string;
  titleEn: string | null;
  language: string;
  sha256: string;
  published: string | null;
  provenance: string | null;
  url: string | null;
  origin: string;
  previousVersionId: string | null;
  /** Its matching run (src/matching/relation-store.ts, `saveRelations`): in progress, or when and by what it finished. */
  matchingInProgress: boolean;
  matchedAt: string | null;
  matchedWith: string | null;
}

// The text is fetched on its own (documentTexts): a listing should not carry megabytes.
const DOCUMENT_FIELDS =
  '.id, .title, .titleEn, .language, .sha256, .published, .provenance, .url, .origin, previousVersionId: COLLECT { MATCH (d)-[:PREVIOUS_VERSION]->(p) RETURN p.id }[0], ' +
  'matchingInProgress: d.matchingRun IS NOT NULL, .matchedAt, .matchedWith';

export interface DocumentQuery {
  language?: string | undefined;
  origin?: string | undefined;
}

/** Position in the listing: newest first (by `published`, undated last), then by id. */
export interface DocumentCursor {
  published: string;
  id: string;
}

const documentWhere = (q: DocumentQuery) =>
  ['($language IS NULL OR d.language = $language)', '($origin IS NULL OR d.origin = $origin)'].join(' AND ');

/** One page of documents, newest first; one row more than asked tells whether more follow. */
export async function listDocuments(graph: Graph, q: DocumentQuery = {}, first = 200, after?: DocumentCursor): Promise<{ rows: DocumentRow[]; hasNextPage: boolean }> {
  const rows = await graph.rows<{ d: DocumentRow }>(
    'document.list',
    `MATCH (d:Document) WHERE ${documentWhere(q)}
WITH d, coalesce(d.published, '') AS publishedKey
WHERE $afterId IS NULL OR publishedKey < $afterPublished OR (publishedKey = $afterPublished AND d.id > $afterId)
RETURN d {${DOCUMENT_FIELDS}} AS d ORDER BY publishedKey DESC, d.id LIMIT toInteger($limit)`,
    { language: q.language ?? null, origin: q.origin ?? null, afterId: after?.id ?? null, afterPublished: after?.published ?? null, limit: first + 1 },
  );
  return { rows: rows.slice(0, first).map((r) => r.d), hasNextPage: rows.length > first };
}

export async function countDocuments(graph: Graph, q: DocumentQuery = {}): Promise<number> {
  const [row] = await graph.rows<{ n: number }>('document.count', `MATCH (d:Document) WHERE ${documentWhere(q)} RETURN count(d) AS n`, { language: q.language ?? null, origin: q.origin ?? null });
  return row?.n ?? 0;
}

export async function documentsByIds(graph: Graph, ids: readonly string[]): Promise<(DocumentRow | null)[]> {
  const rows = await graph.rows<{ d: DocumentRow }>(
    'document.byIds',
    `MATCH (d:Document) WHERE d.id IN $ids RETURN d {${DOCUMENT_FIELDS}} AS d`,
    { ids },
  );
  return byIdsInOrder(ids, rows.map((r) => r.d));
}

export async function documentTexts(graph: Graph, ids: readonly string[]): Promise<(string | null)[]> {
  const rows = await graph.rows<{ id: string; text: string }>(
    'document.texts',
    'MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.text AS text',
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, r.text]));
  return ids.map((id) => byId.get(id) ?? null);
}
