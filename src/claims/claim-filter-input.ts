import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../api/connection.ts';
import { fromZod } from '../errors.ts';
import { CLAIM_KINDS, RELATION_KINDS, RELATION_STATUSES, REVIEW_STATUSES } from '../vocabulary.ts';
import type { Cursor } from './claim-store.ts';

const claimFilter = z
  .object({
    status: z.array(z.enum(REVIEW_STATUSES)).nullish(),
    factor: z.string().trim().min(1).max(200).nullish(),
    document: z.string().min(1).max(200).nullish(),
    attributedTo: z.string().min(1).max(200).nullish(),
    source: z.string().min(1).max(200).nullish(),
    kind: z.array(z.enum(CLAIM_KINDS)).nullish(),
    unit: z.string().trim().min(1).max(40).nullish(),
    valueMin: z.number().finite().nullish(),
    valueMax: z.number().finite().nullish(),
    search: z.string().trim().min(1).max(500).nullish(),
    includeDiscarded: z.boolean().nullish(),
    includeFlows: z.boolean().nullish(),
    hasAttribution: z.boolean().nullish(),
    hasSource: z.boolean().nullish(),
    reviewQueue: z.boolean().nullish(),
    related: z.array(z.enum(RELATION_KINDS)).max(RELATION_KINDS.length).nullish(),
    relatedStatus: z.array(z.enum(RELATION_STATUSES)).max(RELATION_STATUSES.length).nullish(),
  })
  .refine((f) => f.unit || (f.valueMin == null && f.valueMax == null), {
    message: 'valueMin and valueMax need a unit (values in different units are not comparable)',
    path: ['unit'],
  })
  .refine((f) => f.unit || !f.includeFlows, { message: 'includeFlows needs a unit', path: ['includeFlows'] })
  .refine((f) => f.valueMin == null || f.valueMax == null || f.valueMin <= f.valueMax, {
    message: 'valueMin must not exceed valueMax',
    path: ['valueMin'],
  });

export type ClaimFilterInput = z.infer<typeof claimFilter>;

export function parseClaimFilter(input: unknown): ClaimFilterInput {
  const parsed = claimFilter.safeParse(input ?? {});
  if (!parsed.success) throw fromZod(parsed.error, 'filter');
  return parsed.data;
}

/** A claim listing's cursor: the last id seen, and its score in a search (pages run in score, then id, order). */
export const encodeClaimCursor = (c: Cursor) => encodeCursor(c);

export const decodeClaimCursor = (after: unknown): Cursor | undefined =>
  decodeCursor(after, (c: Cursor) => (typeof c.id === 'string' && (c.score === undefined || typeof c.score === 'number') ? c : undefined));
