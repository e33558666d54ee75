import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Graph } from '../../src/graph/graph.ts';
import { createGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';

/** Config for tests: the environment's, pointed at the Neo4j chosen by the global setup. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const n = inject('neo4j');
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    NEO4J_URI: n.uri,
    NEO4J_USERNAME: n.username ?? 'neo4j',
    NEO4J_PASSWORD: n.password ?? '',
    NEO4J_DATABASE: n.database ?? '',
    ...overrides,
  });
}

/**
 * A Graph on the run's Neo4j (already migrated by the global setup), built by the product's own
 * connection code — the driver options and timeouts production runs with. Close it in afterAll.
 */
export function testGraph(config: Config = testConfig()): Graph {
  const n = inject('neo4j');
  const auth = n.password ? neo4j.auth.basic(n.username ?? 'neo4j', n.password) : undefined;
  return createGraph({ uri: n.uri, auth, database: n.database }, config, createLogger('warn'));
}

/** A prefix unique to one test, so tests share the database without wiping it. */
export const uniquePrefix = (name: string) => `t-${name}-${randomUUID().slice(0, 8)}`;

/** A live API token of the given role, created directly in the graph. */
export async function testToken(graph: Graph, role: 'READER' | 'EDITOR' | 'ADMIN' = 'EDITOR', name = uniquePrefix('editor')): Promise<string> {
  const { createToken } = await import('../../src/auth/token-store.ts');
  return (await createToken(graph, name, role)).token;
}
