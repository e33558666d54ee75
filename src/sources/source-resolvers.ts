import type { AppContext } from '../api/context.ts';
import { searchSources, type SourceRow } from './source-store.ts';

export const sourceResolvers = {
  Query: {
    sources: (_: unknown, args: { search?: string | null }, ctx: AppContext) => searchSources(ctx.graph, args.search ?? undefined),
    source: (_: unknown, args: { id: string }, ctx: AppContext) => ctx.loaders.source.load(args.id),
  },
  Source: {
    claims: (s: SourceRow, _: unknown, ctx: AppContext) => ctx.loaders.claimsOfSource.load(s.id),
  },
};
