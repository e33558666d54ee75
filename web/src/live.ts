import { createClient } from 'graphql-sse';
import { authHeaders } from './api.ts';
import { REVIEW_EVENTS } from './queries.ts';
import { missedEvents } from './sequence.ts';
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

const resyncs = new Set<() => void>();

/**
 * Subscribes a view to "events were missed": after the stream reconnected, or a gap in the events'
 * sequence, the view refetches what it shows. Returns the unsubscribe function.
 */
export function onResync(fn: () => void): () => void {
  resyncs.add(fn);
  return () => resyncs.delete(fn);
}

const resync = () => {
  for (const fn of resyncs) fn();
};

let started = false;
let lastSequence = 0;
let connectedBefore = false;

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
    on: {
      connected: () => {
        onStatus(true);
        // Events recorded while the stream was down were not kept for us: refetch instead.
        if (connectedBefore) resync();
        connectedBefore = true;
      },
    },
  });
  const loop = () =>
    client.subscribe<{ reviewEvents: { review: LiveReview; sequence: number } }>(
      { query: REVIEW_EVENTS },
      {
        next: (msg) => {
          const event = msg.data?.reviewEvents;
          if (!event) return;
          if (missedEvents(lastSequence, event.sequence)) resync();
          lastSequence = event.sequence;
          for (const fn of listeners) fn(event.review);
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
