import { afterAll, describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';
import { testConfig, testGraph } from '../support/graph.ts';
import { gql, testServer } from '../support/server.ts';

const graph = testGraph();
afterAll(() => graph.close());

describe('HTTP surface', () => {
  it('GET /health reports Neo4j connected, with its version', async () => {
    const response = await testServer(graph).fetch('http://claimgraph.test/health');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; neo4j: { connected: boolean; version: string } };
    expect(body.status).toBe('ok');
    expect(body.neo4j.connected).toBe(true);
    expect(body.neo4j.version).toMatch(/^5\.\d+/);
  });

  it('GET /health answers 503 and says why when Neo4j cannot be reached', async () => {
    const unreachable = createGraph({ uri: 'bolt://127.0.0.1:1', auth: undefined, database: undefined }, testConfig({ QUERY_TIMEOUT_MS: '2000' }), createLogger('silent'));
    try {
      const response = await testServer(unreachable).fetch('http://claimgraph.test/health');
      expect(response.status).toBe(503);
      const body = (await response.json()) as { status: string; neo4j: { connected: boolean; error: string } };
      expect(body.status).toBe('unavailable');
      expect(body.neo4j.connected).toBe(false);
      expect(body.neo4j.error).toBeTruthy();
    } finally {
      await unreachable.close();
    }
  });

  it('serves GraphQL at /graphql, answering with the Neo4j version it runs on', async () => {
    const result = await gql<{ about: { version: string; neo4jVersion: string } }>(testServer(graph), '{ about { version neo4jVersion } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.about.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.data?.about.neo4jVersion).toMatch(/^5\.\d+/);
  });

  it('serves GraphiQL to browsers in development only', async () => {
    const { testConfig } = await import('../support/graph.ts');
    const html = { headers: { accept: 'text/html' } };
    const dev = await testServer(graph, testConfig({ NODE_ENV: 'development' })).fetch('http://claimgraph.test/graphql', html);
    expect(dev.status).toBe(200);
    expect(await dev.text()).toContain('GraphiQL');
    const prod = await testServer(graph, testConfig({ NODE_ENV: 'production' })).fetch('http://claimgraph.test/graphql', html);
    expect(await prod.text()).not.toContain('GraphiQL');
  });
});
