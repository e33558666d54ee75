import { spawnSync } from 'node:child_process';
import { inject } from 'vitest';
import { neo4jEnv } from './neo4j-env.ts';

/**
 * `claimgraph <args>` as a user runs it (`node src/cli/main.ts`) on the run's Neo4j, waiting for it to end: its exit
 * status and what it printed (`error` set and `status` null when it was killed). `env` adds to (or overrides) the
 * environment, e.g. a limit.
 */
export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  return spawnSync(process.execPath, ['src/cli/main.ts', ...args], {
    encoding: 'utf8',
    // spawnSync blocks the worker: a command that hung would stall every later test file of the worker, past any test
    // timeout. Killed after ten minutes (longer than any test may take), it fails its own test only.
    timeout: 600_000,
    killSignal: 'SIGKILL',
    ...(options.input !== undefined ? { input: options.input } : {}),
    env: { ...process.env, ...neo4jEnv(inject('neo4j')), LOG_LEVEL: 'warn', ...options.env },
  });
}
