import type { AppContext } from '../api/context.ts';
import type { CausalLinkRow } from './causal-link-store.ts';

export const causalLinkResolvers = {
  Query: {
    causalLink: (_: unknown, args: { id: string }, ctx: AppContext) => ctx.loaders.causalLink.load(args.id),
  },
  CausalLink: {
    from: (l: CausalLinkRow, _: unknown, ctx: AppContext) => ctx.loaders.factor.load(l.fromId),
    to: (l: CausalLinkRow, _: unknown, ctx: AppContext) => ctx.loaders.factor.load(l.toId),
    span: (l: CausalLinkRow) => ({ start: l.start, end: l.end }),
    document: (l: CausalLinkRow, _: unknown, ctx: AppContext) => ctx.loaders.document.load(l.documentId),
    supportedBy: (l: CausalLinkRow, _: unknown, ctx: AppContext) => ctx.loaders.claimsSupportingLink.load(l.id),
    reviews: (l: CausalLinkRow, _: unknown, ctx: AppContext) => ctx.loaders.reviewsOfItem.load(l.id),
  },
};
