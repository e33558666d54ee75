import { describe, expect, it } from 'vitest';
import { extractCausalLinks } from '../../src/ingest/extract-claims.ts';
import { createFactorMatcher } from '../../src/ingest/match-factors.ts';
import { proposeFactors } from '../../src/ingest/propose-factors.ts';
import { seedMatcher } from '../support/seed-matcher.ts';

// Issue 18, item 6: causal links the seed's closing chapter (and economic prose generally) states by the shape of a
// sentence, and the connectives and phrases the extractor missed. Each test is named after the defect it pins.
const matcher = seedMatcher();
const links = (text: string) => extractCausalLinks(text, matcher).map((l) => [l.fromId, l.toId, l.polarity]);
const proposed = (text: string) => {
  const p = proposeFactors(text, matcher);
  const name = (id: string) => p.factors.find((f) => f.id === id)?.name ?? id;
  return p.links.map((l) => [name(l.fromId), name(l.toId), l.polarity]);
};

describe('causal links stated by a sentence’s shape (issue 18)', () => {
  it('issue 18: an opening 當…時 / when / if clause stated no link (AI capital spending → manufacturing renewal, → purchasing power)', () => {
    expect(links('當美國90%風投資金湧向AI時，傳統製造業更新率降至1947年以來最低。')).toEqual([['f-ai-capex', 'f-manufacturing-renewal', 'DECREASES']]);
    expect(links('當美國90%風投資金湧向AI時，傳統製造業更新率降至最低，中產階層的實際購買力每年衰減8.3%。')).toEqual([
      ['f-ai-capex', 'f-manufacturing-renewal', 'DECREASES'],
      ['f-ai-capex', 'f-middle-class-purchasing-power', 'DECREASES'],
    ]);
    expect(links('When the TGA balance rises, bank reserves fall.')).toEqual([['f-tga-balance', 'f-bank-reserves', 'DECREASES']]);
    expect(links('If the shutdown drags on, the US stock market falls.')).toEqual([['f-government-shutdown', 'f-us-stock-market', 'DECREASES']]);
  });

  it('issue 18: 當流動性危機遇上AI泡沫 (no 時) linked neither cause to the capital misallocation it names', () => {
    expect(links('當流動性危機遇上AI泡沫，我們正見證工業革命以來最畸形的資本錯配。')).toEqual([
      ['f-liquidity-crisis', 'f-capital-misallocation', 'INCREASES'],
      ['f-ai-bubble', 'f-capital-misallocation', 'INCREASES'],
    ]);
  });

  it('issue 18: 當 inside a word (當時, 相當, 當前) must not open a condition', () => {
    expect(links('當時政府停擺，TGA帳戶餘額上升。')).toEqual([]);
    expect(links('相當於政府停擺，TGA帳戶餘額上升。')).toEqual([]);
    expect(links('若干次政府停擺中，TGA帳戶餘額上升。')).toEqual([]);
  });

  it('issue 18: a condition read past its semicolon (；反之…) into the other case', () => {
    expect(links('當財政部發行新債時，資金從銀行準備金流向TGA；反之政府支出時，形成經濟刺激。')).toEqual([
      ['f-treasury-issuance', 'f-bank-reserves', 'DECREASES'],
      ['f-treasury-issuance', 'f-tga-balance', 'INCREASES'],
    ]);
  });

  it('issue 18: money flowing from one stock to another (從X流向Y) was read with no direction', () => {
    expect(links('當財政部發行新債時，資金從銀行準備金流向TGA。')).toEqual([
      ['f-treasury-issuance', 'f-bank-reserves', 'DECREASES'],
      ['f-treasury-issuance', 'f-tga-balance', 'INCREASES'],
    ]);
    // 從…來看 ("as for …") is no flow.
    expect(links('當財政部發行新債時，從銀行準備金來看，變化不大。')).toEqual([['f-treasury-issuance', 'f-bank-reserves', 'INCREASES']]);
  });

  it('issue 18: a corrective verb with its object left out (完成糾錯) did not take the error named just before', () => {
    expect(links('我們正見證最畸形的資本錯配。2026年市場將用一場史詩級出清完成糾錯。')).toEqual([['f-capital-misallocation', 'f-market-clearing', 'INCREASES']]);
    // Only in the same paragraph, and only when the object is left out.
    expect(links('我們正見證最畸形的資本錯配。\n\n2026年市場將用一場史詩級出清完成糾錯。')).toEqual([]);
    expect(links('我們正見證最畸形的資本錯配。史詩級出清將糾錯貿易逆差。')).toEqual([]);
  });

  it('issue 18: "As a result," opening a sentence found no cause (it is in the sentence before)', () => {
    expect(links('The TGA balance surged past $1 trillion. As a result, bank reserves fell to $2.8 trillion.')).toEqual([['f-tga-balance', 'f-bank-reserves', 'DECREASES']]);
    expect(links('TGA帳戶餘額飆升。因此，銀行準備金下降。')).toEqual([['f-tga-balance', 'f-bank-reserves', 'DECREASES']]);
  });
});

