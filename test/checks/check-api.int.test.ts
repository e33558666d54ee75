import { beforeAll, describe, expect, it } from 'vitest';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();

const doc = uniquePrefix('doc');
const reserves = `${doc}-c1`;
const unmeasured = `${doc}-c2`;

/** A document of the test's own, so reviews made from checks leave the seed's claims alone. */
beforeAll(async () => {
  await graph.write('test.checkDoc', (tx) =>
    tx.rows(
      'test.checkDoc',
      `CREATE (d:Document {id: $doc, title: 'test', language: 'zh-Hant', text: '準備金已跌破2.7萬億美元。黃金跌破1900美元。', published: '2025-11', origin: 'curated'})
CREATE (c1:Claim {id: $c1, quote: '準備金已跌破2.7萬億美元', start: 0, end: 13, kind: 'COMPARISON', time: '2025-11', status: 'UNREVIEWED', version: 1, origin: 'curated', documentId: $doc, searchText: $c1})
CREATE (q1:Quantity {id: $c1 + '-q1', surface: '2.7萬億美元', value: 2.7e12, unit: 'USD', qualifier: 'BELOW', position: 0})
CREATE (c2:Claim {id: $c2, quote: '黃金跌破1900美元', start: 14, end: 24, kind: 'COMPARISON', time: '2025-11-05', status: 'UNREVIEWED', version: 1, origin: 'curated', documentId: $doc, searchText: $c2})
CREATE (q2:Quantity {id: $c2 + '-q1', surface: '1900美元', value: 1900, unit: 'USD', qualifier: 'BELOW', position: 0})
CREATE (c1)-[:STATED_IN]->(d), (c2)-[:STATED_IN]->(d), (c1)-[:HAS_QUANTITY]->(q1), (c2)-[:HAS_QUANTITY]->(q2)
WITH c1, c2
MATCH (r:Factor {id: 'f-bank-reserves'}), (g:Factor {id: 'f-gold-price'})
CREATE (c1)-[:ABOUT]->(r), (c2)-[:ABOUT]->(g)`,
      { doc, c1: reserves, c2: unmeasured },
    ),
  );
});

describe('checks through the API', () => {
  it('checkDocument: one row per claim with an amount, in text order, with the series and the record', async () => {
    const r = await gql<{ checkDocument: { claim: { id: string }; verdict: string; series: { id: string } | null; recorded: number | null; window: { from: string } | null; reason: string | null; explanation: string }[] }>(
      server,
      'query($id: ID!) { checkDocument(id: $id) { claim { id } verdict series { id } recorded window { from } reason explanation } }',
      { id: doc },
    );
    expect(r.errors).toBeUndefined();
    const rows = r.data!.checkDocument;
    expect(rows.map((c) => [c.claim.id, c.verdict, c.series?.id ?? null])).toEqual([
      [reserves, 'INCONSISTENT', 'FRED:WRESBAL'],
      [unmeasured, 'NOT_CHECKABLE', null],
    ]);
    expect(rows[0]!.window?.from).toBe('2025-11-01');
    expect(rows[1]!.reason).toMatch(/gold/);
    const only = await gql<{ checkDocument: unknown[] }>(server, 'query($id: ID!) { checkDocument(id: $id, includeNotCheckable: false) { verdict } }', { id: doc });
    expect(only.data!.checkDocument).toEqual([{ verdict: 'INCONSISTENT' }]);
  });

  it('Claim.checks on a listing is batched; an unknown document is NOT_FOUND', async () => {
    const r = await gql<{ document: { claims: { id: string; status: string; checks: { verdict: string }[] }[] } }>(
      server,
      'query($id: ID!) { document(id: $id) { claims { id status checks { verdict } } } }',
      { id: doc },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.document.claims.map((c) => [c.id, c.status, c.checks.map((k) => k.verdict)])).toEqual([
      [reserves, 'UNREVIEWED', ['INCONSISTENT']],
      [unmeasured, 'UNREVIEWED', ['NOT_CHECKABLE']],
    ]);
    expect(errorCodes(await gql(server, '{ checkDocument(id: "doc-nope") { verdict } }'))).toEqual(['NOT_FOUND']);
  });

  it('reviewFromCheck: one step to a review citing the series as a DATASET source, the explanation as rationale', async () => {
    const token = await testToken(graph);
    const mutation = 'mutation($input: ReviewFromCheckInput!) { reviewFromCheck(input: $input) { review { toStatus rationale editor evidence { kind url publisher } } claim { status version } } }';
    expect(errorCodes(await gql(server, mutation, { input: { claimId: reserves, expectedVersion: 1 } }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(server, mutation, { input: { claimId: reserves, expectedVersion: 1 } }, await testToken(graph, 'READER')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(server, mutation, { input: { claimId: 'nope-claim', expectedVersion: 1 } }, token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(server, mutation, { input: { claimId: unmeasured, expectedVersion: 1 } }, token))).toEqual(['BAD_USER_INPUT']);

    const check = await gql<{ checkDocument: { explanation: string }[] }>(server, 'query($id: ID!) { checkDocument(id: $id) { explanation } }', { id: doc });
    const r = await gql<{ reviewFromCheck: { review: { toStatus: string; rationale: string; evidence: { kind: string; url: string; publisher: string }[] }; claim: { status: string; version: number } } }>(
      server,
      mutation,
      { input: { claimId: reserves, expectedVersion: 1 } },
      token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.reviewFromCheck.review).toMatchObject({
      toStatus: 'FALSE',
      rationale: check.data!.checkDocument[0]!.explanation,
      evidence: [{ kind: 'DATASET', url: 'https://fred.stlouisfed.org/series/WRESBAL', publisher: 'Board of Governors of the Federal Reserve System' }],
    });
    expect(r.data!.reviewFromCheck.claim).toEqual({ status: 'FALSE', version: 2 });
    // The same stale version again: CONFLICT, nothing written.
    expect(errorCodes(await gql(server, mutation, { input: { claimId: reserves, expectedVersion: 1, status: 'MISLEADING' } }, token))).toEqual(['CONFLICT']);

    // The ClaimReview export carries the series as the citation behind the verdict.
    const exported = await gql<{ exportGraph: { content: string } }>(server, 'query($doc: ID) { exportGraph(format: "claimreview", scope: { document: $doc }) { content } }', { doc });
    expect(exported.errors).toBeUndefined();
    expect(exported.data!.exportGraph.content).toContain('https://fred.stlouisfed.org/series/WRESBAL');
    const report = await gql<{ exportGraph: { content: string } }>(server, 'query($doc: ID) { exportGraph(format: "report", scope: { document: $doc }) { content } }', { doc });
    expect(report.data!.exportGraph.content).toContain('https://fred.stlouisfed.org/series/WRESBAL');
    expect(report.data!.exportGraph.content).toContain('lowest week average in the window');
  });
});
