import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { CLAIM_KINDS, POLARITIES, SOURCE_KINDS } from '../vocabulary.ts';

/** Units the product normalises to; see docs/data-model.md. Flows are `<currency>/<period>`. */
export const UNIT = /^(USD|CNY|HKD|EUR|%|x|t|km|km2|people|year|years|date|count)(\/(day|month|year))?$/;
export const QUALIFIERS = ['ABOUT', 'ABOVE', 'BELOW', 'ONLY', 'NEARLY', 'AT_LEAST', 'AT_MOST'] as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id such as e9186e0b-c001');
const span = { start: z.number().int().min(0), end: z.number().int().min(1) };

const quantity = z.object({
  surface: z.string().min(1),
  value: z.number().finite(),
  upper: z.number().finite().optional(),
  unit: z.string().regex(UNIT, 'expected a unit such as USD, %, x, t, year, years, date, count or USD/month'),
  qualifier: z.enum(QUALIFIERS).optional(),
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'expected an ISO date').optional(),
});

export const seedFileSchema = z.object({
  document: z.object({
    id,
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    title: z.string().min(1),
    titleEn: z.string().optional(),
    language: z.enum(['zh-Hant', 'zh-Hans', 'en']),
    published: z.string().optional(),
    provenance: z.string().min(1),
  }),
  sources: z.array(
    z.object({
      id,
      kind: z.enum(SOURCE_KINDS),
      name: z.string().min(1),
      nameZh: z.string().optional(),
      description: z.string().optional(),
      url: z.string().url().optional(),
    }),
  ),
  factors: z.array(
    z.object({
      id,
      name: z.string().min(1),
      namesZh: z.array(z.string().min(1)),
      aliases: z.array(z.string().min(1)).default([]),
      description: z.string().optional(),
    }),
  ),
  claims: z.array(
    z.object({
      id,
      quote: z.string().min(1),
      ...span,
      gloss: z.string().min(1),
      subject: z.string().optional(),
      time: z.string().optional(),
      kind: z.enum(CLAIM_KINDS),
      factors: z.array(id).min(1),
      attributedTo: z.array(id).optional(),
      quantities: z.array(quantity).min(1),
    }),
  ),
  causalLinks: z.array(
    z.object({
      id,
      from: id,
      to: id,
      polarity: z.enum(POLARITIES),
      quote: z.string().min(1),
      ...span,
      gloss: z.string().min(1),
      supportedBy: z.array(id).default([]),
      attributedTo: z.array(id).optional(),
    }),
  ),
  exclusions: z.array(z.object({ surface: z.string().min(1), start: z.number().int().min(0), reason: z.string().min(1) })).default([]),
  /**
   * Every sentence or clause of the text that reads as causal (or holds a causal cue word) but is
   * not a curated causal link, with the reason: a heading, a metaphor, an example, a negation.
   * With `causalLinks` it accounts for every causal assertion of the document (test/seed).
   */
  nonCausal: z.array(z.object({ quote: z.string().min(1), start: z.number().int().min(0), reason: z.string().min(1) })).default([]),
  /** The chains the document argues end to end, factor by factor; each must be traceable over curated links. */
  chains: z
    .array(
      z.object({
        id,
        gloss: z.string().min(1),
        factors: z.array(id).min(2),
        netPolarity: z.enum(POLARITIES),
      }),
    )
    .default([]),
});

export type SeedFile = z.infer<typeof seedFileSchema>;

export interface SeedIssue {
  path: string;
  message: string;
}

