import { z } from 'zod';
import { invalidCursor } from '../api/connection.ts';
import { fromZod } from '../errors.ts';
import { RELATION_KINDS, RELATION_STATUSES } from '../vocabulary.ts';

const decision = z.object({
  id: z.string().min(1).max(200),
  rationale: z.string().trim().max(2000).nullish(),
  expectedVersion: z.number().int().min(1),
});
export type RelationDecisionInput = z.infer<typeof decision>;

export function parseRelationDecision(input: unknown): RelationDecisionInput {
  const parsed = decision.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'input');
  return parsed.data;
}

const filter = z.object({
  kind: z.array(z.enum(RELATION_KINDS)).max(RELATION_KINDS.length).nullish(),
  status: z.array(z.enum(RELATION_STATUSES)).max(RELATION_STATUSES.length).nullish(),
  document: z.string().min(1).max(200).nullish(),
  factor: z.string().trim().min(1).max(200).nullish(),
});
export type RelationFilterInput = z.infer<typeof filter>;

export function parseRelationFilter(input: unknown): RelationFilterInput {
  const parsed = filter.safeParse(input ?? {});
  if (!parsed.success) throw fromZod(parsed.error, 'filter');
  return parsed.data;
}

/** A relation id is the cursor: ids are listed in order. */
export function parseRelationCursor(after: unknown): string | undefined {
  if (after == null) return undefined;
  if (typeof after !== 'string' || !/^rel-[0-9a-f]{16}$/.test(after)) throw invalidCursor();
  return after;
}
