import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldIsFast, openccToSimplified, toSimplified } from '../../src/search/fold-script.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { readAllSets } from '../eval/checks-set-file.ts';
import { loadRealText } from '../eval/real-text.ts';

// The script folding every search and every factor match rests on is opencc-js's t → cn conversion, run faster
// (fold-script.ts): it must give exactly what the library's converter gives, on real text in all three scripts and on
// random text built from the characters the fast path treats apart (words of several characters, one-character words,
// characters of no word, surrogates paired and alone, ideographic description sequences).
const texts = [readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8'), ...loadRealText().map((d) => d.text), ...(await readAllSets(new URL('../eval/', import.meta.url).pathname)).map((d) => d.text)];

describe('foldScript (opencc t → cn, fast)', () => {
  it('runs the fast passes (the library is configured as they were written for)', () => {
    expect(foldIsFast).toBe(true);
  });

  it('gives what opencc-js gives on every evaluation text', () => {
    for (const text of texts) expect(toSimplified(text)).toBe(openccToSimplified(text));
    expect(texts.length).toBeGreaterThan(100);
  });

  it('gives what opencc-js gives on random text', () => {
    const pieces = ['聯邦', '準備', '金', '財政部', '帳戶', '餘額', '停擺', '國債', '乾', '幹', '著', '的', '了', 'a', 'TGA', ' ', '，', '。', '萬億', '億', '𠀀', '𡃁', '\ud840', '\udc00', '⿰', '⿱', '⿲', '⿳', '⿴', '氵', '青', '於', '于', '後', '後來', '髮', '發', '臺灣', '台', '裡', '裏', '麵', '\n', '1', '「', '」'];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 5000; t++) {
      const text = Array.from({ length: Math.floor(next() * 16) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(toSimplified(text), JSON.stringify(text)).toBe(openccToSimplified(text));
    }
  });
});
