import { z } from 'zod';
import { fromZod } from '../errors.ts';
import { httpUrl } from '../sources/source-input.ts';
import { isVerdict, REVIEW_STATUSES } from '../vocabulary.ts';

const evidence = z.union([
  z.object({ sourceId: z.string().min(1), url: z.null().optional(), title: z.null().optional(), publisher: z.null().optional() }),
  z.object({ sourceId: z.null().optional(), url: httpUrl, title: z.string().trim().min(1, 'a new source needs a title').max(500), publisher: z.string().trim().max(200).nullish() }),
], { error: 'give either sourceId, or url and title' });

const reviewInput = z
  .object({
    id: z.string().min(1),
    status: z.enum(REVIEW_STATUSES),
    rationale: z.string().trim().max(10_000).nullish(),
    evidence: z.array(evidence).max(50).nullish(),
    expectedVersion: z.number().int().min(1),
  })
  .superRefine((input, ctx) => {
    if (!isVerdict(input.status)) return;
    if (!input.rationale) ctx.addIssue({ code: 'custom', path: ['rationale'], message: `a ${input.status} verdict needs a rationale` });
    if (!input.evidence?.length) ctx.addIssue({ code: 'custom', path: ['evidence'], message: `a ${input.status} verdict needs at least one evidence source` });
  });

export type ReviewInput = z.infer<typeof reviewInput>;
export type EvidenceInput = z.infer<typeof evidence>;

export function parseReviewInput(input: unknown): ReviewInput {
  const parsed = reviewInput.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'input');
  return parsed.data;
}
