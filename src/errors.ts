import { GraphQLError } from 'graphql';
import type { ZodError } from 'zod';

/**
 * The closed list of error codes clients see in `extensions.code`.
 * Declared once; every deliberate error in the product is built from it.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAVAILABLE',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending input field, e.g. `input.evidence.0.url`. */
  path: string;
  message: string;
}

/**
 * A deliberate, client-safe error. Yoga lets GraphQLErrors through its masking,
 * so everything else (driver failures, bugs) is masked and logged in full.
 */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.code = code;
  }
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

/** An error we raised on purpose (any copy of the graphql module): it carries one of our codes. */
export function isDeliberate(error: unknown): boolean {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' && KNOWN_CODES.has(code);
}

export const badInput = (message: string, fields?: FieldIssue[], details: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, { ...(fields ? { fields } : {}), ...details });
export const notFound = (message: string, details: Record<string, unknown> = {}) =>
  new AppError('NOT_FOUND', message, details);
export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, details);
export const unauthenticated = (message = 'A valid bearer token is required') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const unavailable = (message: string) => new AppError('UNAVAILABLE', message);
/** HTTP 429 with Retry-After, so clients and proxies back off without reading the body. */
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', `Too many changes from this token; try again in ${retryAfterSeconds}s`, {
    retryAfterSeconds,
    http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
  });

export function zodIssues(error: ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** Turns a zod failure into one BAD_USER_INPUT error that lists every field. */
export function fromZod(error: ZodError, prefix = ''): AppError {
  const fields = zodIssues(error, prefix);
  const summary = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
  return badInput(`Invalid input: ${summary}`, fields);
}
