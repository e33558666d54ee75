/** Reads the checks evaluation set (test/eval/checks-set/*.yaml), validated against its format: one file, or every
 * file of the set, each document tagged with the part the eval prints it in. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { setSchema, type LabelledDoc } from './score-checks.ts';

export async function readSet(dir: string, file: string): Promise<LabelledDoc[]> {
  const parsed = setSchema.safeParse(parse(await readFile(join(dir, 'checks-set', file), 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.docs;
}

/** The files of the set, in the order the eval prints them. `only` is the one split a file may hold: the later files
 * were each labelled as tuning text or as held-out text as a whole, by labellers who had not seen the product's output. */
const FILES: { file: string; set: string; only?: 'dev' | 'heldout'; optional?: boolean }[] = [
  { file: 'en.yaml', set: 'first' },
  { file: 'zh.yaml', set: 'first' },
  { file: 'dev2.yaml', set: 'dev2', only: 'dev', optional: true },
  { file: 'dev3.yaml', set: 'dev3', only: 'dev', optional: true },
  // fresh.yaml and fresh2.yaml were held out until 2026-12-07 (their last held-out figures are in docs/checks.md);
  // tuning text since, every document marked `was_heldout_until`.
  { file: 'fresh.yaml', set: 'fresh', only: 'dev', optional: true },
  { file: 'fresh2.yaml', set: 'fresh2', only: 'dev', optional: true },
  // fresh3.yaml and fresh4.yaml were held out until 2026-12-07 (sixth session; last held-out figures in docs/checks.md,
  // end of session at 1153263): tuning text since, the same way.
  { file: 'fresh3.yaml', set: 'fresh3', only: 'dev', optional: true },
  { file: 'fresh4.yaml', set: 'fresh4', only: 'dev', optional: true },
  // fresh5.yaml and fresh6.yaml were held out until 2026-12-07 (seventh session; reported held out twice, last at
  // 159d4fe in docs/checks.md): tuning text since, the same way.
  { file: 'fresh5.yaml', set: 'fresh5', only: 'dev', optional: true },
  { file: 'fresh6.yaml', set: 'fresh6', only: 'dev', optional: true },
  // fresh7.yaml and fresh8.yaml were held out until 2026-12-07 (eighth session; reported held out twice, last at
  // 8ce1920 in docs/checks.md): tuning text since, the same way.
  { file: 'fresh7.yaml', set: 'fresh7', only: 'dev', optional: true },
  { file: 'fresh8.yaml', set: 'fresh8', only: 'dev', optional: true },
  // fresh9.yaml and fresh10.yaml were held out until 2026-12-08 (ninth session; reported held out twice, last at
  // d7d21ee in docs/checks.md): tuning text since, the same way.
  { file: 'fresh9.yaml', set: 'fresh9', only: 'dev', optional: true },
  { file: 'fresh10.yaml', set: 'fresh10', only: 'dev', optional: true },
  { file: 'fresh11.yaml', set: 'fresh11', only: 'heldout', optional: true },
  { file: 'fresh12.yaml', set: 'fresh12', only: 'heldout', optional: true },
];

export type TaggedDoc = LabelledDoc & { set: string; part: string };

/** The part a document is printed in: `dev`, `dev (was held out)`, `dev2`…, `dev (fresh, was held out)`, `heldout fresh3`… */
const partOf = (d: LabelledDoc, set: string): string =>
  d.split === 'heldout'
    ? `heldout ${set === 'first' ? 'first' : set}`
    : d.was_heldout_until
      ? set === 'first' ? 'dev (was held out)' : `dev (${set}, was held out)`
      : set === 'first' ? 'dev' : set;

/** Every document of the set, tagged; a file holding a split it must not is refused. */
export async function readAllSets(dir: string): Promise<TaggedDoc[]> {
  const out: TaggedDoc[] = [];
  for (const { file, set, only, optional } of FILES) {
    const docs = await readSet(dir, file).catch((e: NodeJS.ErrnoException) => (optional && e.code === 'ENOENT' ? [] : Promise.reject(e)));
    if (only && docs.some((d) => d.split !== only)) throw new Error(`${file}: every document is ${only === 'dev' ? 'tuning text (split: dev)' : 'held out (split: heldout)'}`);
    out.push(...docs.map((d) => ({ ...d, set, part: partOf(d, set) })));
  }
  return out;
}

/** The parts in print order, each once. */
export const partsOf = (docs: TaggedDoc[]): string[] => [...new Set(docs.map((d) => d.part))].sort((a, b) => Number(a.startsWith('heldout')) - Number(b.startsWith('heldout')));
