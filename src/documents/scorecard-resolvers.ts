import DataLoader from 'dataloader';
import type { AppContext } from '../api/context.ts';
import { shippedCheckContext } from '../checks/check-context.ts';
import { checkClaims } from '../checks/check-store.ts';
import type { Graph } from '../graph/graph.ts';
import { scorecard, type Scorecard } from './scorecard.ts';
import { claimStatusesByDocuments, claimStatusesBySources, type ScoredClaim } from './scorecard-store.ts';

type ClaimsOf = (graph: Graph, keys: readonly string[]) => Promise<ScoredClaim[][]>;

/** Scorecards of a resolver level in one batch: the claims of every key, then one batched check of them all. */
function scorecardLoader(graph: Graph, claimsOf: ClaimsOf): DataLoader<string, Scorecard> {
  return new DataLoader<string, Scorecard>(async (keys) => {
    const claims = await claimsOf(graph, keys);
    const ids = [...new Set(claims.flat().map((c) => c.id))];
    const checked = ids.length ? await checkClaims(graph, { claimIds: ids }, await shippedCheckContext()) : [];
    const verdicts = new Map(checked.map((r) => [r.claimId, r.checks.map((k) => k.verdict as string)]));
    return claims.map((list) => scorecard(list.map((c) => ({ status: c.status, verdicts: verdicts.get(c.id) ?? [] }))));
  }, { maxBatchSize: 200 });
}

const perRequest = new WeakMap<AppContext, { documents: DataLoader<string, Scorecard>; sources: DataLoader<string, Scorecard> }>();
const loaders = (ctx: AppContext) => {
  let l = perRequest.get(ctx);
  if (!l) perRequest.set(ctx, (l = { documents: scorecardLoader(ctx.graph, claimStatusesByDocuments), sources: scorecardLoader(ctx.graph, claimStatusesBySources) }));
  return l;
};

/** Document.scorecard and Source.scorecard (issue 19): the desk's first screen. */
export const scorecardResolvers = {
  Document: { scorecard: (d: { id: string }, _: unknown, ctx: AppContext) => loaders(ctx).documents.load(d.id) },
  Source: { scorecard: (s: { id: string }, _: unknown, ctx: AppContext) => loaders(ctx).sources.load(s.id) },
};
