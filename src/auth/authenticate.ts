import type { Graph } from '../graph/graph.ts';
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
