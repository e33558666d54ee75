import DataLoader from 'dataloader';
import type { AppContext } from '../api/context.ts';
import { badInput, fromZod } from '../errors.ts';
import { resolveFactor } from '../factors/factor-store.ts';
import { recordAs } from '../reviews/review-manager.ts';
import { recordDecision } from '../reviews/review-store.ts';
import { POLARITIES, type ReviewAction } from '../vocabulary.ts';
import { z } from 'zod';
import { ingestBatch, type BatchItemResult } from './ingest-batch.ts';
import { ingestDocument, type IngestResult } from './ingest-document.ts';
import { parseIngestRequest } from './ingest-input.ts';
import { confirmCandidate, decideFactor, factorCandidacy, type FactorCandidacy } from './ingest-store.ts';
import { count } from '../plural.ts';

const correctionInput = z
  .object({
    polarity: z.enum(POLARITIES).nullish(),
    from: z.string().trim().min(1).max(200).nullish(),
    to: z.string().trim().min(1).max(200).nullish(),
    span: z
      .object({ start: z.number().int().min(0), end: z.number().int().min(1) })
      .refine((s) => s.start < s.end, { message: 'start must be before end', path: ['end'] })
      .nullish(),
  })
  .nullish();
const decisionInput = z.object({
  id: z.string().min(1),
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().max(10_000).nullish(),
  correction: correctionInput,
});

/** A decision on a candidate is recorded like a review: locked, versioned, in the history. */
async function decide(action: ReviewAction, args: { input: unknown }, ctx: AppContext) {
  const parsed = decisionInput.safeParse(args.input);
  if (!parsed.success) throw fromZod(parsed.error, 'input');
  const { id, expectedVersion, reason, correction } = parsed.data;
  if (action === 'DISCARD' && correction) throw badInput('corrections apply only when confirming', [{ path: 'input.correction', message: 'not allowed when discarding' }]);
  const [claim] = await ctx.loaders.claim.loadMany([id]);
  const [link] = claim && !(claim instanceof Error) ? [null] : await ctx.loaders.causalLink.loadMany([id]);
  const what = action === 'CONFIRM' ? 'confirmCandidate' : 'discardCandidate';
  if (!(claim && !(claim instanceof Error)) && !(link && !(link instanceof Error)) && (await factorCandidacyLoader(ctx).load(id))) {
    if (correction) throw badInput('a proposed factor has nothing to correct; confirm or discard it', [{ path: 'input.correction', message: 'only for claims and causal links' }]);
    const review = await recordAs(ctx, what, (editor) => decideFactor(ctx.graph, { id, expectedVersion, action: action === 'CONFIRM' ? 'CONFIRM' : 'DISCARD', rationale: reason ?? null, editor }));
    factorCandidacyLoader(ctx).clear(id);
    return { review, claim: null, causalLink: null, factor: ctx.loaders.factor.load(id) };
  }
  const label = claim && !(claim instanceof Error) ? 'Claim' : 'CausalLink';
  const review = await recordAs(ctx, what, (editor) =>
    action === 'CONFIRM'
      ? confirm(label, parsed.data, editor, ctx)
      : recordDecision(ctx.graph, { label, itemId: id, status: null, action, rationale: reason ?? null, evidence: [], expectedVersion, editor }),
  );
  return { review, claim: label === 'Claim' ? ctx.loaders.claim.load(id) : null, causalLink: label === 'CausalLink' ? ctx.loaders.causalLink.load(id) : null, factor: null };
}

