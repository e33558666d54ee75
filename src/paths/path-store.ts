import type { Graph } from '../graph/graph.ts';
import type { Hop } from './rank-paths.ts';

export interface FoundPath {
  factorIds: string[];
  hops: Hop[];
}

/**
 * Cypher does not take parameters in path-length bounds, so the bound is spliced in —
 * only after checking it is a small integer, never from raw input.
 */
function hopBound(maxHops: number): number {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 8) throw new Error(`maxHops out of range: ${maxHops}`);
  return maxHops;
}

/**
 * Which CAUSES hops a walk may take: curated links and confirmed candidates, plus pending
 * extracted candidates only when asked. An unconfirmed extraction (a guessed direction, a
 * misread sentence) must never lengthen or outrank a curated chain by default.
 */
export const WALKABLE = "($includeCandidates OR coalesce(r.candidate, 'CONFIRMED') = 'CONFIRMED')";

/**
 * Candidate chains from one factor to another over the CAUSES projection. `SHORTEST k`
 * searches breadth-first from both ends, so a dense graph cannot make it enumerate every
 * path; the `candidates` shortest simple paths are then ranked by strength in code.
 */
export async function findPaths(
  graph: Graph,
  fromId: string,
  toId: string,
  maxHops: number,
  candidates: number,
  includeCandidates = false,
): Promise<FoundPath[]> {
  const rows = await graph.rows<{ factorIds: string[]; hops: Hop[] }>(
    'path.trace',
    `MATCH p = SHORTEST ${Math.floor(candidates)} (a:Factor {id: $fromId})-[r:CAUSES WHERE ${WALKABLE}]->{1,${hopBound(maxHops)}}(b:Factor {id: $toId})
WITH p, [n IN nodes(p) | n.id] AS factorIds
// Simple paths only: a chain that returns to a factor explains nothing more.
WHERE size(factorIds) = size(reduce(seen = [], id IN factorIds | CASE WHEN id IN seen THEN seen ELSE seen + id END))
RETURN factorIds, [x IN relationships(p) | {linkId: x.linkId, polarity: x.polarity, status: x.status}] AS hops`,
    { fromId, toId, includeCandidates },
  );
  return rows;
}

/** The causal neighbourhood within `maxHops` links, downstream (effects) or upstream (causes). */
export async function neighbourhood(
  graph: Graph,
  rootId: string,
  direction: 'downstream' | 'upstream',
  maxHops: number,
  limit: number,
  includeCandidates = false,
): Promise<{ factorIds: string[]; linkIds: string[]; truncated: boolean }> {
  const pattern = direction === 'downstream' ? `(root)-[rs:CAUSES*1..${hopBound(maxHops)}]->(f:Factor)` : `(root)<-[rs:CAUSES*1..${hopBound(maxHops)}]-(f:Factor)`;
  // DISTINCT endpoints let the planner prune the expansion (a breadth-first search), instead of enumerating paths.
  const [row] = await graph.rows<{ factorIds: string[]; linkIds: string[]; total: number }>(
    `path.${direction}`,
    `MATCH (root:Factor {id: $rootId})
OPTIONAL MATCH ${pattern} WHERE all(r IN rs WHERE ${WALKABLE})
WITH root, collect(DISTINCT f) AS reached
WITH [root] + reached[0..toInteger($limit)] AS members, size(reached) AS total
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r:CAUSES]->(b) WHERE b IN members AND ${WALKABLE}
  RETURN collect(DISTINCT r.linkId) AS linkIds
}
RETURN [m IN members | m.id] AS factorIds, linkIds, total`,
    { rootId, limit, includeCandidates },
  );
  return { factorIds: row?.factorIds ?? [rootId], linkIds: row?.linkIds ?? [], truncated: (row?.total ?? 0) > limit };
}
