import { describe, expect, it } from 'vitest';
import { clausesOf, segmentSentences, sentenceCovering } from '../../src/quantities/sentences.ts';

const cut = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences, cut once by ICU (issue 18)', () => {
  it('issue 18: English sentences end at a full stop ("Reserves fell to $2.8 trillion. The TGA rose to $1 trillion." is two)', () => {
    expect(cut('Reserves fell to $2.8 trillion. The TGA rose to $1 trillion.')).toEqual(['Reserves fell to $2.8 trillion.', 'The TGA rose to $1 trillion.']);
  });

  it('does not end a sentence after an abbreviation, an initialism or a month before a number', () => {
    expect(cut('As of Nov. 6, the U.S. Treasury held $1 trillion. Mr. Smith said so.')).toEqual(['As of Nov. 6, the U.S. Treasury held $1 trillion.', 'Mr. Smith said so.']);
    expect(cut('It was the lowest since early 2021 (Jan. 2021). It rose 4.2% later.')).toEqual(['It was the lowest since early 2021 (Jan. 2021).', 'It rose 4.2% later.']);
    expect(cut('Reserves fell in the U.S. The Fed said so.')).toEqual(['Reserves fell in the U.S.', 'The Fed said so.']);
  });

  it('ends Chinese sentences at 。！？, keeps a quoted sentence whole, and ends at line breaks', () => {
    expect(cut('TGA升至1萬億美元！真的嗎？是的。')).toEqual(['TGA升至1萬億美元！', '真的嗎？', '是的。']);
    expect(cut('他說：「準備金跌至2.8兆美元。」隨後TGA上升。')).toEqual(['他說：「準備金跌至2.8兆美元。」', '隨後TGA上升。']);
    expect(cut('第一章 流動性\n準備金下降。')).toEqual(['第一章 流動性', '準備金下降。']);
  });

  it('issue 18: subjects are never cut mid-word — every sentence starts at a word ("inues. The QT assets…")', () => {
    const text = 'The runoff continues. The QT assets shrank by $95 billion a month.';
    expect(cut(text)).toEqual(['The runoff continues.', 'The QT assets shrank by $95 billion a month.']);
  });

  it('a footnote mark after a full stop closes its sentence ("…$850 billion.[" and "2] The borrowing…" was the cut)', () => {
    expect(cut('Treasury assumed an end-of-September cash balance of $850 billion.[2] The borrowing estimate is $453 billion higher.')).toEqual([
      'Treasury assumed an end-of-September cash balance of $850 billion.[2]',
      'The borrowing estimate is $453 billion higher.',
    ]);
    expect(cut('It rose 5%.[1][12] Then it fell.')).toEqual(['It rose 5%.[1][12]', 'Then it fell.']);
    expect(cut('It rose to $1 trillion.[3]')).toEqual(['It rose to $1 trillion.[3]']);
  });

  it('cuts a sentence into clauses, not at thousands separators, and finds the sentence around a span', () => {
    const text = 'Reserves were $2,850 billion, the lowest since 2021; the TGA rose.';
    const [s] = segmentSentences(text);
    expect(clausesOf(text, s!).map((c) => text.slice(c.start, c.end))).toEqual(['Reserves were $2,850 billion', 'the lowest since 2021', 'the TGA rose']);
    const at = text.indexOf('TGA');
    expect(sentenceCovering(text, at, at + 3)).toEqual({ start: 0, end: text.length });
  });
});
