import type { Logger } from '../log.ts';
import type { Running } from '../serve.ts';

/** Shutdown must finish within this, whatever hangs; then the process exits anyway. */
const HARD_DEADLINE_MS = 8_000;

/**
 * The one owner of a serving process's lifetime. It ends — gracefully, once — on SIGINT,
 * SIGTERM or SIGHUP; when npm, if npm started it, goes away (`npm start` killed on its own
 * leaves its child behind otherwise); and when the supervised local Neo4j cannot be
 * brought back. A second signal, or a shutdown that overruns its deadline, exits at once
 * (the runner's JVM still stops: it watches our stdin). Resolves with the exit code.
 */
export function holdProcess(running: Running, log: Logger, underNpm: boolean): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    // Only under npm: a server started on its own may be meant to outlive its shell.
    const parent = underNpm ? process.ppid : undefined;
    const watchdog = setInterval(() => {
      if (parent !== undefined && process.ppid !== parent) stop('npm, which started this server, exited', 0);
      else if (running.db.target.runnerStatus?.().state === 'failed') stop('Neo4j could not be restarted', 1);
    }, 1_000);
    watchdog.unref();

    const stop = (why: string, code: number) => {
      if (stopping) {
        log.warn(`${why} again: exiting now`);
        process.exit(code || 130);
      }
      stopping = true;
      clearInterval(watchdog);
      log.info(`${why}: shutting down`);
      const deadline = setTimeout(() => {
        log.error(`shutdown did not finish within ${HARD_DEADLINE_MS / 1000}s: exiting`);
        process.exit(1);
      }, HARD_DEADLINE_MS);
      deadline.unref();
      running.shutdown().then(
        () => {
          clearTimeout(deadline);
          resolve(code);
        },
        (error: unknown) => {
          log.error('shutdown failed', error);
          resolve(1);
        },
      );
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(`${signal} received`, 0));
    // A promise nobody awaited is a bug to log, not a reason to drop every other request.
    process.on('unhandledRejection', (error) => log.error('unhandled rejection (still serving)', error));
    // After an uncaught exception the process state is unknown: finish what is in flight and exit 1.
    process.on('uncaughtException', (error) => {
      log.error('uncaught exception', error);
      stop('an uncaught exception', 1);
    });
  });
}
