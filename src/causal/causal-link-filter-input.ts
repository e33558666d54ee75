import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../api/connection.ts';
import { fromZod } from '../errors.ts';
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
export const encodeLinkCursor = (id: string) => encodeCursor({ link: id });

export const decodeLinkCursor = (after: unknown): string | undefined => decodeCursor(after, (c: { link?: unknown }) => (typeof c.link === 'string' ? c.link : undefined));
