import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLocalRunner, startLocalRunner } from '../../src/graph/local-runner.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return condition();
}

async function query<T>(uri: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const result = await driver.executeQuery(cypher, params);
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

let dir: string;
beforeAll(async () => {
  await buildLocalRunner();
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-runner-'));
}, 600_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('local Neo4j runner', () => {
  it('starts on a free port, keeps data across a restart, and stops idempotently', { timeout: 180_000 }, async () => {
    const first = await startLocalRunner({ dataDir: join(dir, 'store'), heap: '256m', pageCache: '32m' });
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(first.version).toMatch(/^5\.26\./);
    await query(first.uri, 'CREATE (:RunnerProbe {id: $id})', { id: 'kept' });
    await first.stop();
    await first.stop(); // idempotent
    expect(alive(first.pid)).toBe(false);

    const second = await startLocalRunner({ dataDir: join(dir, 'store'), heap: '256m', pageCache: '32m' });
    try {
      const rows = await query<{ id: string }>(second.uri, 'MATCH (n:RunnerProbe) RETURN n.id AS id');
      expect(rows.map((r) => r.id)).toEqual(['kept']);
    } finally {
      await second.stop();
    }
  });

  it('refuses a data directory another runner holds, with a clear error', { timeout: 180_000 }, async () => {
    const holder = await startLocalRunner({ dataDir: join(dir, 'locked'), heap: '256m', pageCache: '32m' });
    try {
      await expect(startLocalRunner({ dataDir: join(dir, 'locked'), heap: '256m', pageCache: '32m' })).rejects.toThrow(
        /local Neo4j runner exited[\s\S]*could not start Neo4j/,
      );
    } finally {
      await holder.stop();
    }
  });

  it('leaves no JVM behind when its parent is killed with SIGKILL', { timeout: 180_000 }, async () => {
    const parent = spawn(process.execPath, ['test/support/runner-child.ts', join(dir, 'orphan')], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      parent.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0] as string);
      });
      parent.once('exit', (code) => reject(new Error(`runner-child exited early with ${code}`)));
    });
    const { jvmPid } = JSON.parse(line) as { jvmPid: number };
    expect(alive(jvmPid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await waitUntil(() => !alive(jvmPid), 30_000)).toBe(true);
  });
});
