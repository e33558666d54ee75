import { describe, expect, it } from 'vitest';
import { extractCausalLinks } from '../../src/ingest/extract-claims.ts';
import { createFactorMatcher } from '../../src/ingest/match-factors.ts';

const factorsIn = createFactorMatcher([
  { id: 'shutdown', names: ['shutdown', 'government shutdown', '政府停擺'] },
  { id: 'reserves', names: ['reserves', 'bank reserves', '銀行準備金'] },
  { id: 'tga', names: ['TGA', 'TGA balance', 'TGA帳戶餘額'] },
]);
const read = (text: string) => extractCausalLinks(text, factorsIn).map((l) => `${l.fromId}>${l.toId} ${l.polarity}${l.polarityStated ? '' : ' (assumed)'}`);

describe('polarity of extracted causal links, with negation and reversal', () => {
  it('reads the direction of the effect, before or after it', () => {
    expect(read('The government shutdown leads to lower bank reserves.')).toEqual(['shutdown>reserves DECREASES']);
    expect(read('The government shutdown leads to the TGA balance to rise.')).toEqual(['shutdown>tga INCREASES']);
    expect(read('政府停擺導致銀行準備金下降。')).toEqual(['shutdown>reserves DECREASES']);
    expect(read('The shutdown leads to bank reserves.')).toEqual(['shutdown>reserves INCREASES (assumed)']);
  });

  it('takes the direction a connective carries: raised, lowered, 推高, 壓低', () => {
    expect(read('The shutdown raised reserves.')).toEqual(['shutdown>reserves INCREASES']);
    expect(read('The shutdown lowered reserves.')).toEqual(['shutdown>reserves DECREASES']);
    expect(read('政府停擺壓低了銀行準備金。')).toEqual(['shutdown>reserves DECREASES']);
  });

  it('turns a reversed cause around: the end of the shutdown raising reserves means the shutdown lowers them', () => {
    expect(read('The end of the shutdown raised reserves.')).toEqual(['shutdown>reserves DECREASES']);
    expect(read('政府停擺的結束推高了銀行準備金。')).toEqual(['shutdown>reserves DECREASES']);
    expect(read('政府停擺結束後推高了銀行準備金。')).toEqual(['shutdown>reserves DECREASES']);
    expect(read('After the shutdown ended, the reopening drives reserves up.')).toEqual(['shutdown>reserves DECREASES']);
  });

  it('multiplies the directions of cause and effect: a falling TGA balance leads to higher reserves', () => {
    expect(read('A fall in the TGA balance leads to higher bank reserves.')).toEqual(['tga>reserves DECREASES']);
    expect(read('A rising TGA balance leads to lower bank reserves.')).toEqual(['tga>reserves DECREASES']);
    expect(read('TGA帳戶餘額下降導致銀行準備金上升。')).toEqual(['tga>reserves DECREASES']);
  });

  it('proposes nothing when the connective is negated', () => {
    expect(read('The shutdown did not raise reserves.')).toEqual([]);
    expect(read('The shutdown never leads to lower reserves.')).toEqual([]);
    expect(read('政府停擺並未導致銀行準備金下降。')).toEqual([]);
    expect(read('政府停擺沒有導致銀行準備金下降。')).toEqual([]);
    // "not only" is not a negation of the link.
    expect(read('政府停擺不僅導致銀行準備金下降。')).toEqual(['shutdown>reserves DECREASES']);
  });
});
