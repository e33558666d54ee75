import { afterAll, beforeAll } from 'vitest';
import type { ClaimgraphServer } from '../../src/api/server.ts';
import type { Graph } from '../../src/graph/graph.ts';
import { apiClient, type ApiClient } from './api-client.ts';
import { testGraph, testToken } from './graph.ts';
import { testServer } from './server.ts';

export interface InProcessApi {
  /** The run's graph, closed after the file. */
  graph: Graph;
  /** The API in-process (`yoga.fetch`, no port) on that graph: call it with `gql(server, …)`. */
  server: ClaimgraphServer;
  /** An EDITOR token created before the file's tests (with `{ editorToken: true }`). */
  readonly token: string;
  /** A client of the in-process server, sending the editor token when there is one. */
  readonly api: ApiClient;
}

/** What an API test file sets up: the graph and the in-process server for the file, optionally an editor's token. Call at the top of the file. */
export function inProcessApi(options: { editorToken?: boolean } = {}): InProcessApi {
  const graph = testGraph();
  const server = testServer(graph);
  let token: string | undefined;
  if (options.editorToken) {
    beforeAll(async () => {
      token = await testToken(graph);
    });
  }
  afterAll(() => graph.close());
  return {
    graph,
    server,
    get token() {
      if (token === undefined) throw new Error(options.editorToken ? 'the editor token is read before beforeAll made it' : 'inProcessApi() was asked for no editor token');
      return token;
    },
    get api() {
      return apiClient(server, token);
    },
  };
}
