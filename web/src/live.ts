import { createClient } from 'graphql-sse';
import { authHeaders } from './api.ts';
import { REVIEW_EVENTS } from './queries.ts';
import type { Status } from './status.ts';

export interface LiveReview {
  id: string;
  itemId: string;
  itemType: string;
  editor: string;
  toStatus: Status;
  version: number;
  at: string;
}

type Listener = (r: LiveReview) => void;
const listeners = new Set<Listener>();

/** Subscribes a view to every review recorded by anyone; returns the unsubscribe function. */
export function onReview(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

let started = false;

/**
 * One server-sent-events stream for the whole page (the API's `reviewEvents` subscription, in
 * graphql-sse's distinct-connections mode, which Yoga speaks). graphql-sse sends the bearer token as
 * a header, which EventSource cannot, and reconnects with back-off when the connection drops.
 */
export function startLive(onStatus: (connected: boolean) => void): void {
  if (started) return;
  started = true;
  const client = createClient({
    url: '/graphql',
    headers: () => authHeaders(),
    retryAttempts: Infinity,
    on: { connected: () => onStatus(true) },
  });
  const loop = () =>
    client.subscribe<{ reviewEvents: { review: LiveReview } }>(
      { query: REVIEW_EVENTS },
      {
        next: (msg) => {
          const review = msg.data?.reviewEvents.review;
          if (review) for (const fn of listeners) fn(review);
        },
        error: () => {
          onStatus(false);
          setTimeout(loop, 3000);
        },
        complete: () => onStatus(false),
      },
    );
  loop();
}
