import type { Graph } from '../graph/graph.ts';
import { byIdsInOrder, grouped } from '../graph/grouped.ts';
import { fulltextQuery, SEARCH_INDEX } from '../search/search-text.ts';

export interface SourceRow {
  id: string;
  kind: string;
  name: string;
  nameZh: string | null;
  description: string | null;
  url: string | null;
  publisher: string | null;
}

export const SOURCE_FIELDS = '.id, .kind, .name, .nameZh, .description, .url, .publisher';

export async function sourcesByIds(graph: Graph, ids: readonly string[]): Promise<(SourceRow | null)[]> {
  const rows = await graph.rows<{ s: SourceRow }>('source.byIds', `MATCH (s:Source) WHERE s.id IN $ids RETURN s {${SOURCE_FIELDS}} AS s`, { ids });
  return byIdsInOrder(ids, rows.map((r) => r.s));
}

export async function searchSources(graph: Graph, search: string | undefined, limit = 200): Promise<SourceRow[]> {
  const rows = search?.trim()
    ? await graph.rows<{ s: SourceRow }>(
        'source.search',
        `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score
WHERE node:Source
WITH node AS s, score ORDER BY score DESC, s.id LIMIT toInteger($limit)
RETURN s {${SOURCE_FIELDS}} AS s`,
        { query: fulltextQuery(search), limit },
      )
    : await graph.rows<{ s: SourceRow }>('source.all', `MATCH (s:Source) RETURN s {${SOURCE_FIELDS}} AS s ORDER BY s.id LIMIT toInteger($limit)`, { limit });
  return rows.map((r) => r.s);
}

/** Every source behind each claim: the document it is stated in and whoever it is attributed to. */
export const sourcesByClaims = (graph: Graph, claimIds: readonly string[]) =>
  grouped<SourceRow>(
    graph,
    'source.byClaims',
    `MATCH (c:Claim)-[:SOURCED_FROM|ATTRIBUTED_TO]->(s:Source) WHERE c.id IN $keys
RETURN DISTINCT c.id AS key, s {${SOURCE_FIELDS}} AS item ORDER BY key, item.kind = 'DOCUMENT' DESC, item.id`,
    claimIds,
  );

export const attributionsByClaims = (graph: Graph, claimIds: readonly string[]) =>
  grouped<SourceRow>(
    graph,
    'source.attributionsByClaims',
    `MATCH (c:Claim)-[:ATTRIBUTED_TO]->(s:Source) WHERE c.id IN $keys RETURN c.id AS key, s {${SOURCE_FIELDS}} AS item ORDER BY s.id`,
    claimIds,
  );
