import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isDeliberate, type ErrorCode } from '../errors.ts';
import { clientMessage } from './request-errors.ts';

/** Yoga's own request errors, by the HTTP status it gives them. */
const BY_STATUS: Record<number, ErrorCode> = { 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

/**
 * Clients see only our closed list of codes. Errors raised before execution —
 * syntax, validation, query limits (graphql-armor), yoga's body-size and method
 * checks — carry no code or yoga's own; they are all the caller's bad input,
 * and their messages are cut so they cannot echo a large input back.
 */
export function closedErrorCodes(): Plugin {
  return {
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      for (const r of results) {
        const errors = (r as { errors?: readonly GraphQLError[] }).errors;
        for (const error of errors ?? []) {
          const extensions = error.extensions as Record<string, unknown>;
          if (isDeliberate(error)) continue;
          const status = (extensions['http'] as { status?: number } | undefined)?.status;
          extensions['code'] = (status && BY_STATUS[status]) || ('BAD_USER_INPUT' satisfies ErrorCode);
          delete extensions['originalError'];
          Object.defineProperty(error, 'message', { value: clientMessage(error.message) });
        }
      }
    },
  };
}
