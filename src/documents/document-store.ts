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
}

// The text is fetched on its own (documentTexts): a listing should not carry megabytes.
const DOCUMENT_FIELDS =
  '.id, .title, .titleEn, .language, .sha256, .published, .provenance, .url, .origin, previousVersionId: COLLECT { MATCH (d)-[:PREVIOUS_VERSION]->(p) RETURN p.id }[0]';

export async function listDocuments(graph: Graph): Promise<DocumentRow[]> {
  const rows = await graph.rows<{ d: DocumentRow }>(
    'document.list',
    `MATCH (d:Document) RETURN d {${DOCUMENT_FIELDS}} AS d ORDER BY coalesce(d.published, '') DESC, d.id`,
  );
  return rows.map((r) => r.d);
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
