import type { Config } from '../config.ts';
import { memoryEventBus, redisEventBus, type EventBus } from '../events/event-bus.ts';
import type { Graph } from '../graph/graph.ts';
import { bullmqJobQueue } from '../jobs/bullmq-queue.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { memoryJobQueue } from '../jobs/memory-queue.ts';
import { memoryIdempotency, redisIdempotency, type IdempotencyStore } from '../limits/idempotency.ts';
import { createRateLimit, type RateLimit } from '../limits/rate-limit.ts';
import type { Logger } from '../log.ts';
import { connectRedis, type RedisLink } from './redis-link.ts';

/**
 * What an API process shares with the others: live events, the job queue, rate limits and
 * idempotency keys. Without REDIS_URL all of it lives in this process (one process needs no
 * Redis); with it, in Redis, so any number of replicas and workers behave as one service.
 */
export interface Services {
  bus: EventBus;
  jobs: JobQueue;
  rateLimit: RateLimit;
  idempotency: IdempotencyStore;
  /** Set when REDIS_URL is. */
  redis: RedisLink | undefined;
  close(): Promise<void>;
}

export function openServices(deps: { graph: Graph; config: Config; log: Logger }): Services {
  const { config, log } = deps;
  const url = config.scale.redisUrl;
  if (!url) {
    const bus = memoryEventBus();
    const jobs = memoryJobQueue({ ...deps, bus });
    return {
      bus,
      jobs,
      rateLimit: createRateLimit(config.scale.rateLimitPerMinute),
      idempotency: memoryIdempotency(config.scale.idempotencyTtlSeconds),
      redis: undefined,
      close: () => jobs.close(),
    };
  }
  const redis = connectRedis(url, log, 'claimgraph-api');
  const bus = redisEventBus(redis, log);
  const jobs = bullmqJobQueue({ config, log, link: redis, bus });
  return {
    bus,
    jobs,
    rateLimit: createRateLimit(config.scale.rateLimitPerMinute, redis),
    idempotency: redisIdempotency(redis, config.scale.idempotencyTtlSeconds),
    redis,
    async close() {
      await jobs.close().catch(() => {});
      await redis.close();
    },
  };
}
