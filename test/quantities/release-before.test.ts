import { describe, expect, it } from 'vitest';
import { planChecks } from '../../src/checks/plan-check.ts';
import { countsBack, PREVIOUS_RELEASE_PATTERN, releaseBeforeWords, WEEK_BEFORE_PATTERN } from '../../src/quantities/release-before.ts';
import { timeExpressionsIn, timePatternScripts } from '../../src/quantities/time-expressions.ts';
import { claim, ctx, frame, measure } from '../support/check-fixtures.ts';

// "the previous figure" / "a week earlier" were read in two places (review of judging pass 7): the time reader's
// patterns (time-expressions.ts) and the checks' own words (plan-check's previousStepOf and PREVIOUS_RELEASE_WORDS).
// release-before.ts owns them now; these tests hold the two readers of those words to one vocabulary.
const times = (text: string, date: string) => timeExpressionsIn(text, { start: 0, end: text.length }, date);

describe('the words of the release before are read in one place (release-before.ts)', () => {
  it('the time reader reads "a week earlier" and "the previous figure" with release-before.ts\'s own patterns, not copies', () => {
    const patterns = timePatternScripts().map((p) => p.re);
    expect(patterns).toContain(WEEK_BEFORE_PATTERN);
    expect(patterns).toContain(PREVIOUS_RELEASE_PATTERN);
  });

  it('every time the reader dates by counting back from another is one the checks recognise, so they never count back twice', () => {
    const sentences = [
      ['The Fed’s balance sheet fell to $7.14 trillion on June 17 from $7.22 trillion a week earlier.', '2020-06-18'],
      ['Reserves were $3.1 trillion on Wednesday, up from $2.9 trillion one week before.', '2025-10-02'],
      ['As of January 22, 2026, reserve balances fell to $2.957 trillion, dropping from the previous figure of $3.062 trillion.', '2026-01-22'],
      ['The TGA stood at $850 billion, above the prior reading of $820 billion.', '2025-09-18'],
      ['Total assets were $6.6 trillion, down from the previous recorded level of $6.7 trillion.', '2025-10-30'],
      ['A $54.3 billion increase the previous week lifted the account.', '2025-10-30'],
    ] as const;
    for (const [text, date] of sentences) {
      const counted = times(text, date).filter((t) => /week|previous|prior/i.test(t.text));
      expect(counted.length, text).toBeGreaterThan(0);
      for (const t of counted) expect(countsBack(t.text), t.text).toBe(true);
    }
    // A time of its own does not count back.
    for (const t of times('Reserves were $3.1 trillion on October 29, 2025, the lowest since 2021.', '2025-10-30')) expect(countsBack(t.text), t.text).toBe(false);
  });

  it('finds the words beside the figure only: before it, after it, in English and Chinese', () => {
    const at = (s: string, f: string) => releaseBeforeWords(s, s.indexOf(f), f);
    expect(at('Reserves rose to $2.93 trillion, up from a previous figure of $2.853 trillion.', '$2.853 trillion')).toBe('previous figure of');
    expect(at("Reserves rose to $2.93 trillion from the preceding week's level $2.85 trillion.", '$2.85 trillion')).toBe("preceding week's level");
    expect(at('$7.06 trillion as of July 1 versus $7.13 trillion a week earlier.', '$7.13 trillion')).toBe('a week earlier');
    expect(at('準備金為2.85萬億美元，前值為2.93萬億美元。', '2.93萬億美元')).toBe('前值為');
    expect(at('TGA余额9580亿美元，上周的9400亿美元。', '9400亿美元')).toBe('上周的');
    // the other figure of the same sentence is not named by them
    expect(at('$7.06 trillion as of July 1 versus $7.13 trillion a week earlier.', '$7.06 trillion')).toBeNull();
    expect(releaseBeforeWords('anything', -1, 'x')).toBeNull();
  });

  it('the checks hold a figure named by those words against the release before, unless the reader dated it by them', () => {
    const walcl = measure('f-bs', 'WALCL', 'WEDNESDAY_LEVEL');
    const quote = 'This marks a decline from the previous figure of $7.485 trillion.';
    const q = (timeText: string, timeSource: 'TEXT' | 'SENTENCE_BEFORE') => ({ surface: '$7.485 trillion', value: 7.485e12, frame: frame({ factorId: 'f-bs', mode: 'LEVEL', window: { start: '2024-04-04', end: '2024-04-04' }, timeText, timeSource }) });
    const plan = (timeText: string, timeSource: 'TEXT' | 'SENTENCE_BEFORE') => planChecks(claim(quote, [q(timeText, timeSource)], '2024-04-04'), [walcl], ctx)[0]!;
    const borrowed = plan('April 4, 2024', 'SENTENCE_BEFORE');
    expect(borrowed.checkable && borrowed.previousStep).toBe('previous figure of');
    const dated = plan('the previous figure', 'TEXT');
    expect(dated.checkable && dated.previousStep).toBeNull();
  });
});
