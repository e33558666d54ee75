import { describe, expect, it } from 'vitest';
import { seedMatcher } from '../support/seed-matcher.ts';
import { frameOf as frameIn } from '../support/frame-of.ts';

// Regression tests for the factor, mode and mood defects found classifying the dev misses of checks fresh5/fresh6
// (held out until 2026-12-07) and the matching eval's reading misses (issue 18, factor18, second pass), each named
// after its defect. Sentences are written for the test in the manner of those pages, not copied from a labelled row.
const matcher = seedMatcher();
const frameOf = (text: string, surface: string, date = '2025-11-10') => frameIn(text, surface, date, matcher);

describe('the Fed as the subject of a verb of shedding named no measure ("the Fed has shed $1.74 trillion")', () => {
  it('"the Fed has shed $X" is the balance sheet\'s fall', () => {
    const f = frameOf('Since the end of QE in April 2022, the Fed has shed $1.52 trillion.', '$1.52 trillion', '2024-05-03');
    expect(f).toMatchObject({ factorId: 'f-fed-balance-sheet', mode: 'CHANGE', direction: 'DECREASE' });
  });
  it('the verb names the amount right after it only, not a later one ("shed 40% of the $4.5 trillion added")', () => {
    expect(frameOf('The Fed has shed 40% of the $4.5 trillion added during QE.', '$4.5 trillion', '2024-05-03').factorId).toBeNull();
  });
});

describe('a possessive pronoun with an owner\'s word named no measure ("its cash reserves", "its assets")', () => {
  it('"the Treasury plans to boost its cash reserves to $X" is the TGA, not bank reserves', () => {
    const f = frameOf('The Treasury plans to boost its cash reserves to $450 billion by the end of the month.', '$450 billion', '2025-07-01');
    expect(f.factorId).toBe('f-tga-balance');
    // the pronoun's reading is not firm: the frame keeps the words it rests on
    expect(f.factorAnaphor).toBe('its cash reserves');
  });
  it('"the Fed has reduced its assets by $X" is the balance sheet', () => {
    expect(frameOf('Since the bank turmoil in March, the Fed has reduced its assets by $510 billion.', '$510 billion', '2023-08-04').factorId).toBe('f-fed-balance-sheet');
  });
  it("a company's cash reserves are nobody's measure we ship", () => {
    expect(frameOf('Apple holds cash reserves of $60 billion.', '$60 billion').factorId).toBeNull();
  });
  it('聯準會的資產 (the Fed\'s assets) is its balance sheet', () => {
    expect(frameOf('2008年至2022年間,聯準會的資產從9,000億美元成長至9兆美元。', '9兆美元', '2026-01-20').factorId).toBe('f-fed-balance-sheet');
  });
});

describe('an event named by a measure word took the figure from the measure before it ("since the beginning of QT")', () => {
  it('"Reserves: -$X since the beginning of QT …, to $Y" are reserves', () => {
    const text = 'Reserves: -$240 billion since the beginning of QT in July 2022, to $3.41 trillion.';
    expect(frameOf(text, '-$240 billion', '2024-05-03').factorId).toBe('f-bank-reserves');
    expect(frameOf(text, '$3.41 trillion', '2024-05-03').factorId).toBe('f-bank-reserves');
  });
  it('with no measure we ship before it, the event\'s word still names the figure (自…縮表以來，已把超過2兆美元…抽離)', () => {
    expect(frameOf('自2022年6月Fed開始縮表以來，已把超過2兆美元的資金抽離金融體系。', '2兆美元', '2025-10-26').factorId).toBe('f-fed-balance-sheet');
  });
});

describe('vocabulary: 美債 and currency swaps', () => {
  it('美債 at the debt\'s scale is the debt', () => {
    expect(frameOf('市場擔憂 38 萬億美元美債的利息負擔。', '38 萬億美元').factorId).toBe('f-us-federal-debt');
  });
  it('"currency swaps" (the H.4.1\'s central bank liquidity swaps) are not the balance sheet', () => {
    const text = "Fed's balance sheet shrinks to a seven-week low\nThe decline was led by a $48 billion fall in currency swaps with foreign central banks.";
    expect(frameOf(text, '$48 billion', '2020-07-02').factorId).toBeNull();
  });
});

describe('a plan or an assumption was read as a statement ("plans to boost … to $X", 以将…重建至)', () => {
  it('"plans to" makes the figure a target', () => {
    expect(frameOf('The Treasury plans to rebuild the TGA to $850 billion by the end of September.', '$850 billion', '2025-07-01').mood).toBe('TARGET');
  });
  it('以将 (so as to bring) makes the figure a target', () => {
    expect(frameOf('财政部将大量发行国债,以将TGA账户重建至约8500亿美元。', '8500亿美元', '2025-07-01').mood).toBe('TARGET');
  });
  it('"the $X … assumption", "the $X target": the noun the figure modifies names its mood', () => {
    expect(frameOf('The $500 billion target aligns with that rule.', '$500 billion', '2025-07-01').mood).toBe('TARGET');
    expect(frameOf('The Treasury kept its $850 billion end-of-September cash-balance assumption.', '$850 billion', '2025-07-01').mood).not.toBe('STATED');
  });
});
