import type { Graph } from '../graph/graph.ts';
import type { Config } from '../config.ts';
import { unauthenticated } from '../errors.ts';
import { viewerForToken } from './token-store.ts';
import type { Viewer } from './viewer.ts';

/**
 * The caller of one request. No Authorization header → anonymous (null); a header that
 * is not a live bearer token → UNAUTHENTICATED, rather than silently reading as anonymous.
 */
export async function authenticateRequest(graph: Graph, request: Request): Promise<Viewer | null> {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  const viewer = await viewerForToken(graph, match[1] as string);
  if (!viewer) throw unauthenticated('The bearer token is unknown or revoked');
  return viewer;
}

/**
 * The caller of a read (GraphQL or an export download): anonymous is fine unless
 * READ_REQUIRES_TOKEN is set, in which case any live token is needed.
 */
export async function authenticateReader(graph: Graph, config: Pick<Config, 'readRequiresToken'>, request: Request): Promise<Viewer | null> {
  const viewer = await authenticateRequest(graph, request);
  if (!viewer && config.readRequiresToken) throw unauthenticated('This claimgraph requires a bearer token for reading too');
  return viewer;
}
