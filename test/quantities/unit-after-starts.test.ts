import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNIT_WORDS, unitAfter, unitAfterTryingAll } from '../../src/quantities/units.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { readAllSets } from '../eval/checks-set-file.ts';
import { loadRealText } from '../eval/real-text.ts';

// unitAfter tries only the unit words the next characters can open (each word's starts, read from its alternatives);
// a start left out would silently drop a unit. At every offset of every evaluation text, and on random text, it must
// answer what trying every word in order answers.
const texts = [readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8'), ...loadRealText().map((d) => d.text), ...(await readAllSets(new URL('../eval/', import.meta.url).pathname)).map((d) => d.text)];
const same = (after: string) => {
  const a = unitAfter(after);
  const b = unitAfterTryingAll(after);
  return a?.word === b?.word && a?.length === b?.length;
};

describe('unitAfter by starts', () => {
  it('knows the starts of most unit words (so most are not tried at most characters)', () => {
    expect(UNIT_WORDS.filter((w) => w.starts).length).toBeGreaterThan(UNIT_WORDS.length * 0.9);
  });

  it('answers as trying every word, at every offset of every evaluation text', () => {
    let checked = 0;
    let found = 0;
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        const after = text.slice(i, i + 24);
        if (!same(after)) expect.fail(`unitAfter differs at ${JSON.stringify(after)}`);
        if (unitAfterTryingAll(after)) found++;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200_000);
    expect(found).toBeGreaterThan(5_000);
  });

  it('answers as trying every word on random text', () => {
    const pieces = [' ', '-', '\u00a0', '\n', '美元', '元', '億', '%', '％', '個', '个', '月', '天', '周邊', '周', '米價', '米', '大樓', '大', '成本', '成', 'km', 'KM', 'billion', 'percent', 'Percentage points', 'people per square mile', 'sq km', 'x', 'X', 'times', 'days', 'DAY', 'bps', '℃', '°C', 'm/s', 'a', '1', '.', '度假', '度'];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 20_000; t++) {
      const after = Array.from({ length: Math.floor(next() * 5) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      if (!same(after)) expect.fail(`unitAfter differs at ${JSON.stringify(after)}`);
    }
  });
});
