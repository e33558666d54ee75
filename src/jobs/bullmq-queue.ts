import { randomUUID } from 'node:crypto';
import { Job, Queue, type ConnectionOptions } from 'bullmq';
import type { Config } from '../config.ts';
import { unavailable } from '../errors.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { Logger } from '../log.ts';
import type { RedisLink } from '../redis/redis-link.ts';
import type { JobInfo, JobQueue, JobState } from './job-queue.ts';

/** The one queue every API replica submits to and every `claimgraph worker` takes from. */
export const QUEUE_NAME = 'claimgraph-jobs';
export const QUEUE_PREFIX = 'claimgraph';

/** What a job carries in Redis. */
export interface JobData {
  input: unknown;
  submittedBy: string | null;
}

const DOWN = 'Background jobs are unavailable: Redis cannot be reached; try again shortly';

/** A Redis command that does not answer within this long is an outage, not a wait. */
const COMMAND_TIMEOUT_MS = 3_000;

export function bullmqJobQueue(deps: { config: Config; log: Logger; link: RedisLink; bus: EventBus }): JobQueue {
  const { config, link, bus, log } = deps;
  const queue = new Queue<JobData, object, string>(QUEUE_NAME, {
    connection: link.connectionOptions() as ConnectionOptions,
    prefix: QUEUE_PREFIX,
    defaultJobOptions: {
      attempts: config.scale.jobAttempts,
      backoff: { type: 'exponential', delay: 1_000 },
      // Kept for job(id): a day after success, a week after failure.
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  });
  queue.on('error', (error) => log.debug(`job queue: ${error.message}`));
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    if (!link.isUp()) throw unavailable(DOWN);
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([work(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(unavailable(DOWN)), COMMAND_TIMEOUT_MS)))]);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    transport: 'redis',
    async submit(kind, input, submittedBy) {
      const job = (await guarded(() => queue.add(kind, { input, submittedBy }, { jobId: randomUUID() }))) as Job<JobData>;
      const info = toInfo(job, 'QUEUED');
      void bus.publish('job', info);
      return info;
    },
    async get(id) {
      return guarded(() => readJobInfo(id, { state: (jobId) => queue.getJobState(jobId), job: (jobId) => Job.fromId<JobData>(queue, jobId) }));
    },
    close: () => queue.close(),
  };
}

/**
 * A job as clients see it, from two reads of Redis: its state first, then its data. A job that completes between the
 * two reads is then shown RUNNING (its state, read first) rather than SUCCEEDED without its result — which the other
 * order gave: the data read before completion, the state after it (a scale-out test saw `result: null` under load).
 */
export async function readJobInfo(id: string, read: { state: (id: string) => Promise<string>; job: (id: string) => Promise<Job<JobData> | undefined> }): Promise<JobInfo | null> {
  const state = await read.state(id);
  const job = await read.job(id);
  return job ? toInfo(job, stateOf(state, job)) : null;
}

function stateOf(state: string, job: Job): JobState {
  if (state === 'completed') return 'SUCCEEDED';
  if (state === 'failed') return 'FAILED';
  if (state === 'active') return 'RUNNING';
  return job.attemptsStarted > 0 && state === 'unknown' ? 'FAILED' : 'QUEUED';
}

/** A BullMQ job as clients see it; progress is stored as { fraction, message }. */
export function toInfo(job: Job<JobData>, state: JobState): JobInfo {
  const progress = (typeof job.progress === 'object' ? job.progress : {}) as { fraction?: number; message?: string };
  return {
    id: job.id as string,
    kind: job.name,
    state,
    progress: state === 'SUCCEEDED' ? 1 : (progress.fraction ?? 0),
    message: progress.message ?? null,
    attempts: job.attemptsStarted,
    result: state === 'SUCCEEDED' ? ((job.returnvalue as object | null) ?? null) : null,
    // A failure's message is ours (deliberate) or a generic one: never a stack or internals.
    error: state === 'FAILED' ? (job.failedReason || 'the job failed') : null,
    submittedBy: job.data.submittedBy,
    submittedAt: new Date(job.timestamp).toISOString(),
    finishedAt: job.finishedOn && (state === 'SUCCEEDED' || state === 'FAILED') ? new Date(job.finishedOn).toISOString() : null,
  };
}
