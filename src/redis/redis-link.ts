import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../log.ts';

/** What /health says about Redis. */
export interface RedisStatus {
  connected: boolean;
  /** Why not, in words an operator can act on (no addresses). */
  error?: string;
}

/**
 * The process's connections to Redis, and whether they are up right now.
 *
 * Two connections: `command` for everything that answers (sequence counters, rate limits,
 * idempotency keys), and `subscriber`, which a SUBSCRIBE puts in a mode where it can do nothing
 * else. Commands fail at once while Redis is down (no offline queue), so a request that needs
 * Redis answers UNAVAILABLE promptly instead of waiting; both connections reconnect by
 * themselves, forever, every two seconds at most, and ioredis re-subscribes its channels.
 */
export interface RedisLink {
  readonly url: string;
  readonly command: Redis;
  readonly subscriber: Redis;
  /** Options for a further connection of the same server (BullMQ opens its own). */
  connectionOptions(): RedisOptions;
  isUp(): boolean;
  status(): RedisStatus;
  /** Called each time a connection that was up goes down; returns the unsubscribe function. */
  onDown(listener: () => void): () => void;
  close(): Promise<void>;
}

const retryStrategy = (times: number) => Math.min(100 * times, 2_000);

export function connectRedis(url: string, log: Logger, name = 'claimgraph'): RedisLink {
  const base: RedisOptions = { connectionName: name, retryStrategy, connectTimeout: 2_000, lazyConnect: false };
  const command = new Redis(url, { ...base, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // The subscriber keeps its offline queue: a SUBSCRIBE issued during an outage is sent on reconnect.
  const subscriber = new Redis(url, { ...base, maxRetriesPerRequest: null });
  const downListeners = new Set<() => void>();
  let lastError: string | undefined;
  let wasUp = false;
  let closing = false;

  const isUp = () => command.status === 'ready' && subscriber.status === 'ready';
  const changed = () => {
    const up = isUp();
    if (up && !wasUp) {
      lastError = undefined;
      log.info('redis: connected');
    }
    if (!up && wasUp && !closing) {
      log.warn(`redis: connection lost (${lastError ?? 'closed'}); events and jobs are unavailable until it returns`);
      for (const listener of downListeners) listener();
    }
    wasUp = up;
  };
  for (const client of [command, subscriber]) {
    // Without an error listener ioredis prints every failed reconnect; the state is in /health instead.
    client.on('error', (error: NodeJS.ErrnoException) => {
      lastError = error.code === 'ECONNREFUSED' ? 'Redis refuses connections' : error.code === 'ETIMEDOUT' ? 'Redis does not answer' : 'Redis connection error';
    });
    for (const event of ['ready', 'close', 'end', 'reconnecting']) client.on(event, changed);
  }

  return {
    url,
    command,
    subscriber,
    connectionOptions: () => ({ ...base, maxRetriesPerRequest: null, ...parseUrl(url) }),
    isUp,
    status: () => (isUp() ? { connected: true } : { connected: false, error: lastError ?? 'connecting to Redis' }),
    onDown(listener) {
      downListeners.add(listener);
      return () => downListeners.delete(listener);
    },
    async close() {
      closing = true;
      await Promise.all([command.quit().catch(() => command.disconnect()), subscriber.quit().catch(() => subscriber.disconnect())]);
    },
  };
}

/** BullMQ takes options, not a URL: host, port, credentials, database and TLS from the URL. */
function parseUrl(url: string): RedisOptions {
  const u = new URL(url);
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}
