import { execFileSync } from 'node:child_process';
import { cliNodeFlags } from './cli-node-flags.ts';
import { printTable } from './stats.ts';

const FORMATS = ['json', 'graphml', 'cytoscape', 'csv', 'cypher'];

/**
 * Whole-graph export of each streaming format against simply reading the same nodes and
 * relationships with the driver, each in its own process so peak RSS is per export.
 */
export function benchExport(neo4jUri: string, nodes: number, relationships: number, formats: readonly string[] = FORMATS): void {
  const run = (format: string) => {
    const output = execFileSync(process.execPath, [...cliNodeFlags(), 'test/bench/export-child.ts', format], {
      env: { ...process.env, NEO4J_URI: neo4jUri, NEO4J_PASSWORD: process.env['NEO4J_PASSWORD'] ?? '' },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    return JSON.parse(output.trim().split('\n').at(-1) as string) as { ms: number; bytes: number; maxRssMB: number };
  };
  const baseline = run('read');
  const rows: (string | number)[][] = [['read with neo4j-driver (baseline)', `${(baseline.ms / 1000).toFixed(1)} s`, '—', '1.00×', `${Math.round(baseline.maxRssMB)} MB`]];
  for (const format of formats) {
    const r = run(format);
    rows.push([format, `${(r.ms / 1000).toFixed(1)} s`, `${(r.bytes / 1e6).toFixed(0)} MB`, `${(r.ms / baseline.ms).toFixed(2)}×`, `${Math.round(r.maxRssMB)} MB`]);
  }
  printTable(`Whole-graph export of ${nodes.toLocaleString('en')} nodes and ${relationships.toLocaleString('en')} relationships`, ['format', 'time', 'output', 'time vs baseline', 'peak RSS'], rows);
}
