import type { AppContext } from '../api/context.ts';
import { badInput } from '../errors.ts';
import { resolveFactor } from '../factors/factor-store.ts';
import { parseNeighbourhoodArgs, parseTraceArgs } from './path-input.ts';
import { findPaths, neighbourhood } from './path-store.ts';
import { assessPath, rankPaths, type RankedPath } from './rank-paths.ts';

/** How many shortest candidate paths are ranked for each requested one. */
const CANDIDATES_PER_PATH = 10;
/** Largest neighbourhood returned by upstream/downstream. */
const NEIGHBOURHOOD_LIMIT = 500;

async function subgraph(direction: 'upstream' | 'downstream', args: unknown, ctx: AppContext) {
  const { factor, maxHops, includeCandidates } = parseNeighbourhoodArgs(args, ctx.config.limits.maxTraceHops);
  const root = await resolveFactor(ctx.graph, factor, 'factor');
  const found = await neighbourhood(ctx.graph, root.id, direction, maxHops, NEIGHBOURHOOD_LIMIT, includeCandidates);
  return { root, factorIds: found.factorIds, linkIds: found.linkIds, truncated: found.truncated };
}

export const pathResolvers = {
  Query: {
    async trace(_: unknown, args: unknown, ctx: AppContext) {
      const { from, to, maxHops, first, includeCandidates } = parseTraceArgs(args, ctx.config.limits.maxTraceHops);
      const [a, b] = await Promise.all([resolveFactor(ctx.graph, from, 'from'), resolveFactor(ctx.graph, to, 'to')]);
      if (a.id === b.id) throw badInput(`from and to are the same factor (${a.id})`, [{ path: 'to', message: 'must differ from from' }]);
      const found = await findPaths(ctx.graph, a.id, b.id, maxHops, Math.min(first * CANDIDATES_PER_PATH, 200), includeCandidates);
      return rankPaths(found.map((p) => assessPath(p.factorIds, p.hops))).slice(0, first);
    },
    upstream: (_: unknown, args: unknown, ctx: AppContext) => subgraph('upstream', args, ctx),
    downstream: (_: unknown, args: unknown, ctx: AppContext) => subgraph('downstream', args, ctx),
  },
  CausalPath: {
    factors: (p: RankedPath, _: unknown, ctx: AppContext) => ctx.loaders.factor.loadMany(p.factorIds),
    links: (p: RankedPath, _: unknown, ctx: AppContext) => ctx.loaders.causalLink.loadMany(p.hops.map((h) => h.linkId)),
    hops: (p: RankedPath) => p.hops.length,
  },
  CausalSubgraph: {
    factors: (s: { factorIds: string[] }, _: unknown, ctx: AppContext) => ctx.loaders.factor.loadMany(s.factorIds),
    links: (s: { linkIds: string[] }, _: unknown, ctx: AppContext) => ctx.loaders.causalLink.loadMany(s.linkIds),
  },
};
