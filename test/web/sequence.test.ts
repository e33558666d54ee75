import { describe, expect, it } from 'vitest';
import { missedEvents } from '../../web/src/sequence.ts';

describe('missedEvents (the page refetches when it returns true)', () => {
  it('takes the first event as it comes, and the next number as nothing missed', () => {
    expect(missedEvents(0, 17)).toBe(false);
    expect(missedEvents(17, 18)).toBe(false);
  });
  it('sees a gap, a repeat and a reset counter as missed events', () => {
    expect(missedEvents(17, 19)).toBe(true);
    expect(missedEvents(17, 17)).toBe(true);
    expect(missedEvents(17, 1)).toBe(true);
  });
});
