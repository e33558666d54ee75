import { createServer, type ClaimgraphServer } from '../../src/api/server.ts';
import type { Config } from '../../src/config.ts';
import type { Graph } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { apiClient, type GraphQLResponse } from './api-client.ts';
import { testConfig } from './graph.ts';

export { errorCodes, type GraphQLResponse } from './api-client.ts';

/** The API in-process (yoga.fetch, no port) on the run's Neo4j. */
export function testServer(graph: Graph, config: Config = testConfig()): ClaimgraphServer {
  // Unexpected errors are printed (stderr) so a failing run shows the cause behind a masked "Unexpected error."
  // (an intermittent INTERNAL_SERVER_ERROR from trace was seen in one clean-clone run with nothing to go on).
  const level = process.env['TEST_LOG_LEVEL'] === 'debug' ? 'debug' : 'error';
  return createServer({ graph, config, log: createLogger(level), neo4jProvider: 'test' });
}

/** POSTs one GraphQL operation to the in-process server; `token` becomes a bearer Authorization header. */
export function gql<T = Record<string, unknown>>(
  server: ClaimgraphServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  return apiClient(server).post<T>(query, variables, token);
}
