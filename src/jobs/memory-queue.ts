import { randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import { isDeliberate } from '../errors.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { Graph } from '../graph/graph.ts';
import type { Logger } from '../log.ts';
import { isInputFault } from './job-kind.ts';
import { jobKind } from './job-kinds.ts';
import { PROGRESS_INTERVAL_MS, throttled, type JobInfo, type JobQueue } from './job-queue.ts';

/** Finished jobs kept for `job(id)`; the oldest are forgotten first. */
const KEEP_FINISHED = 1_000;

/**
 * Jobs in the API's own process, for one process without Redis: same API as the BullMQ queue,
 * WORKER_CONCURRENCY at a time, retried up to JOB_ATTEMPTS times unless the failure is the
 * input's fault. Jobs do not survive a restart (with Redis they do).
 */
export function memoryJobQueue(deps: { graph: Graph; config: Config; log: Logger; bus: EventBus }): JobQueue {
  const { graph, config, log, bus } = deps;
  const jobs = new Map<string, JobInfo>();
  const waiting: (() => void)[] = [];
  let running = 0;
  let closed = false;

  const update = (job: JobInfo, change: Partial<JobInfo>) => {
    Object.assign(job, change);
    void bus.publish('job', { ...job });
  };
  const forgetOld = () => {
    const finished = [...jobs.values()].filter((j) => j.finishedAt);
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(j.id);
  };

  async function run(job: JobInfo, input: unknown) {
    if (running >= config.scale.workerConcurrency) await new Promise<void>((r) => waiting.push(r));
    running++;
    try {
      const kind = jobKind(job.kind);
      for (;;) {
        if (closed) return;
        update(job, { state: 'RUNNING', attempts: job.attempts + 1, message: 'started', error: null });
        try {
          const progress = throttled(PROGRESS_INTERVAL_MS, (fraction, message) => update(job, { progress: fraction, message }));
          const result = await kind.run(kind.input.parse(input), { jobId: job.id, graph, config, log, progress });
          update(job, { state: 'SUCCEEDED', progress: 1, result, finishedAt: new Date().toISOString() });
          return;
        } catch (error) {
          const retry = !isInputFault(error) && job.attempts < config.scale.jobAttempts;
          log.warn(`job ${job.id} (${job.kind}) failed on attempt ${job.attempts}${retry ? '; retrying' : ''}`, error);
          if (!retry) {
            update(job, { state: 'FAILED', error: isDeliberate(error) ? (error as Error).message : 'the job failed; see the server log', finishedAt: new Date().toISOString() });
            return;
          }
          update(job, { state: 'QUEUED', message: 'retrying' });
          await new Promise((r) => setTimeout(r, 1_000 * 2 ** (job.attempts - 1)));
        }
      }
    } finally {
      running--;
      waiting.shift()?.();
      forgetOld();
    }
  }

  return {
    transport: 'memory',
    async submit(kind, input, submittedBy) {
      const job: JobInfo = { id: randomUUID(), kind, state: 'QUEUED', progress: 0, message: null, attempts: 0, result: null, error: null, submittedBy, submittedAt: new Date().toISOString(), finishedAt: null };
      jobs.set(job.id, job);
      void bus.publish('job', { ...job });
      setImmediate(() => void run(job, input));
      return { ...job };
    },
    async get(id) {
      const job = jobs.get(id);
      return job ? { ...job } : null;
    },
    async close() {
      closed = true;
    },
  };
}
