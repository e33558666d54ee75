import type { AppContext } from '../api/context.ts';
import { parseAddSourceInput } from '../sources/source-input.ts';
import { mergeSourceByUrl } from '../sources/source-writes.ts';
import { parseReviewInput } from './review-input.ts';
import { reviewItem } from './review-manager.ts';
import type { ReviewedLabel, ReviewRow } from './review-store.ts';

async function review(label: ReviewedLabel, args: { input: unknown }, ctx: AppContext) {
  const row = await reviewItem(ctx, label, parseReviewInput(args.input));
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
