import type { Graph } from '../../graph/graph.ts';
import { INTERNAL_PROPERTIES, streamNodes, streamRelationships, type ScopeIds } from '../export-store.ts';
import type { Sink } from '../sink.ts';
import { displayLabel } from './to-graphml.ts';

/**
 * Cytoscape.js elements JSON (`{elements: {nodes, edges}}`), which cytoscape.js loads as is
 * and Cytoscape desktop imports as .cyjs. Properties go into `data`; `id`, `source`,
 * `target` are reserved there, so a property of that name is kept under a `prop_` prefix.
 */
export async function writeCytoscape(graph: Graph, scope: ScopeIds, sink: Sink): Promise<void> {
  const data = (props: Record<string, unknown>, reserved: string[]) =>
    Object.fromEntries(Object.entries(props).filter(([k]) => !INTERNAL_PROPERTIES.has(k)).map(([k, v]) => [reserved.includes(k) ? `prop_${k}` : k, v]));
  await sink.write('{"format_version":"1.0","generated_by":"claimgraph","data":{"name":"claimgraph"},"elements":{"nodes":[');
  let first = true;
  await streamNodes(graph, scope, (n) => {
    const d = { ...data(n.properties, ['id', 'source', 'target', 'label', 'labels']), id: n.id, label: displayLabel(n.properties), labels: n.labels };
    const line = `${first ? '\n' : ',\n'}${JSON.stringify({ data: d, classes: n.labels.join(' ') })}`;
    first = false;
    return sink.write(line);
  });
  await sink.write('\n],"edges":[');
  first = true;
  let e = 0;
  await streamRelationships(graph, scope, (r) => {
    const d = { ...data(r.properties, ['id', 'source', 'target', 'type']), id: `e${e++}`, source: r.start, target: r.end, type: r.type };
    const line = `${first ? '\n' : ',\n'}${JSON.stringify({ data: d, classes: r.type })}`;
    first = false;
    return sink.write(line);
  });
  await sink.write('\n]}}\n');
}
