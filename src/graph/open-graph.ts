import neo4j from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { chooseNeo4j, type ChooseOptions, type Neo4jTarget } from './choose-neo4j.ts';
import { Graph } from './graph.ts';
import { migrate } from './migrations.ts';

export interface OpenGraph {
  graph: Graph;
  target: Neo4jTarget;
  /** Closes the driver, then stops the database we started (if we started one). */
  close(): Promise<void>;
}

export class Neo4jUnreachableError extends Error {
  override name = 'Neo4jUnreachableError';
}

/**
 * The product's driver and gateway for a Neo4j, with production's pool and timeouts; nothing is
 * sent yet. The server, the CLI and the tests all build theirs here.
 */
export function createGraph(target: Pick<Neo4jTarget, 'uri' | 'auth' | 'database'>, config: Config, log: Logger): Graph {
  const driver = neo4j.driver(target.uri, target.auth, {
    // Counts, offsets and versions all fit in a double; plain numbers keep the code simple.
    disableLosslessIntegers: true,
    userAgent: 'claimgraph/0.1',
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: 50,
    // With Neo4j down, a request must answer UNAVAILABLE within about two seconds, not after the
    // driver's default 30 s of retries: connecting to a dead port fails at once, so a short retry
    // budget still rides out a restart's transient errors and deadlock retries.
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 1_000,
  });
  return new Graph(driver, { database: target.database, queryTimeoutMs: config.limits.queryTimeoutMs, log });
}

/** Connects to an already chosen Neo4j and brings its schema up to date. */
export async function connectGraph(target: Neo4jTarget, config: Config, log: Logger): Promise<Graph> {
  const graph = createGraph(target, config, log);
  try {
    await graph.driver.verifyConnectivity({ database: target.database });
  } catch (error) {
    await graph.close();
    const reason = error instanceof Error ? error.message : String(error);
    const fix =
      target.provider === 'uri'
        ? 'Check the address and credentials, unset NEO4J_URI to use the local runner (Java 17 + Maven), or start the compose stack with `docker compose up -d neo4j`.'
        : 'Check the runner log in the data directory, or set NEO4J_URI to a running server.';
    throw new Neo4jUnreachableError(`Cannot reach Neo4j at ${target.description}: ${reason}\n${fix}`);
  }
  await migrate(graph, log);
  return graph;
}

/** Chooses, starts if needed, connects and migrates: what `npm start`, the CLI and tests share. */
export async function openGraph(config: Config, log: Logger, options: ChooseOptions): Promise<OpenGraph> {
  const target = await chooseNeo4j(config, log, options);
  try {
    const graph = await connectGraph(target, config, log);
    return {
      graph,
      target,
      close: async () => {
        await graph.close();
        await target.stop();
      },
    };
  } catch (error) {
    await target.stop();
    throw error;
  }
}
