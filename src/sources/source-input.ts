import { z } from 'zod';
import { fromZod } from '../errors.ts';
import { SOURCE_KINDS } from '../vocabulary.ts';
import { normaliseUrl } from './normalise-url.ts';

/** An absolute http(s) URL, normalised for deduplication. */
export const httpUrl = z.string().transform((u, ctx) => {
  const normal = normaliseUrl(u);
  if (!normal) ctx.addIssue({ code: 'custom', message: 'must be an absolute http(s) URL' });
  return normal ?? u;
});

const addSourceInput = z.object({
  url: httpUrl,
  title: z.string().trim().min(1).max(500),
  publisher: z.string().trim().max(200).nullish(),
  kind: z.enum(SOURCE_KINDS).nullish(),
});

export function parseAddSourceInput(input: unknown) {
  const parsed = addSourceInput.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'input');
  return parsed.data;
}
