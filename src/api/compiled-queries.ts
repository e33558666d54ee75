import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Queries run compiled (graphql-jit): each distinct document, once parsed and validated (Yoga
 * caches both), is compiled into one JavaScript function that resolves and serialises its
 * selection set, instead of graphql-js walking the AST for every field of every row. A compiled
 * query is kept with its document (a WeakMap on the document object Yoga's bounded LRU parse cache
 * keeps), so compiled code lives as long as the cached document and no longer. Mutations and
 * subscriptions keep graphql-js: they are bound by their writes, and event streams need no
 * speed-up that would justify a second executor under them.
 */
export function compiledQueries(): Plugin {
  return useGraphQlJit(
    {},
    {
      enableIf: (args) => getOperationAST(args.document as DocumentNode, args.operationName ?? undefined)?.operation === 'query',
    },
  ) as Plugin;
}
