import { describe, expect, it } from 'vitest';
import { QUALIFIER_TAIL, withoutQualifierTail } from '../../src/quantities/qualifiers.ts';

// withoutQualifierTail runs QUALIFIER_TAIL only when the text ends with a character one of its words ends with: the
// same text as the plain replace, on random texts of those words, their last characters and others.
describe('withoutQualifierTail', () => {
  it('strips what the pattern strips, and only that', () => {
    const pieces = ['約', '约', '逾', '超過', '近', '了', '達', '為', '是', '分別', '均', '都', '也', '各', '新台幣', '人民币', '美金', ' ', '\u3000', 'about ', 'ROUGHLY', 'nearly', 'more than', 'Only', 'some', 'just over', 'a ', 'an ', 'a', 'an', '至', '升', 'x', 't', 'Y', '1', '$', '增加', '降至'];
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let n = 0; n < 5000; n++) {
      const s = Array.from({ length: Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(withoutQualifierTail(s), JSON.stringify(s)).toBe(s.replace(QUALIFIER_TAIL, ''));
    }
  });

  it('strips a qualifier and keeps the verb before it', () => {
    expect(withoutQualifierTail('準備金增加了約')).toBe('準備金增加');
    expect(withoutQualifierTail('fell by about ')).toBe('fell by');
    expect(withoutQualifierTail('降至')).toBe('降至');
  });
});
