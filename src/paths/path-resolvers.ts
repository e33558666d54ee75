import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../api/context.ts';
import { selectedFields } from '../api/selection.ts';
import { badInput } from '../errors.ts';
import { pickFactor } from '../factors/factor-store.ts';
import { parseNeighbourhoodArgs, parseTraceArgs } from './path-input.ts';
import { neighbourhoodByName, traceByNames, type TraceAnswer, type TraceNestedField } from './path-store.ts';
import { assessPath, groupByFactorPath, rankPaths, type PathStepIds, type RankedPath } from './rank-paths.ts';

/** How many shortest candidate paths are ranked for each requested one. */
const CANDIDATES_PER_PATH = 10;
/** Nested lists of a path's links that come with the trace when the client selects them. */
const PREFETCHED: readonly TraceNestedField[] = ['supportedBy', 'reviews'];

/** What the trace statement returned goes into the loaders, so the nested resolvers fetch nothing. */
function prime(ctx: AppContext, found: Pick<TraceAnswer, 'factors' | 'links'>) {
  for (const f of found.factors) ctx.loaders.factor.prime(f.id, f);
  for (const { link, supportedBy, reviews } of found.links) {
    ctx.loaders.causalLink.prime(link.id, link);
    if (supportedBy) ctx.loaders.claimsSupportingLink.prime(link.id, supportedBy);
    if (reviews) ctx.loaders.reviewsOfItem.prime(link.id, reviews);
  }
}

/** Largest neighbourhood returned by upstream/downstream. */
const NEIGHBOURHOOD_LIMIT = 500;

async function subgraph(direction: 'upstream' | 'downstream', args: unknown, ctx: AppContext) {
  const { factor, maxHops, includeCandidates } = parseNeighbourhoodArgs(args, ctx.config.limits.maxTraceHops);
  const found = await neighbourhoodByName(ctx.graph, { factor, direction, maxHops, limit: NEIGHBOURHOOD_LIMIT, includeCandidates });
  const root = await pickFactor(ctx.graph, factor, found.found, 'factor');
  prime(ctx, { factors: found.factors, links: found.links.map((link) => ({ link })) });
  return { root, factorIds: found.factors.map((f) => f.id), linkIds: found.links.map((l) => l.id), truncated: found.total > NEIGHBOURHOOD_LIMIT };
}

export const pathResolvers = {
  Query: {
    async trace(_: unknown, args: unknown, ctx: AppContext, info: GraphQLResolveInfo) {
      const { from, to, maxHops, first, includeCandidates } = parseTraceArgs(args, ctx.config.limits.maxTraceHops);
      const selected = selectedFields(info, ['links']);
      const nested = PREFETCHED.filter((f) => selected.has(f));
      const candidates = Math.min(first * CANDIDATES_PER_PATH, 200);
      // One round trip resolves both names, finds the paths and loads their factors and links.
      const found = await traceByNames(ctx.graph, { from, to, maxHops, candidates, includeCandidates, nested });
      const a = await pickFactor(ctx.graph, from, found.from, 'from');
      const b = await pickFactor(ctx.graph, to, found.to, 'to');
      if (a.id === b.id) throw badInput(`from and to are the same factor (${a.id})`, [{ path: 'to', message: 'must differ from from' }]);
      prime(ctx, found);
      // One chain per factor path: parallel links asserting the same hop are listed in its step.
      return rankPaths(groupByFactorPath(found.paths).map((g) => ({ ...assessPath(g.factorIds, g.hops), steps: g.steps }))).slice(0, first);
    },
    upstream: (_: unknown, args: unknown, ctx: AppContext) => subgraph('upstream', args, ctx),
    downstream: (_: unknown, args: unknown, ctx: AppContext) => subgraph('downstream', args, ctx),
  },
  CausalPath: {
    factors: (p: RankedPath, _: unknown, ctx: AppContext) => ctx.loaders.factor.loadMany(p.factorIds),
    links: (p: RankedPath, _: unknown, ctx: AppContext) => ctx.loaders.causalLink.loadMany(p.hops.map((h) => h.linkId)),
    hops: (p: RankedPath) => p.hops.length,
    steps: (p: RankedPath & { steps: PathStepIds[] }) => p.steps,
  },
  CausalSubgraph: {
    factors: (s: { factorIds: string[] }, _: unknown, ctx: AppContext) => ctx.loaders.factor.loadMany(s.factorIds),
    links: (s: { linkIds: string[] }, _: unknown, ctx: AppContext) => ctx.loaders.causalLink.loadMany(s.linkIds),
  },
};
