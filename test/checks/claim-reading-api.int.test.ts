/**
 * Editor readings through the API (issue 18): set or correct a claim's factor, window and mode; the check re-runs at
 * once; history keeps who and why; a stale version is CONFLICT. And MISLEADING end to end: a claim whose number holds
 * but whose assertion fails, on nodes the test creates the way ingest stores frames and assertions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();

const doc = uniquePrefix('doc');
const tga = `${doc}-c1`;
const spent = `${doc}-c2`;

beforeAll(async () => {
  await graph.write('test.readingDoc', (tx) =>
    tx.rows(
      'test.readingDoc',
      `CREATE (d:Document {id: $doc, title: 'test', language: 'zh-Hans', text: 'x', published: '2025-11-20', origin: 'extracted'})
CREATE (c1:Claim {id: $c1, quote: '余额在10月30日升至9838.6亿美元', start: 0, end: 20, kind: 'LEVEL', status: 'UNREVIEWED', version: 1, origin: 'extracted', documentId: $doc, searchText: $c1})
CREATE (q1:Quantity {id: $c1 + '-q1', surface: '9838.6亿美元', value: 983.86e9, unit: 'USD', position: 0,
  frameMode: 'LEVEL', frameTimeText: '10月30日', frameTimeSource: 'TEXT', frameWindowStart: '2025-10-30', frameWindowEnd: '2025-10-30'})
CREATE (c2:Claim {id: $c2, quote: 'TGA帳戶餘額在停擺期間飆升至1萬億美元卻無法支出', start: 21, end: 45, kind: 'LEVEL', status: 'UNREVIEWED', version: 1, origin: 'extracted', documentId: $doc, searchText: $c2})
CREATE (q2:Quantity {id: $c2 + '-q1', surface: '1萬億美元', value: 1e12, unit: 'USD', position: 0,
  frameMode: 'REACHED', frameDirection: 'INCREASE', frameFactorId: 'f-tga-balance', frameFactorEvidence: 'TGA帳戶餘額', frameTimeText: '停擺期間', frameTimeSource: 'TEXT', frameWindowStart: '2025-10-01', frameWindowEnd: '2025-11-12'})
CREATE (a:Assertion {id: $c2 + '-a1', kind: 'FLOW_STOPPED', text: '無法支出', start: 41, end: 45, factorId: 'f-tga-balance'})
CREATE (c1)-[:STATED_IN]->(d), (c2)-[:STATED_IN]->(d), (c1)-[:HAS_QUANTITY]->(q1), (c2)-[:HAS_QUANTITY]->(q2), (c2)-[:ASSERTS]->(a)
WITH q2
MATCH (f:Factor {id: 'f-tga-balance'}) CREATE (q2)-[:MEASURES]->(f)`,
      { doc, c1: tga, c2: spent },
    ),
  );
});

const CHECKS = 'verdict factor { id } series { id } window { from to } readingBasis { factor window mode } parts { kind holds text } reason explanation';

describe('editor readings', () => {
  it('a quantity whose sentence names no factor is not checked; an editor names it, and the check re-runs at once', async () => {
    const before = await gql<{ claim: { checks: { verdict: string; reason: string }[]; reading: { version: number; history: unknown[] } } }>(server, `query($id: ID!) { claim(id: $id) { checks { verdict reason } reading { version history { editor } } } }`, { id: tga });
    expect(before.errors).toBeUndefined();
    expect(before.data!.claim.checks).toEqual([{ verdict: 'NOT_CHECKABLE', reason: expect.stringMatching(/names no measured factor/) }]);
    expect(before.data!.claim.reading).toEqual({ version: 0, history: [] });

    const token = await testToken(graph);
    const mutation = `mutation($input: ClaimReadingInput!) { setClaimReading(input: $input) { reading { quantity factor { id } editor reason version window { from to } } claim { id reading { version current { factorId } history { reason version } } } checks { ${CHECKS} } } }`;
    const input = { claimId: tga, factorId: 'f-tga-balance', reason: '余额 here is the TGA (the paragraph is about the Treasury account)', expectedVersion: 0 };
    expect(errorCodes(await gql(server, mutation, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(server, mutation, { input }, await testToken(graph, 'READER')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(server, mutation, { input: { ...input, claimId: 'nope' } }, token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(server, mutation, { input: { ...input, factorId: 'f-nope' } }, token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(server, mutation, { input: { ...input, windowFrom: '2025-11-01', windowTo: '2025-10-01' } }, token))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(server, mutation, { input: { ...input, windowFrom: '2025-02-30', windowTo: '2025-03-01' } }, token))).toEqual(['BAD_USER_INPUT']);

    const r = await gql<{ setClaimReading: { reading: Record<string, unknown>; claim: { reading: { version: number; current: { factorId: string }[]; history: { version: number }[] } }; checks: { verdict: string; series: { id: string }; window: { from: string }; readingBasis: Record<string, string>; explanation: string }[] } }>(server, mutation, { input }, token);
    expect(r.errors).toBeUndefined();
    const out = r.data!.setClaimReading;
    expect(out.reading).toMatchObject({ quantity: null, factor: { id: 'f-tga-balance' }, reason: input.reason, version: 1, window: null });
    expect(out.claim.reading.version).toBe(1);
    // Checked at its own date, 30 October, not the document's; of the series that hold it, the one nearest the figure
    // (judge18): 983.9 billion is the Wednesday level in force then, exactly.
    expect(out.checks[0]).toMatchObject({ verdict: 'CONSISTENT', series: { id: 'FRED:WDTGAL' }, window: { from: '2025-10-30' }, readingBasis: { factor: 'EDITOR', window: 'TEXT', mode: 'TEXT' } });
    expect(out.checks[0]!.explanation).toMatch(/an editor's reading/);

    // A stale version: CONFLICT, nothing written.
    expect(errorCodes(await gql(server, mutation, { input: { ...input, mode: 'CHANGE' } }, token))).toEqual(['CONFLICT']);
    const again = await gql<{ setClaimReading: { claim: { reading: { history: { reason: string; version: number }[] } } } }>(server, mutation, { input: { ...input, windowFrom: '2025-11-12', windowTo: '2025-11-12', reason: 'checking a later date', expectedVersion: 1 } }, token);
    expect(again.errors).toBeUndefined();
    expect(again.data!.setClaimReading.claim.reading.history.map((h) => [h.version, h.reason])).toEqual([
      [1, input.reason],
      [2, 'checking a later date'],
    ]);
  });
});

describe('issue 18: only the number is checked', () => {
  it('"soared to 1 trillion but cannot be spent": MISLEADING through the API, the table and the explanation, with the DTS withdrawals as evidence', async () => {
    const r = await gql<{ claim: { checks: { verdict: string; parts: { kind: string; holds: boolean | null; text: string }[]; explanation: string }[] } }>(server, `query($id: ID!) { claim(id: $id) { checks { ${CHECKS} } } }`, { id: spent });
    expect(r.errors).toBeUndefined();
    const c = r.data!.claim.checks[0]!;
    expect(c.verdict).toBe('MISLEADING');
    expect(c.parts.find((p) => p.kind === 'NUMBER')?.holds).toBe(true);
    const flow = c.parts.find((p) => p.kind === 'FLOW_STOPPED')!;
    expect(flow.holds).toBe(false);
    // US$4.38 trillion withdrawn during the shutdown, in the shipped DTS file.
    expect(flow.text).toMatch(/4\.3\d\d trillion USD of withdrawals/);
    expect(c.explanation).toMatch(/misleading/);
  });
});
