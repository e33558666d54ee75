import type { LoadPlan, NodeRow, RelRow } from '../../src/graph/bulk-load.ts';
import { matchKeys } from '../../src/factors/factor-store.ts';
import { claimSearchKey, searchText } from '../../src/search/search-text.ts';

export interface GeneratedSize {
  factors: number;
  /** Reviews on this share of claims (the 10%); 0 by default for older callers. */
  reviewShare?: number;
  claims: number;
  links: number;
  documents: number;
  sources: number;
}

/** A small deterministic PRNG (mulberry32), so every run builds the same graph. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = ['UNREVIEWED', 'UNREVIEWED', 'UNREVIEWED', 'VERIFIED', 'PARTLY_TRUE', 'DISPUTED', 'FALSE', 'IN_REVIEW'];
const UNITS = ['USD', '%', 'x', 'years', 'USD/month', 't'];
const KINDS = ['LEVEL', 'CHANGE', 'SHARE', 'RATIO', 'COMPARISON', 'PROJECTION'];
const WORDS_ZH = ['銀行準備金', '財政部存款', '國債發行', '關稅', '通脹', '美元流動性'];
const WORDS = ['liquidity', 'reserves', 'treasury', 'issuance', 'tariff', 'capex', 'inflation', 'yield', 'dollar', 'credit', 'labour', 'energy'];

/**
 * A synthetic graph shaped like the real one (claims about factors, causal links
 * between factors, quantities, sources, documents), for benchmarks only. Ids are
 * prefixed `gen-` so it never collides with curated data. Factors are ordered in
 * layers so causal links form long chains for `trace` to walk.
 */
