/**
 * The format of the matching evaluation's set files (test/eval/matching-set/pairs.yaml, and the fresh*.yaml sets in the
 * same format, each labelled later as a whole), validated before anything runs: a malformed file is a clear error
 * naming the file and the first problems, never a half-run evaluation. Which file is tuning text and which is held
 * out, and the part each is printed in, is said once here (`MATCHING_FILES`).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const Split = z.enum(['dev', 'heldout']);
// `was_heldout_until`: a document that was held out until that date and is tuning text since (fresh.yaml).
const IsoDate = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));
const Doc = z.object({ id: z.string().min(1), lang: z.enum(['en', 'zh-Hant', 'zh-Hans']), split: Split, url: z.string(), published: z.string().nullable(), text: z.string().min(1), was_heldout_until: IsoDate.optional() });
const Claim = z.object({ id: z.string().min(1), doc: z.string(), quote: z.string().min(1), surface: z.string().min(1), measure: z.string().optional() });
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
  // A pair is of its documents' split: a pair between a tuning and a held-out document would put held-out text in a
  // tuning part (or the reverse).
  const docOf = (claim: string) => docs.get(claims.get(claim)?.doc ?? '');
  set.pairs.forEach((p, i) => {
    for (const d of [docOf(p.a), docOf(p.b)]) if (d && d.split !== p.split) problems.push(`pair ${i + 1}: split ${p.split}, its document ${d.id} ${d.split}`);
  });
  for (const d of set.docs) if (d.was_heldout_until && d.split !== 'dev') problems.push(`document ${d.id}: was_heldout_until on a document still held out`);
  if (problems.length) throw new Error(`${name}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
  return set;
}

/** Reads a set file (`matching-set/<file>` next to this module, or under `dir`), or null when `optional` and it is absent. */
export async function readMatchingSet(file: string, options: { optional?: boolean; onlySplit?: z.infer<typeof Split>; dir?: string } = {}): Promise<MatchingSet | null> {
  const url = options.dir ? pathToFileURL(join(options.dir, file)) : new URL(`./matching-set/${file}`, import.meta.url);
  if (options.optional && !existsSync(url)) return null;
  return parseMatchingSet(await readFile(url, 'utf8'), `matching-set/${file}`, options.onlySplit);
}

/**
 * The files of the set, in print order. `only`: the one split a file may hold (each fresh file was labelled as a
 * whole, as tuning text or as held-out text, by a labeller who had not seen the product's output); `wasHeldOut`:
 * every document of it carries `was_heldout_until` (held out until then, tuning text since).
 * fresh.yaml was held out until 2026-12-07 (its last held-out figures are in docs/matching.md, fourth pass): tuning
 * text since; fresh2.yaml likewise since the sixth session of 2026-12-07 (last held-out figures: docs/matching.md, end
 * of session at 1153263), and fresh3.yaml since the seventh (reported held out twice; last figures in docs/matching.md,
 * end of the sixth session), and fresh4.yaml since the eighth (reported held out twice; last figures in docs/matching.md,
 * seventh pass), and fresh5.yaml since the ninth (2026-12-08; reported held out twice, last figures in docs/matching.md,
 * eighth pass). fresh4.yaml (held out until then: 35 pages in en, zh-Hant and zh-Hans on the debt's 37T-39T crossings,
 * the TGA of 2020 and 2025 and the ON RRP of August 2025; 261 pairs) was labelled by label15 on 2026-12-07 before
 * anything ran on it.
 */
export const MATCHING_FILES: readonly { file: string; set: string; only?: z.infer<typeof Split>; wasHeldOut?: boolean; optional?: boolean }[] = [
  { file: 'pairs.yaml', set: 'first' },
  { file: 'fresh.yaml', set: 'fresh', only: 'dev', wasHeldOut: true },
  { file: 'fresh2.yaml', set: 'fresh2', only: 'dev', wasHeldOut: true },
  { file: 'fresh3.yaml', set: 'fresh3', only: 'dev', wasHeldOut: true },
  { file: 'fresh4.yaml', set: 'fresh4', only: 'dev', wasHeldOut: true },
  { file: 'fresh5.yaml', set: 'fresh5', only: 'dev', wasHeldOut: true },
  { file: 'fresh6.yaml', set: 'fresh6', only: 'heldout', optional: true },
  { file: 'fresh7.yaml', set: 'fresh7', only: 'heldout', optional: true },
];

/** One printed part of the evaluation: its documents, claims and pairs, ids prefixed by their set (`fresh:`…) but the first's. */
export interface MatchingPart {
  /** `dev`, `dev (fresh, was held out)`, `heldout`, `heldout fresh2`… */
  part: string;
  split: z.infer<typeof Split>;
  file: string;
  set: MatchingSet;
}

const partName = (set: string, split: z.infer<typeof Split>, wasHeldOut: boolean) =>
  set === 'first' ? split : split === 'heldout' ? `heldout ${set}` : wasHeldOut ? `dev (${set}, was held out)` : `dev (${set})`;

/**
 * Every part of the set, validated file by file: a file holding a split it must not (a held-out file with tuning
 * text, a tuning file with held-out text, a file once held out whose documents do not say so) is refused.
 */
export async function readMatchingParts(dir?: string): Promise<MatchingPart[]> {
  const out: MatchingPart[] = [];
  for (const { file, set: name, only, wasHeldOut, optional } of MATCHING_FILES) {
    let set: MatchingSet | null;
    try {
      set = await readMatchingSet(file, { ...(optional ? { optional } : {}), ...(only ? { onlySplit: only } : {}), ...(dir ? { dir } : {}) });
    } catch (e) {
      const m = (e as Error).message;
      if (only && /split (dev|heldout), not/.test(m)) throw new Error(`${file}: every document and pair is ${only === 'dev' ? 'tuning text (split: dev)' : 'held out (split: heldout)'} — ${m}`);
      throw e;
    }
    if (!set) continue;
    if (wasHeldOut) {
      const unmarked = set.docs.filter((d) => !d.was_heldout_until).map((d) => d.id);
      if (unmarked.length) throw new Error(`${file}: every document was held out and says until when (was_heldout_until); not ${unmarked.slice(0, 3).join(', ')}`);
    }
    const p = name === 'first' ? '' : `${name}:`;
    for (const split of ['dev', 'heldout'] as const) {
      const docs = set.docs.filter((d) => d.split === split);
      if (!docs.length) continue;
      const ids = new Set(docs.map((d) => d.id));
      const claims = set.claims.filter((c) => ids.has(c.doc));
      out.push({
        part: partName(name, split, docs.some((d) => d.was_heldout_until)),
        split,
        file,
        set: {
          docs: docs.map((d) => ({ ...d, id: p + d.id })),
          claims: claims.map((c) => ({ ...c, id: p + c.id, doc: p + c.doc })),
          pairs: set.pairs.filter((x) => x.split === split).map((x) => ({ ...x, a: p + x.a, b: p + x.b })),
        },
      });
    }
  }
  return out;
}
