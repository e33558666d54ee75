import { z } from 'zod';
import { fromZod } from '../errors.ts';

const factorName = z.string().trim().min(1, 'must name a factor').max(200);
const hops = (max: number) => z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`);

const traceArgs = (maxHops: number) =>
  z.object({
    from: factorName,
    to: factorName,
    maxHops: hops(maxHops).default(6),
    first: z.number().int().min(1).max(50).default(10),
    includeCandidates: z.boolean().nullish().transform((v) => v ?? false),
  });

const neighbourhoodArgs = (maxHops: number) =>
  z.object({ factor: factorName, maxHops: hops(maxHops).default(3), includeCandidates: z.boolean().nullish().transform((v) => v ?? false) });

/**
 * Schemas built once per hop bound (the bound comes from the config, so one or two values in a
 * process): building a zod object schema costs far more than parsing with it, and it was a
 * measurable part of a small trace request's CPU.
 */
function perBound<S>(build: (maxHops: number) => S): (maxHops: number) => S {
  const built = new Map<number, S>();
  return (maxHops) => {
    let schema = built.get(maxHops);
    if (!schema) built.set(maxHops, (schema = build(maxHops)));
    return schema;
  };
}
const traceSchema = perBound(traceArgs);
const neighbourhoodSchema = perBound(neighbourhoodArgs);

export function parseTraceArgs(args: unknown, maxHops: number) {
  const parsed = traceSchema(maxHops).safeParse(args);
  if (!parsed.success) throw fromZod(parsed.error);
  return parsed.data;
}

export function parseNeighbourhoodArgs(args: unknown, maxHops: number) {
  const parsed = neighbourhoodSchema(maxHops).safeParse(args);
  if (!parsed.success) throw fromZod(parsed.error);
  return parsed.data;
}
