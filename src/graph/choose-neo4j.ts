import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type AuthToken } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { startLocalRunner } from './local-runner.ts';
import { superviseRunner, type RunnerStatus } from './runner-supervisor.ts';

/** Where the graph lives, and how to let go of it when we are done. */
export interface Neo4jTarget {
  uri: string;
  auth: AuthToken | undefined;
  database: string | undefined;
  /** `uri`, `docker`, or `local` — reported by /health and in logs. */
  provider: 'uri' | 'docker' | 'local';
  /** Human-readable "where", for error messages. */
  description: string;
  /** The supervised local runner's state (absent for servers we did not start). */
  runnerStatus?: () => RunnerStatus;
  stop(): Promise<void>;
}

export interface ChooseOptions {
  /** Keep data across restarts (`npm start`) or throw it away (tests). */
  persistent: boolean;
  /** Overrides the configured data directory of the local runner (tests use a temp dir). */
  dataDir?: string;
}

/**
 * The single place that decides which Neo4j we talk to, in order:
 * `NEO4J_URI` when set; else a Docker container via testcontainers when a Docker
 * engine answers; else the local Java runner (Neo4j Community from Maven).
 * `CLAIMGRAPH_NEO4J=docker|local` skips the detection.
 */
export async function chooseNeo4j(config: Config, log: Logger, options: ChooseOptions): Promise<Neo4jTarget> {
  const { neo4j: n } = config;
  if (n.uri) {
    return {
      uri: n.uri,
      auth: n.password !== undefined ? neo4j.auth.basic(n.username, n.password) : undefined,
      database: n.database,
      provider: 'uri',
      description: `NEO4J_URI=${n.uri}`,
      stop: async () => {},
    };
  }
  const dataDir = options.dataDir ?? n.dataDir;
  if (n.provider === 'docker' || (n.provider === 'auto' && (await dockerAnswers(n.dockerHost)))) {
    return startDockerNeo4j(log, options.persistent ? `${dataDir}-docker` : undefined);
  }
  await mkdir(dataDir, { recursive: true });
  const shared = await runningRunner(dataDir);
  if (shared) {
    // Another claimgraph process (say `npm start`) already runs Neo4j on this store:
    // use it rather than fail on the store lock. It stays up when we are done.
    log.info(`using the local Neo4j already running at ${shared.uri} (data in ${dataDir})`);
    return { uri: shared.uri, auth: undefined, database: n.database, provider: 'local', description: `the local Neo4j runner at ${shared.uri}`, stop: async () => {} };
  }
  log.info(`starting the local Neo4j runner (data in ${dataDir})`);
  const start = (port: number) =>
    startLocalRunner({
      dataDir,
      port,
      heap: n.runnerHeap,
      pageCache: n.runnerPageCache,
      log: (msg: string) => log.info(msg),
      // Part of the shutdown budget; an unclean stop is recovered from the log at next start.
      stopGraceMs: 4_000,
    });
  const first = await start(n.runnerPort);
  log.info(`local Neo4j ${first.version} ready at ${first.uri}`);
  const marker = join(dataDir, RUNNER_MARKER);
  const advertise = (jvmPid: number) => writeFile(marker, JSON.stringify({ uri: first.uri, jvmPid }));
  await advertise(first.pid);
  // Restarts reuse the port, so the driver's URI stays valid.
  const port = Number(new URL(first.uri).port);
  const runner = superviseRunner(first, { restart: () => start(port), log, onRestart: (r) => advertise(r.pid) });
  return {
    uri: first.uri,
    auth: undefined,
    database: n.database,
    provider: 'local',
    description: `the local Neo4j runner at ${first.uri} (data in ${dataDir})`,
    runnerStatus: runner.status,
    stop: async () => {
      await rm(marker, { force: true });
      await runner.stop();
    },
  };
}

/** Written next to the store while a runner serves it, so other commands can share it. */
const RUNNER_MARKER = 'claimgraph-runner.json';

async function runningRunner(dataDir: string): Promise<{ uri: string } | undefined> {
  try {
    const { uri, jvmPid } = JSON.parse(await readFile(join(dataDir, RUNNER_MARKER), 'utf8')) as { uri: string; jvmPid: number };
    process.kill(jvmPid, 0); // throws when that JVM is gone (a stale marker)
    return { uri };
  } catch {
    return undefined;
  }
}

/** Cheap checks first, so machines without Docker do not pay for loading testcontainers. */
async function dockerAnswers(dockerHost: string | undefined): Promise<boolean> {
  const hasSocket = Boolean(dockerHost) || existsSync('/var/run/docker.sock') || existsSync(join(homedir(), '.docker/run/docker.sock'));
  if (!hasSocket) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startDockerNeo4j(log: Logger, persistentDir: string | undefined): Promise<Neo4jTarget> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  log.info('starting neo4j:5.26-community in Docker (testcontainers)');
  let container = new Neo4jContainer('neo4j:5.26-community').withPassword('claimgraph-dev');
  if (persistentDir) {
    await mkdir(persistentDir, { recursive: true });
    container = container.withBindMounts([{ source: persistentDir, target: '/data' }]);
  }
  const started = await container.start();
  return {
    uri: started.getBoltUri(),
    auth: neo4j.auth.basic(started.getUsername(), started.getPassword()),
    database: undefined,
    provider: 'docker',
    description: `the Docker container at ${started.getBoltUri()}`,
    stop: async () => {
      await started.stop();
    },
  };
}
