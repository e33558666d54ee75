import { createPubSub, filter, pipe } from 'graphql-yoga';
import type { ReviewRow } from './review-store.ts';

/**
 * Review events for live review pages, in this process. Several API replicas would
 * need a shared event target (@graphql-yoga/redis-event-target) so every editor sees
 * every verdict; one process needs nothing more.
 */
export function createReviewEvents() {
  const pubSub = createPubSub<{ review: [ReviewRow] }>();
  return {
    publish: (review: ReviewRow) => pubSub.publish('review', review),
    subscribe: (itemId?: string | null) =>
      pipe(
        pubSub.subscribe('review'),
        filter((review: ReviewRow) => !itemId || review.itemId === itemId),
      ),
  };
}

export type ReviewEvents = ReturnType<typeof createReviewEvents>;
