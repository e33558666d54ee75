import { beforeAll, describe, expect, it } from 'vitest';
import { createClaim, loadCausalFixture } from '../support/fixtures.ts';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();
let editor: string;
let editorName: string;
beforeAll(async () => {
  editorName = uniquePrefix('Ada');
  editor = await testToken(graph, 'EDITOR', editorName);
});

const REVIEW_CLAIM = `mutation($input: ReviewInput!) { reviewClaim(input: $input) {
  review { id itemId itemType editor at fromStatus toStatus rationale version evidence { id url name publisher } }
  claim { id status version reviews { id toStatus } } } }`;

// Evidence at a URL of the claim's own: sources are deduplicated by URL, so a URL another test
// (the CLI's) registered first under another title would come back with that title.
const h41 = (id: string) => `https://www.federalreserve.gov/releases/h41/${id}.htm`;

const verdict = (id: string, expectedVersion: number, extra: Record<string, unknown> = {}) => ({
  id,
  status: 'VERIFIED',
  rationale: 'Matches the Fed H.4.1 release',
  evidence: [{ url: h41(id), title: 'Factors Affecting Reserve Balances (H.4.1)', publisher: 'Federal Reserve' }],
  expectedVersion,
  ...extra,
});

async function history(id: string) {
  return graph.rows<{ to: string }>('test.history', 'MATCH (r:Review)-[:REVIEWS]->({id: $id}) RETURN r.toStatus AS to ORDER BY r.version', { id });
}

describe('reviewClaim', () => {
  it('records a verdict with rationale and evidence, bumps the version and keeps history', async () => {
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const r = await gql<{ reviewClaim: any }>(server, REVIEW_CLAIM, { input: verdict(id, 1) }, editor);
    expect(r.errors).toBeUndefined();
    const { review, claim } = r.data!.reviewClaim;
    expect(review).toMatchObject({ itemId: id, itemType: 'Claim', editor: editorName, fromStatus: 'UNREVIEWED', toStatus: 'VERIFIED', version: 2 });
    expect(review.evidence).toEqual([
      expect.objectContaining({ url: h41(id), name: 'Factors Affecting Reserve Balances (H.4.1)', publisher: 'Federal Reserve' }),
    ]);
    expect(claim).toMatchObject({ status: 'VERIFIED', version: 2 });

    const second = await gql<{ reviewClaim: any }>(
      server,
      REVIEW_CLAIM,
      { input: verdict(id, 2, { status: 'DISPUTED', evidence: [{ sourceId: review.evidence[0].id }] }) },
      editor,
    );
    expect(second.errors).toBeUndefined();
    expect(second.data!.reviewClaim.claim.reviews.map((x: { toStatus: string }) => x.toStatus)).toEqual(['VERIFIED', 'DISPUTED']);
    expect(second.data!.reviewClaim.review.fromStatus).toBe('VERIFIED');
  });

  it('refuses a stale expectedVersion with CONFLICT and writes nothing', async () => {
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    await gql(server, REVIEW_CLAIM, { input: verdict(id, 1) }, editor);
    const stale = await gql(server, REVIEW_CLAIM, { input: verdict(id, 1, { status: 'FALSE' }) }, editor);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: 2, currentStatus: 'VERIFIED' });
    expect(await history(id)).toEqual([{ to: 'VERIFIED' }]);
  });

  it('lets exactly one of 20 concurrent reviews with the same version through', async () => {
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => gql(server, REVIEW_CLAIM, { input: verdict(id, 1, { rationale: `editor ${i}` }) }, editor)),
    );
    const codes = results.map((r) => (r.errors ? errorCodes(r)[0] : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(19);
    expect(await history(id)).toHaveLength(1);
    const [row] = await graph.rows<{ version: number }>('test.version', 'MATCH (c:Claim {id: $id}) RETURN c.version AS version', { id });
    expect(row!.version).toBe(2);
  });

  it('needs a rationale and evidence for a verdict, but not for IN_REVIEW', async () => {
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const bare = await gql(server, REVIEW_CLAIM, { input: { id, status: 'FALSE', expectedVersion: 1 } }, editor);
    expect(errorCodes(bare)).toEqual(['BAD_USER_INPUT']);
    expect((bare.errors![0]!.extensions!['fields'] as { path: string }[]).map((f) => f.path).sort()).toEqual(['input.evidence', 'input.rationale']);
    const badUrl = await gql(server, REVIEW_CLAIM, { input: verdict(id, 1, { evidence: [{ url: 'ftp://x', title: 'x' }] }) }, editor);
    expect(errorCodes(badUrl)).toEqual(['BAD_USER_INPUT']);
    const inReview = await gql<{ reviewClaim: any }>(server, REVIEW_CLAIM, { input: { id, status: 'IN_REVIEW', expectedVersion: 1 } }, editor);
    expect(inReview.errors).toBeUndefined();
    expect(inReview.data!.reviewClaim.claim.status).toBe('IN_REVIEW');
  });

  it('answers NOT_FOUND for an unknown claim or evidence source, writing nothing', async () => {
    expect(errorCodes(await gql(server, REVIEW_CLAIM, { input: verdict(uniquePrefix('missing'), 1) }, editor))).toEqual(['NOT_FOUND']);
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const url = `https://example.org/${id}`;
    const r = await gql(server, REVIEW_CLAIM, { input: verdict(id, 1, { evidence: [{ url, title: 'new' }, { sourceId: 'src-nope' }] }) }, editor);
    expect(errorCodes(r)).toEqual(['NOT_FOUND']);
    expect(await history(id)).toEqual([]);
    const [created] = await graph.rows<{ n: number }>('test.src', 'MATCH (s:Source {url: $url}) RETURN count(s) AS n', { url });
    expect(created!.n).toBe(0); // the new source of the failed review was rolled back too
  });
});

