import type { Graph } from '../../graph/graph.ts';
import { streamNodes, streamRelationships, type ScopeIds } from '../export-store.ts';
import type { Sink } from '../sink.ts';

export const LOSSLESS_FORMAT = 'claimgraph-export';
export const LOSSLESS_VERSION = 1;

/**
 * claimgraph's own lossless format, the one `claimgraph import` reads: every node (labels,
 * all properties) and relationship (type, endpoints by id, all properties), reviews and
 * history included, one item per line in a stable order, so equal graphs give equal bytes.
 */
export async function writeJson(graph: Graph, scope: ScopeIds, sink: Sink, scopeDescription: unknown): Promise<void> {
  await sink.write(`{"format":"${LOSSLESS_FORMAT}","version":${LOSSLESS_VERSION},"scope":${JSON.stringify(scopeDescription)},\n"nodes":[`);
  let first = true;
  await streamNodes(graph, scope, (n) => {
    const line = `${first ? '\n' : ',\n'}${JSON.stringify({ id: n.id, labels: n.labels, properties: n.properties })}`;
    first = false;
    return sink.write(line);
  });
  await sink.write('\n],\n"relationships":[');
  first = true;
  await streamRelationships(graph, scope, (r) => {
    const line = `${first ? '\n' : ',\n'}${JSON.stringify({ type: r.type, start: r.start, end: r.end, properties: r.properties })}`;
    first = false;
    return sink.write(line);
  });
  await sink.write('\n]}\n');
}
