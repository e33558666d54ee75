import { z } from 'zod';
import { fromZod } from '../errors.ts';
import { REVIEW_STATUSES } from '../vocabulary.ts';

/**
 * What to export, the same everywhere (CLI flags, HTTP query, GraphQL input). Empty = the
 * whole graph. Several options narrow together: a document's claims with a status, say.
 */
export const exportScopeSchema = z
  .object({
    document: z.string().min(1).max(500).optional(),
    status: z.array(z.enum(REVIEW_STATUSES)).min(1).optional(),
    factor: z.string().min(1).max(500).optional(),
    direction: z.enum(['upstream', 'downstream', 'both']).default('downstream'),
    from: z.string().min(1).max(500).optional(),
    to: z.string().min(1).max(500).optional(),
    maxHops: z.number().int().min(1).max(8).default(3),
    /** Factor and trace scopes walk pending extracted causal links only when this is true, as `trace` does. */
    includeCandidates: z.boolean().default(false),
  })
  .refine((s) => Boolean(s.from) === Boolean(s.to), { message: 'a trace scope needs both from and to', path: ['to'] })
  .refine((s) => !(s.factor && s.from), { message: 'choose a factor neighbourhood or a trace, not both', path: ['factor'] });

export type ExportScope = z.infer<typeof exportScopeSchema>;

export function parseExportScope(input: unknown, prefix = 'scope'): ExportScope {
  const parsed = exportScopeSchema.safeParse(input ?? {});
  if (!parsed.success) throw fromZod(parsed.error, prefix);
  return parsed.data;
}

/** Scope from string options (CLI flags, URL query): status as a comma list, maxHops as a number. */
export function scopeFromStrings(get: (name: string) => string | undefined | null): ExportScope {
  const value = (n: string) => get(n) ?? undefined;
  const status = value('status');
  const maxHops = value('maxHops') ?? value('max-hops');
  return parseExportScope({
    document: value('document'),
    status: status ? status.split(',').map((s) => s.trim().toUpperCase()) : undefined,
    factor: value('factor'),
    direction: value('direction') ?? undefined,
    from: value('from'),
    to: value('to'),
    maxHops: maxHops ? Number(maxHops) : undefined,
    includeCandidates: ['true', '1', ''].includes(value('includeCandidates') ?? value('include-candidates') ?? 'false') || undefined,
  });
}

export const isWholeGraph = (s: ExportScope) => !s.document && !s.status && !s.factor && !s.from;
