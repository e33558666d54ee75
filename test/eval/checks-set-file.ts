/** Reads one file of the checks evaluation set (test/eval/checks-set/*.yaml), validated against its format. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { setSchema, type LabelledDoc } from './score-checks.ts';

export async function readSet(dir: string, file: string): Promise<LabelledDoc[]> {
  const parsed = setSchema.safeParse(parse(await readFile(join(dir, 'checks-set', file), 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.docs;
}
