import { assertRole, MUTATION_ROLES } from '../auth/require-role.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Graph } from '../graph/graph.ts';
import type { ReviewInput } from './review-input.ts';
import { recordDecision, type ReviewedLabel, type ReviewRow } from './review-store.ts';

/** What recording a decision needs from its caller: a request's context, or the CLI's. */
export interface DecisionContext {
  graph: Graph;
  viewer: Viewer | null;
  /** Where live review pages hear of it; the CLI has none (pages see its reviews on reload). */
  reviewEvents: { publish(review: ReviewRow): unknown } | null;
  /** The request's loaders, cleared for the decided item so the reply shows it as written. */
  loaders: { claim: { clear(id: string): unknown }; causalLink: { clear(id: string): unknown }; factor: { clear(id: string): unknown } } | null;
}

/**
 * The one place a decision is recorded from: the caller's role is checked (the rule every mutation
 * follows), the store writes it (`write`, under `writeDecision`'s lock, version check and history),
 * the review event is published and the item's loaders are cleared. The resolvers and the CLI all
 * come through here.
 */
export async function recordAs(ctx: DecisionContext, what: string, write: (editor: string) => Promise<ReviewRow>): Promise<ReviewRow> {
  const viewer = assertRole(ctx.viewer, MUTATION_ROLES, what);
  const row = await write(viewer.name);
  await ctx.reviewEvents?.publish(row);
  ctx.loaders?.claim.clear(row.itemId);
  ctx.loaders?.causalLink.clear(row.itemId);
  ctx.loaders?.factor.clear(row.itemId);
  return row;
}

/** A verdict on a claim or causal link (reviewClaim, reviewCausalLink, `claimgraph review`). */
export const reviewItem = (ctx: DecisionContext, label: ReviewedLabel, input: ReviewInput, what = label === 'Claim' ? 'reviewClaim' : 'reviewCausalLink') =>
  recordAs(ctx, what, (editor) =>
    recordDecision(ctx.graph, {
      label,
      itemId: input.id,
      status: input.status,
      rationale: input.rationale ?? null,
      evidence: input.evidence ?? [],
      expectedVersion: input.expectedVersion,
      editor,
    }),
  );
