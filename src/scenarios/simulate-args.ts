import { z } from 'zod';
import { badInput } from '../errors.ts';
import { MAX_DEFINITION_BYTES } from '../liquidity/scenario-input.ts';

const simulateArgs = z
  .object({ name: z.string().trim().min(1).max(64).nullish(), definition: z.string().min(1, 'must not be empty').max(MAX_DEFINITION_BYTES, `must be at most ${MAX_DEFINITION_BYTES} characters`).nullish() })
  .refine((a) => (a.name ? 1 : 0) + (a.definition ? 1 : 0) === 1, { message: 'give exactly one of name and definition', path: ['name'] });

/** `simulate(name | definition)`: which scenario to run. */
export function parseSimulateArgs(args: unknown): { name: string } | { definition: string } {
  const parsed = simulateArgs.safeParse(args);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    throw badInput(`Invalid arguments: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, fields);
  }
  return parsed.data.name ? { name: parsed.data.name } : { definition: parsed.data.definition as string };
}