describe('reviewCausalLink', () => {
  it('updates the link and its CAUSES projection in one go', async () => {
    const p = uniquePrefix('link');
    await loadCausalFixture(graph, [{ id: `${p}-x`, name: `${p} x` }, { id: `${p}-y`, name: `${p} y` }], [{ id: `${p}-xy`, from: `${p}-x`, to: `${p}-y` }]);
    const r = await gql<{ reviewCausalLink: any }>(
      server,
      'mutation($input: ReviewInput!) { reviewCausalLink(input: $input) { review { itemType toStatus } causalLink { status version } } }',
      { input: verdict(`${p}-xy`, 1, { status: 'MISLEADING' }) },
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.reviewCausalLink).toEqual({ review: { itemType: 'CausalLink', toStatus: 'MISLEADING' }, causalLink: { status: 'MISLEADING', version: 2 } });
    const [rel] = await graph.rows<{ status: string }>('test.causes', 'MATCH ()-[c:CAUSES {linkId: $id}]->() RETURN c.status AS status', { id: `${p}-xy` });
    expect(rel!.status).toBe('MISLEADING');
  });
});

describe('addSource', () => {
  it('deduplicates sources by normalised URL', async () => {
    const p = uniquePrefix('src');
    const add = (url: string) =>
      gql<{ addSource: { id: string; url: string } }>(server, 'mutation($i: AddSourceInput!) { addSource(input: $i) { id url } }', { i: { url, title: 'A report' } }, editor);
    const a = await add(`https://Example.ORG/${p}/report/#section-2`);
    const b = await add(`https://example.org/${p}/report/`);
    expect(a.errors).toBeUndefined();
    expect(b.data!.addSource).toEqual(a.data!.addSource);
    // The trailing slash is part of the address (issue 13): kept, and not merged with `/report`.
    expect(a.data!.addSource.url).toBe(`https://example.org/${p}/report/`);
    const c = await add(`https://example.org/${p}/report`);
    expect(c.data!.addSource.id).not.toBe(a.data!.addSource.id);
  });
});
