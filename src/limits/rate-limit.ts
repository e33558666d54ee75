import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../errors.ts';
import type { RedisLink } from '../redis/redis-link.ts';

/**
 * Mutations per caller per minute, counted across every replica when Redis is configured. While
 * Redis is down each process counts alone (an insurance limiter in memory): editors keep working,
 * and the limit still holds per replica.
 */
export interface RateLimit {
  /** Takes one point for `caller`; throws RATE_LIMITED (HTTP 429, Retry-After) when none is left. */
  consume(caller: string): Promise<void>;
}

export function createRateLimit(perMinute: number, link?: RedisLink): RateLimit {
  if (perMinute === 0) return { consume: async () => {} };
  const memory = new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix: 'claimgraph-rate' });
  const limiter = link
    ? new RateLimiterRedis({ storeClient: link.command, points: perMinute, duration: 60, keyPrefix: 'claimgraph:rate', insuranceLimiter: memory })
    : memory;
  return {
    async consume(caller) {
      try {
        await limiter.consume(caller);
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) throw rateLimited(Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)));
        throw outcome;
      }
    },
  };
}
