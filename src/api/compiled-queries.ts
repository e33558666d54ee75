import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../log.ts';

/**
 * Queries run compiled (graphql-jit): a document is compiled into a function once, on its first
 * request (cached with Yoga's parsed document), instead of graphql-js walking the selection for
 * every object of every request. A page of 50 claims with their quantities, factors, sources and
 * reviews is about 1,000 resolved fields; compiled, the server's CPU per request went from 2.85 to
 * 2.09 ms at 10k claims (docs/benchmarks.md, issue 21).
 *
 * Only queries: mutations (rare, and where errors matter most) and subscriptions (long-lived
 * streams) stay on graphql-js. Compiled code reads a field without a resolver as a plain property,
 * where graphql-js calls a function-valued one, so values computed on demand (a connection's
 * `totalCount`) have resolvers of their own (`countedOnDemand` in connection.ts).
 */
export function compiledQueries(log: Logger): Plugin {
  return useGraphQlJit(
    {},
    {
      enableIf: (args) => getOperationAST(args.document, args.operationName)?.operation === 'query',
      // A document it cannot compile answers its errors, as graphql-js would for the same document.
      onError: (result) => log.debug(`graphql-jit could not compile a query: ${result.errors?.map((e) => e.message).join('; ')}`),
    },
  ) as Plugin;
}
