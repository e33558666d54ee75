import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.ts';
import { matchDocument, matchEverything } from '../../src/matching/match-claims.ts';
import { testGraph, testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql, testServer } from '../support/server.ts';

// Issue 19, point 3: claims matched across documents, through the product's own ingest and API.
let graph: Graph;
let server: ReturnType<typeof testServer>;
let token: string;
/** Letters only, so the nonce that makes each run's texts new holds no number the extractor would read. */
const nonce = uniquePrefix('m').replace(/[^a-z]/g, '') + uniquePrefix('n').slice(-8).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] as string);

interface Related {
  id: string;
  kind: string;
  status: string;
  version: number;
  why: string;
  other: { id: string; document: { id: string } };
  earlierQuantity: { surface: string };
  laterQuantity: { surface: string };
  later: { id: string };
}
interface Doc {
  id: string;
  claims: { id: string; quote: string; quantities: { surface: string }[]; related: Related[] }[];
}
const RELATED = 'id kind status version why other { id document { id } } earlierQuantity { surface } laterQuantity { surface } later { id }';

/** `published` null: a page that states no date (its text may still write one). */
async function ingest(text: string, lang: string, published: string | null): Promise<Doc> {
  const r = await gql<{ ingestDocument: { document: Doc } }>(
    server,
    `mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { document { id claims { id quote quantities { surface } related { ${RELATED} } } } } }`,
    { i: { text: `${text}\n\nFiled by ${nonce}.`, lang, ...(published ? { published } : {}) } },
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.ingestDocument.document;
}

async function claimsOf(documentId: string): Promise<Doc['claims']> {
  const r = await gql<{ claims: { edges: { node: Doc['claims'][number] }[] } }>(
    server,
    `query($d: ID!) { claims(filter: { document: $d }, first: 100) { edges { node { id quote quantities { surface } related { ${RELATED} } } } } }`,
    { d: documentId },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.claims.edges.map((e) => e.node);
}

/** The relations between a quantity written `surface` in one document and any claim of another. */
async function between(a: Doc, surface: string, b: Doc): Promise<Related[]> {
  const claims = await claimsOf(a.id);
  return claims
    .filter((c) => c.quantities.some((q) => q.surface === surface))
    .flatMap((c) => c.related)
    .filter((r) => r.other.document.id === b.id && (r.earlierQuantity.surface === surface || r.laterQuantity.surface === surface));
}

let en: Doc;
let zh: Doc;
let wrong: Doc;
let later: Doc;
let other: Doc;

beforeAll(async () => {
  graph = testGraph();
  server = testServer(graph);
  token = await testToken(graph);
  en = await ingest('Bank reserves were $2.98 trillion in the week ending October 1, according to Federal Reserve data released on Thursday.', 'en', '2025-10-02');
  zh = await ingest('美聯儲週四公佈的數據顯示，截至10月1日的一週，銀行準備金為2.98萬億美元。', 'zh-Hant', '2025-10-02');
  wrong = await ingest('Bank reserves stood at $2.5 trillion in the week ending October 1.', 'en', '2025-10-03');
  later = await ingest('Bank reserves rose to $3.034 trillion in the week ending October 8.', 'en', '2025-10-09');
  other = await ingest('The Treasury General Account held $2.98 trillion in the week ending October 1. Bank reserves fell by $2.98 trillion in the week ending October 1.', 'en', '2025-10-02');
}, 300_000);
afterAll(async () => graph?.close());

describe('claims matched across documents (issue 19)', () => {
  it('relates the same figure in English and Chinese as soon as the second document is ingested, with the arithmetic', async () => {
    const [r, ...more] = await between(en, '$2.98 trillion', zh);
    expect(more).toEqual([]);
    expect(r).toMatchObject({ kind: 'SAME_FIGURE', status: 'PENDING', version: 1 });
    expect(r!.why).toMatch(/2\.975–2\.985 trillion USD/);
    // And from the other side, the same relation.
    const back = await between(zh, '2.98萬億美元', en);
    expect(back.map((x) => x.id)).toEqual([r!.id]);
  });

  it('finds a contradiction for the same week that cannot hold, and an update for the next week', async () => {
    expect((await between(wrong, '$2.5 trillion', en)).map((r) => r.kind)).toEqual(['CONTRADICTS']);
    expect((await between(wrong, '$2.5 trillion', zh)).map((r) => r.kind)).toEqual(['CONTRADICTS']);
    const [update] = await between(later, '$3.034 trillion', en);
    expect(update?.kind).toBe('UPDATES');
    const laterClaim = (await claimsOf(later.id)).find((c) => c.quantities.some((q) => q.surface === '$3.034 trillion'));
    expect(update?.later.id).toBe(laterClaim?.id);
  });

  it('relates nothing across measures (the TGA) or modes (a change of the same size)', async () => {
    const claims = await claimsOf(other.id);
    const mine = claims.flatMap((c) => c.related).filter((r) => [en.id, zh.id].includes(r.other.document.id));
    expect(mine).toEqual([]);
  });

  it('is idempotent: ingesting again or matching again changes no relation', async () => {
    const before = (await between(en, '$2.98 trillion', zh)).map((r) => r.id);
    await ingest('Bank reserves were $2.98 trillion in the week ending October 1, according to Federal Reserve data released on Thursday.', 'en', '2025-10-02');
    await matchDocument(graph, zh.id);
    expect((await between(en, '$2.98 trillion', zh)).map((r) => r.id)).toEqual(before);
  });

  it('lists claims contradicted by another document, and relations by status', async () => {
    const ids = async (filter: Record<string, unknown>) => {
      const r = await gql<{ claims: { edges: { node: { id: string } }[] } }>(server, 'query($f: ClaimFilter) { claims(filter: $f, first: 100) { edges { node { id } } } }', { f: filter });
      expect(r.errors).toBeUndefined();
      return r.data!.claims.edges.map((e) => e.node.id);
    };
    const enClaim = (await claimsOf(en.id)).find((c) => c.quantities.some((q) => q.surface === '$2.98 trillion'))!;
    expect(await ids({ document: en.id, related: ['CONTRADICTS'] })).toEqual([enClaim.id]);
    expect(await ids({ document: other.id, related: ['CONTRADICTS'] })).toEqual([]);
    expect(await ids({ document: en.id, related: ['SAME_FIGURE'], relatedStatus: ['PENDING'] })).toEqual([enClaim.id]);
    const r = await gql<{ claimRelations: { totalCount: number; nodes: { kind: string; earlier: { document: { id: string } }; later: { document: { id: string } } }[] } }>(
      server,
      'query($d: ID) { claimRelations(filter: { document: $d, kind: [CONTRADICTS] }, first: 100) { totalCount nodes { kind earlier { document { id } } later { document { id } } } } }',
      { d: wrong.id },
    );
    const others = r.data!.claimRelations.nodes.map((n) => (n.earlier.document.id === wrong.id ? n.later.document.id : n.earlier.document.id));
    expect(others.filter((d) => [en.id, zh.id].includes(d)).sort()).toEqual([en.id, zh.id].sort());
    expect(r.data!.claimRelations.totalCount).toBe(others.length);
  });
});

describe('contradictions and updates need firm readings, through ingest (issue 19, fourth pass)', () => {
  let zhWeek: Doc;
  let enWeek: Doc;
  let nowStated: Doc;
  let nowUnstated: Doc;
  beforeAll(async () => {
    zhWeek = await ingest('美聯儲公佈的數據顯示，截至2025年10月22日的一週，銀行準備金為2.93萬億美元。', 'zh-Hant', '2025-10-23');
    enWeek = await ingest('Bank reserves stood at $3.05 trillion in the week ending October 22, 2025, the Federal Reserve said.', 'en', '2025-10-24');
    nowStated = await ingest('Bank reserves are now $2.851 trillion, the lowest in years.', 'en', '2025-11-05');
    // A value the record does not hold in the week before the page (it held 2.83–2.86 trillion): nothing dates it.
    nowUnstated = await ingest('Bank reserves have fallen to $2.749 trillion, the lowest in years.', 'en', '2025-11-05');
  }, 300_000);

  it('finds 萬億 and trillion of the same week that cannot both hold, with the arithmetic and the record in why', async () => {
    const [r, ...more] = await between(zhWeek, '2.93萬億美元', enWeek);
    expect(more).toEqual([]);
    expect(r?.kind).toBe('CONTRADICTS');
    // Both windows are the same week: which is named first is the relation's order (by quantity id).
    expect(r!.why).toContain('“2.93萬億美元” (2.925–2.935 trillion USD)');
    expect(r!.why).toContain('“$3.05 trillion” (3.045–3.055 trillion USD)');
    expect(r!.why).toContain('cannot both hold');
    expect(r!.why).toContain('3.045 trillion − 2.935 trillion = 110 billion USD apart beyond both roundings, for the same');
    // The shipped record of that week (average and Wednesday level) moves far less than the gap.
    expect(r!.why).toMatch(/the record of the measure over \S+ moves only [\d.]+ billion \(.*FRED:WRBWFRBL, FRED:WRESBAL/);
  });

  it('proposes a later reading only when the later figure is dated by its own words ("now" in a page that states its date)', async () => {
    expect((await between(nowStated, '$2.851 trillion', zhWeek)).map((r) => r.kind)).toEqual(['UPDATES']);
    // "have fallen to" with no time of its own: dated only by its document, so not proposed as the later reading
    // (unless the record shows it is of the week before its page: sixth pass, below).
    expect(await between(nowUnstated, '$2.749 trillion', zhWeek)).toEqual([]);
    expect(await between(nowUnstated, '$2.749 trillion', enWeek)).toEqual([]);
  });
});

describe('editors confirm or reject relations (issue 19)', () => {
  const DECIDE = (what: 'confirm' | 'reject') =>
    `mutation($i: ClaimRelationDecisionInput!) { ${what}ClaimRelation(input: $i) { id status version history { action editor toStatus version rationale } } }`;

  it('confirms with the version seen, keeps the history, and refuses a stale version with CONFLICT', async () => {
    const [r] = await between(en, '$2.98 trillion', zh);
    const ok = await gql<{ confirmClaimRelation: { status: string; version: number; history: { action: string; version: number; rationale: string }[] } }>(
      server,
      DECIDE('confirm'),
      { i: { id: r!.id, expectedVersion: 1, rationale: 'the same H.4.1 figure, translated' } },
      token,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.confirmClaimRelation).toMatchObject({ status: 'CONFIRMED', version: 2, history: [{ action: 'CONFIRM', version: 2, rationale: 'the same H.4.1 figure, translated' }] });
    const stale = await gql(server, DECIDE('reject'), { i: { id: r!.id, expectedVersion: 1 } }, token);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    // A decision stands when the matcher runs again.
    await matchEverything(graph);
    expect((await between(en, '$2.98 trillion', zh))[0]).toMatchObject({ id: r!.id, status: 'CONFIRMED', version: 2 });
    const confirmed = await gql<{ claims: { edges: unknown[] } }>(server, 'query($d: ID!) { claims(filter: { document: $d, relatedStatus: [CONFIRMED] }) { edges { node { id } } } }', { d: zh.id });
    expect(confirmed.data!.claims.edges).toHaveLength(1);
  });

  it('rejects, and a rejected relation is not recomputed back', async () => {
    const [r] = await between(wrong, '$2.5 trillion', zh);
    const no = await gql<{ rejectClaimRelation: { status: string; version: number } }>(server, DECIDE('reject'), { i: { id: r!.id, expectedVersion: 1 } }, token);
    expect(no.data?.rejectClaimRelation).toMatchObject({ status: 'REJECTED', version: 2 });
    await matchDocument(graph, wrong.id);
    expect((await between(wrong, '$2.5 trillion', zh))[0]).toMatchObject({ status: 'REJECTED', version: 2 });
  });

  it('refuses readers, unknown relations and bad input with stable codes, writing nothing', async () => {
    const [r] = await between(later, '$3.034 trillion', en);
    const reader = await testToken(graph, 'READER');
    expect(errorCodes(await gql(server, DECIDE('confirm'), { i: { id: r!.id, expectedVersion: 1 } }, reader))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(server, DECIDE('confirm'), { i: { id: 'rel-0000000000000000', expectedVersion: 1 } }, token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(server, DECIDE('confirm'), { i: { id: r!.id, expectedVersion: 0 } }, token))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(server, 'query { claimRelations(after: "nope") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect((await between(later, '$3.034 trillion', en))[0]).toMatchObject({ status: 'PENDING', version: 1 });
  });
});

describe('exports carry relations (issue 19)', () => {
  const exported = async (format: string) => {
    const r = await gql<{ exportGraph: { content: string } }>(server, 'query($f: String!, $d: ID) { exportGraph(format: $f, scope: { document: $d }) { content } }', { f: format, d: en.id }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.exportGraph.content;
  };

  it('json, graphml, cytoscape and cypher hold the relation node and its RELATED edge between the claims', async () => {
    const [r] = await between(en, '$2.98 trillion', zh);
    const json = JSON.parse(await exported('json')) as { nodes: { id: string; labels: string[] }[]; relationships: { type: string; properties: { linkId?: string } }[] };
    expect(json.nodes.find((n) => n.id === r!.id)?.labels).toEqual(['ClaimRelation']);
    expect(json.relationships.filter((e) => e.type === 'RELATED' && e.properties.linkId === r!.id)).toHaveLength(1);
    expect(json.nodes.some((n) => n.id === r!.other.id), 'the other document’s claim comes along').toBe(true);
    expect(await exported('graphml')).toContain(r!.id);
    const cyjs = JSON.parse(await exported('cytoscape')) as { elements: { edges: { data: { type: string; linkId?: string } }[] } };
    expect(cyjs.elements.edges.some((e) => e.data.type === 'RELATED' && e.data.linkId === r!.id)).toBe(true);
    expect(await exported('cypher')).toMatch(/RELATED/);
    // Four exports of a document's scope: minutes on a loaded machine, not the default minute.
  }, 300_000);

  it('the report lists related claims, and ClaimReview names confirmed ones', async () => {
    const [r] = await between(en, '$2.98 trillion', zh);
    const report = await exported('report');
    expect(report).toContain('Related claims in other documents');
    expect(report).toContain(r!.other.id);
    // ClaimReview carries reviewed claims only: give the English claim a verdict.
    const claim = (await claimsOf(en.id)).find((c) => c.quantities.some((q) => q.surface === '$2.98 trillion'))!;
    const v = await gql<{ claim: { version: number } }>(server, 'query($id: ID!) { claim(id: $id) { version } }', { id: claim.id });
    const review = await gql(
      server,
      'mutation($i: ReviewInput!) { reviewClaim(input: $i) { review { id } } }',
      { i: { id: claim.id, status: 'VERIFIED', rationale: 'H.4.1', evidence: [{ url: `https://example.org/${nonce}/h41`, title: 'H.4.1' }], expectedVersion: v.data!.claim.version } },
      token,
    );
    expect(review.errors).toBeUndefined();
    const ld = JSON.parse(await exported('claimreview')) as { '@graph': { itemReviewed: { sameAs?: string[] } }[] };
    expect(ld['@graph'].flatMap((x) => x.itemReviewed.sameAs ?? []).some((u) => u.endsWith(`/claims/${encodeURIComponent(r!.other.id)}`))).toBe(true);
   }, 300_000);
});

describe('figures that cannot all hold (issue 19, point 4)', () => {
  const FIND = 'query($d: ID) { jointFindings(document: $d) { id mode windowStart windowEnd excess arithmetic terms { term claim { id } alsoStatedBy { id } quantity { surface } recorded } } }';
  type Term = { term: string; claim: { id: string } | null; alsoStatedBy: { id: string }[]; quantity: { surface: string } | null };
  /** A term stated (among others, maybe) by one of these claims, or taken from the record. */
  const statedBy = (t: Term, claims: { id: string }[]) => !t.claim || [t.claim, ...t.alsoStatedBy].some((c) => claims.some((x) => x.id === c.id));
  const week = async () => {
    const { Reference } = await import('../../src/liquidity/snapshot.ts');
    const { readReferenceFiles } = await import('../../src/scenarios/reference-files.ts');
    const t = new Reference(readReferenceFiles()).weekTerms('2025-10-22');
    if ('missing' in t) throw new Error('the shipped record lacks the week ending 2025-10-22');
    return t;
  };
  const bn = (millions: number) => `$${Math.round(millions / 1000)} billion`;

  it('finds nothing in a document whose figures the record bears out', async () => {
    const t = await week();
    const doc = await ingest(
      `In the week ending October 22, bank reserves were ${bn(t.reserves.value)}, the Fed's total assets were ${bn(t.totalAssets.value)}, the TGA balance was ${bn(t.tga.value)} and the reverse repo facility held ${bn(t.onrrp.value)}.`,
      'en',
      '2025-10-23',
    );
    const r = await gql<{ jointFindings: { terms: Term[] }[] }>(server, FIND, { d: doc.id });
    expect(r.errors).toBeUndefined();
    // Other tests' documents may state figures of the same week: only sets of this document's own figures count here.
    const own = r.data!.jointFindings.filter((f) => f.terms.every((t) => statedBy(t, doc.claims)));
    expect(own).toEqual([]);
  });

  it('finds the set when one figure breaks the identity, with the arithmetic, across documents too', async () => {
    const t = await week();
    const doc = await ingest(
      `In the week ending October 22, the Fed's total assets were ${bn(t.totalAssets.value)}, the TGA balance was ${bn(t.tga.value)} and the reverse repo facility held ${bn(t.onrrp.value)}.`,
      'en',
      '2025-10-23',
    );
    const reserves = await ingest(`Bank reserves were ${bn(t.reserves.value + 600_000)} in the week ending October 22.`, 'en', '2025-10-24');
    const r = await gql<{ jointFindings: { mode: string; excess: number; arithmetic: string; terms: Term[] }[] }>(server, FIND, { d: reserves.id });
    expect(r.errors).toBeUndefined();
    const mine = r.data!.jointFindings.filter((f) => f.terms.every((x) => statedBy(x, [...doc.claims, ...reserves.claims])));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.mode).toBe('LEVEL');
    expect(mine[0]!.excess).toBeGreaterThan(500e9);
    expect(mine[0]!.terms.find((x) => x.term === 'reserves')?.quantity?.surface).toBe(bn(t.reserves.value + 600_000));
    expect(mine[0]!.arithmetic).toMatch(/cannot all hold/);
  });
});

describe('pages that state no year, through ingest (issue 19)', () => {
  it('issue 19: a page that states no year never met the dated page of the same figure, whichever was ingested first', async () => {
    // The year-less page first, then the dated one: the dated document's matching finds the year-less figure.
    const yearless = await ingest('As of the week ending March 12, bank reserves fell by $41.7 billion to $2.731 trillion.', 'en', null);
    const dated = await ingest('美联储2025年3月13日公布的数据显示，截至3月12日当周，银行准备金减少417亿美元至2.731万亿美元。', 'zh-Hans', '2025-03-13');
    const [r] = await between(yearless, '$2.731 trillion', dated);
    expect(r?.kind).toBe('SAME_FIGURE');
    expect(r?.why).toContain('one document states no year');
    // The dated page first, then the year-less one: the year-less document's matching finds the dated figure.
    const dated2 = await ingest('美联储2025年4月10日公布的数据显示，截至4月9日当周，银行准备金增加263亿美元至2.758万亿美元。', 'zh-Hans', '2025-04-10');
    const yearless2 = await ingest('As of the week ending April 9, bank reserves rose by $26.3 billion to $2.758 trillion.', 'en', null);
    expect((await between(yearless2, '$2.758 trillion', dated2)).map((x) => x.kind)).toEqual(['SAME_FIGURE']);
    // A figure with no time of its own in the year-less page takes the page's latest month and day, and stays there.
    const line = await ingest('Bank reserves dropped below the $2.8 trillion mark for the first time. As of the week ending April 9, bank reserves stood at $2.758 trillion.', 'en', null);
    const lineClaim = (await claimsOf(line.id)).find((c) => c.quantities.some((q) => q.surface === '$2.8 trillion'));
    expect(lineClaim).toBeDefined();
    expect((await between(line, '$2.758 trillion', dated2)).map((x) => x.kind)).toEqual(['SAME_FIGURE']);
  });

  it("issue 19: a year-less page never met a dated figure whose window began months before its own (the dated page ingested first)", async () => {
    // A crossing over the three months to 5 November (6 August..5 November), ingested first; then a page that states
    // no year, reaching the line on 11月5日. The year-less page's matching looked only at windows starting in its
    // months (October to December), so the crossing that began in August was never weighed from that side.
    const dated = await ingest('在過去三個月內，財政部一般帳戶（TGA）餘額從約 3,000 億美元暴增至突破 1 兆美元。', 'zh-Hant', '2025-11-05');
    const yearless = await ingest('截至11月5日，美国财政部一般账户(TGA)余额已悄然攀升至1万亿美元关口。', 'zh-Hans', null);
    const r = await between(yearless, '1万亿美元', dated);
    expect(r.map((x) => x.kind)).toEqual(['SAME_FIGURE']);
    expect(r[0]?.why).toContain('one document states no year');
  });
});

describe('pages that state no date at all, through ingest (issue 19)', () => {
  it('issue 19: a page with no date and no month or day never met the same figures in dated pages, whichever came first', async () => {
    // The page with no date first, then the dated pages: each dated page's matching places it.
    const dateless = await ingest('美联储储备金已跌至 2.817 万亿美元。截至上周五，财政部一般账户(TGA)余额首次突破 1.2 万亿美元。', 'zh-Hans', null);
    const reserves = await ingest('Bank reserves fell to $2.817 trillion in the week ending November 5, 2025.', 'en', '2025-11-06');
    const tga = await ingest('2025年11月4日，財政部一般帳戶（TGA）餘額突破1.2兆美元。', 'zh-Hant', '2025-11-05');
    const r = await between(dateless, '2.817 万亿美元', reserves);
    expect(r.map((x) => x.kind)).toEqual(['SAME_FIGURE']);
    expect(r[0]?.why).toContain('its page states none');
    expect((await between(dateless, '1.2 万亿美元', tga)).map((x) => x.kind)).toEqual(['SAME_FIGURE']);
    // Another page with no date, ingested after the dated ones: its own matching finds them.
    const later = await ingest('Reserves have dropped to $2.817 trillion, and the Treasury General Account has broken through $1.2 trillion.', 'en', null);
    expect((await between(later, '$2.817 trillion', reserves)).map((x) => x.kind)).toEqual(['SAME_FIGURE']);
    // Two pages with no date never meet each other: neither has a time.
    expect(await between(later, '$2.817 trillion', dateless)).toEqual([]);
  });
});


describe('pages that corroborate each other, pages dated by their stated date, updates the record cannot bear, through ingest (issue 19, fifth pass)', () => {
  let speech: Doc;
  let report: Doc;
  let november: Doc;
  let december: Doc;
  let misread: Doc;
  let assets: Doc;
  beforeAll(async () => {
    speech = await ingest('As of October 8, reserves held by banks at the Federal Reserve totaled $3.0 trillion, and the Treasury General Account stood at about $800 billion.', 'en', null);
    report = await ingest('截至10月8日，商业银行准备金约3万亿美元，财政部一般账户约8000亿美元。', 'zh-Hans', null);
    november = await ingest('Bank reserves have fallen to $2.847 trillion, the lowest level in years.', 'en', '2025-11-06');
    december = await ingest('Bank reserves stood at $2.931 trillion in the week ending December 17, 2025, the Federal Reserve said.', 'en', '2025-12-18');
    misread = await ingest("The Federal Reserve's balance sheet totaled $2.4 trillion on October 8, 2025.", 'en', '2025-10-09');
    assets = await ingest("The Federal Reserve's balance sheet totaled $6.54 trillion on October 22, 2025.", 'en', '2025-10-23');
  }, 300_000);

  it('issue 19: round figures of two pages that state no year, agreeing on one day on two measures, were never the same figure', async () => {
    const reserves = await between(speech, '$3.0 trillion', report);
    const tga = await between(speech, '$800 billion', report);
    expect([...reserves, ...tga].map((r) => r.kind)).toEqual(['SAME_FIGURE', 'SAME_FIGURE']);
    expect(reserves[0]!.why).toContain('the two pages agree on the same day on 2 measures');
  });

  it('issue 19: a figure dated only by its page\'s stated date was never updated by a firmly dated later figure', async () => {
    const [r, ...more] = await between(november, '$2.847 trillion', december);
    expect(more).toEqual([]);
    expect(r?.kind).toBe('UPDATES');
    expect(r?.later.id).toBe((await claimsOf(december.id)).find((c) => c.quantities.some((q) => q.surface === '$2.931 trillion'))!.id);
  });

  it('issue 19: a later reading the record cannot bear (2.4 trillion of the balance sheet, then 6.54 trillion a fortnight later) was proposed as an update', async () => {
    expect(await between(misread, '$2.4 trillion', assets)).toEqual([]);
  });
});

describe('a page whose year another document confirmed, through ingest in either order (issue 19, fifth pass)', () => {
  const pageText = 'As of October 15, bank reserves totaled $3.1 trillion, and the Treasury General Account stood at about $700 billion.';
  const datedText = 'As of October 15, 2025, bank reserves were about $3.1 trillion and the Treasury General Account about $700 billion.';
  const laterText = (v: string) => `Bank reserves fell to ${v} in the week ending October 29, 2025, the Federal Reserve said.`;

  it('issue 19: a page confirmed in its year by a document ingested earlier never met a document ingested after both', async () => {
    const page = await ingest(pageText, 'en', null);
    await ingest(datedText, 'en', '2025-10-16');
    const later = await ingest(laterText('$2.963 trillion'), 'en', '2025-10-30');
    const [r, ...more] = await between(page, '$3.1 trillion', later);
    expect(more).toEqual([]);
    expect(r?.kind).toBe('UPDATES');
    expect(r?.why).toContain('2025 is confirmed by figures of 2 measures of that page');
  });

  it('…and the other way round: the later document first, the confirming one last', async () => {
    // Another day and other figures, so the pages of the test before do not confirm this one.
    const other = (t: string) => t.replace('October 15', 'October 14').replace('$3.1 trillion', '$3.2 trillion').replace('$700 billion', '$750 billion');
    const page = await ingest(other(pageText), 'en', null);
    const later = await ingest(laterText('$2.964 trillion'), 'en', '2025-10-30');
    await ingest(other(datedText), 'en', '2025-10-15');
    expect((await between(page, '$3.2 trillion', later)).map((r) => r.kind)).toEqual(['UPDATES']);
  });
});

describe('a date written as the page\'s own, and a later figure the record shows current, through ingest (issue 19, sixth pass)', () => {
  it('issue 19: a level "as of" its page\'s own date (截至7月29日 in a page of 29 July) was read as undated and never contradicted a firm figure of that day', async () => {
    const level = await ingest('截至7月29日，美國國債已達到34.99兆美元。', 'zh-Hant', '2024-07-29');
    const other = await ingest('The gross national debt stood at $35,001,278,179,208.67 on July 29, 2024, the Treasury said.', 'en', '2024-07-30');
    const [r, ...more] = await between(level, '34.99兆美元', other);
    expect(more).toEqual([]);
    expect(r?.kind).toBe('CONTRADICTS');
    expect(r?.why).toContain('for the same day (2024-07-29, 2024-07-29)');
  });

  it('issue 19: a later figure dated only by its page, which the record shows is of the week before the page, was never an update', async () => {
    const earlier = await ingest('Bank reserves stood at $2.933 trillion in the week ending October 22, 2025, the Federal Reserve said.', 'en', '2025-10-23');
    const later = await ingest('Bank reserves have fallen to about $2.86 trillion, the lowest level in years.', 'en', '2025-11-06');
    const [r, ...more] = await between(later, '$2.86 trillion', earlier);
    expect(more).toEqual([]);
    expect(r?.kind).toBe('UPDATES');
    expect(r?.later.id).toBe((await claimsOf(later.id)).find((c) => c.quantities.some((q) => q.surface === '$2.86 trillion'))!.id);
  });
});

describe('later readings through the same figure, through ingest in either order (issue 19, sixth pass)', () => {
  const week = (v: string) => `Bank reserves stood at ${v} in the week ending October 29, 2025, the Federal Reserve said.`;
  // The measure named in the sentence before ("The figure"): not firm, so never an update by itself.
  const twin = (v: string) => `Bank reserves fell again last week. The figure was ${v} on October 29, 2025.`;
  const december = (v: string) => `Bank reserves were ${v} in the week ending December 17, 2025.`;

  it('issue 19: a figure the same as the earlier side of an update, ingested last, never met its later side', async () => {
    await ingest(week('$2.851 trillion'), 'en', '2025-10-30');
    const later = await ingest(december('$2.936 trillion'), 'en', '2025-12-18');
    const same = await ingest(twin('$2.851 trillion'), 'en', '2025-10-31');
    const [r, ...more] = await between(same, '$2.851 trillion', later);
    expect(more).toEqual([]);
    expect(r?.kind).toBe('UPDATES');
    expect(r?.why).toContain('is the same figure as “$2.851 trillion” (2025-10-23..2025-10-29)');
  });

  it('…and ingested first, the later side last', async () => {
    const same = await ingest(twin('$2.852 trillion'), 'en', '2025-10-31');
    await ingest(week('$2.852 trillion'), 'en', '2025-10-30');
    const later = await ingest(december('$2.937 trillion'), 'en', '2025-12-18');
    expect((await between(same, '$2.852 trillion', later)).map((r) => r.kind)).toEqual(['UPDATES']);
  });
});

describe('a page that states no year, read in the year the record holds its figure, through ingest in either order (issue 19, seventh pass)', () => {
  const october = (v: string) => `Bank reserves stood at ${v} in the week ending October 22, 2025, the Federal Reserve said.`;
  const december = 'Yesterday, December 1st, the Federal Reserve ended quantitative tightening. Bank reserves stand at around $2.89 trillion.';

  it('issue 19: "bank reserves stand at around $2.89 trillion" in a page of 1 December that states no year was never a later reading than the October weeks', async () => {
    const earlier = await ingest(october('$2.9311 trillion'), 'en', '2025-10-23');
    const later = await ingest(december, 'en', null);
    const [r, ...more] = await between(later, '$2.89 trillion', earlier);
    expect(more).toEqual([]);
    expect(r?.kind).toBe('UPDATES');
    expect(r?.why).toContain('2025 is confirmed by the record');
  });

  it('…and the page that states no year first, the dated one last', async () => {
    const later = await ingest(`${december} Liquidity is tight.`, 'en', null);
    const earlier = await ingest(october('$2.9312 trillion'), 'en', '2025-10-23');
    expect((await between(earlier, '$2.9312 trillion', later)).map((r) => r.kind)).toEqual(['UPDATES']);
  });
});

describe('a line the record crosses once, reported by a page that states no date, through ingest in either order (issue 19, eighth pass)', () => {
  const undated = (tail: string) => `The national debt has climbed past $37 trillion, a record sum reached years earlier than experts had anticipated. ${tail}`;
  const dated = (tail: string) => `美國國債規模已經突破 37 兆美元，有史以來首次突破這個門檻。${tail}`;

  it('issue 19: "the national debt has climbed past $37 trillion" on a page with no date was never the same event as 突破 37 兆美元 of 13 August 2025', async () => {
    const a = await ingest(dated('市場關注。'), 'zh-Hant', '2025-08-13');
    const b = await ingest(undated('Markets shrugged.'), 'en', null);
    const [r, ...more] = await between(b, '$37 trillion', a);
    expect(more).toEqual([]);
    expect(r?.kind).toBe('SAME_FIGURE');
    expect(r?.why).toContain('the record of the measure crosses it once');
  });

  it('…and the page with no date first, the dated one last', async () => {
    const b = await ingest(undated('Investors noticed.'), 'en', null);
    const a = await ingest(dated('投資人注意。'), 'zh-Hant', '2025-08-13');
    expect((await between(a, '37 兆美元', b)).map((r) => r.kind)).toEqual(['SAME_FIGURE']);
  });
});

describe('relations that rest on a third document, when that document changes (issue 19, ninth pass)', () => {
  /** A version of the page at `url`: a changed text supersedes the one before (ingest-store.ts, previousVersion). */
  async function version(url: string, text: string, lang: string, published: string): Promise<Doc> {
    const r = await gql<{ ingestDocument: { document: Doc } }>(
      server,
      `mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { document { id claims { id quote quantities { surface } related { ${RELATED} } } } } }`,
      { i: { text: `${text}\n\nFiled by ${nonce}.`, lang, url, published } },
      token,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.ingestDocument.document;
  }
  const kinds = async (a: Doc, surface: string, b: Doc) => (await between(a, surface, b)).map((x) => x.kind);

  it('issue 19: a page with no date placed by the twins of two documents kept its relations after one of them changed and no longer placed it', async () => {
    const tga = `https://example.test/${nonce}/tga`;
    const wire = `https://example.test/${nonce}/wire`;
    // A page with no date: placed in early November 2025 by two of its figures' twins in dated pages.
    const dateless = await ingest('美联储储备金已跌至 2.834 万亿美元。截至上周五，财政部一般账户(TGA)余额首次突破 1.15 万亿美元。', 'zh-Hans', null);
    const reserves = await ingest('Bank reserves fell to $2.834 trillion in the week ending November 5, 2025.', 'en', '2025-11-06');
    const first = await version(tga, '2025年11月4日，財政部一般帳戶（TGA）餘額突破1.15兆美元。', 'zh-Hant', '2025-11-05');
    expect(await kinds(dateless, '2.834 万亿美元', reserves)).toEqual(['SAME_FIGURE']);
    expect(await kinds(dateless, '1.15 万亿美元', first)).toEqual(['SAME_FIGURE']);
    // A third twin of the crossing: the page is placed by it too.
    const other = await version(wire, '2025年11月5日，財政部一般帳戶（TGA）餘額突破1.15兆美元。', 'zh-Hant', '2025-11-06');
    expect(await kinds(dateless, '1.15 万亿美元', other)).toEqual(['SAME_FIGURE']);
    // The first crossing's page is corrected (a new version, no crossing): the page is still placed, by the third twin,
    // and its relations that hold through it stay (weighed again, not merely left).
    const corrected = await version(tga, '2025年11月4日，財政部一般帳戶（TGA）餘額為8,500億美元。', 'zh-Hant', '2025-11-05');
    // (the corrected level, 8,500億 on 4 November, may be an earlier reading than the page's crossing: not the same figure)
    expect(await kinds(dateless, '1.15 万亿美元', corrected)).not.toContain('SAME_FIGURE');
    expect(await kinds(dateless, '2.834 万亿美元', reserves)).toEqual(['SAME_FIGURE']);
    expect(await kinds(dateless, '1.15 万亿美元', other)).toEqual(['SAME_FIGURE']);
    // The third twin's page is corrected too: nothing places the page any more, and nothing it was placed by is left
    // standing — before, the page's relation to the reserves page (which neither new version touches) stayed.
    await version(wire, '2025年11月5日，財政部一般帳戶（TGA）餘額為8,600億美元。', 'zh-Hant', '2025-11-06');
    expect(await kinds(dateless, '2.834 万亿美元', reserves)).toEqual([]);
    expect(await kinds(dateless, '1.15 万亿美元', other)).toEqual([]);
    // The same text ingested again changes nothing; the crossing stated again places the page again.
    await version(wire, '2025年11月5日，財政部一般帳戶（TGA）餘額為8,600億美元。', 'zh-Hant', '2025-11-06');
    expect(await kinds(dateless, '2.834 万亿美元', reserves)).toEqual([]);
    const restated = await version(wire, '2025年11月5日，財政部一般帳戶（TGA）餘額首次突破1.15兆美元。', 'zh-Hant', '2025-11-06');
    expect(await kinds(dateless, '2.834 万亿美元', reserves)).toEqual(['SAME_FIGURE']);
    expect(await kinds(dateless, '1.15 万亿美元', restated)).toEqual(['SAME_FIGURE']);
  });
});
