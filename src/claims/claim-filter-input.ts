import { z } from 'zod';
import { badInput, fromZod } from '../errors.ts';
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

export function parsePageSize(first: unknown, max: number): number {
  const n = first ?? 50;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) {
    throw badInput(`first must be an integer between 1 and ${max}`, [{ path: 'first', message: `between 1 and ${max}` }]);
  }
  return n;
}

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

export function decodeCursor(after: unknown): Cursor | undefined {
  if (after == null) return undefined;
  try {
    const c = JSON.parse(Buffer.from(String(after), 'base64url').toString('utf8')) as Cursor;
    if (typeof c.id === 'string' && (c.score === undefined || typeof c.score === 'number')) return c;
  } catch {
    // falls through to the error below
  }
  throw badInput('after is not a cursor returned by this API', [{ path: 'after', message: 'invalid cursor' }]);
}
