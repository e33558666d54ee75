import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { silentLogger } from '../../src/log.ts';

describe('an unreachable Neo4j', () => {
  it('fails with where it tried and how to fix it', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    await expect(openGraph(config, silentLogger, { persistent: false })).rejects.toThrow(
      /Cannot reach Neo4j at NEO4J_URI=bolt:\/\/127\.0\.0\.1:1[\s\S]*unset NEO4J_URI to use the local runner[\s\S]*docker compose up -d neo4j/,
    );
  });

  it('makes the CLI exit non-zero with that message', () => {
    const r = spawnSync(process.execPath, ['src/cli/main.ts', 'seed'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', LOG_LEVEL: 'silent' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Cannot reach Neo4j at NEO4J_URI=bolt://127.0.0.1:1');
  });
});
