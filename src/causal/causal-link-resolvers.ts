import type { AppContext } from '../api/context.ts';
import { connectionPage, countedOnDemand, parsePageSize } from '../api/connection.ts';
import { resolveFactor } from '../factors/factor-store.ts';
import { decodeLinkCursor, encodeLinkCursor, parseCausalLinkFilter } from './causal-link-filter-input.ts';
import { countLinks, listLinks, type CausalLinkQuery, type CausalLinkRow } from './causal-link-store.ts';

export const causalLinkResolvers = {
  Query: {
    causalLink: (_: unknown, args: { id: string }, ctx: AppContext) => ctx.loaders.causalLink.load(args.id),
    async causalLinks(_: unknown, args: { filter?: unknown; first?: unknown; after?: unknown }, ctx: AppContext) {
      const f = parseCausalLinkFilter(args.filter);
      const first = parsePageSize(args.first, ctx.config.limits.maxPageSize);
      const after = decodeLinkCursor(args.after);
      const factorId = async (term: string | null | undefined, path: string) => (term ? (await resolveFactor(ctx.graph, term, path)).id : undefined);
      const query: CausalLinkQuery = {
        status: f.status ?? undefined,
        polarity: f.polarity ?? undefined,
        fromId: await factorId(f.from, 'filter.from'),
        toId: await factorId(f.to, 'filter.to'),
        factorId: await factorId(f.factor, 'filter.factor'),
        document: f.document ?? undefined,
        reviewQueue: f.reviewQueue ?? false,
        includeDiscarded: f.includeDiscarded ?? false,
      };
      const page = await listLinks(ctx.graph, query, first, after);
      return {
        totalCount: () => countLinks(ctx.graph, query),
        ...connectionPage(page.rows, page.hasNextPage, after, (row) => encodeLinkCursor(row.id)),
      };
    },
  },
  CausalLinkConnection: countedOnDemand,
  CausalLink: {
    from: (l: CausalLinkRow, _: unknown, ctx: AppContext) => ctx.loaders.factor.load(l.fromId),
    to: (l: CausalLinkRow, _: unknown, ctx: AppContext) => ctx.loaders.factor.load(l.toId),
    span: (l: CausalLinkRow) => ({ start: l.start, end: l.end }),
    document: (l: CausalLinkRow, _: unknown, ctx: AppContext) => ctx.loaders.document.load(l.documentId),
    supportedBy: (l: CausalLinkRow, _: unknown, ctx: AppContext) => ctx.loaders.claimsSupportingLink.load(l.id),
    reviews: (l: CausalLinkRow, _: unknown, ctx: AppContext) => ctx.loaders.reviewsOfItem.load(l.id),
  },
};
