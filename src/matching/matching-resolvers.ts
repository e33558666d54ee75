import DataLoader from 'dataloader';
import type { AppContext } from '../api/context.ts';
import { parsePageSize } from '../api/connection.ts';
import type { ClaimRow } from '../claims/claim-store.ts';
import type { DocumentRow } from '../documents/document-store.ts';
import { resolveFactor } from '../factors/factor-store.ts';
import type { Graph } from '../graph/graph.ts';
import type { RelationKind, RelationStatus } from '../vocabulary.ts';
import { recordAs } from '../reviews/review-manager.ts';
import { findJointFindings } from './joint-findings.ts';
import type { JointFinding, JointTerm } from './joint-check.ts';
import { parseRelationCursor, parseRelationDecision, parseRelationFilter } from './relation-input.ts';
import { decideRelation, decisionsByRelations, listRelations, quantitiesByIds, relationsByClaims, relationsByIds, type RelationRow } from './relation-store.ts';

/** Per-request loaders of this feature, kept beside the request's context (one batch per resolver level). */
const LOADERS = new WeakMap<object, ReturnType<typeof createLoaders>>();
function createLoaders(graph: Graph) {
  const load = <V>(batch: (graph: Graph, keys: readonly string[]) => Promise<V[]>) => new DataLoader<string, V>((keys) => batch(graph, keys), { maxBatchSize: 1000 });
  return { relationsOfClaim: load(relationsByClaims), relation: load(relationsByIds), decisions: load(decisionsByRelations), quantity: load(quantitiesByIds) };
}
const loaders = (ctx: AppContext) => LOADERS.get(ctx.loaders) ?? LOADERS.set(ctx.loaders, createLoaders(ctx.graph)).get(ctx.loaders)!;

/** A relation as reached from one of its claims: `other` is the claim on the far side. */
type RelationParent = RelationRow & { otherClaimId?: string };

async function decide(args: { input: unknown }, ctx: AppContext, status: 'CONFIRMED' | 'REJECTED') {
  const input = parseRelationDecision(args.input);
  // Through the one place decisions are recorded from: role, event, loaders, as for reviews.
  await recordAs(ctx, status === 'CONFIRMED' ? 'confirmClaimRelation' : 'rejectClaimRelation', (editor) =>
    decideRelation(ctx.graph, { id: input.id, status, expectedVersion: input.expectedVersion, rationale: input.rationale ?? null, editor }),
  );
  loaders(ctx).relation.clear(input.id);
  loaders(ctx).decisions.clear(input.id);
  return loaders(ctx).relation.load(input.id);
}

export const matchingResolvers = {
  Query: {
    async claimRelations(_: unknown, args: { filter?: unknown; first?: unknown; after?: unknown }, ctx: AppContext) {
      const f = parseRelationFilter(args.filter);
      const first = parsePageSize(args.first, ctx.config.limits.maxPageSize);
      const after = parseRelationCursor(args.after);
      const factorId = f.factor ? (await resolveFactor(ctx.graph, f.factor, 'filter.factor')).id : undefined;
      const page = await listRelations(ctx.graph, { kind: f.kind ?? undefined, status: f.status ?? undefined, document: f.document ?? undefined, factorId }, first, after);
      return { totalCount: page.totalCount, nodes: page.rows, endCursor: page.rows.length === first ? (page.rows.at(-1)?.id ?? null) : null };
    },
    claimRelation: (_: unknown, args: { id: string }, ctx: AppContext) => loaders(ctx).relation.load(args.id),
    async jointFindings(_: unknown, args: { document?: string | null; first?: unknown }, ctx: AppContext) {
      const first = parsePageSize(args.first, ctx.config.limits.maxPageSize);
      return (await findJointFindings(ctx.graph, args.document ?? undefined)).slice(0, first);
    },
  },
  Mutation: {
    confirmClaimRelation: (_: unknown, args: { input: unknown }, ctx: AppContext) => decide(args, ctx, 'CONFIRMED'),
    rejectClaimRelation: (_: unknown, args: { input: unknown }, ctx: AppContext) => decide(args, ctx, 'REJECTED'),
  },
  Document: {
    // A run in progress reads as such, never as finished (relation-store.ts, saveRelations).
    matching: (d: DocumentRow) =>
      d.matchingInProgress ? { state: 'IN_PROGRESS', matcherVersion: null, finishedAt: null } : d.matchedAt ? { state: 'MATCHED', matcherVersion: d.matchedWith, finishedAt: d.matchedAt } : null,
  },
  Claim: {
    async related(c: ClaimRow, args: { kind?: RelationKind[] | null; status?: RelationStatus[] | null }, ctx: AppContext): Promise<RelationParent[]> {
      const rows = await loaders(ctx).relationsOfClaim.load(c.id);
      return rows
        .filter((r) => (!args.kind?.length || args.kind.includes(r.kind)) && (!args.status?.length || args.status.includes(r.status)))
        .map((r) => ({ ...r, otherClaimId: r.earlierClaimId === c.id ? r.laterClaimId : r.earlierClaimId }));
    },
  },
  ClaimRelation: {
    factor: (r: RelationParent, _: unknown, ctx: AppContext) => ctx.loaders.factor.load(r.factorId),
    earlier: (r: RelationParent, _: unknown, ctx: AppContext) => ctx.loaders.claim.load(r.earlierClaimId),
    later: (r: RelationParent, _: unknown, ctx: AppContext) => ctx.loaders.claim.load(r.laterClaimId),
    earlierQuantity: (r: RelationParent, _: unknown, ctx: AppContext) => loaders(ctx).quantity.load(r.earlierQuantityId),
    laterQuantity: (r: RelationParent, _: unknown, ctx: AppContext) => loaders(ctx).quantity.load(r.laterQuantityId),
    other: (r: RelationParent, _: unknown, ctx: AppContext) => (r.otherClaimId ? ctx.loaders.claim.load(r.otherClaimId) : null),
    history: (r: RelationParent, _: unknown, ctx: AppContext) => loaders(ctx).decisions.load(r.id),
  },
  JointFinding: {
    windowStart: (f: JointFinding) => f.window.start,
    windowEnd: (f: JointFinding) => f.window.end,
    impliedLow: (f: JointFinding) => f.implied.low,
    impliedHigh: (f: JointFinding) => f.implied.high,
    recordedLow: (f: JointFinding) => f.recorded.low,
    recordedHigh: (f: JointFinding) => f.recorded.high,
  },
  JointTerm: {
    claim: (t: JointTerm, _: unknown, ctx: AppContext) => (t.figure ? ctx.loaders.claim.load(t.figure.claimId) : null),
    quantity: (t: JointTerm, _: unknown, ctx: AppContext) => (t.figure ? loaders(ctx).quantity.load(t.figure.quantityId) : null),
    alsoStatedBy: (t: JointTerm, _: unknown, ctx: AppContext) => ctx.loaders.claim.loadMany(t.alsoStatedBy.map((f) => f.claimId)),
  },
};
