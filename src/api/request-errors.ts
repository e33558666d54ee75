import { AppError } from '../errors.ts';

const MAX_MESSAGE = 300;
const MAX_QUOTED = 60;

/**
 * A message safe to send back: graphql-js quotes the offending value ("Variable "$n" got invalid
 * value "…""), which for a megabyte string would echo the megabyte. Long quoted runs are cut,
 * and the whole message is capped.
 */
export function clientMessage(message: string): string {
  const cut = message.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inner: string) => (inner.length > MAX_QUOTED ? '"…"' : whole));
  return cut.length > MAX_MESSAGE ? `${cut.slice(0, MAX_MESSAGE - 1)}…` : cut;
}

/**
 * An error GraphQL raised about the request itself, before any resolver ran: it has source
 * locations or no path, and nothing unexpected underneath (a coercion TypeError counts as the
 * caller's: a custom scalar rejecting a value).
 */
export function isRequestError(error: unknown): boolean {
  if (!(error instanceof Error) || !('extensions' in error)) return false;
  const e = error as Error & { path?: unknown; originalError?: unknown };
  if (e.path !== undefined) return false;
  const original = e.originalError;
  return original == null || original instanceof TypeError || (original instanceof Error && 'extensions' in original && 'locations' in original);
}

export function requestError(error: Error): AppError {
  const located = error as Error & { locations?: readonly { line: number; column: number }[] };
  const e = new AppError('BAD_USER_INPUT', clientMessage(error.message));
  if (located.locations) Object.assign(e, { locations: located.locations });
  return e;
}
