import { describe, expect, it } from 'vitest';
import { nextStop, runStart, unitSet } from '../../src/quantities/unit-set.ts';

// The walks to a break that replaced a one-character regex test per character: the same offsets as those loops, on
// random strings of breaks, Chinese and Latin characters, from every offset.
const STOPS = ',，;；:：。!?！？—';
const regexStart = (text: string, at: number, floor: number) => {
  let from = at;
  while (from > floor && !/[,，;；:：。!?！？—]/.test(text[from - 1] as string)) from--;
  return from;
};
const regexEnd = (text: string, at: number, limit: number) => {
  let to = at;
  while (to < limit && !/[,，;；:：。!?！？—]/.test(text[to] as string)) to++;
  return to;
};

describe('unit sets', () => {
  it('find the same phrase starts and ends as the regex loops they replaced', () => {
    const stops = unitSet(STOPS);
    const alphabet = `${STOPS}ab 準備金兆美元1.5`;
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const floor = Math.floor(random() * (text.length + 1));
      for (let at = 0; at <= text.length; at++) {
        expect(runStart(text, stops, at, floor)).toBe(regexStart(text, at, floor));
        expect(nextStop(text, stops, at, text.length)).toBe(regexEnd(text, at, text.length));
      }
    }
  });

  it('holds exactly the characters it was made of', () => {
    const stops = unitSet('，,');
    expect(stops.has('，'.charCodeAt(0))).toBe(true);
    expect(stops.has(','.charCodeAt(0))).toBe(true);
    expect(stops.has('。'.charCodeAt(0))).toBe(false);
    expect(stops.has(Number.NaN)).toBe(false);
  });
});
