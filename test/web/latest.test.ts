import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../web/src/latest.ts';

/** A request the test settles when it chooses, so answers can arrive out of order. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

describe('latestOnly (a view applies only the answer to its latest request)', () => {
  it('drops an earlier answer that arrives after a later one', async () => {
    const latest = latestOnly();
    const shown: string[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    const a = latest(first.promise, (v) => shown.push(v));
    const b = latest(second.promise, (v) => shown.push(v));
    second.resolve('claim B');
    await b;
    first.resolve('claim A');
    await a;
    expect(shown).toEqual(['claim B']);
  });

  it('applies answers that arrive in order, and reports only the latest request failing', async () => {
    const latest = latestOnly();
    const shown: string[] = [];
    const failed: unknown[] = [];
    await latest(Promise.resolve('one'), (v) => shown.push(v), (e) => failed.push(e));
    await latest(Promise.resolve('two'), (v) => shown.push(v), (e) => failed.push(e));
    const stale = deferred<string>();
    const a = latest(stale.promise, (v) => shown.push(v), (e) => failed.push(e));
    const b = latest(Promise.reject(new Error('cancelled')), (v) => shown.push(v), (e) => failed.push((e as Error).message));
    await b;
    stale.reject(new Error('stale failure'));
    await a;
    expect([shown, failed]).toEqual([['one', 'two'], ['cancelled']]);
  });
});
