import { createServer as createHttpServer, type Server } from 'node:http';
import type { Config } from './config.ts';
import { createServer } from './api/server.ts';
import { openGraph, type OpenGraph } from './graph/open-graph.ts';
import type { Logger } from './log.ts';

export interface Running {
  url: string;
  http: Server;
  db: OpenGraph;
  /** Drains HTTP, closes the driver, stops the database we started. Idempotent. */
  shutdown(): Promise<void>;
}

/**
 * Serves the API on the configured Neo4j: choose/start it, migrate, load the seed
 * when the database has none, then listen. `prepare` runs before listening.
 */
export async function serve(config: Config, log: Logger, prepare?: (db: OpenGraph) => Promise<void>): Promise<Running> {
  const db = await openGraph(config, log, { persistent: true });
  try {
    await prepare?.(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const yoga = createServer({ graph: db.graph, config, log, neo4jProvider: db.target.provider });
  const http = createHttpServer(yoga);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  let stopping: Promise<void> | undefined;
  const shutdown = () =>
    (stopping ??= (async () => {
      log.info('shutting down: draining HTTP connections');
      const drained = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      // Long-lived streams (subscriptions) would hold the drain forever.
      const force = setTimeout(() => http.closeAllConnections(), 5_000);
      await drained;
      clearTimeout(force);
      log.info('closing the Neo4j driver');
      await db.close();
      log.info('stopped');
    })());
  return { url, http, db, shutdown };
}
