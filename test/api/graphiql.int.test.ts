import { buildSchema, parse, validate } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/api/load-schema.ts';
import { GRAPHIQL_WELCOME } from '../../src/web/web-plugin.ts';
import { testConfig, testGraph } from '../support/graph.ts';
import { gql, testServer } from '../support/server.ts';

const graph = testGraph();
afterAll(() => graph.close());

describe('GraphiQL’s welcome (issue 22)', () => {
  it('is about claimgraph, not Yoga’s "in-browser tool", and is what GraphiQL opens with', async () => {
    const server = testServer(graph, testConfig({ NODE_ENV: 'development' }));
    const response = await server.fetch('http://claimgraph.test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(JSON.stringify(GRAPHIQL_WELCOME).slice(1, 60));
    expect(GRAPHIQL_WELCOME).toMatch(/^# claimgraph: a fact-checking knowledge graph/);
    expect(GRAPHIQL_WELCOME).not.toMatch(/in-browser tool/);
  });

  it('opens with a query that is valid against the schema and answers on the seeded graph', async () => {
    const schema = buildSchema(loadTypeDefs().join('\n'));
    expect(validate(schema, parse(GRAPHIQL_WELCOME)).map((e) => e.message)).toEqual([]);
    const r = await gql<{ claims: { totalCount: number }; trace: unknown[] }>(testServer(graph), GRAPHIQL_WELCOME);
    expect(r.errors).toBeUndefined();
    expect(r.data!.claims.totalCount).toBeGreaterThan(0);
    expect(r.data!.trace.length).toBeGreaterThan(0);
  });
});
