import type { LocalRunner } from './local-runner.ts';

export interface RunnerStatus {
  state: 'running' | 'restarting' | 'failed' | 'stopped';
  /** Restarts since the service started. */
  restarts: number;
  /** Why the last JVM ended, when it ended unexpectedly. */
  lastExit?: string;
  /** ISO time the JVM was last seen going down. */
  downSince?: string;
}

export interface SupervisedRunner {
  readonly uri: string;
  readonly version: string;
  pid(): number;
  status(): RunnerStatus;
  /** Stops supervising and stops the JVM. Idempotent. */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  /** Starts a JVM on the same store and port (the driver keeps its URI). */
  restart: () => Promise<LocalRunner>;
  log: { warn(m: string): void; info(m: string): void; error(m: string): void };
  /** First delay between restart attempts; doubles up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Consecutive failed restarts after which we give up (liveness then fails). */
  maxAttempts?: number;
  /** Called after each state change with the new JVM pid (the runner marker file). */
  onRestart?: (runner: LocalRunner) => Promise<void> | void;
}

/**
 * Keeps the local Neo4j up: when its JVM dies without being asked to (OOM, kill -9), a new one
 * is started on the same store and port, with exponential backoff. Neo4j recovers committed
 * transactions from its log, so no acknowledged write is lost. After `maxAttempts` failures in
 * a row the state is `failed`, which /livez reports so an orchestrator can restart us.
 */
export function superviseRunner(first: LocalRunner, options: SuperviseOptions): SupervisedRunner {
  const base = options.baseDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 15_000;
  const maxAttempts = options.maxAttempts ?? 12;
  let current = first;
  let stopping = false;
  let stopped: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const status: RunnerStatus = { state: 'running', restarts: 0 };

  const watch = (runner: LocalRunner) => {
    void runner.exited.then(({ code, signal }) => {
      if (stopping || runner !== current) return;
      status.state = 'restarting';
      status.lastExit = signal ? `killed by ${signal}` : `exited with code ${code}`;
      status.downSince = new Date().toISOString();
      options.log.warn(`the local Neo4j ${status.lastExit}; restarting it`);
      schedule(1);
    });
  };

  const schedule = (attempt: number) => {
    if (stopping) return;
    if (attempt > maxAttempts) {
      status.state = 'failed';
      options.log.error(`the local Neo4j did not come back after ${maxAttempts} attempts; giving up`);
      return;
    }
    const delay = Math.min(maxDelay, base * 2 ** (attempt - 1));
    timer = setTimeout(async () => {
      try {
        const next = await options.restart();
        if (stopping) {
          await next.stop();
          return;
        }
        current = next;
        status.restarts += 1;
        status.state = 'running';
        delete status.downSince;
        options.log.info(`the local Neo4j is back (restart ${status.restarts}, pid ${next.pid})`);
        await options.onRestart?.(next);
        watch(next);
      } catch (error) {
        options.log.warn(`restarting the local Neo4j failed (attempt ${attempt}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        schedule(attempt + 1);
      }
    }, delay);
  };

  watch(first);
  return {
    uri: first.uri,
    version: first.version,
    pid: () => current.pid,
    status: () => ({ ...status }),
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        clearTimeout(timer);
        status.state = 'stopped';
        await current.stop();
      })()),
  };
}
