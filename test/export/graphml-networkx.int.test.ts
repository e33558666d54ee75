import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/export-graph.ts';
import { parseExportScope } from '../../src/export/export-scope.ts';
import { expectedExportCounts } from '../support/export-counts.ts';
import { testConfig, testGraph } from '../support/graph.ts';

const graph = testGraph();
afterAll(() => graph.close());

describe('GraphML read by networkx', () => {
  it('gives the same nodes, edges and typed Chinese attributes as the database', async () => {
    const scope = parseExportScope({ document: 'doc-e9186e0b' });
    const chunks: Buffer[] = [];
    await exportGraph(graph, testConfig(), 'graphml', scope, new Writable({ write: (c: Buffer, _e, done) => (chunks.push(c), done()) }));
    const dir = await mkdtemp(join(tmpdir(), 'claimgraph-nx-'));
    try {
      const file = join(dir, 'seed.graphml');
      await writeFile(file, Buffer.concat(chunks));
      const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
c = g.nodes["e9186e0b-c006"]
q = g.nodes["e9186e0b-c006-q1"]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
  "quote": c["quote"], "labels": c["labels"], "value": q["value"], "valueType": type(q["value"]).__name__}, ensure_ascii=False))`;
      const py = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
      expect(py.status, py.stderr).toBe(0);
      const got = JSON.parse(py.stdout) as Record<string, unknown>;
      const { nodes, relationships } = await expectedExportCounts(graph, scope);
      const expected = { nodes, edges: relationships };
      expect(got).toEqual({ ...expected, directed: true, quote: '已跌破美聯儲理事沃勒警告的2.7萬億美元警戒線', labels: ':Claim', value: 2.7e12, valueType: 'float' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
