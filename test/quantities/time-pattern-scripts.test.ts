import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timePatternScripts } from '../../src/quantities/time-expressions.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { readAllSets } from '../eval/checks-set-file.ts';
import { loadRealText } from '../eval/real-text.ts';

// The time reader runs a pattern only on sentences holding the script it declares (a Latin letter, a Han character),
// so a pattern declared LATIN that could match Chinese text alone would silently stop reading it. Every match of
// every declared pattern, on the seed, the real-text set and every checks-set text (three scripts), must hold its
// script; and a pattern made to match without it would fail here.
const texts = [readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8'), ...loadRealText().map((d) => d.text), ...(await readAllSets(new URL('../eval/', import.meta.url).pathname)).map((d) => d.text)];
const HOLDS = { LATIN: /[A-Za-z]/, HAN: /[\u3400-\u9fff\uf900-\ufaff]/ };

describe('time patterns declare the script every match needs', () => {
  it('on every evaluation text, each match of a LATIN or HAN pattern holds a character of that script', () => {
    let checked = 0;
    for (const { script, re } of timePatternScripts()) {
      if (script === 'ANY') continue;
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
          expect(HOLDS[script].test(m[0]), `${script} pattern /${re.source.slice(0, 60)}…/ matched "${m[0]}"`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('declares most patterns by script, so most sentences skip the other script’s patterns', () => {
    const scripts = timePatternScripts().map((p) => p.script);
    expect(scripts.filter((s) => s === 'LATIN').length).toBeGreaterThan(10);
    expect(scripts.filter((s) => s === 'HAN').length).toBeGreaterThan(10);
  });
});
