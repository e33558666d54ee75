import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../api/context.ts';
import { ownFields, selectedFields } from '../api/selection.ts';
import type { CausalLinkRow } from '../causal/causal-link-store.ts';
import { badInput } from '../errors.ts';
import { pickFactor, type FactorRow } from '../factors/factor-store.ts';
import { parseNeighbourhoodArgs, parseTraceArgs } from './path-input.ts';
import { neighbourhoodByName, TRACE_PLAIN_FIELDS, traceByNames, type TraceAnswer, type TraceFields, type TraceNestedField } from './path-store.ts';
import { assessPath, groupByFactorPath, rankPaths, type PathStepIds, type RankedPath } from './rank-paths.ts';

/** How many shortest candidate paths are ranked for each requested one. */
const CANDIDATES_PER_PATH = 10;
/** Nested lists of a path's links that come with the trace when the client selects them. */
const PREFETCHED: readonly TraceNestedField[] = ['supportedBy', 'reviews'];

/**
 * What the trace statement returned goes into the loaders, so the nested resolvers fetch nothing;
 * rows projected in part (`fields`) stay with the request's paths instead (see partialRows).
 */
function prime(ctx: AppContext, found: Pick<TraceAnswer, 'factors' | 'links'>, fields: TraceFields = {}) {
  if (!fields.factor) for (const f of found.factors) ctx.loaders.factor.prime(f.id, f);
  for (const { link, supportedBy, reviews } of found.links) {
    if (!fields.link) ctx.loaders.causalLink.prime(link.id, link);
    if (supportedBy) ctx.loaders.claimsSupportingLink.prime(link.id, supportedBy);
    if (reviews) ctx.loaders.reviewsOfItem.prime(link.id, reviews);
  }
}

/** CausalLink fields with resolvers of their own (causal-link-resolvers.ts) and the row properties each reads. */
const LINK_RESOLVED: Record<string, readonly string[]> = { from: ['fromId'], to: ['toId'], span: ['start', 'end'], document: ['documentId'], supportedBy: [], reviews: [] };

/**
 * Lighter rows for a trace: when the client selects only the factors' and links' own fields
 * (as a researcher's path list does), the statement projects only those, and the rows go with
 * the request's paths (the shared loaders hand out whole rows).
 */
function traceFields(info: GraphQLResolveInfo): TraceFields {
  const links = selectedFields(info, ['links']);
  // A link's or a step's factors come from the factor loader: when they are selected, the paths'
  // factors go there whole (primed), which spares the loader a round trip.
  const stepsSelected = selectedFields(info, []).has('steps');
  const loadsFactors = links.has('from') || links.has('to') || stepsSelected;
  const partial = (keys: string[] | undefined, all: readonly string[]) => (keys && all.some((k) => !keys.includes(k)) ? keys : undefined);
  return {
    factor: loadsFactors ? undefined : partial(ownFields(selectedFields(info, ['factors']), TRACE_PLAIN_FIELDS.factor), TRACE_PLAIN_FIELDS.factor),
    // A step's links come from the link loader too: with steps selected the links go there whole, or each step would
    // read them again in a second statement (which a concurrent fold of links can miss).
    link: stepsSelected ? undefined : partial(ownFields(links, TRACE_PLAIN_FIELDS.link, LINK_RESOLVED), TRACE_PLAIN_FIELDS.link),
  };
}

/** A ranked path with the rows projected in part for it, when the trace projected them so. */
type TracedPath = RankedPath & { steps: PathStepIds[]; factorRows?: FactorRow[]; linkRows?: CausalLinkRow[] };

function partialRows(paths: (RankedPath & { steps: PathStepIds[] })[], found: Pick<TraceAnswer, 'factors' | 'links'>, fields: TraceFields): TracedPath[] {
  if (!fields.factor && !fields.link) return paths;
  const factors = new Map(found.factors.map((f) => [f.id, f]));
  const links = new Map(found.links.map((l) => [l.link.id, l.link]));
  return paths.map((p) => ({
    ...p,
    ...(fields.factor ? { factorRows: p.factorIds.map((id) => factors.get(id)!) } : {}),
    ...(fields.link ? { linkRows: p.hops.map((h) => links.get(h.linkId)!) } : {}),
  }));
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
      const fields = traceFields(info);
      // One round trip resolves both names, finds the paths and loads the factors and links of the chains that can be
      // on the page; rankPaths orders those chains and keeps the page.
      const found = await traceByNames(ctx.graph, { from, to, maxHops, candidates, first, includeCandidates, nested, fields });
      const a = await pickFactor(ctx.graph, from, found.from, 'from');
      const b = await pickFactor(ctx.graph, to, found.to, 'to');
      if (a.id === b.id) throw badInput(`from and to are the same factor (${a.id})`, [{ path: 'to', message: 'must differ from from' }]);
      prime(ctx, found, fields);
      // One chain per factor path: parallel links asserting the same hop are listed in its step.
      const ranked = rankPaths(groupByFactorPath(found.paths).map((g) => ({ ...assessPath(g.factorIds, g.hops), steps: g.steps }))).slice(0, first);
      return partialRows(ranked, found, fields);
    },
    upstream: (_: unknown, args: unknown, ctx: AppContext) => subgraph('upstream', args, ctx),
    downstream: (_: unknown, args: unknown, ctx: AppContext) => subgraph('downstream', args, ctx),
  },
  CausalPath: {
    factors: (p: TracedPath, _: unknown, ctx: AppContext) => p.factorRows ?? ctx.loaders.factor.loadMany(p.factorIds),
    links: (p: TracedPath, _: unknown, ctx: AppContext) => p.linkRows ?? ctx.loaders.causalLink.loadMany(p.hops.map((h) => h.linkId)),
    hops: (p: RankedPath) => p.hops.length,
    steps: (p: RankedPath & { steps: PathStepIds[] }) => p.steps,
  },
  CausalSubgraph: {
    factors: (s: { factorIds: string[] }, _: unknown, ctx: AppContext) => ctx.loaders.factor.loadMany(s.factorIds),
    links: (s: { linkIds: string[] }, _: unknown, ctx: AppContext) => ctx.loaders.causalLink.loadMany(s.linkIds),
  },
};
