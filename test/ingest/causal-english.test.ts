import { describe, expect, it } from 'vitest';
import { extractCausalLinks } from '../../src/ingest/extract-claims.ts';
import { proposeFactors } from '../../src/ingest/propose-factors.ts';
import { seedMatcher } from '../support/seed-matcher.ts';

const matcher = seedMatcher();
const links = (text: string) => extractCausalLinks(text, matcher).map((l) => [l.fromId, l.toId, l.polarity]);

describe('causal links in English and reuse of factors (issue 18)', () => {
  it('issue 18: English gives no link — "a growing debt load … leads ultimately to higher inflation" proposes its effect', () => {
    const p = proposeFactors('A growing federal debt load leads ultimately to higher inflation.', matcher);
    expect(p.links.map((l) => [l.fromId, l.connective])).toEqual([['f-us-federal-debt', 'leads ultimately to']]);
    expect(p.factors.map((f) => f.name)).toEqual(['inflation']);
  });

  it('reads the connectives of economic prose, with their direction', () => {
    expect(links('The TGA build drains bank reserves.')).toEqual([['f-tga-balance', 'f-bank-reserves', 'DECREASES']]);
    expect(links('Federal debt weighs on the stock market.')).toEqual([['f-us-federal-debt', 'f-us-stock-market', 'DECREASES']]);
    expect(links('The shutdown pushes up the TGA balance.')).toEqual([['f-government-shutdown', 'f-tga-balance', 'INCREASES']]);
    expect(links('The shutdown raised the TGA; as a result bank reserves fell.')).toEqual([
      ['f-government-shutdown', 'f-tga-balance', 'INCREASES'],
      ['f-tga-balance', 'f-bank-reserves', 'DECREASES'],
    ]);
  });

  it('reads "because of" and "as a result of" with the cause after the connective', () => {
    expect(links('Bank reserves fell because of a higher TGA balance.')).toEqual([['f-tga-balance', 'f-bank-reserves', 'DECREASES']]);
    expect(links('As a result of the shutdown, the TGA rose.')).toEqual([['f-government-shutdown', 'f-tga-balance', 'INCREASES']]);
  });

  it('issue 18: 使 inside 使用量 is not a connective (nor 讓 in 讓步 or 轉讓)', () => {
    expect(links('美國政府停擺期間的電力使用量上升，準備金下降。')).toEqual([]);
    expect(links('政府停擺後白宮做出讓步，準備金下降。')).toEqual([]);
    expect(links('政府停擺使TGA餘額上升。')).toEqual([['f-government-shutdown', 'f-tga-balance', 'INCREASES']]);
  });

  it('issue 18: candidates join existing factors instead of proposing near-duplicates (停擺 beside 政府停擺)', () => {
    const p = proposeFactors('Bank reserves fell, which leads to a crisis.', matcher);
    expect(p.links.map((l) => [l.fromId, l.toId])).toEqual([['f-bank-reserves', 'f-liquidity-crisis']]);
    expect(p.factors).toEqual([]);
    expect(matcher.alike?.('停擺')).toBe('f-government-shutdown');
  });
});

describe('proposed factors (issue 19)', () => {
  it('issue 19: "This has drained liquidity" proposed a factor named "has", which took the figures of later documents', () => {
    const p = proposeFactors("This has drained liquidity from other liabilities on the Federal Reserve's balance sheet, such as bank reserves.", matcher);
    expect(p.factors.map((f) => f.name)).toEqual([]);
    // A content word still names a new factor.
    expect(proposeFactors('A growing federal debt load leads ultimately to higher inflation.', matcher).factors.map((f) => f.name)).toEqual(['inflation']);
  });
});
