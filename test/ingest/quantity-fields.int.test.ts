import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGraph, testToken, uniquePrefix } from '../support/graph.ts';
import { gql, testServer } from '../support/server.ts';

const graph = testGraph();
const server = testServer(graph);
let token: string;
beforeAll(async () => {
  token = await testToken(graph);
});
afterAll(async () => {
  await graph.close();
});

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  document { claims { quantities { surface value upper unit kind direction calendar qualifier } } } } }`;

type Q = { surface: string; value: number; upper: number | null; unit: string; kind: string | null; direction: string | null; calendar: string | null; qualifier: string | null };

describe('ingest stores what the extractor reads of each number (issue 12)', () => {
  it('keeps kind, direction and the calendar written, readable through GraphQL from the real Neo4j', async () => {
    const tag = uniquePrefix('qty');
    const text = `${tag}\n主計總處預測民國107年經濟成長2.42%,台股暴跌1,497.77點,市值縮水5186億元。乾隆六年人口突破1億,增加約二千多人。`;
    const r = await gql<{ ingestDocument: { document: { claims: { quantities: Q[] }[] } } }>(server, INGEST, { input: { text, title: tag } }, token);
    expect(r.errors).toBeUndefined();
    const qs = r.data!.ingestDocument.document.claims.flatMap((c) => c.quantities);
    const by = (surface: string) => qs.find((q) => q.surface === surface)!;
    expect([by('民國107年').value, by('民國107年').unit, by('民國107年').kind, by('民國107年').calendar]).toEqual([2018, 'year', 'year', 'ROC']);
    expect([by('1,497.77點').unit, by('1,497.77點').kind, by('1,497.77點').direction]).toEqual(['points', 'measure', 'FALL']);
    expect([by('5186億元').value, by('5186億元').unit, by('5186億元').direction]).toEqual([5.186e11, 'TWD', 'FALL']);
    expect([by('乾隆六年').value, by('乾隆六年').calendar]).toEqual([1741, 'qianlong']);
    expect([by('二千多人').value, by('二千多人').unit, by('二千多人').qualifier]).toEqual([2000, 'people', 'ABOVE']);
    expect(by('2.42%').direction).toBe('RISE'); // 成長2.42%: growth is a rise
  });
});
