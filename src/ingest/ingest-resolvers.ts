import type { AppContext } from '../api/context.ts';
import { fromZod } from '../errors.ts';
import { recordReview, type ReviewAction } from '../reviews/review-store.ts';
import { z } from 'zod';
import { ingestDocument, type IngestResult } from './ingest-document.ts';
import { parseIngestRequest } from './ingest-input.ts';

const decisionInput = z.object({ id: z.string().min(1), expectedVersion: z.number().int().min(1), reason: z.string().trim().max(10_000).nullish() });

/** A decision on a candidate is recorded like a review: locked, versioned, in the history. */
async function decide(action: ReviewAction, args: { input: unknown }, ctx: AppContext) {
  const parsed = decisionInput.safeParse(args.input);
  if (!parsed.success) throw fromZod(parsed.error, 'input');
  const { id, expectedVersion, reason } = parsed.data;
  const [claim] = await ctx.loaders.claim.loadMany([id]);
  const label = claim && !(claim instanceof Error) ? 'Claim' : 'CausalLink';
  const review = await recordReview(ctx.graph, {
    label,
    itemId: id,
    status: null,
    action,
    rationale: reason ?? null,
    evidence: [],
    expectedVersion,
    editor: ctx.viewer!.name,
  });
  ctx.reviewEvents.publish(review);
  ctx.loaders.claim.clear(id);
  return { review, claim: label === 'Claim' ? ctx.loaders.claim.load(id) : null, causalLink: label === 'CausalLink' ? ctx.loaders.causalLink.load(id) : null };
}

export const ingestResolvers = {
  Mutation: {
    async ingestDocument(_: unknown, args: { input: Record<string, unknown> }, ctx: AppContext) {
      const request = parseIngestRequest(args.input, ctx.config.limits.ingestMaxBytes);
      const result = await ingestDocument(ctx.graph, request);
      ctx.log.info(`ingested ${result.documentId} for ${ctx.viewer?.name}: ${result.claims} claims${result.created ? '' : ' (unchanged)'}`);
      return result;
    },
    confirmCandidate: (_: unknown, args: { input: unknown }, ctx: AppContext) => decide('CONFIRM', args, ctx),
    discardCandidate: (_: unknown, args: { input: unknown }, ctx: AppContext) => decide('DISCARD', args, ctx),
  },
  IngestResult: {
    document: (r: IngestResult, _: unknown, ctx: AppContext) => ctx.loaders.document.load(r.documentId),
    alreadyPresent: (r: IngestResult) => Boolean(r.alreadyPresentAs),
    previousVersion: (r: IngestResult, _: unknown, ctx: AppContext) => (r.previousVersionId ? ctx.loaders.document.load(r.previousVersionId) : null),
  },
};
