/**
 * Only the answer to the latest request is applied. A view that loads when its subject changes (the claim shown, the
 * document open) can have two requests in flight: the one for the claim it showed and the one for the claim it shows
 * now, or a reload after a decision beside a reload after a live event. Answers arrive in any order, so without this
 * the earlier one, arriving last, puts the previous claim's data under the current claim's heading. Pure, so it is
 * tested without a browser.
 */
export type Latest = <T>(request: Promise<T>, apply: (value: T) => void, fail?: (error: unknown) => void) => Promise<void>;

export function latestOnly(): Latest {
  let issued = 0;
  return async (request, apply, fail) => {
    const mine = ++issued;
    try {
      const value = await request;
      if (mine === issued) apply(value);
    } catch (e) {
      if (mine === issued) fail?.(e);
    }
  };
}
