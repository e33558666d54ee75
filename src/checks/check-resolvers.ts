import DataLoader from 'dataloader';
import { z } from 'zod';
import { rematchClaim } from '../matching/match-claims.ts';
import type { AppContext } from '../api/context.ts';
import { ASSERTION_KINDS, READING_DIRECTIONS, READING_MODES, READING_PERIODS, REVIEW_STATUSES } from '../vocabulary.ts';
import { badInput, fromZod, notFound } from '../errors.ts';
import { reviewItem } from '../reviews/review-manager.ts';
import { seriesLoaders } from '../series/series-loaders.ts';
import type { Check, EditorReading, Verdict } from './check-types.ts';
import { shippedCheckContext } from './check-context.ts';
import { checkClaims } from './check-store.ts';
import { currentReadings, readingsOf, recordReading, type ReadingRow } from './reading-store.ts';

/** The review status a suggestion maps to when the editor does not choose one. */
const DEFAULT_STATUS: Record<Exclude<Verdict, 'NOT_CHECKABLE'>, (typeof REVIEW_STATUSES)[number]> = {
  CONSISTENT: 'VERIFIED',
  INCONSISTENT: 'FALSE',
  MISLEADING: 'MISLEADING',
  INCONCLUSIVE: 'UNVERIFIABLE',
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected yyyy-mm-dd').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date');

const claimReadingInput = z
  .object({
    claimId: z.string().min(1),
    quantity: z.number().int().min(0).max(999).nullish(),
    factorId: z.string().min(1).nullish(),
    mode: z.enum(READING_MODES).nullish(),
    direction: z.enum(READING_DIRECTIONS).nullish(),
    period: z.enum(READING_PERIODS).nullish(),
    windowFrom: isoDate.nullish(),
    windowTo: isoDate.nullish(),
    assertions: z.array(z.enum(ASSERTION_KINDS)).max(4).nullish(),
    notCheckable: z.string().trim().min(1).max(2000).nullish(),
    note: z.string().trim().min(1).max(2000).nullish(),
    reason: z.string().trim().min(1).max(2000),
    expectedVersion: z.number().int().min(0),
  })
  .superRefine((v, ctx) => {
    if (!!v.windowFrom !== !!v.windowTo) ctx.addIssue({ code: 'custom', path: [v.windowFrom ? 'windowTo' : 'windowFrom'], message: 'give both ends of the window' });
    if (v.windowFrom && v.windowTo && v.windowTo < v.windowFrom) ctx.addIssue({ code: 'custom', path: ['windowTo'], message: 'the window ends before it starts' });
  });

/** A reading as the API shows it. */
const readingOut = (r: EditorReading) => ({ ...r, quantity: r.position, window: r.window ? { from: r.window.start, to: r.window.end } : null });

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

const perRequestReadings = new WeakMap<AppContext, DataLoader<string, ReadingRow[]>>();

function readingsLoader(ctx: AppContext): DataLoader<string, ReadingRow[]> {
  let loader = perRequestReadings.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, ReadingRow[]>(async (ids) => {
      const byClaim = await readingsOf(ctx.graph, ids);
      return ids.map((id) => byClaim.get(id) ?? []);
    }, { maxBatchSize: 1000 });
    perRequestReadings.set(ctx, loader);
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
      const status = input.status ?? DEFAULT_STATUS[check.verdict as Exclude<Verdict, 'NOT_CHECKABLE'>];
      const row = await reviewItem(ctx, 'Claim', {
        id: input.claimId,
        status,
        rationale: input.rationale ?? check.explanation,
        evidence: [{ sourceId: check.series.sourceId }],
        expectedVersion: input.expectedVersion,
      }, 'reviewFromCheck');
      return { review: row, claim: ctx.loaders.claim.load(input.claimId), causalLink: null };
    },
    async setClaimReading(_: unknown, args: { input: unknown }, ctx: AppContext) {
      const parsed = claimReadingInput.safeParse(args.input);
      if (!parsed.success) throw fromZod(parsed.error, 'input');
      const v = parsed.data;
      const row: ReadingRow = await recordReading(ctx.graph, {
        claimId: v.claimId,
        position: v.quantity ?? null,
        factorId: v.factorId ?? null,
        mode: v.mode ?? null,
        direction: v.direction ?? null,
        period: v.period ?? null,
        window: v.windowFrom && v.windowTo ? { start: v.windowFrom, end: v.windowTo } : null,
        assertions: v.assertions ?? [],
        notCheckable: v.notCheckable ?? null,
        note: v.note ?? null,
        reason: v.reason,
        editor: (ctx.viewer as NonNullable<AppContext['viewer']>).name, // mutations are guarded: a viewer exists
        expectedVersion: v.expectedVersion,
      });
      // Relations across documents follow the new reading (src/matching/); the check re-runs at once, on the new
      // reading (not from this request's cache).
      await rematchClaim(ctx.graph, v.claimId);
      perRequest.delete(ctx);
      const [checked] = await checkClaims(ctx.graph, { claimIds: [v.claimId] }, await shippedCheckContext());
      return { reading: readingOut(row), claim: ctx.loaders.claim.load(v.claimId), checks: checked?.checks ?? [] };
    },
  },
  Claim: {
    checks: (c: { id: string }, _: unknown, ctx: AppContext) => checksLoader(ctx).load(c.id),
    async reading(c: { id: string }, _: unknown, ctx: AppContext) {
      const history = (await readingsLoader(ctx).load(c.id)) ?? [];
      return { version: history.at(-1)?.version ?? 0, current: currentReadings(history).map(readingOut), history: history.map(readingOut) };
    },
  },
  EditorReading: {
    factor: (r: { factorId: string | null }, _: unknown, ctx: AppContext) => (r.factorId ? ctx.loaders.factor.load(r.factorId) : null),
  },
  Check: {
    claim: (c: Check, _: unknown, ctx: AppContext) => ctx.loaders.claim.load(c.claimId),
    factor: (c: Check, _: unknown, ctx: AppContext) => (c.factorId ? ctx.loaders.factor.load(c.factorId) : null),
    series: (c: Check, _: unknown, ctx: AppContext) => (c.series ? seriesLoaders(ctx).series.load(c.series.id) : null),
  },
};
