import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type RecordShape, type ServerInfo } from 'neo4j-driver';
import { AppError, conflict, unavailable } from '../errors.ts';
import type { Logger } from '../log.ts';
import { statementText } from './statement-text.ts';

/** A transaction handed to store code: runs named, parameterised Cypher and returns plain rows. */
export interface Tx {
  /** `name` labels the query in logs and in Neo4j's query listings (`SHOW TRANSACTIONS`). */
  rows<T extends RecordShape = Record<string, unknown>>(name: string, cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  /** The raw driver transaction, for streaming large results (export). */
  readonly raw: ManagedTransaction;
}

export interface QueryRecord {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
  mode: 'READ' | 'WRITE';
  startedAt: number;
  endedAt: number;
  /** Neo4j's own time (the result summary's resultAvailableAfter + resultConsumedAfter), in ms. */
  serverMs: number;
}

/** One managed transaction, session opened to session closed (BEGIN, the queries, COMMIT). */
export interface TransactionRecord {
  name: string;
  mode: 'READ' | 'WRITE';
  startedAt: number;
  endedAt: number;
}

export interface GraphOptions {
  database?: string | undefined;
  queryTimeoutMs: number;
  log: Logger;
  /** Observes every query (the benchmark replays an API request's queries with the bare driver). */
  onQuery?: (record: QueryRecord) => void;
  /** Observes every managed transaction (the benchmark's breakdown of a request's time). */
  onTransaction?: (record: TransactionRecord) => void;
}

/**
 * The one gateway to Neo4j. Every read and write goes through `read`/`write`:
 * one managed transaction per command (so a failure leaves nothing half-written),
 * a timeout on every transaction, metadata naming the command, and Neo4j's error
 * codes mapped onto ours.
 */
/** What every Graph of one driver shares: the failure window and the bookmark manager. */
interface SharedState {
  /**
   * After Neo4j was found unreachable, new transactions fail at once until this time instead of
   * each waiting out the driver's connect and retry budget: with the database down every request
   * answers UNAVAILABLE promptly, and one request per window probes whether it is back.
   */
  unreachableUntil: number;
  /** Every session of the process chains its bookmarks here: a read sees every earlier write. */
  bookmarks: BookmarkManager;
}

export class Graph {
  readonly driver: Driver;
  private readonly options: GraphOptions;
  private readonly shared: SharedState;
  /** Bookmarks a client brought from an earlier reply, maybe another replica's (see `forRequest`). */
  private readonly carried: readonly string[];
  private wrote = false;

  constructor(driver: Driver, options: GraphOptions, shared?: SharedState, carried: readonly string[] = []) {
    this.driver = driver;
    this.options = options;
    this.shared = shared ?? { unreachableUntil: 0, bookmarks: neo4j.bookmarkManager() };
    this.carried = carried;
  }

  /**
   * The same graph for one request that carries `bookmarks` (the `claimgraph-bookmark` header of an
   * earlier reply, from any replica): its sessions start after those writes, so a client reads its
   * own writes wherever the load balancer sends it. Within one process every session already
   * shares the bookmark manager, so the process's own writes are always visible to its later reads.
   */
  forRequest(bookmarks: readonly string[]): Graph {
    return new Graph(this.driver, this.options, this.shared, bookmarks);
  }

  /** After a request: the bookmarks to hand back to the client when the request wrote, else null. */
  async replyBookmarks(): Promise<string[] | null> {
    return this.wrote ? [...(await this.shared.bookmarks.getBookmarks())] : null;
  }

  private sessionConfig(mode: 'READ' | 'WRITE') {
    return {
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.shared.bookmarks,
      ...(this.carried.length ? { bookmarks: [...this.carried] } : {}),
    };
  }

  read<T>(name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', name, work);
  }

  write<T>(name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', name, work);
  }

