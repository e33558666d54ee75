import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.limits.maxPageSize).toBe(200);
    expect(c.limits.maxTraceHops).toBe(8);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('points export links at the port the server listens on when PUBLIC_URL is unset (issue 22)', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PORT: '4517' }).publicUrl).toBe('http://localhost:4517');
    expect(loadConfig({ PORT: '4517', PUBLIC_URL: 'https://claims.example.org/' }).publicUrl).toBe('https://claims.example.org');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.uri).toBeUndefined();
  });

  it('reports every bad variable at once, naming it and what is allowed', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOG_LEVEL: 'loud', MAX_TRACE_HOPS: '12' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.find((p) => p.startsWith('PORT='))).toMatch(/integer between 0 and 65535/);
    expect(problems.find((p) => p.startsWith('NEO4J_URI='))).toMatch(/neo4j:\/\//);
    expect(problems.find((p) => p.startsWith('LOG_LEVEL='))).toMatch(/debug/);
    expect(problems.find((p) => p.startsWith('MAX_TRACE_HOPS='))).toMatch(/between 1 and 8/);
  });

  it('accepts routing and TLS URIs for clusters and Aura', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io' }).neo4j.uri).toBe('neo4j+s://abcd.databases.neo4j.io');
    expect(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' }).neo4j.uri).toBe('bolt://127.0.0.1:7687');
  });

  it('makes the CLI exit non-zero with one clear message on bad configuration', () => {
    const run = spawnSync(process.execPath, ['src/cli/main.ts', 'seed'], {
      env: { ...process.env, PORT: '-1' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PORT="-1"');
    expect(run.stderr).toContain('expected an integer between 0 and 65535');
  });
});