export class SeedFileError extends Error {
  readonly path: string;
  readonly issues: SeedIssue[];
  constructor(path: string, issues: SeedIssue[]) {
    super(`${path} is not a valid seed file:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    this.name = 'SeedFileError';
    this.path = path;
    this.issues = issues;
  }
}

const fieldPath = (parts: readonly PropertyKey[]) =>
  parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/** Reads and validates a seed file, including everything that needs the document text. */
export async function parseSeedFile(path: string): Promise<SeedFile> {
  let raw: unknown;
  try {
    raw = parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new SeedFileError(path, [{ path: '(file)', message: error instanceof Error ? error.message : String(error) }]);
  }
  const parsed = seedFileSchema.safeParse(raw);
  if (!parsed.success) throw new SeedFileError(path, parsed.error.issues.map((i) => ({ path: fieldPath(i.path), message: i.message })));
  const seed = parsed.data;
  const textPath = join(dirname(path), seed.document.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(textPath);
  } catch {
    throw new SeedFileError(path, [{ path: 'document.file', message: `${textPath} cannot be read` }]);
  }
  const issues = crossCheck(seed, bytes.toString('utf8'), createHash('sha256').update(bytes).digest('hex'));
  if (issues.length) throw new SeedFileError(path, issues);
  return seed;
}

/** Checks that need the text and the whole file: spans, references, uniqueness. */
export function crossCheck(seed: SeedFile, text: string, sha256: string): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (seed.document.sha256 !== sha256) add('document.sha256', `does not match the file (${sha256})`);

  const spanned = (path: string, x: { quote?: string; surface?: string; start: number; end?: number }) => {
    const expected = x.quote ?? x.surface ?? '';
    const end = x.end ?? x.start + expected.length;
    const got = text.slice(x.start, end);
    if (got !== expected) add(`${path}.start`, `text[${x.start}..${end}] is ${JSON.stringify(got)}, not ${JSON.stringify(expected)}`);
  };

  const ids = new Set<string>();
  const unique = (path: string, value: string) => {
    if (ids.has(value)) add(path, `duplicate id ${value}`);
    ids.add(value);
  };
  seed.sources.forEach((s, i) => unique(`sources[${i}].id`, s.id));
  seed.factors.forEach((f, i) => unique(`factors[${i}].id`, f.id));
  seed.claims.forEach((c, i) => unique(`claims[${i}].id`, c.id));
  seed.causalLinks.forEach((l, i) => unique(`causalLinks[${i}].id`, l.id));

  const sourceIds = new Set(seed.sources.map((s) => s.id));
  const factorIds = new Set(seed.factors.map((f) => f.id));
  const claimIds = new Set(seed.claims.map((c) => c.id));
  if (seed.sources.filter((s) => s.kind === 'DOCUMENT').length !== 1) add('sources', 'exactly one source of kind DOCUMENT (the document itself) is required');

  const owner = new Map<string, string>();
  seed.factors.forEach((f, i) => {
    f.namesZh.forEach((n, j) => {
      if (!text.includes(n)) add(`factors[${i}].namesZh[${j}]`, `${JSON.stringify(n)} does not occur in the document`);
    });
    for (const name of [f.name, ...f.namesZh, ...f.aliases]) {
      const key = name.toLowerCase();
      const other = owner.get(key);
      if (other && other !== f.id) add(`factors[${i}]`, `name ${JSON.stringify(name)} also belongs to ${other}`);
      owner.set(key, f.id);
    }
  });

  seed.claims.forEach((c, i) => {
    const path = `claims[${i}]`;
    spanned(path, c);
    c.factors.forEach((f, j) => factorIds.has(f) || add(`${path}.factors[${j}]`, `unknown factor ${f}`));
    (c.attributedTo ?? []).forEach((s, j) => sourceIds.has(s) || add(`${path}.attributedTo[${j}]`, `unknown source ${s}`));
    c.quantities.forEach((q, j) => {
      if (!c.quote.includes(q.surface)) add(`${path}.quantities[${j}].surface`, `${JSON.stringify(q.surface)} not found in quote`);
      if (q.upper !== undefined && q.upper < q.value) add(`${path}.quantities[${j}].upper`, 'is below value');
    });
  });
  seed.causalLinks.forEach((l, i) => {
    const path = `causalLinks[${i}]`;
    spanned(path, l);
    if (!factorIds.has(l.from)) add(`${path}.from`, `unknown factor ${l.from}`);
    if (!factorIds.has(l.to)) add(`${path}.to`, `unknown factor ${l.to}`);
    if (l.from === l.to) add(`${path}.to`, 'a factor cannot cause itself');
    l.supportedBy.forEach((c, j) => claimIds.has(c) || add(`${path}.supportedBy[${j}]`, `unknown claim ${c}`));
    (l.attributedTo ?? []).forEach((s, j) => sourceIds.has(s) || add(`${path}.attributedTo[${j}]`, `unknown source ${s}`));
  });
  seed.exclusions.forEach((x, i) => spanned(`exclusions[${i}]`, x));
  seed.nonCausal.forEach((x, i) => spanned(`nonCausal[${i}]`, x));
  seed.chains.forEach((c, i) => {
    c.factors.forEach((f, j) => factorIds.has(f) || add(`chains[${i}].factors[${j}]`, `unknown factor ${f}`));
    c.factors.slice(1).forEach((to, j) => {
      const from = c.factors[j];
      if (!seed.causalLinks.some((l) => l.from === from && l.to === to)) add(`chains[${i}].factors[${j + 1}]`, `no causal link from ${from} to ${to}`);
    });
  });
  return issues;
}
