import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/text/sentence-around.ts';

const sentence = (text: string, part: string) => {
  const start = text.indexOf(part);
  const s = sentenceAround(text, start, start + part.length);
  return text.slice(s.start, s.end);
};

describe('sentenceAround', () => {
  it('extends a Chinese clause to its sentence, keeping the full stop', () => {
    const text = '引言\n日經225指數單日暴跌4.2%,創年內最大跌幅;首爾KOSPI指數同步重挫5.1%。這場全面潰敗。';
    expect(sentence(text, '首爾KOSPI指數同步重挫5.1%')).toBe('日經225指數單日暴跌4.2%,創年內最大跌幅;首爾KOSPI指數同步重挫5.1%。');
  });

  it('stops at line breaks and does not split English decimals', () => {
    const text = 'Heading\nReserves fell to $2.7 trillion. Then they rose.';
    expect(sentence(text, '$2.7 trillion')).toBe('Reserves fell to $2.7 trillion.');
    expect(sentence(text, 'rose')).toBe('Then they rose.');
  });
});