export function generateGraph(size: GeneratedSize, seed = 42): LoadPlan {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const int = (n: number) => Math.floor(rand() * n);
  const factorId = (i: number) => `gen-f${i}`;

  // A few hub factors (reserves, the TGA, …) touch most claims, like the real corpus: skewed degrees.
  const HUBS = ['bank reserves', 'TGA balance', 'ON RRP', 'treasury issuance', 'liquidity'];
  const factors: NodeRow[] = [];
  for (let i = 0; i < size.factors; i++) {
    const name = i < HUBS.length ? `${HUBS[i]} ${i}` : `${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const f = { id: factorId(i), name, namesZh: [`因素${i}`], aliases: [`F${i}`] };
    factors.push({ id: f.id, props: { ...f, description: null, matchKeys: matchKeys(f), searchText: searchText([name, ...f.namesZh, ...f.aliases]) } });
  }
  const documents: NodeRow[] = [];
  for (let i = 0; i < size.documents; i++) {
    documents.push({ id: `gen-d${i}`, props: { title: `Generated document ${i}`, language: 'en', text: 'x'.repeat(2000), sha256: `gen${i}`, origin: 'extracted' } });
  }
  const sources: NodeRow[] = [];
  for (let i = 0; i < size.sources; i++) {
    sources.push({ id: `gen-s${i}`, props: { kind: 'ORGANIZATION', name: `Source ${i}`, searchText: `Source ${i}` } });
  }

  const claims: NodeRow[] = [];
  const quantities: NodeRow[] = [];
  const stated: RelRow[] = [];
  const hasQuantity: RelRow[] = [];
  const about: RelRow[] = [];
  const attributed: RelRow[] = [];
  const reviews: NodeRow[] = [];
  const reviewsOf: RelRow[] = [];
  const reviewShare = size.reviewShare ?? 0;
  for (let i = 0; i < size.claims; i++) {
    const id = `gen-c${i}`;
    const doc = `gen-d${int(size.documents)}`;
    const start = int(1800);
    // A third in Traditional Chinese, so full-text search is measured in both languages.
    const zh = rand() < 0.3;
    const quote = zh ? `${pick(WORDS_ZH)}升至${1 + int(999)}億美元` : `${pick(WORDS)} rose to ${int(1000)} billion`;
    claims.push({
      id,
      props: { quote, start, end: start + quote.length, sentence: quote, gloss: quote, subject: pick(WORDS), time: '2025', kind: pick(KINDS), origin: 'extracted', documentId: doc, searchText: searchText([quote]), searchKey: claimSearchKey(id) },
      onCreate: { status: pick(STATUSES), version: 1 },
    });
    const unit = pick(UNITS);
    quantities.push({ id: `${id}-q1`, props: { surface: `${int(1000)}`, value: rand() * (unit === 'USD' ? 1e13 : 100), upper: null, unit, qualifier: null, date: null, position: 0 } });
    stated.push({ from: id, to: doc });
    hasQuantity.push({ from: id, to: `${id}-q1` });
    const primary = reviewShare > 0 && rand() < 0.5 ? int(Math.min(HUBS.length, size.factors)) : int(size.factors);
    about.push({ from: id, to: factorId(primary) });
    const second = int(size.factors);
    if (rand() < 0.3 && second !== primary) about.push({ from: id, to: factorId(second) });
    if (rand() < reviewShare) {
      const r = `${id}-r1`;
      reviews.push({ id: r, props: { itemId: id, itemType: 'Claim', action: 'REVIEW', editor: 'bench', at: `2025-11-${String(1 + int(28)).padStart(2, '0')}T00:00:00Z`, fromStatus: 'UNREVIEWED', toStatus: 'VERIFIED', rationale: 'generated', version: 2 } });
      reviewsOf.push({ from: r, to: id });
    }
    if (rand() < 0.2) attributed.push({ from: id, to: `gen-s${int(size.sources)}` });
  }

  const links: NodeRow[] = [];
  const from: RelRow[] = [];
  const to: RelRow[] = [];
  const supported: RelRow[] = [];
  const causes: RelRow[] = [];
  const seen = new Set<string>();
  for (let i = 0; links.length < size.links && i < size.links * 3; i++) {
    // Mostly forward links between nearby factors: long chains, few cycles, like real causal graphs.
    const a = int(size.factors);
    const b = Math.min(size.factors - 1, a + 1 + int(20));
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    const id = `gen-l${links.length}`;
    const status = pick(STATUSES);
    const polarity = rand() < 0.5 ? 'INCREASES' : 'DECREASES';
    links.push({
      id,
      props: { polarity, quote: `${a} drives ${b}`, start: 0, end: 10, gloss: null, origin: 'extracted', documentId: `gen-d${int(size.documents)}`, searchText: `${a} drives ${b}` },
      onCreate: { status, version: 1 },
    });
    from.push({ from: id, to: factorId(a) });
    to.push({ from: id, to: factorId(b) });
    supported.push({ from: id, to: `gen-c${int(size.claims)}` });
    causes.push({ from: factorId(a), to: factorId(b), key: { linkId: id }, props: { polarity }, onCreate: { status } });
  }

  return {
    nodes: [
      { label: 'Document', rows: documents },
      { label: 'Source', rows: sources },
      { label: 'Factor', rows: factors },
      { label: 'Claim', rows: claims },
      { label: 'Quantity', rows: quantities },
      { label: 'CausalLink', rows: links },
      { label: 'Review', rows: reviews },
    ],
    relationships: [
      { type: 'STATED_IN', fromLabel: 'Claim', toLabel: 'Document', rows: stated },
      { type: 'HAS_QUANTITY', fromLabel: 'Claim', toLabel: 'Quantity', rows: hasQuantity },
      { type: 'ABOUT', fromLabel: 'Claim', toLabel: 'Factor', rows: about },
      { type: 'ATTRIBUTED_TO', fromLabel: 'Claim', toLabel: 'Source', rows: attributed },
      { type: 'FROM', fromLabel: 'CausalLink', toLabel: 'Factor', rows: from },
      { type: 'TO', fromLabel: 'CausalLink', toLabel: 'Factor', rows: to },
      { type: 'SUPPORTED_BY', fromLabel: 'CausalLink', toLabel: 'Claim', rows: supported },
      { type: 'CAUSES', fromLabel: 'Factor', toLabel: 'Factor', rows: causes },
      { type: 'REVIEWS', fromLabel: 'Review', toLabel: 'Claim', rows: reviewsOf },
    ],
  };
}
