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
    const text = 'The government shutdown lifts the TGA balance; STAGANT and TGAx do not count.';
    expect(match(text).map((f) => text.slice(f.start, f.end))).toEqual(['government shutdown', 'TGA balance']);
  });

  it('matches an acronym in the plural ("ON RRPs"), not a word ("shutdowns")', () => {
    const text = 'ON RRPs and TGAs fell; two shutdowns.';
    const m = createFactorMatcher([{ id: 'rrp', names: ['ON RRP'] }, { id: 'tga', names: ['TGA'] }, { id: 'shutdown', names: ['shutdown'] }]);
    expect(m(text).map((f) => text.slice(f.start, f.end))).toEqual(['ON RRPs', 'TGAs']);
  });
});

describe('a page that glosses characters with their pinyin (現(xiàn)金, 國(guó)債) named no measure', () => {
  const glossed = createFactorMatcher([
    { id: 'tga', names: ['財政部現金餘額'] },
    { id: 'debt', names: ['國債規模'] },
  ]);

  it('finds the names across the glosses, with offsets in the text as written', () => {
    const text = '截至5月17日,美國財政部現(xiàn)金余額降至683億美元;美國(guó)國(guó)債規(guī)模升至35.7萬億美元';
    expect(glossed(text).map((f) => [f.factorId, text.slice(f.start, f.end)])).toEqual([
      ['tga', '財政部現(xiàn)金余額'],
      ['debt', '國(guó)債規(guī)模'],
    ]);
  });

  it('a word in brackets without a tone mark is no gloss', () => {
    expect(glossed('財政部現(cash)金餘額 和 國債(美國)規模')).toEqual([]);
  });
});

