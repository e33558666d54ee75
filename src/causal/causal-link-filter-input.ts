import { z } from 'zod';
import { badInput, fromZod } from '../errors.ts';
import { POLARITIES, REVIEW_STATUSES } from '../vocabulary.ts';

const linkFilter = z.object({
  status: z.array(z.enum(REVIEW_STATUSES)).nullish(),
  polarity: z.enum(POLARITIES).nullish(),
  from: z.string().trim().min(1).max(200).nullish(),
  to: z.string().trim().min(1).max(200).nullish(),
  factor: z.string().trim().min(1).max(200).nullish(),
  document: z.string().min(1).max(200).nullish(),
  reviewQueue: z.boolean().nullish(),
  includeDiscarded: z.boolean().nullish(),
});

export type CausalLinkFilterInput = z.infer<typeof linkFilter>;

export function parseCausalLinkFilter(input: unknown): CausalLinkFilterInput {
  const parsed = linkFilter.safeParse(input ?? {});
  if (!parsed.success) throw fromZod(parsed.error, 'filter');
  return parsed.data;
}

/** Link listings page by id; the cursor is the last id seen, opaque to clients. */
export const encodeLinkCursor = (id: string) => Buffer.from(JSON.stringify({ link: id })).toString('base64url');

export function decodeLinkCursor(after: unknown): string | undefined {
  if (after == null) return undefined;
  try {
    const c = JSON.parse(Buffer.from(String(after), 'base64url').toString('utf8')) as { link?: unknown };
    if (typeof c.link === 'string') return c.link;
  } catch {
    // falls through to the error below
  }
  throw badInput('after is not a cursor returned by this API', [{ path: 'after', message: 'invalid cursor' }]);
}
