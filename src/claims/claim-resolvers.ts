import type { AppContext } from '../api/context.ts';
import { resolveFactor } from '../factors/factor-store.ts';
import { countClaims, listClaims, type ClaimRow, type ClaimQuery } from './claim-store.ts';
import { decodeCursor, encodeCursor, parseClaimFilter, parsePageSize } from './claim-filter-input.ts';

export const claimResolvers = {
  Query: {
    async claims(_: unknown, args: { filter?: unknown; first?: unknown; after?: unknown }, ctx: AppContext) {
      const f = parseClaimFilter(args.filter);
      const first = parsePageSize(args.first, ctx.config.limits.maxPageSize);
      const after = decodeCursor(args.after);
      const query: ClaimQuery = {
        status: f.status ?? undefined,
        factorId: f.factor ? (await resolveFactor(ctx.graph, f.factor, 'filter.factor')).id : undefined,
        document: f.document ?? undefined,
        attributedTo: f.attributedTo ?? undefined,
        source: f.source ?? undefined,
        kind: f.kind ?? undefined,
        unit: f.unit ?? undefined,
        valueMin: f.valueMin ?? undefined,
        valueMax: f.valueMax ?? undefined,
        search: f.search ?? undefined,
        includeDiscarded: f.includeDiscarded ?? false,
        includeFlows: f.includeFlows ?? false,
        hasAttribution: f.hasAttribution ?? undefined,
        hasSource: f.hasSource ?? undefined,
        reviewQueue: f.reviewQueue ?? false,
      };
      const page = await listClaims(ctx.graph, query, first, after);
      const edges = page.rows.map((row) => ({ cursor: encodeCursor({ id: row.id, ...('score' in row ? { score: row.score } : {}) }), node: row }));
      return {
        // Counting is a second query; run only when the client asks for it.
        totalCount: () => countClaims(ctx.graph, query),
        edges,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: after !== undefined,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
    claim: (_: unknown, args: { id: string }, ctx: AppContext) => ctx.loaders.claim.load(args.id),
  },
  Claim: {
    span: (c: ClaimRow) => ({ start: c.start, end: c.end }),
    quantities: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.quantitiesOfClaim.load(c.id),
    factors: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.factorsOfClaim.load(c.id),
    document: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.document.load(c.documentId),
    sources: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.sourcesOfClaim.load(c.id),
    attributedTo: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.attributionsOfClaim.load(c.id),
    supports: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.linksSupportedByClaim.load(c.id),
    reviews: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.reviewsOfItem.load(c.id),
  },
};
