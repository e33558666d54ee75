import { describe, expect, it } from 'vitest';
import { createFactorMatcher } from '../../src/ingest/match-factors.ts';

const match = createFactorMatcher([
  { id: 'shutdown', names: ['Government shutdown', '政府停擺', '聯邦政府停擺'] },
  { id: 'tga', names: ['TGA balance', 'TGA', '財政部一般帳戶'] },
  { id: 'reserves', names: ['bank reserves', '銀行準備金'] },
]);

describe('createFactorMatcher', () => {
  it('finds names in either Chinese script with exact offsets, longest first', () => {
    const text = '聯邦政府停摆导致TGA帳戶餘額上升,銀行準备金下降';
    const found = match(text);
    expect(found.map((f) => [f.factorId, text.slice(f.start, f.end)])).toEqual([
      ['shutdown', '聯邦政府停摆'],
      ['tga', 'TGA'],
      ['reserves', '銀行準备金'],
    ]);
  });

  it('matches Latin names case-insensitively on word boundaries only', () => {
    const text = 'The government shutdown lifts the TGA balance; STAGANT and TGAs do not count.';
    expect(match(text).map((f) => text.slice(f.start, f.end))).toEqual(['government shutdown', 'TGA balance']);
  });
});
