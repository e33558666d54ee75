import type { Graph } from '../../graph/graph.ts';
import { MIGRATIONS } from '../../graph/migrations.ts';
import { EXPORTED_LABELS, streamNodes, streamRelationships, type ScopeIds } from '../export-store.ts';
import type { Sink } from '../sink.ts';

/** A Cypher string literal: backslashes, quotes and control characters escaped, Chinese as is. */
export function cypherString(s: string): string {
  return `'${s.replace(/[\\'\u0000-\u001F\u2028\u2029]/g, (c) => (c === '\\' ? '\\\\' : c === "'" ? "\\'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;
}

export function cypherValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'boolean') return String(v);
  // Every number we store is a float (JavaScript numbers); keep it one on the way back.
  if (typeof v === 'number') return Number.isFinite(v) ? (Number.isInteger(v) ? `${v}.0` : String(v)) : 'null';
  if (Array.isArray(v)) return `[${v.map(cypherValue).join(', ')}]`;
  return cypherString(JSON.stringify(v));
}

const map = (props: Record<string, unknown>) =>
  `{${Object.entries(props)
    .map(([k, v]) => `\`${k.replace(/`/g, '``')}\`: ${cypherValue(v)}`)
    .join(', ')}}`;

/**
 * A Cypher script that re-creates the exported graph in an empty database (or merges it into
 * one that has part of it): constraints first, then MERGE on ids, one statement per line, each
 * ending with `;` — runnable with cypher-shell -f or statement by statement with a driver.
 */
export async function writeCypher(graph: Graph, scope: ScopeIds, sink: Sink): Promise<void> {
  await sink.write('// claimgraph export: re-creates the graph. Run with: cypher-shell -f export.cypher\n');
  for (const m of MIGRATIONS.filter((m) => m.cypher.startsWith('CREATE CONSTRAINT'))) await sink.write(`${m.cypher};\n`);
  await streamNodes(graph, scope, (n) => {
    const label = n.labels.find((l) => (EXPORTED_LABELS as readonly string[]).includes(l)) ?? n.labels[0];
    return sink.write(`MERGE (n:\`${label}\` {id: ${cypherString(n.id)}}) SET n = ${map(n.properties)};\n`);
  });
  await streamRelationships(graph, scope, (r) => {
    const key = typeof r.properties['linkId'] === 'string' ? ` {linkId: ${cypherString(r.properties['linkId'])}}` : '';
    return sink.write(
      `MATCH (a:\`${r.startLabel}\` {id: ${cypherString(r.start)}}), (b:\`${r.endLabel}\` {id: ${cypherString(r.end)}}) MERGE (a)-[r:\`${r.type}\`${key}]->(b) SET r = ${map(r.properties)};\n`,
    );
  });
}
