import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../api/context.ts';
import { ownFields, selectedFields } from '../api/selection.ts';
import { resolveFactor } from '../factors/factor-store.ts';
import { frameFromProperties } from '../quantities/frame-properties.ts';
import type { QuantityFrame } from '../quantities/frame.ts';
import { countClaims, listClaims, PLAIN_FIELDS, type AssertionRow, type ClaimNested, type PageFields, type ClaimNestedField, type ClaimRow, type ClaimQuery, type QuantityRow } from './claim-store.ts';
import { connectionPage, countedOnDemand, parsePageSize } from '../api/connection.ts';
import { decodeClaimCursor, encodeClaimCursor, parseClaimFilter } from './claim-filter-input.ts';

const PREFETCHED: readonly ClaimNestedField[] = ['quantities', 'factors', 'sources', 'reviews'];
/** A page's claim rows → their partial nested lists (rows are per request; entries go with them). */
const pageLists = new WeakMap<ClaimRow, Partial<ClaimNested>>();

/**
 * Claim fields with resolvers of their own here, and the row properties each reads (the rest of
 * Claim's resolved fields, from other modules, may read any property: a page selecting one gets
 * whole rows).
 */
const CLAIM_RESOLVED: Record<string, readonly string[]> = {
  span: ['start', 'end'],
  document: ['documentId'],
  quantities: [],
  factors: [],
  sources: [],
  reviews: [],
  attributedTo: [],
  supports: [],
  assertions: [],
};

export const claimResolvers = {
  Query: {
    async claims(_: unknown, args: { filter?: unknown; first?: unknown; after?: unknown }, ctx: AppContext, info: GraphQLResolveInfo) {
      const f = parseClaimFilter(args.filter);
      const first = parsePageSize(args.first, ctx.config.limits.maxPageSize);
      const after = decodeClaimCursor(args.after);
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
      // Lighter rows: a map whose selection asks only for its own fields (no field with a
      // resolver of its own) projects only those; partial lists stay with this page's claims
      // (pageLists), never in the shared per-claim loaders, which hand out whole rows.
      const fields: PageFields = { claim: ownFields(selected, PLAIN_FIELDS.claim, CLAIM_RESOLVED) };
      for (const f of nested) fields[f] = ownFields(selectedFields(info, ['edges', 'node', f]), PLAIN_FIELDS[f]);
      const page = await listClaims(ctx.graph, query, first, after, nested, fields);
      page.rows.forEach((row, i) => {
        const lists = page.nested[i] ?? {};
        const partial: Partial<ClaimNested> = {};
        for (const f of nested) {
          const list = lists[f];
          if (!list) continue;
          if (fields[f]) (partial as Record<string, unknown>)[f] = list;
          else if (f === 'quantities') ctx.loaders.quantitiesOfClaim.prime(row.id, list as QuantityRow[]);
          else if (f === 'factors') ctx.loaders.factorsOfClaim.prime(row.id, list as ClaimNested['factors']);
          else if (f === 'sources') ctx.loaders.sourcesOfClaim.prime(row.id, list as ClaimNested['sources']);
          else ctx.loaders.reviewsOfItem.prime(row.id, list as ClaimNested['reviews']);
        }
        pageLists.set(row, partial);
      });
      return {
        // Counting is a second query; run only when the client asks for it.
        totalCount: () => countClaims(ctx.graph, { ...query, factorId: query.factorId ?? page.factorId, factorTerm: undefined }),
        ...connectionPage(page.rows, page.hasNextPage, after, (row) => encodeClaimCursor({ id: row.id, ...('score' in row ? { score: row.score } : {}) })),
      };
    },
    claim: (_: unknown, args: { id: string }, ctx: AppContext) => ctx.loaders.claim.load(args.id),
  },
  ClaimConnection: countedOnDemand,
  Claim: {
    span: (c: ClaimRow) => ({ start: c.start, end: c.end }),
    quantities: (c: ClaimRow, _: unknown, ctx: AppContext) => pageLists.get(c)?.quantities ?? ctx.loaders.quantitiesOfClaim.load(c.id),
    factors: (c: ClaimRow, _: unknown, ctx: AppContext) => pageLists.get(c)?.factors ?? ctx.loaders.factorsOfClaim.load(c.id),
    document: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.document.load(c.documentId),
    sources: (c: ClaimRow, _: unknown, ctx: AppContext) => pageLists.get(c)?.sources ?? ctx.loaders.sourcesOfClaim.load(c.id),
    attributedTo: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.attributionsOfClaim.load(c.id),
    supports: (c: ClaimRow, _: unknown, ctx: AppContext) => ctx.loaders.linksSupportedByClaim.load(c.id),
    reviews: (c: ClaimRow, _: unknown, ctx: AppContext) => pageLists.get(c)?.reviews ?? ctx.loaders.reviewsOfItem.load(c.id),
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
