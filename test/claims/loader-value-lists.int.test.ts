import { afterAll, describe, expect, it, inject } from 'vitest';
import { Graph, type QueryRecord } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { testConfig, testGraph } from '../support/graph.ts';
import { gql, testServer } from '../support/server.ts';

// Issue 21, lighter row mapping: the per-request loaders' statements send each row as the list of its values (the
// driver decodes every key of every map it receives), and the stores put the keys back. The answers are held to the
// stores' fields by the API tests; here, the rows themselves: no map anywhere in what these statements return.

const config = testConfig();
const graph = testGraph(config);
const sent: QueryRecord[] = [];
const recording = new Graph(graph.driver, { database: inject('neo4j').database, queryTimeoutMs: config.limits.queryTimeoutMs, log: createLogger('warn'), onQuery: (q) => sent.push(q) });
const server = testServer(recording, config);
afterAll(() => graph.close());

const LOADERS = [
  'factor.byIds',
  'causalLink.byIds',
  'causalLink.outgoingByFactors',
  'causalLink.incomingByFactors',
  'claim.byIds',
  'claim.byFactors',
  'claim.byDocuments',
  'claim.supportingLinks',
  'quantity.byClaims',
  'factor.byClaims',
];

/** Paths of the maps in a value, none when it holds only lists and scalars. */
const maps = (value: unknown, path: string): string[] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => maps(v, `${path}[${i}]`));
  return value !== null && typeof value === 'object' ? [path] : [];
};

describe('the loaders send their rows as lists of values (issue 21)', () => {
  it('factors, causal links, claims, quantities: every loader statement of a nested request', async () => {
    // Any link supported by a claim with quantities, factors and a document (the seed has them; listing the first links
    // of the API instead found none when the whole suite had written its own links before the seed's in id order).
    const [link] = await graph.rows<{ f: string; l: string; c: string; d: string }>(
      'test.supportedLink',
      `MATCH (a:Factor)<-[:FROM]-(l:CausalLink)-[:SUPPORTED_BY]->(c:Claim)-[:HAS_QUANTITY]->(:Quantity), (c)-[:ABOUT]->(:Factor)
WHERE c.documentId IS NOT NULL
RETURN a.id AS f, l.id AS l, c.id AS c, c.documentId AS d ORDER BY l.id, c.id LIMIT 1`,
    );
    expect(link).toBeDefined();
    sent.length = 0;
    const r = await gql(
      server,
      `query($f: ID!, $l: ID!, $c: ID!, $d: ID!) {
        factor(id: $f) { id name outgoing { id quote supportedBy { id quantities { id value unit } factors { id name } } } incoming { id } claims { id } }
        causalLink(id: $l) { id status from { id name } }
        claim(id: $c) { id quote }
        document(id: $d) { claims { id span { start } } }
      }`,
      { f: link!.f, l: link!.l, c: link!.c, d: link!.d },
    );
    expect(r.errors).toBeUndefined();
    const loaders = sent.filter((q) => LOADERS.includes(q.name));
    expect([...new Set(loaders.map((q) => q.name))].sort()).toEqual([...LOADERS].sort());
    const session = graph.driver.session({ database: inject('neo4j').database });
    try {
      for (const q of loaders) {
        const records = (await session.run(q.cypher, q.params)).records.map((x) => x.toObject());
        expect(records.flatMap((rec) => Object.entries(rec).flatMap(([k, v]) => maps(v, k))), q.name).toEqual([]);
      }
    } finally {
      await session.close();
    }
  });
});
