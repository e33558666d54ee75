import type { AppContext } from '../api/context.ts';
import type { CausalLinkRow } from './causal-link-store.ts';
import { linkSupport, type LinkAssertionRow } from './link-support.ts';

/** Assertions of a link, its support, and a chain's steps (issue 19: one link, many sources). */
export const linkSupportResolvers = {
  CausalLink: {
    assertions: (l: CausalLinkRow, _: unknown, ctx: AppContext) => ctx.loaders.assertionsOfLink.load(l.id),
    support: async (l: CausalLinkRow, _: unknown, ctx: AppContext) => linkSupport(await ctx.loaders.assertionsOfLink.load(l.id)),
  },
  LinkAssertion: {
    span: (a: LinkAssertionRow) => ({ start: a.start, end: a.end }),
    document: (a: LinkAssertionRow, _: unknown, ctx: AppContext) => ctx.loaders.document.load(a.documentId),
    attributedTo: async (a: LinkAssertionRow, _: unknown, ctx: AppContext) => ctx.loaders.source.loadMany(await ctx.loaders.attributionsOfAssertion.load(a.id)),
    reviews: (a: LinkAssertionRow, _: unknown, ctx: AppContext) => (a.id === a.linkId ? [] : ctx.loaders.reviewsOfAssertion.load(a.id)),
  },
  PathStep: {
    from: (s: { fromId: string }, _: unknown, ctx: AppContext) => ctx.loaders.factor.load(s.fromId),
    to: (s: { toId: string }, _: unknown, ctx: AppContext) => ctx.loaders.factor.load(s.toId),
    links: (s: { linkIds: string[] }, _: unknown, ctx: AppContext) => ctx.loaders.causalLink.loadMany(s.linkIds),
  },
};