  /**
   * A single read query, as an auto-commit transaction: one round trip (RUN and PULL pipelined)
   * where a managed read transaction takes three (BEGIN, then RUN and PULL, then COMMIT), which
   * was most of the driver's share of a small request. It reads in the same session setup
   * (bookmarks, timeout, metadata), and retries what the driver would retry, within the same
   * budget, since a read has nothing to undo.
   */
  async rows<T extends RecordShape = Record<string, unknown>>(name: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.failFastWhileUnreachable();
    const session = this.driver.session(this.sessionConfig('READ'));
    const config = { timeout: this.options.queryTimeoutMs, metadata: { app: 'claimgraph', command: name } };
    const text = statementText(name, cypher);
    const started = performance.now();
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          const startedAt = performance.now();
          const result = await session.run<T>(text, params, config);
          if (this.options.onQuery) {
            const { resultAvailableAfter, resultConsumedAfter } = result.summary;
            this.options.onQuery({ name, cypher: text, params, mode: 'READ', startedAt, endedAt: performance.now(), serverMs: Number(resultAvailableAfter) + Number(resultConsumedAfter) });
          }
          return result.records.map((r) => r.toObject());
        } catch (error) {
          const delay = RETRY_FIRST_DELAY_MS * 2 ** attempt;
          if (!neo4j.isRetryableError(error) || performance.now() - started + delay > READ_RETRY_BUDGET_MS) throw error;
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      }
    } catch (error) {
      throw this.noteUnreachable(error, name);
    } finally {
      this.options.log.debug(`neo4j read ${name} ${(performance.now() - started).toFixed(1)}ms`);
      await session.close();
      this.options.onTransaction?.({ name, mode: 'READ', startedAt: started, endedAt: performance.now() });
    }
  }

  /**
   * Streams a large read row by row (exports): the driver fetches in batches and `onRow`
   * is awaited, so output backpressure reaches Neo4j and nothing is held whole in memory.
   * One explicit transaction, never retried, so a retry cannot duplicate output.
   */
  async stream<T extends RecordShape>(name: string, cypher: string, params: Record<string, unknown>, onRow: (row: T) => unknown, timeoutMs = 3_600_000): Promise<number> {
    this.failFastWhileUnreachable();
    const session = this.driver.session({ ...this.sessionConfig('READ'), fetchSize: 2000 });
    const tx = session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'claimgraph', command: name } });
    let rows = 0;
    try {
      for await (const record of tx.run<T>(statementText(name, cypher), params)) {
        await onRow(record.toObject());
        rows++;
      }
      await tx.commit();
      return rows;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
      throw this.noteUnreachable(error, name);
    } finally {
      await session.close();
    }
  }

  private failFastWhileUnreachable(): void {
    if (Date.now() < this.shared.unreachableUntil) throw unavailable('The graph database is unavailable; try again shortly');
  }

  private noteUnreachable(error: unknown, name: string): unknown {
    if (isConnectivityError(error)) this.shared.unreachableUntil = Date.now() + 1_000;
    return mapNeo4jError(error, name);
  }

  async serverInfo(): Promise<ServerInfo> {
    return this.driver.getServerInfo({ database: this.options.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    this.failFastWhileUnreachable();
    const session = this.driver.session(this.sessionConfig(mode));
    if (mode === 'WRITE') this.wrote = true;
    const config = { timeout: this.options.queryTimeoutMs, metadata: { app: 'claimgraph', command: name } };
    const started = performance.now();
    try {
      const run = (raw: ManagedTransaction) => work(wrap(raw, mode, this.options.onQuery));
      return mode === 'READ' ? await session.executeRead(run, config) : await session.executeWrite(run, config);
    } catch (error) {
      throw this.noteUnreachable(error, name);
    } finally {
      this.options.log.debug(`neo4j ${mode.toLowerCase()} ${name} ${(performance.now() - started).toFixed(1)}ms`);
      await session.close();
      this.options.onTransaction?.({ name, mode, startedAt: started, endedAt: performance.now() });
    }
  }
}

function wrap(raw: ManagedTransaction, mode: 'READ' | 'WRITE', onQuery: GraphOptions['onQuery']): Tx {
  return {
    raw,
    async rows<T extends RecordShape>(name: string, cypher: string, params: Record<string, unknown> = {}) {
      const text = statementText(name, cypher);
      const startedAt = performance.now();
      const result = await raw.run<T>(text, params);
      if (onQuery) {
        const { resultAvailableAfter, resultConsumedAfter } = result.summary;
        onQuery({ name, cypher: text, params, mode, startedAt, endedAt: performance.now(), serverMs: Number(resultAvailableAfter) + Number(resultConsumedAfter) });
      }
      return result.records.map((r) => r.toObject());
    },
  };
}

/** Retries of a single read: the driver's own budget for managed transactions (open-graph.ts). */
const READ_RETRY_BUDGET_MS = 1_000;
const RETRY_FIRST_DELAY_MS = 50;

const isConnectivityError = (error: unknown) => ['ServiceUnavailable', 'SessionExpired'].includes((error as { code?: string }).code ?? '');

/** Maps driver failures onto the product's error codes; anything unknown stays unmasked for logging. */
export function mapNeo4jError(error: unknown, name: string): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return conflict(`The write conflicts with existing data (${name})`);
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return unavailable(`The query took too long and was cancelled (${name})`);
  }
  if (isConnectivityError(error) || /connection acquisition timed out/i.test((error as Error).message ?? '')) {
    return unavailable('The graph database is unavailable; try again shortly');
  }
  // A transient failure (a deadlock, a lock wait, a transaction terminated under it) that outlasted the driver's own
  // retries: the request may succeed if sent again, which is what UNAVAILABLE tells a client — not an internal error.
  if (code.startsWith('Neo.TransientError.')) {
    return unavailable(`The graph database is busy; try again shortly (${name})`);
  }
  return error;
}
