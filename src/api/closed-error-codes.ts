import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isDeliberate, type ErrorCode } from '../errors.ts';

/**
 * Clients see only our closed list of codes. Errors raised before execution —
 * syntax, validation, query limits (graphql-armor), variable coercion — carry no
 * code or graphql-js/yoga's own; they are all the caller's bad input.
 */
export function closedErrorCodes(): Plugin {
  return {
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      for (const r of results) {
        const errors = (r as { errors?: readonly GraphQLError[] }).errors;
        for (const error of errors ?? []) {
          if (isDeliberate(error)) continue;
          (error.extensions as Record<string, unknown>)['code'] = 'BAD_USER_INPUT' satisfies ErrorCode;
        }
      }
    },
  };
}