/** Confirmation, with the editor's corrections: endpoints are resolved like `trace` arguments. */
async function confirm(label: 'Claim' | 'CausalLink', input: z.infer<typeof decisionInput>, editor: string, ctx: AppContext) {
  const fix = input.correction ?? {};
  if (label === 'Claim') {
    const wrong = (['polarity', 'from', 'to'] as const).filter((k) => fix[k] != null);
    if (wrong.length) throw badInput('a claim has no polarity or endpoints to correct; only its span', wrong.map((k) => ({ path: `input.correction.${k}`, message: 'only for causal links' })));
  }
  const [from, to] = await Promise.all([
    fix.from ? resolveFactor(ctx.graph, fix.from, 'input.correction.from') : undefined,
    fix.to ? resolveFactor(ctx.graph, fix.to, 'input.correction.to') : undefined,
  ]);
  return confirmCandidate(ctx.graph, {
    label,
    id: input.id,
    expectedVersion: input.expectedVersion,
    rationale: input.reason ?? null,
    editor,
    correction: { polarity: fix.polarity ?? undefined, fromId: from?.id, toId: to?.id, span: fix.span ?? undefined },
  });
}

/** Per request, like the loaders in src/api/loaders.ts: one query for every factor's candidacy. */
const candidacyLoaders = new WeakMap<AppContext, DataLoader<string, FactorCandidacy | null>>();
function factorCandidacyLoader(ctx: AppContext): DataLoader<string, FactorCandidacy | null> {
  let loader = candidacyLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids: readonly string[]) => factorCandidacy(ctx.graph, ids));
    candidacyLoaders.set(ctx, loader);
  }
  return loader;
}

export const ingestResolvers = {
  Mutation: {
    async ingestDocument(_: unknown, args: { input: Record<string, unknown> }, ctx: AppContext) {
      const request = parseIngestRequest(args.input, ctx.config.limits.ingestMaxBytes);
      const result = await ingestDocument(ctx.graph, request);
      ctx.log.info(`ingested ${result.documentId} for ${ctx.viewer?.name}: ${count(result.claims, 'claim')}${result.created ? '' : ' (unchanged)'}`);
      return result;
    },
    async ingestBatch(_: unknown, args: { input: Record<string, unknown>[] }, ctx: AppContext) {
      const entries = args.input.map((input, i) => ({ source: String(i), input }));
      const summary = await ingestBatch(ctx.graph, entries, undefined, { maxBytes: ctx.config.limits.ingestMaxBytes, log: ctx.log });
      ctx.log.info(`batch ingest for ${ctx.viewer?.name}: ${summary.created} created, ${summary.unchanged} unchanged, ${summary.newVersions} new versions, ${summary.skipped} skipped`);
      return summary;
    },
    confirmCandidate: (_: unknown, args: { input: unknown }, ctx: AppContext) => decide('CONFIRM', args, ctx),
    discardCandidate: (_: unknown, args: { input: unknown }, ctx: AppContext) => decide('DISCARD', args, ctx),
  },
  IngestBatchItem: {
    index: (i: BatchItemResult) => Number(i.source),
    document: (i: BatchItemResult, _: unknown, ctx: AppContext) => (i.documentId ? ctx.loaders.document.load(i.documentId) : null),
    previousVersion: (i: BatchItemResult, _: unknown, ctx: AppContext) => (i.previousVersionId ? ctx.loaders.document.load(i.previousVersionId) : null),
    error: (i: BatchItemResult) => (i.error ? { ...i.error, fields: i.error.fields ?? [] } : null),
  },
  IngestResult: {
    document: (r: IngestResult, _: unknown, ctx: AppContext) => ctx.loaders.document.load(r.documentId),
    alreadyPresent: (r: IngestResult) => Boolean(r.alreadyPresentAs),
    previousVersion: (r: IngestResult, _: unknown, ctx: AppContext) => (r.previousVersionId ? ctx.loaders.document.load(r.previousVersionId) : null),
    proposedFactors: (r: IngestResult, _: unknown, ctx: AppContext) => ctx.loaders.factor.loadMany(r.proposedFactorIds),
  },
  Factor: {
    origin: async (f: { id: string }, _: unknown, ctx: AppContext) => (await factorCandidacyLoader(ctx).load(f.id))?.origin ?? 'curated',
    candidate: async (f: { id: string }, _: unknown, ctx: AppContext) => (await factorCandidacyLoader(ctx).load(f.id))?.candidate ?? null,
    version: async (f: { id: string }, _: unknown, ctx: AppContext) => (await factorCandidacyLoader(ctx).load(f.id))?.version ?? 1,
  },
};
