import { z } from 'zod';
import { fromZod } from '../errors.ts';

const factorName = z.string().trim().min(1, 'must name a factor').max(200);
const hops = (max: number) => z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`);

export function parseTraceArgs(args: unknown, maxHops: number) {
  const parsed = z
    .object({
      from: factorName,
      to: factorName,
      maxHops: hops(maxHops).default(6),
      first: z.number().int().min(1).max(50).default(10),
      includeCandidates: z.boolean().nullish().transform((v) => v ?? false),
    })
    .safeParse(args);
  if (!parsed.success) throw fromZod(parsed.error);
  return parsed.data;
}

export function parseNeighbourhoodArgs(args: unknown, maxHops: number) {
  const parsed = z.object({ factor: factorName, maxHops: hops(maxHops).default(3), includeCandidates: z.boolean().nullish().transform((v) => v ?? false) }).safeParse(args);
  if (!parsed.success) throw fromZod(parsed.error);
  return parsed.data;
}
