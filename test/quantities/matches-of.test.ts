import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/quantities/matches-of.ts';

// matchesOf stands in for text.matchAll(re) in the readers' per-sentence loops: the same matches, from the pattern's
// lastIndex, past empty matches, and the pattern's lastIndex left as it was.
const same = (re: RegExp, text: string) => {
  const expected = [...text.matchAll(re)].map((m) => ({ at: m.index, all: [...m], groups: m.groups }));
  const before = re.lastIndex;
  const got = matchesOf(re, text).map((m) => ({ at: m.index, all: [...m], groups: m.groups }));
  expect(got).toEqual(expected);
  expect(re.lastIndex).toBe(before);
};

describe('matchesOf', () => {
  it('gives what matchAll gives, on words, empty matches, surrogate pairs and groups', () => {
    const texts = ['準備金降至2.85兆美元，TGA升至1兆美元', 'fell by $59 billion to $2.93 trillion, and rose', '', '𠀀a𠀀', 'aaa'];
    const patterns = [/\d+(?:\.\d+)?/g, /(?<word>[a-z]+)/gi, /x*/g, /x*/gu, /(?:)/gu, /[降升]至/g, /\s(?:and|but)\s/gi];
    for (const re of patterns) for (const text of texts) same(re, text);
  });

  it('starts from the pattern’s lastIndex and leaves it there, as matchAll does', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    same(re, '1a2b3c4');
    expect(matchesOf(re, '1a2b3c4').map((m) => m[0])).toEqual(['3', '4']);
    expect(re.lastIndex).toBe(3);
  });

  it('lets a caller use the same pattern again while it walks the matches', () => {
    const re = /\d/g;
    const pairs = matchesOf(re, '12').flatMap((a) => matchesOf(re, 'ab34').map((b) => a[0] + b[0]));
    expect(pairs).toEqual(['13', '14', '23', '24']);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => matchesOf(/\d/, '1')).toThrow(TypeError);
    expect(() => [...'1'.matchAll(/\d/ as RegExp)]).toThrow(TypeError);
  });
});
