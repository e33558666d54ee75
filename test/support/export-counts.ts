import type { ExportScope } from '../../src/export/export-scope.ts';
import { scopeIds } from '../../src/export/export-store.ts';
import type { Graph } from '../../src/graph/graph.ts';

/**
 * What an export of this scope should hold, counted straight from the database: the scope's
 * nodes and the relationships among them (a CAUSES projection only with its causal link).
 */
export async function expectedExportCounts(graph: Graph, scope: ExportScope): Promise<{ nodes: number; relationships: number; ids: string[] }> {
  const ids = [...((await scopeIds(graph, scope)) ?? [])];
  const [row] = await graph.rows<{ nodes: number; relationships: number }>(
    'test.exportCounts',
    `MATCH (n) WHERE n.id IN $ids WITH count(n) AS nodes
RETURN nodes, COUNT { MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND (r.linkId IS NULL OR r.linkId IN $ids) } AS relationships`,
    { ids },
  );
  return { ...(row as { nodes: number; relationships: number }), ids };
}
