import { badInput, type AppError } from '../errors.ts';

/**
 * Paged listings, one way for every feature (claims, causal links, documents, relations, joint findings): the `first`
 * argument, opaque cursors, and a Relay connection's edges and `pageInfo`. Stores fetch a row past the page to say
 * whether there is a next one; what a cursor holds is each feature's (an id, a score, a date).
 */

/** `first`: 50 when not given, else a whole number from 1 to the configured maximum. */
export function parsePageSize(first: unknown, max: number): number {
  const n = first ?? 50;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) {
    throw badInput(`first must be an integer between 1 and ${max}`, [{ path: 'first', message: `between 1 and ${max}` }]);
  }
  return n;
}

/** A cursor as the client sees it: the feature's position, opaque (JSON in base64url). */
export const encodeCursor = (position: unknown): string => Buffer.from(JSON.stringify(position)).toString('base64url');

/** The error for an `after` this API did not hand out (or one altered). */
export const invalidCursor = (): AppError => badInput('after is not a cursor returned by this API', [{ path: 'after', message: 'invalid cursor' }]);

/**
 * The position an `after` cursor holds, as `read` takes it from the decoded JSON (undefined when it is not one of the
 * feature's); undefined when there is no `after`. Anything else is BAD_USER_INPUT, never an internal error.
 */
export function decodeCursor<T>(after: unknown, read: (decoded: any) => T | undefined): T | undefined {
  if (after == null) return undefined;
  try {
    const position = read(JSON.parse(Buffer.from(String(after), 'base64url').toString('utf8')));
    if (position !== undefined) return position;
  } catch {
    // falls through to the error below
  }
  throw invalidCursor();
}

/** A page as a connection's edges and `pageInfo`; `after` is the decoded cursor the page was asked after. */
export function connectionPage<N>(rows: readonly N[], hasNextPage: boolean, after: unknown, cursorOf: (node: N) => string) {
  const edges = rows.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage, hasPreviousPage: after !== undefined, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * A connection's `totalCount`, counted only when selected: the listing hands it over as a function
 * (a second query, run on demand), and this resolver calls it. graphql-js's default resolver would
 * call a function-valued property by itself; compiled execution (graphql-jit, server.ts) reads it
 * as a plain value, so every connection type with a count names this resolver.
 */
export const countedOnDemand = {
  totalCount: (page: { totalCount: number | (() => Promise<number>) }) => (typeof page.totalCount === 'function' ? page.totalCount() : page.totalCount),
};
