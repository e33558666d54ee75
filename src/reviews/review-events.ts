import { filter, pipe } from 'graphql-yoga';
import type { EventBus, Sequenced } from '../events/event-bus.ts';
import type { ReviewRow } from './review-store.ts';

/**
 * Review events for live review pages, over the process's event bus: in memory for one
 * process, through Redis across API replicas (docs/scaling-out.md). Publishing never fails a
 * review: the review is recorded; a page that missed its event sees a gap in the sequence and
 * refetches.
 */
export function createReviewEvents(bus: EventBus) {
  return {
    publish: (review: ReviewRow): void => void bus.publish('review', review),
    subscribe: (itemId?: string | null) =>
      pipe(
        bus.subscribe<ReviewRow>('review'),
        filter((review: Sequenced<ReviewRow>) => !itemId || review.itemId === itemId),
      ),
  };
}

export type ReviewEvents = ReturnType<typeof createReviewEvents>;
