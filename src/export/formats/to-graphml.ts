import type { Graph } from '../../graph/graph.ts';
import { INTERNAL_PROPERTIES, propertyTypes, streamNodes, streamRelationships, type ScopeIds } from '../export-store.ts';
import type { Sink } from '../sink.ts';

/** XML 1.0 cannot carry most control characters even escaped; drop them, escape the rest. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const GRAPHML_TYPE: Record<string, string> = { Long: 'long', Double: 'double', Float: 'double', Boolean: 'boolean', Integer: 'long' };
const graphmlType = (neo4jType: string) => GRAPHML_TYPE[neo4jType] ?? 'string';

/** The text a viewer shows for a node (Gephi and yEd read `label`). */
export function displayLabel(p: Record<string, unknown>): string {
  return String(p['name'] ?? p['title'] ?? p['quote'] ?? p['surface'] ?? p['toStatus'] ?? p['id'] ?? '');
}

const value = (v: unknown) => (Array.isArray(v) || (typeof v === 'object' && v !== null) ? JSON.stringify(v) : String(v));

/**
 * GraphML for Gephi, yEd and networkx: a typed <key> for every property (lists as JSON
 * strings), node labels and relationship types as attributes, UTF-8 text intact, our ids.
 */
export async function writeGraphml(graph: Graph, scope: ScopeIds, sink: Sink): Promise<void> {
  const types = await propertyTypes(graph);
  const keys = (domain: 'node' | 'edge', m: Map<string, string>, reserved: string[]) =>
    [...m.entries()]
      .filter(([name]) => !reserved.includes(name) && !INTERNAL_PROPERTIES.has(name))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, t]) => `  <key id="${domain[0]}_${xmlEscape(name)}" for="${domain}" attr.name="${xmlEscape(name)}" attr.type="${graphmlType(t)}"/>`);
  await sink.write(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
      '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
      '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
      ...keys('node', types.node, ['labels', 'label']),
      '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
      ...keys('edge', types.edge, ['type']),
      '  <graph id="claimgraph" edgedefault="directed">',
      '',
    ].join('\n'),
  );
  await streamNodes(graph, scope, (n) => {
    const data = Object.entries(n.properties)
      .filter(([k, v]) => v !== null && types.node.has(k) && k !== 'labels' && k !== 'label' && !INTERNAL_PROPERTIES.has(k))
      .map(([k, v]) => `<data key="n_${xmlEscape(k)}">${xmlEscape(value(v))}</data>`);
    return sink.write(
      `    <node id="${xmlEscape(n.id)}"><data key="labels">:${xmlEscape(n.labels.join(':'))}</data><data key="label">${xmlEscape(displayLabel(n.properties))}</data>${data.join('')}</node>\n`,
    );
  });
  let edge = 0;
  await streamRelationships(graph, scope, (r) => {
    const data = Object.entries(r.properties)
      .filter(([k, v]) => v !== null && types.edge.has(k) && k !== 'type')
      .map(([k, v]) => `<data key="e_${xmlEscape(k)}">${xmlEscape(value(v))}</data>`);
    return sink.write(
      `    <edge id="e${edge++}" source="${xmlEscape(r.start)}" target="${xmlEscape(r.end)}" label="${r.type}"><data key="type">${r.type}</data>${data.join('')}</edge>\n`,
    );
  });
  await sink.write('  </graph>\n</graphml>\n');
}
