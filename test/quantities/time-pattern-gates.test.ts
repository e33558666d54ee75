import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timeExpressionsIn, timePatternScripts } from '../../src/quantities/time-expressions.ts';
import { gateOf, patternKey, timePatternGates } from '../../src/quantities/time-pattern-gates.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { readAllSets } from '../eval/checks-set-file.ts';
import { loadRealText } from '../eval/real-text.ts';

// The time reader runs a pattern only on sentences holding one of its gate's words (time-pattern-gates.ts), so a gate
// missing a word some match needs would silently stop reading those times. Every match of every gated pattern, on the
// seed, the real-text set and every checks-set text (three scripts), must hold one of its words; a gate left behind by
// an edited pattern must be rewritten or removed.
const texts = [readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8'), ...loadRealText().map((d) => d.text), ...(await readAllSets(new URL('../eval/', import.meta.url).pathname)).map((d) => d.text)];

describe('time pattern gates', () => {
  it('on every evaluation text, each match of a gated pattern holds one of its gate words (in lower case)', () => {
    let checked = 0;
    for (const { re } of timePatternScripts()) {
      const words = gateOf(re);
      if (!words) continue;
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
          const lower = m[0].toLowerCase();
          expect(words.some((w) => lower.includes(w)), `/${re.source.slice(0, 60)}…/ matched "${m[0]}", which holds none of ${words.join(' ')}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('names only patterns that exist: a gate whose pattern was edited is rewritten for the new pattern (patternKey) or removed', () => {
    const keys = new Set(timePatternScripts().map(({ re }) => patternKey(re)));
    const stale = timePatternGates().filter((g) => !keys.has(g.key)).map((g) => `${g.key} (${g.pattern})`);
    expect(stale).toEqual([]);
  });

  it('gates most patterns, so most sentences skip most of them', () => {
    const patterns = timePatternScripts();
    expect(patterns.filter(({ re }) => gateOf(re)).length).toBeGreaterThan(patterns.length * 0.8);
  });

  it('keys a gate by the whole pattern: any edit of its source or flags leaves the pattern ungated (run on every sentence)', () => {
    const re = /(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月/g;
    expect(patternKey(re)).toBe(patternKey(new RegExp(re.source, re.flags)));
    expect(patternKey(re)).not.toBe(patternKey(new RegExp(`${re.source}?`, re.flags)));
    expect(patternKey(re)).not.toBe(patternKey(new RegExp(re.source, 'gi')));
    expect(gateOf(/an edited pattern (\d+) days ago/gi)).toBeNull();
  });

  it('reads the same times with a sentence that holds a gate word only in another case ("WEEK ENDING OCT. 29")', () => {
    const text = 'Reserves fell to $2.8 trillion in the WEEK ENDING OCT. 29, the Fed said.';
    const times = timeExpressionsIn(text, { start: 0, end: text.length }, '2025-11-06');
    expect(times.map(({ text: t, window, weekEnding }) => ({ t, window, weekEnding }))).toEqual([{ t: 'the WEEK ENDING OCT. 29', window: { start: '2025-10-23', end: '2025-10-29' }, weekEnding: true }]);
  });
});
