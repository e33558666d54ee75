import type { Viewer } from '../auth/viewer.ts';
import type { Config } from '../config.ts';
import type { Graph } from '../graph/graph.ts';
import type { Logger } from '../log.ts';
import type { ReviewEvents } from '../reviews/review-events.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Loaders } from './loaders.ts';

/** What every resolver receives; built once per request by the server. */
export interface AppContext {
  graph: Graph;
  config: Config;
  log: Logger;
  neo4jProvider: string;
  /** Per-request batching loaders (see loaders.ts). */
  loaders: Loaders;
  /** The caller, from the bearer token; null when anonymous. */
  viewer: Viewer | null;
  /** Review events for the reviewEvents subscription (one stream per server). */
  reviewEvents: ReviewEvents;
  /** Live events (review and job topics), in memory or through Redis. */
  events: EventBus;
  /** Background jobs: in this process, or on the Redis queue that workers run. */
  jobs: JobQueue;
}
