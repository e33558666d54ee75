import { openGraph } from '../graph/open-graph.ts';
import { redisEventBus } from '../events/event-bus.ts';
import { startWorker } from '../jobs/worker.ts';
import { JOB_KINDS } from '../jobs/job-kinds.ts';
import { connectRedis } from '../redis/redis-link.ts';
import type { CommandContext } from './main.ts';

/** How long a stopping worker lets its running jobs finish before it exits (they are retried elsewhere). */
const STOP_GRACE_MS = 10_000;

export const workerCommand = {
  usage: `Usage: claimgraph worker

Runs background jobs (${Object.keys(JOB_KINDS).join(', ')}) from the Redis queue that the API replicas
submit to, WORKER_CONCURRENCY at a time, until Ctrl-C or SIGTERM. Needs REDIS_URL and NEO4J_URI (the
same Redis and Neo4j as the API). Start as many as you like; a job whose worker dies is retried by
another after JOB_LOCK_MS. Without Redis there is no worker: the API runs jobs itself.`,
  async run({ config, log }: CommandContext) {
    if (!config.scale.redisUrl || !config.neo4j.uri) {
      log.error('claimgraph worker needs REDIS_URL and NEO4J_URI (the same Redis and Neo4j as the API); without Redis the API runs jobs itself');
      return 2;
    }
    const db = await openGraph(config, log, { persistent: true });
    const link = connectRedis(config.scale.redisUrl, log, 'claimgraph-worker');
    const bus = redisEventBus(link, log);
    const worker = startWorker({ graph: db.graph, config, log, link, bus });
    await worker.waitUntilReady();
    log.info(`claimgraph worker ready: ${config.scale.workerConcurrency} at a time (pid ${process.pid})`);
    return new Promise<number>((resolve) => {
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) process.exit(130);
        stopping = true;
        log.info(`${signal} received: finishing running jobs (up to ${STOP_GRACE_MS / 1000}s)`);
        const deadline = setTimeout(() => void worker.close(true), STOP_GRACE_MS);
        await worker.close().catch(() => {});
        clearTimeout(deadline);
        await link.close().catch(() => {});
        await db.close();
        log.info('worker stopped');
        resolve(0);
      };
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));
      process.on('unhandledRejection', (error) => log.error('unhandled rejection (still working)', error));
    });
  },
};
