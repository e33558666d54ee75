import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../api/context.ts';
import { selectedFields } from '../api/selection.ts';
import { resolveFactor } from '../factors/factor-store.ts';
import { frameFromProperties } from '../quantities/frame-properties.ts';
import type { QuantityFrame } from '../quantities/frame.ts';
import { countClaims, listClaims, QUANTITY_PLAIN_FIELDS, type AssertionRow, type ClaimNestedField, type ClaimRow, type ClaimQuery, type QuantityRow } from './claim-store.ts';
import { decodeCursor, encodeCursor, parseClaimFilter, parsePageSize } from './claim-filter-input.ts';

const PREFETCHED: readonly ClaimNestedField[] = ['quantities', 'factors', 'sources', 'reviews'];
const PLAIN_QUANTITY = new Set<string>(['__typename', ...QUANTITY_PLAIN_FIELDS]);
/** A page's claim rows → their quantities without frames (rows are per request; entries go with them). */
const pageQuantities = new WeakMap<ClaimRow, QuantityRow[]>();

export const claimResolvers = {
  Query: {
    async claims(_: unknown, args: { filter?: unknown; first?: unknown; after?: unknown }, ctx: AppContext, info: GraphQLResolveInfo) {
      const f = parseClaimFilter(args.filter);
      const first = parsePageSize(args.first, ctx.config.limits.maxPageSize);
      const after = decodeCursor(args.after);
      const query: ClaimQuery = {
        status: f.status ?? undefined,
        // Without a search the listing resolves the factor in its own statement (one round trip).
        factorId: f.factor && f.search ? (await resolveFactor(ctx.graph, f.factor, 'filter.factor')).id : undefined,
        factorTerm: f.factor && !f.search ? f.factor : undefined,
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
        related: f.related ?? undefined,
        relatedStatus: f.relatedStatus ?? undefined,
      };
      // The nested lists the client selected come with the page; priming the per-claim loaders
      // with them leaves the nested resolvers nothing to fetch.
      const selected = selectedFields(info, ['edges', 'node']);
      const nested = PREFETCHED.filter((f) => selected.has(f));
      // Quantities whose selection needs nothing but their own fields come without the frame's
      // properties; such partial rows stay with this page's claims, never in the shared loader.
      const plainQuantities = nested.includes('quantities') && [...selectedFields(info, ['edges', 'node', 'quantities'])].every((f) => PLAIN_QUANTITY.has(f));
      const page = await listClaims(ctx.graph, query, first, after, nested, { plainQuantities });
      page.rows.forEach((row, i) => {
        const lists = page.nested[i];
        if (lists?.quantities && plainQuantities) pageQuantities.set(row, lists.quantities);
        else if (lists?.quantities) ctx.loaders.quantitiesOfClaim.prime(row.id, lists.quantities);
        if (lists?.factors) ctx.loaders.factorsOfClaim.prime(row.id, lists.factors);
        if (lists?.sources) ctx.loaders.sourcesOfClaim.prime(row.id, lists.sources);
        if (lists?.reviews) ctx.loaders.reviewsOfItem.prime(row.id, lists.reviews);
      });
      const edges = page.rows.map((row) => ({ cursor: encodeCursor({ id: row.id, ...('score' in row ? { score: row.score } : {}) }), node: row }));
      return {
        // Counting is a second query; run only when the client asks for it.
        totalCount: () => countClaims(ctx.graph, { ...query, factorId: query.factorId ?? page.factorId, factorTerm: undefined }),
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
    quantities: (c: ClaimRow, _: unknown, ctx: AppContext) => pageQuantities.get(c) ?? ctx.loaders.quantitiesOfClaim.load(c.id),
    factors: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.factorsOfClaim.load(c.id),
    document: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.document.load(c.documentId),
    sources: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.sourcesOfClaim.load(c.id),
    attributedTo: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.attributionsOfClaim.load(c.id),
    supports: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.linksSupportedByClaim.load(c.id),
    reviews: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.reviewsOfItem.load(c.id),
    assertions: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.assertionsOfClaim.load(c.id),
  },
  Quantity: {
    frame: (q: QuantityRow) => frameFromProperties(q as unknown as Record<string, unknown>),
  },
  QuantityFrame: {
    factor: (f: QuantityFrame, _: unknown, ctx: AppContext) => (f.factorId ? ctx.loaders.factor.load(f.factorId) : null),
  },
  Assertion: {
    span: (a: AssertionRow) => ({ start: a.start, end: a.end }),
    factor: (a: AssertionRow, _: unknown, ctx: AppContext) => (a.factorId ? ctx.loaders.factor.load(a.factorId) : null),
  },
};
