import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { partsOf, readAllSets } from './checks-set-file.ts';

// The eval prints each file's documents in a part of their own; a held-out set that holds tuning text (or the
// reverse) would mix parts that must stay apart, so it is refused.
const doc = (id: string, split: string, extra = '') => `  - id: ${id}
    lang: en
    split: ${split}${extra}
    published: 2025-11-03
    text: "Reserves were $2.85 trillion."
    claims: []
`;
let dir: string;
async function withFiles(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'checks-set-'));
  await mkdir(join(dir, 'checks-set'));
  for (const [name, body] of Object.entries(files)) await writeFile(join(dir, 'checks-set', name), body ? `docs:\n${body}` : 'docs: []\n');
  return dir;
}
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the checks set files', () => {
  it('tags each document with its part: dev, dev (was held out), later tuning files, and each held-out file', async () => {
    const d = await withFiles({
      'en.yaml': doc('a', 'dev') + doc('b', 'dev', '\n    was_heldout_until: 2026-12-07') + doc('c', 'heldout'),
      'zh.yaml': '',
      'dev3.yaml': doc('d', 'dev'),
      'fresh2.yaml': doc('f', 'dev', '\n    was_heldout_until: 2026-12-07'),
      'fresh11.yaml': doc('e', 'heldout'),
    });
    const docs = await readAllSets(d);
    expect(docs.map((x) => [x.id, x.part])).toEqual([['a', 'dev'], ['b', 'dev (was held out)'], ['c', 'heldout first'], ['d', 'dev3'], ['f', 'dev (fresh2, was held out)'], ['e', 'heldout fresh11']]);
    expect(partsOf(docs)).toEqual(['dev', 'dev (was held out)', 'dev3', 'dev (fresh2, was held out)', 'heldout first', 'heldout fresh11']);
  });

  it('refuses a held-out file holding tuning text, and a tuning file holding held-out text', async () => {
    await expect(readAllSets(await withFiles({ 'en.yaml': '', 'zh.yaml': '', 'fresh11.yaml': doc('e', 'dev') }))).rejects.toThrow(/fresh11.yaml: every document is held out/);
    await rm(dir, { recursive: true, force: true });
    await expect(readAllSets(await withFiles({ 'en.yaml': '', 'zh.yaml': '', 'dev3.yaml': doc('e', 'heldout') }))).rejects.toThrow(/dev3.yaml: every document is tuning text/);
  });

  // The tests above read files of their own; this one reads the shipped files (held-out ones too, for their format
  // only — nothing the product computes is looked at), so a labeller's slip is caught before an eval run counts it.
  it('the shipped files follow the format: each quote in its text, each surface in its quote, ids unique', async () => {
    const docs = await readAllSets(new URL('.', import.meta.url).pathname);
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const d of docs) {
      if (ids.has(d.id)) problems.push(`${d.id}: id used twice`);
      ids.add(d.id);
      d.claims.forEach((c, i) => {
        if (!d.text.includes(c.quote)) problems.push(`${d.id} claim ${i + 1}: quote not in the text`);
        if (!c.quote.includes(c.surface)) problems.push(`${d.id} claim ${i + 1}: surface not in the quote`);
      });
    }
    expect(problems).toEqual([]);
    expect(docs.filter((d) => d.part.startsWith('heldout')).length).toBeGreaterThan(0);
    expect(docs.filter((d) => ['fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8'].includes(d.set)).every((d) => d.split === 'dev' && d.was_heldout_until === '2026-12-07')).toBe(true);
    const ninth = docs.filter((d) => ['fresh9', 'fresh10'].includes(d.set));
    expect(ninth.length).toBe(36);
    expect(ninth.every((d) => d.split === 'dev' && d.was_heldout_until === '2026-12-08')).toBe(true);
  });
});
