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

describe('the reverse repo named by its users ("money investors park at a Federal Reserve facility") found no measure', () => {
  it('"the amount of money investors park at a major Federal Reserve facility" is the ON RRP', () => {
    expect(frameOf('The amount of money investors park at a major Federal Reserve facility dropped below $250 billion on Friday.', '$250 billion', '2024-10-20').factorId).toBe('f-on-rrp');
  });
  it('"money market funds parked $X on the Fed\'s books" is the ON RRP', () => {
    expect(frameOf("Money market funds parked $512.4 billion on the Fed's books on Tuesday.", '$512.4 billion', '2024-05-10').factorId).toBe('f-on-rrp');
  });
  it('货币市场基金在美联储停放了X is the ON RRP', () => {
    expect(frameOf('货币市场基金周二在美联储停放了5124亿美元。', '5124亿美元', '2024-05-10').factorId).toBe('f-on-rrp');
  });
  it("banks' money parked at the Fed is not the reverse repo (it is reserves, named or not)", () => {
    expect(frameOf('Banks parked $3 trillion at the Fed.', '$3 trillion', '2024-05-10').factorId).not.toBe('f-on-rrp');
  });
});

describe('numbers and lines the press writes its own way', () => {
  it("Taiwan's decimal point between numerals (八‧九六兆美元) was read as 九六兆", () => {
    const text = '聯準會資產負債表從高峰八‧九六兆美元,降至六‧五四兆美元。';
    expect(frameOf(text, '八‧九六兆美元', '2025-12-20')).toBeDefined();
    expect(frameOf(text, '六‧五四兆美元', '2025-12-20').factorId).toBe('f-fed-balance-sheet');
  });
  it('"the 36 trillion dollar threshold": a dollar amount written with "dollar" before its noun', () => {
    const f = frameOf('The US national debt has crossed the 36 trillion dollar threshold.', '36 trillion dollar', '2024-11-20');
    expect(f).toMatchObject({ factorId: 'f-us-federal-debt', mode: 'CROSSED' });
  });
  it('"passed milestones of $37 trillion … and $38 trillion" are crossings', () => {
    const text = 'The national debt passed milestones of $37 trillion in August and $38 trillion in October.';
    expect(frameOf(text, '$37 trillion', '2025-11-20').mode).toBe('CROSSED');
    expect(frameOf(text, '$38 trillion', '2025-11-20').mode).toBe('CROSSED');
  });
  it('"has locked up $X in liquidity": the TGA locks up liquidity (a drain verb), the amount is the TGA\'s', () => {
    expect(frameOf("The Treasury's general account has locked up over $150 billion in liquidity.", '$150 billion', '2025-10-20').factorId).toBe('f-tga-balance');
  });
  it('"stabilizing the portfolio at $X" after a sentence on the balance sheet refers back to it', () => {
    const text = "The Fed's balance sheet shrank to $6.6 trillion. QT ends next month, stabilizing the portfolio at approximately $6.5 trillion.";
    expect(frameOf(text, '$6.5 trillion', '2025-11-20').factorId).toBe('f-fed-balance-sheet');
  });
});

describe('money drained "from the private financial system" and "這意味着…" did not refer back to the drainer', () => {
  it('这意味着…超过X的现金被从私人金融系统抽走 takes the TGA of the sentence before (not firm)', () => {
    const text = 'TGA 余额从约 7000 亿美元膨胀到 10 月 30 日突破 1 万亿美元。这意味着在短短 20 天内，超过 1500 亿美元的现金被从私人金融系统抽走。';
    expect(frameOf(text, '1500 亿美元', '2025-11-05')).toMatchObject({ factorId: 'f-tga-balance', factorSource: 'SENTENCE_BEFORE' });
  });
  it('這代表減少了X after a sentence on reserves is a change of reserves', () => {
    const text = '準備金餘額下降至約 2.9 兆美元。相較於 2022 年 6 月的水準,這代表減少了約 4,000 億美元。';
    expect(frameOf(text, '4,000 億美元', '2025-12-31').factorId).toBe('f-bank-reserves');
  });
});

describe('moods: a level of now inside a forecast, and a headline\'s infinitive', () => {
  it('"would represent a rapid increase from today\'s roughly $X level": today\'s level is stated', () => {
    expect(frameOf("That would represent a very rapid increase from today's roughly $350 billion level in the TGA.", '$350 billion', '2025-08-19').mood).toBe('STATED');
  });
  it('"US Treasury cash balance to hit $X by end-July" (a headline) is a forecast', () => {
    expect(frameOf('US Treasury cash balance to hit $450 billion by end-July\nThe Treasury said on Monday…', '$450 billion', '2025-07-08').mood).toBe('FORECAST');
  });
  it('"climbed to hit $X" stays stated', () => {
    expect(frameOf("The Treasury's cash balance climbed to hit $450 billion on Monday.", '$450 billion', '2025-07-08').mood).toBe('STATED');
  });
});
