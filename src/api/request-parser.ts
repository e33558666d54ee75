import type { Plugin } from 'graphql-yoga';
import { AppError, badInput } from '../errors.ts';

/** Bounds on the GraphQL request envelope itself (the body is bounded by yoga's maxRequestBodySize). */
export interface EnvelopeLimits {
  /** Longest `query` document, in characters. */
  maxQueryLength: number;
  /** Most top-level variables. */
  maxVariables: number;
  /** Deepest nesting of objects and lists inside `variables` / `extensions`. */
  maxJsonDepth: number;
}

export const DEFAULT_ENVELOPE_LIMITS: EnvelopeLimits = { maxQueryLength: 100_000, maxVariables: 100, maxJsonDepth: 32 };

const JSON_TYPES = new Set(['application/json', 'application/graphql+json', 'application/graphql-response+json']);

/** The media type of a Content-Type header: lower-cased (RFC 9110: case-insensitive), parameters dropped. */
export function mediaType(header: string | null): string | null {
  const type = header?.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The one parser of GraphQL requests. Yoga's own parsers echo an invalid body back in
 * `originalError`, match media types case-sensitively and accept any text; this one reads
 * the body as strict UTF-8, never quotes input in an error, and checks the envelope's shape
 * and size before anything is parsed as GraphQL. Registered after yoga's, so it wins for
 * the requests it matches; yoga's body-size limit still wraps it.
 */
export function boundedRequestParser(limits: EnvelopeLimits = DEFAULT_ENVELOPE_LIMITS): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method === 'GET') {
        setRequestParser((req) => {
          const params = new URL(req.url, 'http://localhost').searchParams;
          const json = (name: string) => {
            const raw = params.get(name);
            return raw ? parseJson(raw, `the ${name} parameter`) : undefined;
          };
          return checkEnvelope(
            { query: params.get('query') ?? undefined, operationName: params.get('operationName') ?? undefined, variables: json('variables'), extensions: json('extensions') },
            limits,
          );
        });
        return;
      }
      if (request.method !== 'POST') return;
      const type = mediaType(request.headers.get('content-type'));
      if (type && JSON_TYPES.has(type)) {
        setRequestParser(async (req) => checkEnvelope(parseJson(await bodyText(req), 'the request body'), limits));
      } else if (type === 'application/graphql') {
        setRequestParser(async (req) => checkEnvelope({ query: await bodyText(req) }, limits));
      } else {
        // Multipart, form posts and unknown types: one clear answer instead of an empty 415.
        setRequestParser(() => {
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as application/json (or GET with a query string)', {
            http: { status: 415 },
          });
        });
      }
    },
  };
}

async function bodyText(request: Request): Promise<string> {
  let bytes: ArrayBuffer;
  try {
    bytes = await request.arrayBuffer();
  } catch (error) {
    // Yoga's size limit errors the stream with its own GraphQLError (413).
    if ((error as { extensions?: { http?: { status?: number } } }).extensions?.http?.status === 413) throw tooLarge();
    throw badInput('The request body could not be read');
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw badInput('The request body is not valid UTF-8');
  }
}

export const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large', { http: { status: 413 } });

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // The position helps; the text around it would echo the input.
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    throw badInput(`${what} is not valid JSON${at ? ` (at character ${at})` : ''}`);
  }
}

interface Envelope {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Depth of nested objects/lists, without recursion (a deep value must not overflow the stack). */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

function checkEnvelope(body: unknown, limits: EnvelopeLimits): Envelope {
  if (Array.isArray(body)) throw badInput('Batched requests are not supported: send one operation per request');
  if (!isObject(body)) throw badInput('The request must be a JSON object with a "query"');
  const { query, operationName, variables, extensions } = body;
  if (typeof query !== 'string' || query.trim() === '') throw badInput('The request has no GraphQL "query" string', [{ path: 'query', message: 'required' }]);
  if (query.length > limits.maxQueryLength) {
    throw badInput(`The query document is longer than ${limits.maxQueryLength} characters`, [{ path: 'query', message: 'too long' }]);
  }
  if (operationName != null && (typeof operationName !== 'string' || operationName.length > 256)) {
    throw badInput('"operationName" must be a short string', [{ path: 'operationName', message: 'invalid' }]);
  }
  if (variables != null && !isObject(variables)) throw badInput('"variables" must be a JSON object', [{ path: 'variables', message: 'not an object' }]);
  if (extensions != null && !isObject(extensions)) throw badInput('"extensions" must be a JSON object', [{ path: 'extensions', message: 'not an object' }]);
  if (variables && Object.keys(variables).length > limits.maxVariables) {
    throw badInput(`At most ${limits.maxVariables} variables`, [{ path: 'variables', message: 'too many' }]);
  }
  for (const [name, value] of [['variables', variables], ['extensions', extensions]] as const) {
    if (value && jsonDepthExceeds(value, limits.maxJsonDepth)) {
      throw badInput(`"${name}" is nested deeper than ${limits.maxJsonDepth} levels`, [{ path: name, message: 'too deep' }]);
    }
  }
  const envelope: Envelope = { query };
  if (typeof operationName === 'string') envelope.operationName = operationName;
  if (variables) envelope.variables = variables;
  if (extensions) envelope.extensions = extensions;
  return envelope;
}
