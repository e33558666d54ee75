import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Graph } from '../graph/graph.ts';
import type { Role, Viewer } from './viewer.ts';

export interface TokenRow {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** Only this hash is stored: a leaked database does not leak working tokens. */
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** Creates a token and returns it once; it cannot be recovered later. */
export async function createToken(graph: Graph, name: string, role: Role): Promise<{ token: string; row: TokenRow }> {
  const token = `cg_${randomBytes(32).toString('base64url')}`;
  const row: TokenRow = { id: randomUUID(), name, role, createdAt: new Date().toISOString(), revokedAt: null };
  await graph.write('token.create', (tx) =>
    tx.rows('token.create', 'CREATE (t:ApiToken {id: $id, name: $name, role: $role, createdAt: $createdAt, hash: $hash})', {
      ...row,
      hash: hashToken(token),
    }),
  );
  return { token, row };
}

export async function listTokens(graph: Graph): Promise<TokenRow[]> {
  return graph.rows<TokenRow>(
    'token.list',
    'MATCH (t:ApiToken) RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.revokedAt AS revokedAt ORDER BY t.createdAt',
  );
}

/** Revokes every live token with this id or name; returns how many. */
export async function revokeToken(graph: Graph, idOrName: string): Promise<number> {
  const [row] = await graph.write('token.revoke', (tx) =>
    tx.rows<{ n: number }>(
      'token.revoke',
      `MATCH (t:ApiToken) WHERE (t.id = $key OR t.name = $key) AND t.revokedAt IS NULL
SET t.revokedAt = $now
RETURN count(t) AS n`,
      { key: idOrName, now: new Date().toISOString() },
    ),
  );
  return row?.n ?? 0;
}

/** The live token with this secret, as the caller it identifies. */
export async function viewerForToken(graph: Graph, token: string): Promise<Viewer | null> {
  const [row] = await graph.rows<Viewer>(
    'token.byHash',
    'MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL RETURN t.id AS tokenId, t.name AS name, t.role AS role',
    { hash: hashToken(token) },
  );
  return row ?? null;
}
