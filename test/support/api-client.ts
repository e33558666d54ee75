import { expect } from 'vitest';

/** A GraphQL reply: data, or errors carrying a stable `extensions.code`. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

/**
 * Where the requests go: the URL of a running server (the page's tests, over HTTP), or anything with a
 * fetch handler — the in-process server built by `testServer` (`yoga.fetch`, no port).
 */
export type Endpoint = string | { fetch(url: string, init: RequestInit): Response | Promise<Response> };

/** The input of `ingestDocument` as the tests send it. */
export interface IngestInput {
  text: string;
  title?: string;
  lang?: string;
  published?: string;
  url?: string;
}

export interface ApiClient {
  /** One GraphQL operation, answered as it is (errors included); `token` overrides the client's. */
  post<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** The data of an operation that must succeed: the test fails on any error. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Ingests a document through the API (an editor's token) and answers `document { <documentFields> }`. */
  ingest<D = { id: string }>(input: IngestInput, options?: { token?: string; documentFields?: string }): Promise<D>;
  /** A document's claims as the API reads them back, `claims { <claimFields> }`. */
  claimsOf<C = { id: string }>(documentId: string, claimFields?: string): Promise<C[]>;
}

const INGEST = (fields: string) => `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { ${fields} } } }`;
const CLAIMS_OF = (fields: string) => `query($id: ID!) { document(id: $id) { claims { ${fields} } } }`;

/** A GraphQL client for tests, the one place a test's request is built; `token` is sent as a bearer header. */
export function apiClient(endpoint: Endpoint, token?: string): ApiClient {
  const [url, fetcher] = typeof endpoint === 'string' ? [`${endpoint}/graphql`, fetch] : ['http://claimgraph.test/graphql', endpoint.fetch.bind(endpoint)];
  const post = async <T>(query: string, variables: Record<string, unknown> = {}, as = token): Promise<GraphQLResponse<T>> => {
    const response = await fetcher(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(as ? { authorization: `Bearer ${as}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  const data = async <T>(query: string, variables: Record<string, unknown> = {}, as = token): Promise<T> => {
    const r = await post<T>(query, variables, as);
    expect(r.errors).toBeUndefined();
    return r.data as T;
  };
  return {
    post,
    data,
    ingest: async <D>(input: IngestInput, options: { token?: string; documentFields?: string } = {}) =>
      (await data<{ ingestDocument: { document: D } }>(INGEST(options.documentFields ?? 'id'), { input }, options.token ?? token)).ingestDocument.document,
    claimsOf: async <C>(documentId: string, claimFields = 'id') => (await data<{ document: { claims: C[] } }>(CLAIMS_OF(claimFields), { id: documentId })).document.claims,
  };
}

/** The codes of a reply's errors, for asserting on `extensions.code`. */
export const errorCodes = (r: GraphQLResponse<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);
