/** The GraphQL API, called from the page with the editor's token when one is set. */
const TOKEN_KEY = 'claimgraph.token';

export const getToken = () => localStorage.getItem(TOKEN_KEY) ?? '';
export const setToken = (t: string) => (t ? localStorage.setItem(TOKEN_KEY, t.trim()) : localStorage.removeItem(TOKEN_KEY));

export interface ApiErrorItem {
  message: string;
  extensions?: { code?: string; [k: string]: unknown };
}

/** A GraphQL error the page can act on by its stable `code` (CONFLICT, NOT_FOUND, …). */
export class ApiError extends Error {
  readonly code: string;
  readonly extensions: Record<string, unknown>;
  constructor(item: ApiErrorItem) {
    super(item.message);
    this.code = item.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    this.extensions = item.extensions ?? {};
  }
}

export const authHeaders = (): Record<string, string> => {
  const t = getToken();
  return t ? { authorization: `Bearer ${t}` } : {};
};

/**
 * The database bookmark of this page's last write, echoed on every request: behind a load balancer
 * the next request may reach another API replica, and the bookmark makes it read what we wrote.
 */
let bookmark = '';

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders(), ...(bookmark ? { 'claimgraph-bookmark': bookmark } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  bookmark = res.headers.get('claimgraph-bookmark') ?? bookmark;
  const body = (await res.json()) as { data?: T; errors?: ApiErrorItem[] };
  if (body.errors?.length) throw new ApiError(body.errors[0] as ApiErrorItem);
  if (!body.data) throw new ApiError({ message: `The API answered ${res.status} without data` });
  return body.data;
}
