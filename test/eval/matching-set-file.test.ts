import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MATCHING_FILES, parseMatchingSet, readMatchingParts } from './matching-set-file.ts';

const good = `docs:
  - id: d1
    lang: en
    split: heldout
    url: https://example.org/a
    published: null
    text: Reserves fell to $2.93 trillion in the week ending October 22.
  - id: d2
    lang: zh-Hans
    split: heldout
    url: https://example.org/b
    published: 2025-10-24
    text: 截至10月22日当周，银行准备金降至2.93万亿美元。
claims:
  - { id: c1, doc: d1, quote: "Reserves fell to $2.93 trillion", surface: "$2.93 trillion" }
  - { id: c2, doc: d2, quote: "银行准备金降至2.93万亿美元", surface: "2.93万亿美元" }
pairs:
  - { a: c1, b: c2, relation: SAME_FIGURE, split: heldout }
`;

describe('the matching set files (pairs.yaml, fresh*.yaml)', () => {
  it('reads a well-formed held-out set, doubtful false by default', () => {
    const set = parseMatchingSet(good, 'fresh.yaml', 'heldout');
    expect(set.pairs).toEqual([{ a: 'c1', b: 'c2', relation: 'SAME_FIGURE', split: 'heldout', doubtful: false }]);
  });

  it('refuses a file that breaks the schema, naming the file and the field', () => {
    expect(() => parseMatchingSet(good.replace('relation: SAME_FIGURE', 'relation: SAME'), 'fresh.yaml')).toThrow(/fresh\.yaml does not follow the matching set's format: pairs\.0\.relation/);
    expect(() => parseMatchingSet(good.replace('lang: en', 'lang: fr'), 'fresh.yaml')).toThrow(/docs\.0\.lang/);
    expect(() => parseMatchingSet('docs: [', 'fresh.yaml')).toThrow(/fresh\.yaml: not valid YAML/);
  });

  it('refuses dangling ids, quotes not in their text, and (for fresh.yaml) any pair not held out', () => {
    expect(() => parseMatchingSet(good.replace('{ a: c1, b: c2', '{ a: c1, b: c9'), 'fresh.yaml')).toThrow(/pair 1 \(c1, c9\): a claim that is not listed/);
    expect(() => parseMatchingSet(good.replace('doc: d2', 'doc: d7'), 'fresh.yaml')).toThrow(/claim c2: no document d7/);
    expect(() => parseMatchingSet(good.replace('quote: "Reserves fell', 'quote: "Reserves dropped'), 'fresh.yaml')).toThrow(/claim c1: its quote is not in the text of d1/);
    expect(() => parseMatchingSet(good.replace('split: heldout }', 'split: dev }'), 'fresh.yaml', 'heldout')).toThrow(/pair 1: split dev, not heldout/);
  });

  it('the shipped pairs.yaml follows the format', async () => {
    const text = await readFile(new URL('./matching-set/pairs.yaml', import.meta.url), 'utf8');
    const set = parseMatchingSet(text, 'pairs.yaml');
    expect(set.pairs.length).toBeGreaterThanOrEqual(150);
  });

  it('refuses a pair whose split is not its documents\', and a document still held out that says until when it was', () => {
    const mixed = good.replace('split: heldout\n    url: https://example.org/b', 'split: dev\n    url: https://example.org/b');
    expect(() => parseMatchingSet(mixed, 'pairs.yaml')).toThrow(/pair 1: split heldout, its document d2 dev/);
    expect(() => parseMatchingSet(good.replace('published: null', 'published: null\n    was_heldout_until: 2026-12-07'), 'fresh.yaml')).toThrow(/document d1: was_heldout_until on a document still held out/);
  });

  it('the shipped sets follow the format: fresh.yaml to fresh5.yaml tuning text since 2026-12-07/08, fresh6.yaml held out', async () => {
    const parts = await readMatchingParts();
    const byPart = new Map(parts.map((p) => [p.part, p]));
    expect(byPart.get('dev (fresh, was held out)')!.set.pairs.length).toBe(226);
    expect(byPart.get('dev (fresh, was held out)')!.set.docs.every((d) => d.was_heldout_until === '2026-12-07' && d.id.startsWith('fresh:'))).toBe(true);
    expect(byPart.get('dev (fresh2, was held out)')!.set.pairs.length).toBe(206);
    expect(byPart.get('dev (fresh2, was held out)')!.set.docs.every((d) => d.was_heldout_until === '2026-12-07' && d.id.startsWith('fresh2:'))).toBe(true);
    expect(byPart.get('dev (fresh3, was held out)')!.set.pairs.length).toBe(182);
    expect(byPart.get('dev (fresh3, was held out)')!.set.docs.every((d) => d.was_heldout_until === '2026-12-07' && d.id.startsWith('fresh3:'))).toBe(true);
    expect(byPart.get('dev (fresh4, was held out)')!.set.pairs.length).toBe(261);
    expect(byPart.get('dev (fresh4, was held out)')!.set.docs.every((d) => d.was_heldout_until === '2026-12-07' && d.id.startsWith('fresh4:'))).toBe(true);
    expect(byPart.get('dev (fresh5, was held out)')!.set.pairs.length).toBe(211);
    expect(byPart.get('dev (fresh5, was held out)')!.set.docs.every((d) => d.was_heldout_until === '2026-12-08' && d.id.startsWith('fresh5:'))).toBe(true);
    expect(byPart.get('heldout fresh6')!.set.pairs.length).toBeGreaterThan(0);
    expect(parts.filter((p) => ['fresh.yaml', 'fresh2.yaml', 'fresh3.yaml', 'fresh4.yaml', 'fresh5.yaml'].includes(p.file) && p.split === 'heldout')).toEqual([]);
  });
});

// The eval prints each file in parts of its own; a held-out file holding tuning text (or the reverse) would mix parts
// that must stay apart, so it is refused (as the checks set's files are: test/eval/checks-set-file.test.ts).
describe('the parts of the matching set (readMatchingParts)', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const set = (split: 'dev' | 'heldout', marker = '') => good.replaceAll('split: heldout', `split: ${split}`).replaceAll(`split: ${split}\n    url`, `split: ${split}${marker}\n    url`);
  async function withFiles(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'matching-set-'));
    for (const [name, body] of Object.entries(files)) await writeFile(join(dir, name), body);
    return dir;
  }
  const marked = '\n    was_heldout_until: 2026-12-07';

  it('names each part: dev, heldout, dev (fresh…fresh5, was held out), heldout fresh6 and fresh7 (optional), ids prefixed by set', async () => {
    const parts = await readMatchingParts(await withFiles({ 'pairs.yaml': set('dev'), 'fresh.yaml': set('dev', marked), 'fresh2.yaml': set('dev', marked), 'fresh3.yaml': set('dev', marked), 'fresh4.yaml': set('dev', marked), 'fresh5.yaml': set('dev', marked), 'fresh6.yaml': set('heldout'), 'fresh7.yaml': set('heldout') }));
    expect(parts.map((p) => [p.part, p.split, p.set.pairs[0]!.a])).toEqual([
      ['dev', 'dev', 'c1'],
      ['dev (fresh, was held out)', 'dev', 'fresh:c1'],
      ['dev (fresh2, was held out)', 'dev', 'fresh2:c1'],
      ['dev (fresh3, was held out)', 'dev', 'fresh3:c1'],
      ['dev (fresh4, was held out)', 'dev', 'fresh4:c1'],
      ['dev (fresh5, was held out)', 'dev', 'fresh5:c1'],
      ['heldout fresh6', 'heldout', 'fresh6:c1'],
      ['heldout fresh7', 'heldout', 'fresh7:c1'],
    ]);
    const withoutFresh6 = await readMatchingParts(await withFiles({ 'pairs.yaml': set('heldout'), 'fresh.yaml': set('dev', marked), 'fresh2.yaml': set('dev', marked), 'fresh3.yaml': set('dev', marked), 'fresh4.yaml': set('dev', marked), 'fresh5.yaml': set('dev', marked) }));
    expect(withoutFresh6.map((p) => p.part)).toEqual(['heldout', 'dev (fresh, was held out)', 'dev (fresh2, was held out)', 'dev (fresh3, was held out)', 'dev (fresh4, was held out)', 'dev (fresh5, was held out)']);
    expect(MATCHING_FILES.find((f) => f.file === 'fresh5.yaml')).toMatchObject({ only: 'dev', wasHeldOut: true });
    expect(MATCHING_FILES.find((f) => f.file === 'fresh6.yaml')).toMatchObject({ only: 'heldout', optional: true });
    expect(MATCHING_FILES.find((f) => f.file === 'fresh7.yaml')).toMatchObject({ only: 'heldout', optional: true });
  });

  it('refuses a held-out file holding tuning text, a tuning file holding held-out text, and a once-held-out file that does not say so', async () => {
    await expect(readMatchingParts(await withFiles({ 'pairs.yaml': set('dev'), 'fresh.yaml': set('dev', marked), 'fresh2.yaml': set('dev', marked), 'fresh3.yaml': set('dev', marked), 'fresh4.yaml': set('dev', marked), 'fresh5.yaml': set('dev', marked), 'fresh6.yaml': set('dev') }))).rejects.toThrow(/fresh6\.yaml: every document and pair is held out/);
    await rm(dir, { recursive: true, force: true });
    await expect(readMatchingParts(await withFiles({ 'pairs.yaml': set('dev'), 'fresh.yaml': set('heldout') }))).rejects.toThrow(/fresh\.yaml: every document and pair is tuning text/);
    await rm(dir, { recursive: true, force: true });
    await expect(readMatchingParts(await withFiles({ 'pairs.yaml': set('dev'), 'fresh.yaml': set('dev') }))).rejects.toThrow(/fresh\.yaml: every document was held out and says until when/);
  });
});
