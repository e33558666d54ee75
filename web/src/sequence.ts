/**
 * Whether events were missed between the last one seen and `next`: live events are numbered 1, 2,
 * 3… across every API replica, Redis keeps none for a subscriber that was away, and the counter
 * starts again after a one-process server restarts. Pure, so it is tested without a browser.
 */
export function missedEvents(last: number, next: number): boolean {
  return last > 0 && next !== last + 1;
}
