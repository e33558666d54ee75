import { AppError, isDeliberate, type ErrorCode } from '../errors.ts';

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
 * An error about the request itself, raised before any resolver ran (parsing the body, syntax,
 * validation, variable coercion, yoga's method and size checks): it has no path, and nothing
 * unexpected underneath (a coercion TypeError counts as the caller's: a scalar refusing a value).
 */
export function isRequestError(error: unknown): boolean {
  if (!(error instanceof Error) || !('extensions' in error)) return false;
  const e = error as Error & { path?: unknown; originalError?: unknown };
  if (e.path !== undefined) return false;
  const original = e.originalError;
  return original == null || original instanceof TypeError || isDeliberate(original) || (original instanceof Error && 'extensions' in original && 'locations' in original);
}

/** yoga's own request errors, by the HTTP status it gives them. */
const CODE_BY_STATUS: Record<number, ErrorCode> = { 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };
const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNAVAILABLE: 503,
};

/**
 * The client's view of a request error: one of our codes, an HTTP status to match (yoga answers
 * 500 for a pre-execution error without one), the message cut, source locations kept.
 */
export function requestError(error: Error): AppError {
  const e = error as Error & { locations?: readonly { line: number; column: number }[]; extensions?: Record<string, unknown>; originalError?: unknown };
  const deliberate = isDeliberate(e) ? e : isDeliberate(e.originalError) ? (e.originalError as AppError) : undefined;
  const given = (e.extensions?.['http'] as { status?: number; headers?: Record<string, string> } | undefined) ?? {};
  const code: ErrorCode = (deliberate?.extensions?.['code'] as ErrorCode | undefined) ?? (given.status ? CODE_BY_STATUS[given.status] : undefined) ?? 'BAD_USER_INPUT';
  const status = given.status && given.status !== 500 ? given.status : (STATUS_BY_CODE[code] ?? 400);
  const { http: _http, code: _code, originalError: _original, ...details } = (deliberate?.extensions ?? {}) as Record<string, unknown>;
  const out = new AppError(code, clientMessage(error.message), { ...details, http: { ...given, status } });
  if (e.locations) Object.defineProperty(out, 'locations', { value: e.locations, enumerable: true });
  return out;
}
