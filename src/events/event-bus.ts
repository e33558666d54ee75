import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, Repeater } from 'graphql-yoga';
import { unavailable } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { RedisLink, RedisStatus } from '../redis/redis-link.ts';

/** Every event carries its topic's sequence: 1, 2, 3… across all replicas (with Redis). */
export type Sequenced<T> = T & { sequence: number };

export type Topic = 'review' | 'job';

/**
 * How live events travel. In memory for one process; through Redis pub/sub when several
 * processes (API replicas, workers) must see each other's events. Redis keeps no messages,
 * so a subscriber that was away has missed some: the sequence tells it (a gap, or a number
 * lower than the last it saw after a restart), and it refetches what it shows.
 */
export interface EventBus {
  readonly transport: 'memory' | 'redis';
  /** Numbers and publishes an event; resolves with its sequence, or null when it could not be sent (logged). */
  publish<T extends object>(topic: Topic, payload: T): Promise<number | null>;
  /**
   * The topic's events from now on. Throws UNAVAILABLE while the transport is down, and ends an
   * open stream with UNAVAILABLE when it goes down, so clients reconnect and catch up.
   */
  subscribe<T extends object>(topic: Topic): AsyncIterable<Sequenced<T>>;
  status(): RedisStatus & { transport: 'memory' | 'redis' };
}

const DOWN = 'Live events are unavailable: Redis cannot be reached; try again shortly';

export function memoryEventBus(): EventBus {
  const pubSub = createPubSub<Record<Topic, [object]>>();
  const counters: Record<Topic, number> = { review: 0, job: 0 };
  return {
    transport: 'memory',
    async publish(topic, payload) {
      const sequence = ++counters[topic];
      pubSub.publish(topic, { ...payload, sequence });
      return sequence;
    },
    subscribe: <T extends object>(topic: Topic) => pubSub.subscribe(topic) as AsyncIterable<Sequenced<T>>,
    status: () => ({ transport: 'memory', connected: true }),
  };
}

export function redisEventBus(link: RedisLink, log: Logger, keyPrefix = 'claimgraph'): EventBus {
  const eventTarget = createRedisEventTarget<CustomEvent>({
    // The target publishes without awaiting: a failed PUBLISH must be logged, not crash the process.
    publishClient: {
      publish: (channel: string, message: string) => link.command.publish(channel, message).catch((error: Error) => log.warn(`redis: event on ${channel} not sent: ${error.message}`)),
    } as unknown as typeof link.command,
    subscribeClient: link.subscriber,
  });
  const pubSub = createPubSub<Record<Topic, [object]>>({ eventTarget: eventTarget as never });
  const channel = (topic: Topic) => `${keyPrefix}:events:${topic}`;
  return {
    transport: 'redis',
    async publish(topic, payload) {
      if (!link.isUp()) {
        log.warn(`redis: ${topic} event not sent (Redis is down); subscribers will refetch when it returns`);
        return null;
      }
      try {
        const sequence = await link.command.incr(`${keyPrefix}:sequence:${topic}`);
        pubSub.publish(channel(topic) as Topic, { ...payload, sequence });
        return sequence;
      } catch (error) {
        log.warn(`redis: ${topic} event not sent: ${(error as Error).message}`);
        return null;
      }
    },
    subscribe<T extends object>(topic: Topic) {
      if (!link.isUp()) throw unavailable(DOWN);
      const source = pubSub.subscribe(channel(topic) as Topic) as AsyncIterable<Sequenced<T>>;
      return endOnOutage(source, link);
    },
    status: () => ({ transport: 'redis', ...link.status() }),
  };
}

/** Passes `source` through until Redis goes down, then ends with UNAVAILABLE (the client's cue to reconnect). */
function endOnOutage<T>(source: AsyncIterable<T>, link: RedisLink): AsyncIterable<T> {
  return new Repeater<T>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    const off = link.onDown(() => stop(unavailable(DOWN)));
    void stop.then(() => {
      off();
      void iterator.return?.();
    });
    for (;;) {
      const next = await Promise.race([iterator.next(), stop.then(() => ({ done: true, value: undefined }) as const)]);
      if (next.done) break;
      await push(next.value);
    }
    stop();
  });
}
