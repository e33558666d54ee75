import { z } from 'zod';
import type { AppContext } from '../api/context.ts';
import { connectionPage, countedOnDemand, decodeCursor, encodeCursor, parsePageSize } from '../api/connection.ts';
import { fromZod } from '../errors.ts';
import { countDocuments, listDocuments, type DocumentCursor, type DocumentRow } from './document-store.ts';

const documentFilter = z.object({ language: z.enum(['zh-Hant', 'zh-Hans', 'en']).nullish(), origin: z.enum(['curated', 'extracted']).nullish() });

/** Documents page newest first, then by id: the cursor is the last one's date and id. */
const encodeDocumentCursor = (d: DocumentRow) => encodeCursor({ published: d.published ?? '', id: d.id });
const decodeDocumentCursor = (after: unknown): DocumentCursor | undefined =>
  decodeCursor(after, (c: Partial<DocumentCursor>) => (typeof c.id === 'string' && typeof c.published === 'string' ? { id: c.id, published: c.published } : undefined));

export const documentResolvers = {
  Query: {
    async documents(_: unknown, args: { filter?: unknown; first?: unknown; after?: unknown }, ctx: AppContext) {
      const parsed = documentFilter.safeParse(args.filter ?? {});
      if (!parsed.success) throw fromZod(parsed.error, 'filter');
      const query = { language: parsed.data.language ?? undefined, origin: parsed.data.origin ?? undefined };
      const first = parsePageSize(args.first, ctx.config.limits.maxPageSize);
      const after = decodeDocumentCursor(args.after);
      const page = await listDocuments(ctx.graph, query, first, after);
      return {
        totalCount: () => countDocuments(ctx.graph, query),
        ...connectionPage(page.rows, page.hasNextPage, after, encodeDocumentCursor),
      };
    },
    document: (_: unknown, args: { id: string }, ctx: AppContext) => ctx.loaders.document.load(args.id),
  },
  DocumentConnection: countedOnDemand,
  Document: {
    text: (d: DocumentRow, _: unknown, ctx: AppContext) => ctx.loaders.documentText.load(d.id),
    claims: (d: DocumentRow, _: unknown, ctx: AppContext) => ctx.loaders.claimsOfDocument.load(d.id),
    causalLinks: (d: DocumentRow, _: unknown, ctx: AppContext) => ctx.loaders.linksOfDocument.load(d.id),
    previousVersion: (d: DocumentRow, _: unknown, ctx: AppContext) => (d.previousVersionId ? ctx.loaders.document.load(d.previousVersionId) : null),
  },
};
