/**
 * The format of the matching evaluation's set files (test/eval/matching-set/pairs.yaml, and fresh.yaml: a second,
 * independent held-out set in the same format), validated before anything runs: a malformed file is a clear error
 * naming the file and the first problems, never a half-run evaluation.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';

const Split = z.enum(['dev', 'heldout']);
const Doc = z.object({ id: z.string().min(1), lang: z.enum(['en', 'zh-Hant', 'zh-Hans']), split: Split, url: z.string(), published: z.string().nullable(), text: z.string().min(1) });
const Claim = z.object({ id: z.string().min(1), doc: z.string(), quote: z.string().min(1), surface: z.string().min(1) });
const Pair = z.object({ a: z.string(), b: z.string(), relation: z.enum(['SAME_FIGURE', 'CONTRADICTS', 'UPDATES', 'NONE']), split: Split, doubtful: z.boolean().default(false) });
export const matchingSetSchema = z.object({ docs: z.array(Doc), claims: z.array(Claim), pairs: z.array(Pair) });
export type MatchingSet = z.infer<typeof matchingSetSchema>;

/**
 * Parses and checks one set file: the schema, then what the schema cannot say — ids unique, every claim in a listed
 * document, every pair between two listed claims, a claim's quote and surface written in its document.
 * `onlySplit`: every document and pair must be of this split (fresh.yaml is held out, all of it).
 */
export function parseMatchingSet(yamlText: string, name: string, onlySplit?: z.infer<typeof Split>): MatchingSet {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (e) {
    throw new Error(`${name}: not valid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  const parsed = matchingSetSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(`${name} does not follow the matching set's format: ${issues.join('; ')}`);
  }
  const set = parsed.data;
  const problems: string[] = [];
  const docs = new Map(set.docs.map((d) => [d.id, d]));
  const claims = new Map(set.claims.map((c) => [c.id, c]));
  if (docs.size !== set.docs.length) problems.push('document ids are not unique');
  if (claims.size !== set.claims.length) problems.push('claim ids are not unique');
  for (const c of set.claims) {
    const d = docs.get(c.doc);
    if (!d) problems.push(`claim ${c.id}: no document ${c.doc}`);
    else if (!d.text.includes(c.quote)) problems.push(`claim ${c.id}: its quote is not in the text of ${c.doc}`);
    else if (!c.quote.includes(c.surface)) problems.push(`claim ${c.id}: its surface is not in its quote`);
  }
  set.pairs.forEach((p, i) => {
    if (!claims.has(p.a) || !claims.has(p.b)) problems.push(`pair ${i + 1} (${p.a}, ${p.b}): a claim that is not listed`);
  });
  if (onlySplit) {
    for (const d of set.docs) if (d.split !== onlySplit) problems.push(`document ${d.id}: split ${d.split}, not ${onlySplit}`);
    set.pairs.forEach((p, i) => {
      if (p.split !== onlySplit) problems.push(`pair ${i + 1}: split ${p.split}, not ${onlySplit}`);
    });
  }
  if (problems.length) throw new Error(`${name}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
  return set;
}

/** Reads a set file next to this module (`matching-set/<file>`), or null when `optional` and it is absent. */
export async function readMatchingSet(file: string, options: { optional?: boolean; onlySplit?: z.infer<typeof Split> } = {}): Promise<MatchingSet | null> {
  const url = new URL(`./matching-set/${file}`, import.meta.url);
  if (options.optional && !existsSync(url)) return null;
  return parseMatchingSet(await readFile(url, 'utf8'), `matching-set/${file}`, options.onlySplit);
}