describe('connectives and phrases (issue 18)', () => {
  it('issue 18: base and -ing forms of connectives ("rapidly drain", "removes … from") gave no link', () => {
    expect(links('Fast TGA replenishments rapidly drain bank reserves from the system.')).toEqual([['f-tga-balance', 'f-bank-reserves', 'DECREASES']]);
    expect(links('Every dollar accumulated in TGA removes a dollar from bank reserves.')).toEqual([['f-tga-balance', 'f-bank-reserves', 'DECREASES']]);
    expect(links('A TGA rebuild ends up with a reduction in bank reserves.')).toEqual([['f-tga-balance', 'f-bank-reserves', 'DECREASES']]);
  });

  it('issue 18: Chinese connectives of financial prose (助推, 抽離) gave no link', () => {
    expect(links('TGA帳戶資金增加，助推了市場流動性收縮。')).toEqual([['f-tga-balance', 'f-market-liquidity', 'DECREASES']]);
    expect(links('TGA 餘額飆升至 1.1 萬億美元，20 天內抽離市場流動性超 2000 億美元。')).toEqual([['f-tga-balance', 'f-market-liquidity', 'DECREASES']]);
  });

  it('issue 18: a connective inside a factor’s name (加速 of 加速折舊) was read as a connective', () => {
    const own = createFactorMatcher([
      { id: 't-tax', names: ['稅收'] },
      { id: 't-depreciation', names: ['加速折舊'] },
      { id: 't-profit', names: ['企業利潤'] },
    ]);
    expect(extractCausalLinks('稅收政策允許加速折舊，企業利潤上升。', own)).toEqual([]);
    expect(proposeFactors('新政策允許加速折舊，企業利潤上升。', own).links).toEqual([]);
  });

  it('issue 18: a pronoun (前者 "the former") was proposed as a factor', () => {
    expect(proposeFactors('前者將加速全球去美元化。', matcher).factors).toEqual([]);
  });

  it('issue 18: a leading 由於-clause naming an unknown cause proposed nothing', () => {
    expect(proposed('由於美聯儲持續縮表，銀行準備金明顯下降。')).toEqual([['美聯儲持續縮表', 'f-bank-reserves', 'DECREASES']]);
  });

  it('issue 18: an English cause phrase opening with an amount, or after a subordinator, proposed nothing', () => {
    expect(proposed('A $100 purchase of Treasury securities results in the creation of $100 in reserves.')).toEqual([['purchase of Treasury securities', 'f-bank-reserves', 'INCREASES']]);
    expect(proposed('Repo rates spiked as heavy coupon settlements drained reserves.')).toEqual([['heavy coupon settlements', 'f-bank-reserves', 'DECREASES']]);
    // An amount alone is no name: "leads to 300 billion" proposes nothing.
    expect(proposed('The shutdown leads to 300 billion.')).toEqual([]);
  });

  it('issue 18: a connective opening its clause (…寬鬆，推動股市上漲) took an empty clause for its cause', () => {
    expect(proposed('美元流動性極度寬鬆，推動股市上漲。')).toEqual([['美元流動性', 'f-us-stock-market', 'INCREASES']]);
  });

  it('issue 18: a quoted effect (导致“美元荒”) kept its quotation marks, so nothing was proposed', () => {
    expect(proposed('銀行準備金下降導致“美元荒”。')).toEqual([['f-bank-reserves', '美元荒', 'DECREASES']]);
  });

  it('each link says where its cause and effect are named', () => {
    const text = 'When the TGA balance rises, bank reserves fall.';
    const [l] = extractCausalLinks(text, matcher);
    expect(text.slice(l!.causeAt.start, l!.causeAt.end)).toBe('TGA balance');
    expect(text.slice(l!.effectAt.start, l!.effectAt.end)).toBe('bank reserves');
  });
});
