import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Config } from '../config.ts';
import { isDeliberate } from '../errors.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { Graph } from '../graph/graph.ts';
import type { Logger } from '../log.ts';
import type { RedisLink } from '../redis/redis-link.ts';
import { QUEUE_NAME, QUEUE_PREFIX, toInfo, type JobData } from './bullmq-queue.ts';
import { isInputFault } from './job-kind.ts';
import { jobKind } from './job-kinds.ts';
import { PROGRESS_INTERVAL_MS, throttled } from './job-queue.ts';

/**
 * A `claimgraph worker`: takes jobs from the queue, WORKER_CONCURRENCY at a time, and reports
 * their progress (stored on the job for `job(id)`, and published as job events). A worker that
 * dies mid-job stops renewing its lock; after JOB_LOCK_MS another worker's stalled-job check
 * puts the job back on the queue and it runs again from the start (job code is written to be
 * safe to re-run). A failure that is the input's fault is not retried.
 */
export function startWorker(deps: { graph: Graph; config: Config; log: Logger; link: RedisLink; bus: EventBus }): Worker<JobData> {
  const { graph, config, log, link, bus } = deps;
  const publish = (job: Job<JobData>, state: Parameters<typeof toInfo>[1]) => void bus.publish('job', toInfo(job, state));
  const worker = new Worker<JobData>(
    QUEUE_NAME,
    async (job) => {
      const kind = jobKind(job.name);
      log.info(`job ${job.id} (${job.name}) started, attempt ${job.attemptsStarted}`);
      publish(job, 'RUNNING');
      const progress = throttled(PROGRESS_INTERVAL_MS, (fraction, message) => {
        void job.updateProgress({ fraction, message }).catch((error: Error) => log.debug(`job ${job.id}: progress not saved: ${error.message}`));
        publish(Object.assign(job, { progress: { fraction, message } }), 'RUNNING');
      });
      try {
        return await kind.run(kind.input.parse(job.data.input), { jobId: job.id as string, graph, config, log, progress });
      } catch (error) {
        if (isInputFault(error)) throw new UnrecoverableError((error as Error).message);
        log.error(`job ${job.id} (${job.name}) failed on attempt ${job.attemptsStarted}`, error);
        // Our own messages (UNAVAILABLE…) are safe to show; anything else stays in the log.
        throw new Error(isDeliberate(error) ? (error as Error).message : 'the job failed; see the worker log');
      }
    },
    {
      connection: link.connectionOptions() as ConnectionOptions,
      prefix: QUEUE_PREFIX,
      concurrency: config.scale.workerConcurrency,
      lockDuration: config.scale.jobLockMs,
      stalledInterval: config.scale.jobLockMs,
      // A job whose worker died is retried as often as a job that failed.
      maxStalledCount: config.scale.jobAttempts,
    },
  );
  worker.on('completed', (job) => {
    log.info(`job ${job.id} (${job.name}) done`);
    publish(job, 'SUCCEEDED');
  });
  worker.on('failed', (job) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || job.finishedOn !== undefined;
    publish(job, final ? 'FAILED' : 'QUEUED');
  });
  worker.on('error', (error) => log.debug(`worker: ${error.message}`));
  return worker;
}
