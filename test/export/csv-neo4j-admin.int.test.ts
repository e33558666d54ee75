import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/export-graph.ts';
import { parseExportScope } from '../../src/export/export-scope.ts';
import { runnerClasspath, startLocalRunner } from '../../src/graph/local-runner.ts';
import { expectedExportCounts } from '../support/export-counts.ts';
import { testConfig, testGraph } from '../support/graph.ts';

const graph = testGraph();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-admin-'));
});
afterAll(async () => {
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the CSV bundle, imported by the real neo4j-admin', () => {
  it('loads into an empty database with the exported node and relationship counts', { timeout: 240_000 }, async () => {
    const scope = parseExportScope({ document: 'doc-e9186e0b' });
    const chunks: Buffer[] = [];
    await exportGraph(graph, testConfig(), 'csv', scope, new Writable({ write: (c: Buffer, _e, done) => (chunks.push(c), done()) }));
    const bundle = join(dir, 'bundle');
    await mkdir(bundle);
    await writeFile(join(dir, 'bundle.tar'), Buffer.concat(chunks));
    expect(spawnSync('tar', ['xf', join(dir, 'bundle.tar'), '-C', bundle]).status).toBe(0);

    // import.sh's own command line, run with the neo4j-admin of the Neo4j we ship (org.neo4j.cli.AdminTool).
    const script = await readFile(join(bundle, 'import.sh'), 'utf8');
    const args = script
      .slice(script.indexOf('neo4j-admin ') + 'neo4j-admin '.length)
      .replace(/\\\n/g, ' ')
      .replace('"${1:-neo4j}"', 'neo4j')
      .replace(/'/g, '')
      .trim()
      .split(/\s+/);
    const home = join(dir, 'home');
    await mkdir(join(home, 'conf'), { recursive: true });
    await writeFile(join(home, 'conf', 'neo4j.conf'), '');
    const admin = spawnSync('java', ['-Xmx512m', '-cp', await runnerClasspath(), 'org.neo4j.cli.AdminTool', ...args], {
      cwd: bundle,
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      encoding: 'utf8',
    });
    expect(admin.status, admin.stdout + admin.stderr).toBe(0);
    expect(admin.stdout).toContain('IMPORT DONE');

    const { nodes, relationships } = await expectedExportCounts(graph, scope);
    const expected = { nodes, rels: relationships };
    const runner = await startLocalRunner({ dataDir: home, heap: '256m', pageCache: '32m' });
    const driver = neo4j.driver(runner.uri, undefined, { disableLosslessIntegers: true });
    try {
      const { records } = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS rels');
      expect(records[0]!.toObject()).toEqual(expected);
      const claim = await driver.executeQuery("MATCH (c:Claim {id: 'e9186e0b-c006'})-[:HAS_QUANTITY]->(q) RETURN c.quote AS quote, c.start AS start, q.value AS value");
      expect(claim.records[0]!.toObject()).toEqual({ quote: '已跌破美聯儲理事沃勒警告的2.7萬億美元警戒線', start: expect.any(Number), value: 2.7e12 });
    } finally {
      await driver.close();
      await runner.stop();
    }
  });
});
