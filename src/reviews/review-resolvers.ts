import type { AppContext } from '../api/context.ts';
import { parseAddSourceInput } from '../sources/source-input.ts';
import { mergeSourceByUrl } from '../sources/source-writes.ts';
import { parseReviewInput } from './review-input.ts';
import { recordReview, type ReviewedLabel, type ReviewRow } from './review-store.ts';

async function review(label: ReviewedLabel, args: { input: unknown }, ctx: AppContext) {
  const input = parseReviewInput(args.input);
  const row = await recordReview(ctx.graph, {
    label,
    itemId: input.id,
    status: input.status,
    rationale: input.rationale ?? null,
    evidence: input.evidence ?? [],
    expectedVersion: input.expectedVersion,
    editor: (ctx.viewer as NonNullable<AppContext['viewer']>).name, // mutations are guarded: a viewer exists
  });
  ctx.reviewEvents.publish(row);
  return {
    review: row,
    claim: label === 'Claim' ? ctx.loaders.claim.load(row.itemId) : null,
    causalLink: label === 'CausalLink' ? ctx.loaders.causalLink.load(row.itemId) : null,
  };
}

export const reviewResolvers = {
  Mutation: {
    reviewClaim: (_: unknown, args: { input: unknown }, ctx: AppContext) => review('Claim', args, ctx),
    reviewCausalLink: (_: unknown, args: { input: unknown }, ctx: AppContext) => review('CausalLink', args, ctx),
    async addSource(_: unknown, args: { input: unknown }, ctx: AppContext) {
      const input = parseAddSourceInput(args.input);
      return ctx.graph.write('source.add', (tx) => mergeSourceByUrl(tx, input));
    },
  },
  Subscription: {
    reviewEvents: {
      subscribe: (_: unknown, args: { itemId?: string | null }, ctx: AppContext) => ctx.reviewEvents.subscribe(args.itemId),
      resolve: (review: ReviewRow & { sequence: number }) => ({ review, sequence: review.sequence }),
    },
  },
  Review: {
    evidence: (r: ReviewRow, _: unknown, ctx: AppContext) => ctx.loaders.evidenceOfReview.load(r.id),
  },
};
