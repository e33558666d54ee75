import { createServer as createHttpServer, type Server } from 'node:http';
import type { Config } from './config.ts';
import { nodeHandler } from './api/node-handler.ts';
import { createServer } from './api/server.ts';
import { openGraph, type OpenGraph } from './graph/open-graph.ts';
import type { Logger } from './log.ts';
import { openServices, type Services } from './redis/services.ts';

export interface Running {
  url: string;
  http: Server;
  db: OpenGraph;
  /** Finishes in-flight requests (up to SHUTDOWN_GRACE_MS), closes the driver, stops the database we started. Idempotent. */
  shutdown(): Promise<void>;
}

export class ListenError extends Error {
  override name = 'ListenError';
}

/**
 * Serves the API on the configured Neo4j: choose/start it, migrate, load the seed
 * when the database has none, then listen. `prepare` runs before listening. Any
 * failure on the way (a taken port included) stops the database again before it
 * is thrown, so nothing is left running.
 */
export async function serve(config: Config, log: Logger, prepare?: (db: OpenGraph) => Promise<void>): Promise<Running> {
  const db = await openGraph(config, log, { persistent: true });
  let http: Server;
  let handler: ReturnType<typeof nodeHandler>;
  let services: Services | undefined;
  try {
    await prepare?.(db);
    services = openServices({ graph: db.graph, config, log });
    if (services.redis) log.info('events, jobs and limits are shared through Redis (REDIS_URL)');
    const yoga = createServer({ graph: db.graph, config, log, neo4jProvider: db.target.provider, services, ...(db.target.runnerStatus ? { runnerStatus: db.target.runnerStatus } : {}) });
    handler = nodeHandler(yoga, log);
    http = createHttpServer(
      {
        // Slow clients: headers within 10 s, a whole request (a 10 MB ingest included) within 2 min.
        headersTimeout: 10_000,
        requestTimeout: 120_000,
        keepAliveTimeout: 5_000,
      },
      handler.listener,
    );
    http.maxConnections = 2_000;
    http.on('clientError', (error: NodeJS.ErrnoException, socket) => {
      // Malformed HTTP: a bare status, never a stack trace; the socket is not reused.
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
      if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      else socket.destroy();
    });
    await new Promise<void>((resolve, reject) => {
      http.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new ListenError(`Port ${config.port} on ${config.host} is already in use; stop the other server or set PORT`)
            : error.code === 'EACCES'
              ? new ListenError(`Not allowed to listen on ${config.host}:${config.port}; choose another PORT`)
              : error,
        ),
      );
      http.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await services?.close();
    await db.close();
    throw error;
  }
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  let stopping: Promise<void> | undefined;
  const shutdown = () =>
    (stopping ??= (async () => {
      const started = Date.now();
      log.info('shutting down: finishing in-flight requests');
      const drained = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      // Event streams never finish by themselves; in-flight requests get the grace period.
      handler.endStreams();
      const force = setTimeout(() => http.closeAllConnections(), config.shutdownGraceMs);
      await drained;
      clearTimeout(force);
      await services?.close();
      log.info('closing the Neo4j driver and stopping Neo4j');
      await db.close();
      log.info(`stopped in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    })());
  return { url, http, db, shutdown };
}
