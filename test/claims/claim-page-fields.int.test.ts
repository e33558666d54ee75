import { beforeAll, describe, expect, it } from 'vitest';
import { bulkLoad } from '../../src/graph/bulk-load.ts';
import { uniquePrefix } from '../support/graph.ts';
import { gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

// A claims page projects only the fields a client selected when they are all the rows' own
// (issue 21, claim-resolvers.ts); the partial rows must never answer another part of the request.
const { graph, server } = inProcessApi();

const p = uniquePrefix('pagefields');
const doc = `${p}-doc`;
const claimId = `${p}-c1`;

beforeAll(async () => {
  await bulkLoad(graph, {
    nodes: [
      { label: 'Factor', rows: [{ id: `${p}-f`, props: { name: `${p} reserves`, namesZh: [], aliases: [], matchKeys: [], description: 'bank reserves' } }] },
      { label: 'Claim', rows: [{ id: claimId, props: { quote: 'reserves fell to 2.8 trillion', start: 0, end: 29, sentence: 'reserves fell to 2.8 trillion', kind: 'LEVEL', origin: 'extracted', documentId: doc, gloss: 'a gloss' }, onCreate: { status: 'UNREVIEWED', version: 1 } }] },
      { label: 'Quantity', rows: [{ id: `${claimId}-q`, props: { surface: '2.8 trillion', value: 2.8e12, upper: null, unit: 'USD', position: 0, frameMode: 'LEVEL', frameFactorEvidence: 'reserves' } }] },
    ],
    relationships: [
      { type: 'HAS_QUANTITY', fromLabel: 'Claim', toLabel: 'Quantity', rows: [{ from: claimId, to: `${claimId}-q` }] },
      { type: 'ABOUT', fromLabel: 'Claim', toLabel: 'Factor', rows: [{ from: claimId, to: `${p}-f` }] },
    ],
  });
});

const LIST = `claims(filter: {document: "${doc}"}, first: 5) { edges { node { id quantities { id surface } factors { id name } } } }`;

describe('a claims page projects the fields selected (issue 21)', () => {
  it('a page of own fields only answers them, and the same claim elsewhere in the request still has its frame and factor description', async () => {
    const r = await gql<any>(server, `{ ${LIST} claim(id: "${claimId}") { gloss quantities { id frame { mode factorEvidence } } factors { id description } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.claims.edges).toEqual([{ node: { id: claimId, quantities: [{ id: `${claimId}-q`, surface: '2.8 trillion' }], factors: [{ id: `${p}-f`, name: `${p} reserves` }] } }]);
    expect(r.data.claim).toEqual({ gloss: 'a gloss', quantities: [{ id: `${claimId}-q`, frame: { mode: 'LEVEL', factorEvidence: 'reserves' } }], factors: [{ id: `${p}-f`, description: 'bank reserves' }] });
  });

  it('a page selecting a resolved field (frame) or aliases of both kinds gets whole rows', async () => {
    const r = await gql<any>(server, `{ claims(filter: {document: "${doc}"}, first: 5) { edges { node { span { start end } a: quantities { surface } b: quantities { frame { mode } } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.claims.edges[0].node).toEqual({ span: { start: 0, end: 29 }, a: [{ surface: '2.8 trillion' }], b: [{ frame: { mode: 'LEVEL' } }] });
  });
});
