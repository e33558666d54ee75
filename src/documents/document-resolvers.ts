import type { AppContext } from '../api/context.ts';
import { listDocuments, type DocumentRow } from './document-store.ts';

export const documentResolvers = {
  Query: {
    documents: (_: unknown, __: unknown, ctx: AppContext) => listDocuments(ctx.graph),
    document: (_: unknown, args: { id: string }, ctx: AppContext) => ctx.loaders.document.load(args.id),
  },
  Document: {
    text: (d: DocumentRow, _: unknown, ctx: AppContext) => ctx.loaders.documentText.load(d.id),
    claims: (d: DocumentRow, _: unknown, ctx: AppContext) => ctx.loaders.claimsOfDocument.load(d.id),
    causalLinks: (d: DocumentRow, _: unknown, ctx: AppContext) => ctx.loaders.linksOfDocument.load(d.id),
    previousVersion: (d: DocumentRow, _: unknown, ctx: AppContext) => (d.previousVersionId ? ctx.loaders.document.load(d.previousVersionId) : null),
  },
};
