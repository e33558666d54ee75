import { z } from 'zod';
import type { AppContext } from '../api/context.ts';
import { parsePageSize } from '../claims/claim-filter-input.ts';
import { badInput, fromZod } from '../errors.ts';
import { countDocuments, listDocuments, type DocumentCursor, type DocumentRow } from './document-store.ts';

const documentFilter = z.object({ language: z.enum(['zh-Hant', 'zh-Hans', 'en']).nullish(), origin: z.enum(['curated', 'extracted']).nullish() });

const encodeCursor = (d: DocumentRow) => Buffer.from(JSON.stringify({ published: d.published ?? '', id: d.id })).toString('base64url');
function decodeCursor(after: unknown): DocumentCursor | undefined {
  if (after == null) return undefined;
  try {
    const c = JSON.parse(Buffer.from(String(after), 'base64url').toString('utf8')) as Partial<DocumentCursor>;
    if (typeof c.id === 'string' && typeof c.published === 'string') return { id: c.id, published: c.published };
  } catch {
    // falls through to the error below
  }
  throw badInput('after is not a cursor returned by this API', [{ path: 'after', message: 'invalid cursor' }]);
}

export const documentResolvers = {
  Query: {
    async documents(_: unknown, args: { filter?: unknown; first?: unknown; after?: unknown }, ctx: AppContext) {
      const parsed = documentFilter.safeParse(args.filter ?? {});
      if (!parsed.success) throw fromZod(parsed.error, 'filter');
      const query = { language: parsed.data.language ?? undefined, origin: parsed.data.origin ?? undefined };
      const first = parsePageSize(args.first, ctx.config.limits.maxPageSize);
      const after = decodeCursor(args.after);
      const page = await listDocuments(ctx.graph, query, first, after);
      const edges = page.rows.map((row) => ({ cursor: encodeCursor(row), node: row }));
      return {
        totalCount: () => countDocuments(ctx.graph, query),
        edges,
        pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: after !== undefined, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
    document: (_: unknown, args: { id: string }, ctx: AppContext) => ctx.loaders.document.load(args.id),
  },
  Document: {
    text: (d: DocumentRow, _: unknown, ctx: AppContext) => ctx.loaders.documentText.load(d.id),
    claims: (d: DocumentRow, _: unknown, ctx: AppContext) => ctx.loaders.claimsOfDocument.load(d.id),
    causalLinks: (d: DocumentRow, _: unknown, ctx: AppContext) => ctx.loaders.linksOfDocument.load(d.id),
    previousVersion: (d: DocumentRow, _: unknown, ctx: AppContext) => (d.previousVersionId ? ctx.loaders.document.load(d.previousVersionId) : null),
  },
};
