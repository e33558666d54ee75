import type { AppContext } from '../api/context.ts';
import { resolveFactor, searchFactors, suggestFactors, type FactorRow } from './factor-store.ts';
import { AppError } from '../errors.ts';

const factorsByIds = async (ctx: AppContext, refs: { id: string }[]) =>
  (await Promise.all(refs.map((r) => resolveFactor(ctx.graph, r.id, 'name').catch(() => null)))).filter((f): f is FactorRow => f !== null);

export const factorResolvers = {
  Query: {
    factors: (_: unknown, args: { search?: string | null }, ctx: AppContext) => searchFactors(ctx.graph, args.search ?? undefined),
    async factor(_: unknown, args: { id: string }, ctx: AppContext) {
      try {
        return await resolveFactor(ctx.graph, args.id, 'id');
      } catch (error) {
        // A lookup field answers null for "no such factor"; ambiguity is still an error.
        if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
        throw error;
      }
    },
    // A lookup that never fails on a name: the factor, or the factors sharing the name, or near misses.
    async factorLookup(_: unknown, args: { name: string }, ctx: AppContext) {
      try {
        return { factor: await resolveFactor(ctx.graph, args.name, 'name'), candidates: [], suggestions: [] };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const ext = error.extensions as { candidates?: { id: string }[]; suggestions?: { id: string }[] };
        if (error.code === 'NOT_FOUND') return { factor: null, candidates: [], suggestions: await factorsByIds(ctx, ext.suggestions ?? (await suggestFactors(ctx.graph, args.name))) };
        if (error.code === 'BAD_USER_INPUT' && ext.candidates) return { factor: null, candidates: await factorsByIds(ctx, ext.candidates), suggestions: [] };
        throw error;
      }
    },
  },
  Factor: {
    incoming: (f: FactorRow, _: unknown, ctx: AppContext) => ctx.loaders.incomingOfFactor.load(f.id),
    outgoing: (f: FactorRow, _: unknown, ctx: AppContext) => ctx.loaders.outgoingOfFactor.load(f.id),
    claims: (f: FactorRow, _: unknown, ctx: AppContext) => ctx.loaders.claimsOfFactor.load(f.id),
  },
};
