import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseMatchingSet } from './matching-set-file.ts';

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

describe('the matching set files (pairs.yaml, fresh.yaml)', () => {
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

  it('the shipped held-out sets (fresh.yaml, fresh2.yaml) follow the format, all of each held out', async () => {
    for (const name of ['fresh.yaml', 'fresh2.yaml']) {
      const text = await readFile(new URL(`./matching-set/${name}`, import.meta.url), 'utf8');
      expect(parseMatchingSet(text, name, 'heldout').pairs.length).toBeGreaterThan(0);
    }
  });
});
