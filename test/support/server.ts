import { createServer, type ClaimgraphServer } from '../../src/api/server.ts';
import type { Config } from '../../src/config.ts';
import type { Graph } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { testConfig } from './graph.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** The API in-process (yoga.fetch, no port) on the run's Neo4j. */
export function testServer(graph: Graph, config: Config = testConfig()): ClaimgraphServer {
  const level = process.env['TEST_LOG_LEVEL'] === 'debug' ? 'debug' : 'silent';
  return createServer({ graph, config, log: createLogger(level), neo4jProvider: 'test' });
}

/** POSTs one GraphQL operation; `token` becomes a bearer Authorization header. */
export async function gql<T = Record<string, unknown>>(
  server: ClaimgraphServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await server.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The codes of a response's errors, for asserting on `extensions.code`. */
export const errorCodes = (r: GraphQLResponse<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);
