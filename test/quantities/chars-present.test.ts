import { describe, expect, it } from 'vitest';
import { CharsPresent } from '../../src/quantities/chars-present.ts';

// CharsPresent stands in for text.includes(word) in the readers' gates (time patterns, named periods): it may only
// skip calls that must answer false, so on any text and word it answers what includes answers.
describe('CharsPresent', () => {
  it('answers what includes answers, on random texts and words from a small alphabet, across loads', () => {
    const alphabet = ['a', 'b', 'Q', ' ', '月', '年', '週', '-', '𠀀', '。'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const chars = new CharsPresent();
    for (let t = 0; t < 2000; t++) {
      const text = pick(Math.floor(next() * 12));
      chars.load(text);
      for (let w = 0; w < 10; w++) {
        const word = pick(Math.floor(next() * 4));
        expect(chars.holds(word)).toBe(text.includes(word));
      }
      const words = [pick(2), pick(1), pick(3)];
      expect(chars.holdsAny(words)).toBe(words.some((x) => text.includes(x)));
    }
  });

  it('forgets the text before: a word of the last text is not in the next one', () => {
    const chars = new CharsPresent();
    expect(chars.load('10月30日').holds('月')).toBe(true);
    expect(chars.load('the week ending').holds('月')).toBe(false);
    expect(chars.holdsAny(['day', 'week'])).toBe(true);
    expect(chars.holds('weak')).toBe(false);
  });

  it('holds the empty word in every text, as includes does', () => {
    expect(new CharsPresent().load('').holds('')).toBe(true);
  });
});
