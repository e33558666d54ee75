import type { AppContext } from '../api/context.ts';
import { resolveFactor, searchFactors, type FactorRow } from './factor-store.ts';
import { AppError } from '../errors.ts';

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
  },
  Factor: {
    incoming: (f: FactorRow, _: unknown, ctx: AppContext) => ctx.loaders.incomingOfFactor.load(f.id),
    outgoing: (f: FactorRow, _: unknown, ctx: AppContext) => ctx.loaders.outgoingOfFactor.load(f.id),
    claims: (f: FactorRow, _: unknown, ctx: AppContext) => ctx.loaders.claimsOfFactor.load(f.id),
  },
};
