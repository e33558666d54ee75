import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Graph } from '../../src/graph/graph.ts';
import { createGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';
import { neo4jEnv } from './neo4j-env.ts';

/** Config for tests: the environment's, pointed at the Neo4j chosen by the global setup. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...neo4jEnv(inject('neo4j')), ...overrides });
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

/**
 * A made-up word of eight lower-case letters, unique to one test: a factor's name the extractor reads as a name (no
 * digits, no hyphen), so a causal sentence about it asserts a link no earlier run asserted.
 */
export const uniqueWord = () => randomUUID().replace(/-/g, '').slice(0, 8).replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!);

/** The cyclical signs, Han characters that are neither numerals nor grammar words, so no reader takes them for either. */
const SIGNS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
/** `uniqueWord` in Han characters: six of the cyclical signs (22⁶ ≈ 10⁸ words). */
export const uniqueHanWord = () => Array.from(randomUUID().replace(/-/g, '').slice(0, 12).match(/../g)!, (h) => SIGNS[parseInt(h, 16) % SIGNS.length]).join('');

/** A live API token of the given role, created directly in the graph. */
export async function testToken(graph: Graph, role: 'READER' | 'EDITOR' | 'ADMIN' = 'EDITOR', name = uniquePrefix('editor')): Promise<string> {
  const { createToken } = await import('../../src/auth/token-store.ts');
  return (await createToken(graph, name, role)).token;
}
