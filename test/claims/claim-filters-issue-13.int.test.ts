import { describe, expect, it } from 'vitest';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { inProcessApi } from '../support/in-process-api.ts';
import { errorCodes, gql } from '../support/server.ts';

// Issue 13, "the API the page needs": filters a new user asked for.
const SEED_DOC = 'doc-e9186e0b';
const { graph, server } = inProcessApi();

type Ids = { claims: { totalCount: number; edges: { node: { id: string } }[] } };
const IDS = `query($f: ClaimFilter) { claims(filter: $f, first: 200) { totalCount edges { node { id } } } }`;
async function ids(filter: Record<string, unknown>): Promise<string[]> {
  const r = await gql<Ids>(server, IDS, { f: filter });
  expect(r.errors).toBeUndefined();
  return r.data!.claims.edges.map((e) => e.node.id).sort();
}

describe('claims filters (issue 13)', () => {
  it('attributedTo and source take a name in English (any case) or Chinese as well as an id', async () => {
    const r = await gql<{ claims: { edges: { node: { attributedTo: { id: string; name: string; nameZh: string | null }[] } }[] } }>(
      server,
      `{ claims(filter: { document: "${SEED_DOC}", hasAttribution: true }, first: 200) { edges { node { attributedTo { id name nameZh } } } } }`,
    );
    const source = r.data!.claims.edges.flatMap((e) => e.node.attributedTo).find((s) => s.nameZh);
    expect(source, 'the seed attributes claims to a source with a Chinese name').toBeDefined();
    const byId = await ids({ attributedTo: source!.id });
    expect(byId.length).toBeGreaterThan(0);
    expect(await ids({ attributedTo: source!.name.toUpperCase() })).toEqual(byId);
    expect(await ids({ attributedTo: source!.nameZh })).toEqual(byId);
    expect((await ids({ source: source!.name })).length).toBeGreaterThanOrEqual(byId.length);
    expect(await ids({ attributedTo: `${source!.name} nobody` })).toEqual([]);
  });

  it('hasAttribution and hasSource split a document’s claims, and agree with each claim’s sources', async () => {
    const r = await gql<{ claims: { edges: { node: { id: string; attributedTo: { id: string }[]; sources: { kind: string }[] } }[] } }>(
      server,
      `{ claims(filter: { document: "${SEED_DOC}" }, first: 200) { edges { node { id attributedTo { id } sources { kind } } } } }`,
    );
    const all = r.data!.claims.edges.map((e) => e.node);
    const attributed = all.filter((c) => c.attributedTo.length > 0).map((c) => c.id).sort();
    const onlyDocument = all.filter((c) => c.sources.every((s) => s.kind === 'DOCUMENT')).map((c) => c.id).sort();
    expect(attributed.length).toBeGreaterThan(0);
    expect(attributed.length).toBeLessThan(all.length);
    expect(await ids({ document: SEED_DOC, hasAttribution: true })).toEqual(attributed);
    expect(await ids({ document: SEED_DOC, hasAttribution: false })).toEqual(all.map((c) => c.id).filter((id) => !attributed.includes(id)).sort());
    expect(await ids({ document: SEED_DOC, hasSource: false })).toEqual(onlyDocument);
    expect((await ids({ document: SEED_DOC, hasSource: true })).length).toBe(all.length - onlyDocument.length);
  });

  it('reviewQueue lists pending candidates and claims unreviewed or in review, not verdicts', async () => {
    const token = await testToken(graph);
    const prefix = uniquePrefix('queue');
    const ingest = await gql<{ ingestDocument: { document: { id: string; claims: { id: string; version: number }[] } } }>(
      server,
      `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { id claims { id version } } } }`,
      { input: { text: `${prefix}：美國國債約38萬億美元，標普500指數下跌18%-25%，銀行準備金跌破2.8萬億美元。`, title: prefix } },
      token,
    );
    expect(ingest.errors).toBeUndefined();
    const doc = ingest.data!.ingestDocument.document;
    expect(doc.claims.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = doc.claims as [{ id: string; version: number }, { id: string; version: number }, { id: string; version: number }];
    const review = (id: string, version: number, status: string, extra: Record<string, unknown> = {}) =>
      gql(server, `mutation($input: ReviewInput!) { reviewClaim(input: $input) { claim { id } } }`, { input: { id, status, expectedVersion: version, ...extra } }, token);
    const confirm = (id: string, version: number) =>
      gql(server, `mutation($input: CandidateDecisionInput!) { confirmCandidate(input: $input) { review { id } } }`, { input: { id, expectedVersion: version } }, token);
    // a: confirmed, then a verdict (leaves the queue); b: a pending candidate in review (stays); c: confirmed, still unreviewed (stays).
    expect((await confirm(a.id, a.version)).errors).toBeUndefined();
    expect((await review(a.id, a.version + 1, 'VERIFIED', { rationale: 'Checked.', evidence: [{ url: `https://example.org/${prefix}`, title: 'E' }] })).errors).toBeUndefined();
    expect((await review(b.id, b.version, 'IN_REVIEW')).errors).toBeUndefined();
    expect((await confirm(c.id, c.version)).errors).toBeUndefined();
    expect(await ids({ document: doc.id, reviewQueue: true, status: ['VERIFIED'] })).toEqual([]);
    const queue = await ids({ document: doc.id, reviewQueue: true });
    expect(queue).toEqual(doc.claims.map((x) => x.id).filter((id) => id !== a.id).sort());
  });

  it('includeFlows makes a unit match its flows too', async () => {
    const r0 = await gql<{ document: { claims: { id: string; quantities: { unit: string }[] }[] } }>(server, `{ document(id: "${SEED_DOC}") { claims { id quantities { unit } } } }`);
    const claims = r0.data!.document.claims;
    const withUnit = (test: (u: string) => boolean) => claims.filter((c) => c.quantities.some((q) => test(q.unit))).map((c) => c.id).sort();
    const flows = withUnit((u) => u.startsWith('USD/'));
    expect(flows.length, 'the seed states flows such as 每月3000億美元').toBeGreaterThan(0);
    expect(await ids({ document: SEED_DOC, unit: 'USD' })).toEqual(withUnit((u) => u === 'USD'));
    expect(await ids({ document: SEED_DOC, unit: 'USD', includeFlows: true })).toEqual(withUnit((u) => u === 'USD' || u.startsWith('USD/')));
    // Without a unit it is refused, naming the field.
    const r = await gql(server, IDS, { f: { includeFlows: true } });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });
});
