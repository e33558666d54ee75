import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scannerMatches, scannerStartsKey } from '../../src/quantities/extract-quantities.ts';
import { execFrom, startsOf, stickyOf } from '../../src/quantities/scan-starts.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { readAllSets } from '../eval/checks-set-file.ts';
import { loadRealText } from '../eval/real-text.ts';

// The number scanner runs its pattern only at offsets whose character can start a match (its starts, written in
// extract-quantities.ts for the pattern they carry the key of). A start missing from the list would silently drop
// numbers: on every evaluation text and on random text the scan with the starts must find exactly what the pattern
// finds at every offset; an edited pattern must get its starts rewritten (or runs at every offset: slower, the same).
const texts = [readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8'), ...loadRealText().map((d) => d.text), ...(await readAllSets(new URL('../eval/', import.meta.url).pathname)).map((d) => d.text)];

describe('number scanner starts', () => {
  it('are written for the scanner as it is (an edited pattern: rewrite its starts and their key)', () => {
    const { key, written } = scannerStartsKey();
    expect(written, 'SCANNER_STARTS_KEY in extract-quantities.ts names another pattern: check the starts against the edited pattern, then write its key').toBe(key);
  });

  it('find on every evaluation text what the pattern finds at every offset', () => {
    let found = 0;
    for (const text of texts) {
      const all = scannerMatches(text, true);
      expect(scannerMatches(text)).toEqual(all);
      found += all.length;
    }
    expect(found).toBeGreaterThan(5000);
  });

  it('find on random text what the pattern finds at every offset', () => {
    const pieces = ['1', '25', '2.5', ',000', '$', 'US$', '€', '-', '−', '+', '%', ' ', '年', '月', '日', '一', '十', '萬', '億', '兆', '半', '第', '民國', '前', '近', '(', ')', '（', '）', '/', 'January', 'Oct.', 'May', 'in ', 'a ', 'an ', 'quarter', 'year', 'first', 'Four', 'twenty-one', 'billion', 'T', 'bn', ' bln', ' mln', 'am', ':', '°', 's', '美元', '點', '‧', '．', '分之', '季', '個', 'the ', '\n', '𠀀', '.'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 3000; t++) {
      const text = Array.from({ length: Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(scannerMatches(text), text).toEqual(scannerMatches(text, true));
    }
  });

  it('execFrom gives exec’s matches and lastIndex, from where lastIndex is', () => {
    const re = /(?<=a)b|c\d/gu;
    const sticky = stickyOf(re);
    const starts = startsOf('bc');
    const text = 'ab cb c1 ab c2';
    re.lastIndex = 3;
    sticky.lastIndex = 3;
    for (;;) {
      const a = re.exec(text);
      const b = execFrom(sticky, text, starts);
      expect(b?.index).toBe(a?.index);
      expect(b?.[0]).toBe(a?.[0]);
      expect(sticky.lastIndex).toBe(re.lastIndex);
      if (!a) break;
    }
  });
});
