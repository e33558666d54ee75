import DataLoader from 'dataloader';
import { z } from 'zod';
import type { AppContext } from '../api/context.ts';
import { REVIEW_STATUSES } from '../vocabulary.ts';
import { badInput, fromZod, notFound } from '../errors.ts';
import { reviewItem } from '../reviews/review-manager.ts';
import { seriesLoaders } from '../series/series-loaders.ts';
import type { Check, Verdict } from './check-claim.ts';
import { shippedCheckContext } from './check-context.ts';
import { checkClaims } from './check-store.ts';

/** The review status a suggestion maps to when the editor does not choose one. */
const DEFAULT_STATUS: Record<Exclude<Verdict, 'NOT_CHECKABLE'>, (typeof REVIEW_STATUSES)[number]> = {
  CONSISTENT: 'VERIFIED',
  INCONSISTENT: 'FALSE',
  INCONCLUSIVE: 'UNVERIFIABLE',
};

const reviewFromCheckInput = z.object({
  claimId: z.string().min(1),
  status: z.enum(REVIEW_STATUSES).nullish(),
  rationale: z.string().trim().min(1).max(10_000).nullish(),
  expectedVersion: z.number().int().min(1),
});

const perRequest = new WeakMap<AppContext, DataLoader<string, Check[]>>();

/** Claim.checks for every claim of a resolver level in one batched check (three queries). */
function checksLoader(ctx: AppContext): DataLoader<string, Check[]> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, Check[]>(
      async (ids) => (await checkClaims(ctx.graph, { claimIds: ids }, await shippedCheckContext())).map((r) => r.checks),
      { maxBatchSize: 1000 },
    );
    perRequest.set(ctx, loader);
  }
  return loader;
}

export const checkResolvers = {
  Query: {
    async checkDocument(_: unknown, args: { id: string; includeNotCheckable?: boolean | null }, ctx: AppContext) {
      const rows = await checkClaims(ctx.graph, { documentId: args.id }, await shippedCheckContext());
      return rows.flatMap((r) => r.checks).filter((c) => c.quantity !== null && (args.includeNotCheckable !== false || c.verdict !== 'NOT_CHECKABLE'));
    },
  },
  Mutation: {
    async reviewFromCheck(_: unknown, args: { input: unknown }, ctx: AppContext) {
      const parsed = reviewFromCheckInput.safeParse(args.input);
      if (!parsed.success) throw fromZod(parsed.error, 'input');
      const input = parsed.data;
      if (!(await ctx.loaders.claim.load(input.claimId))) throw notFound(`No claim has id ${input.claimId}`, { id: input.claimId });
      const checks = await checksLoader(ctx).load(input.claimId);
      const check = checks.find((c) => c.verdict !== 'NOT_CHECKABLE' && c.series?.sourceId);
      if (!check || !check.series?.sourceId || check.verdict === 'NOT_CHECKABLE') {
        throw badInput(`${input.claimId} has no check backed by a series: ${checks[0]?.reason ?? 'nothing to compare'}`, [{ path: 'input.claimId', message: 'not checkable' }]);
      }
      const status = input.status ?? DEFAULT_STATUS[check.verdict];
      const row = await reviewItem(ctx, 'Claim', {
        id: input.claimId,
        status,
        rationale: input.rationale ?? check.explanation,
        evidence: [{ sourceId: check.series.sourceId }],
        expectedVersion: input.expectedVersion,
      }, 'reviewFromCheck');
      return { review: row, claim: ctx.loaders.claim.load(input.claimId), causalLink: null };
    },
  },
  Claim: {
    checks: (c: { id: string }, _: unknown, ctx: AppContext) => checksLoader(ctx).load(c.id),
  },
  Check: {
    claim: (c: Check, _: unknown, ctx: AppContext) => ctx.loaders.claim.load(c.claimId),
    factor: (c: Check, _: unknown, ctx: AppContext) => (c.factorId ? ctx.loaders.factor.load(c.factorId) : null),
    series: (c: Check, _: unknown, ctx: AppContext) => (c.series ? seriesLoaders(ctx).series.load(c.series.id) : null),
  },
};
