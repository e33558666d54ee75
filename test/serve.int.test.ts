import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../src/ingest/batch-source.ts';
import { OFFICIAL_DIR } from '../src/seed/load-official.ts';

/** JVMs whose command line names this data directory. */
const jvmsFor = (dataDir: string) => {
  try {
    return execFileSync('pgrep', ['-f', `claimgraph.runner.Main --data ${dataDir}`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

/** Runs `npm start`'s entry point on its own local runner and data directory, like a user on a fresh clone. */
async function start(dataDir: string) {
  const env: Record<string, string | undefined> = { ...process.env, PORT: '0', LOG_LEVEL: 'info', CLAIMGRAPH_DATA_DIR: dataDir, CLAIMGRAPH_NEO4J: 'local' };
  delete env['NEO4J_URI'];
  const child = spawn(process.execPath, ['src/main.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => {
      log += d.toString();
      const m = /claimgraph API at (http:\/\/\S+)\/graphql/.exec(log);
      if (m) resolve(m[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${log}`)));
  });
  const stop = async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    return exited;
  };
  return { url, stop, log: () => log };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-serve-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm start without NEO4J_URI', () => {
  it('serves the seeded graph on the local runner; Ctrl-C stops Neo4j; a restart keeps the data', { timeout: 600_000 }, async () => {
    const dataDir = join(dir, 'data');
    const first = await start(dataDir);
    const health = (await (await fetch(`${first.url}/health`)).json()) as { neo4j: { connected: boolean; provider: string } };
    expect(health.neo4j).toMatchObject({ connected: true, provider: 'local' });
    const docs = async (url: string) => {
      const r = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ documents { edges { node { id } } } }' }),
      });
      return ((await r.json()) as { data: { documents: { edges: { node: { id: string } }[] } } }).data.documents.edges.map((e) => e.node.id);
    };
    expect(await docs(first.url)).toContain('doc-e9186e0b');
    expect(first.log()).toContain('loading seeds/');
    // The official corpus, ingested by the product's own ingest after the seed: a log line per document.
    const official = await Promise.all(
      [...(await readManifest(OFFICIAL_DIR))!.byFile.keys()].map(async (f) => `doc-${createHash('sha256').update(await readFile(`${OFFICIAL_DIR}${f}`, 'utf8')).digest('hex').slice(0, 12)}`),
    );
    expect(official.length).toBeGreaterThanOrEqual(5);
    expect(await docs(first.url)).toEqual(expect.arrayContaining(official));
    expect(first.log().match(/official corpus \[\d+\/\d+\] \S+\.txt: doc-[0-9a-f]{12} \(en\): \d+ claims.*, created/g)).toHaveLength(official.length);
    expect(await first.stop()).toBe(0);
    expect(jvmsFor(dataDir)).toEqual([]);

    const second = await start(dataDir);
    try {
      expect(await docs(second.url)).toContain('doc-e9186e0b');
      expect(second.log()).not.toContain('loading seeds/'); // the data survived; nothing to reload
      expect(second.log()).not.toContain('official corpus: ingesting');
    } finally {
      expect(await second.stop()).toBe(0);
    }
    expect(jvmsFor(dataDir)).toEqual([]);
  });
});
