import { join } from 'node:path';
import type { ProvidedContext } from 'vitest';
import { ROOT } from '../../src/web/build-page.ts';
import { neo4jEnv } from './neo4j-env.ts';
import { spawnServer } from './spawn-server.ts';

export interface PageServer {
  url: string;
  log(): string;
  /** False once the process has exited (a crash, or `close()`). */
  alive(): boolean;
  close(): Promise<void>;
}

/**
 * The real server — `npm start`'s entry point (GraphQL, SSE, exports, the page) — in its own process
 * on a free loopback port, pointed at the run's Neo4j (seeded by the global setup, so no seeding here).
 */
export async function startPageServer(neo4j: ProvidedContext['neo4j']): Promise<PageServer> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] === 'debug' ? 'debug' : 'info',
    ...neo4jEnv(neo4j),
    SEED_ON_START: 'false',
  };
  // npm's own variables (npm_config_*, npm_lifecycle_*) describe the test run, not a user's server.
  for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
  const server = await spawnServer(env, { cmd: process.execPath, args: [join(ROOT, 'src', 'main.ts')], cwd: ROOT, timeoutMs: 120_000 });
  return {
    url: server.url,
    log: server.log,
    alive: () => server.child.exitCode === null && server.child.signalCode === null,
    close: async () => {
      await server.stop();
    },
  };
}
