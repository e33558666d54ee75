import type { Graph, Tx } from '../graph/graph.ts';
import { grouped } from '../graph/grouped.ts';
import { REVIEW_FIELDS, writeDecision, type ReviewRow } from '../reviews/review-store.ts';
import { mergedStatus, type LinkAssertionRow } from './link-support.ts';

/**
 * One link, many sources (issue 19). A causal assertion — the same cause, effect and polarity —
 * is one CausalLink; every further passage asserting it, in the same document or another, is a
 * `:LinkAssertion` of that link (`(link)-[:ASSERTED_BY]->(assertion)`), keeping its quote, span,
 * document, attributions and its own review history. Folding relabels the duplicate link's node
 * (so its reviews stay attached to it), carries its supporting claims over to the link, and drops
 * its CAUSES projection, so `trace` walks the assertion once.
 *
 * Only into an established link: curated, or confirmed by an editor. Two pending extractions of
 * the same thing stay apart, each confirmable or discardable on its own, until one is confirmed;
 * then the others fold into it. Discarded links never fold.
 */

const ALIVE = (l: string) => `coalesce(${l}.candidate, '') <> 'DISCARDED'`;

/** Which duplicate groups to look at: every link, those of one document, or one link's. */
export type FoldScope = { all: true } | { documentId: string } | { linkId: string };

const GROUP_TAIL = `WITH a.id AS fromId, b.id AS toId, l.polarity AS polarity, l
ORDER BY CASE WHEN l.candidate IS NULL THEN 0 WHEN l.candidate = 'CONFIRMED' THEN 1 ELSE 2 END,
  CASE WHEN l.documentId = $documentId THEN 1 ELSE 0 END, l.version DESC, l.id
WITH fromId, toId, polarity, collect(l {.id, .status, .candidate}) AS links
WHERE size(links) > 1 AND coalesce(links[0].candidate, 'CONFIRMED') = 'CONFIRMED'
RETURN [x IN links | x.id] AS ids, [x IN links | x.status] AS statuses LIMIT 10000`;

function groupQuery(scope: FoldScope): { cypher: string; params: Record<string, unknown> } {
  const documentId = 'documentId' in scope ? scope.documentId : null;
  const linkId = 'linkId' in scope ? scope.linkId : null;
  const head =
    'all' in scope
      ? `MATCH (a:Factor)<-[:FROM]-(l:CausalLink)-[:TO]->(b:Factor) WHERE ${ALIVE('l')}`
      : `MATCH (a:Factor)<-[:FROM]-(x:CausalLink)-[:TO]->(b:Factor)
WHERE (x.documentId = $documentId OR x.id = $linkId) AND ${ALIVE('x')}
WITH DISTINCT a, b, x.polarity AS polarity
MATCH (a)<-[:FROM]-(l:CausalLink)-[:TO]->(b) WHERE l.polarity = polarity AND ${ALIVE('l')}`;
  return { cypher: `${head}\n${GROUP_TAIL}`, params: { documentId, linkId } };
}

type Group = { ids: string[]; statuses: string[] };

async function duplicateGroups(tx: Tx, scope: FoldScope): Promise<Group[]> {
  const q = groupQuery(scope);
  return tx.rows('causalLink.duplicateGroups', q.cypher, q.params);
}

/**
 * Folds duplicate links into their established link inside the caller's transaction; returns how
 * many links were folded. The link's status becomes `mergedStatus` of all of them, and a change
 * is recorded in its history as a MERGE entry (a pending extraction joining adds support but never
 * changes a status, so ingest writes no history and bumps no version).
 */
export async function foldLinks(tx: Tx, scope: FoldScope): Promise<number> {
  let folded = 0;
  for (const group of await duplicateGroups(tx, scope)) folded += await foldGroup(tx, group);
  return folded;
}

/** Folds one group: the first id is the established link, the others fold into it. */
async function foldGroup(tx: Tx, group: Group): Promise<number> {
  const at = new Date().toISOString();
  const [survivorId, ...otherIds] = group.ids as [string, ...string[]];
  await tx.rows(
    'causalLink.fold',
    `MATCH (s:CausalLink {id: $survivorId})
UNWIND $otherIds AS oid
MATCH (o:CausalLink {id: oid})
CALL (s, o) { MATCH (o)-[:SUPPORTED_BY]->(c:Claim) MERGE (s)-[:SUPPORTED_BY]->(c) }
CALL (s, o) { MATCH (o)-[r:ASSERTED_BY]->(y:LinkAssertion) MERGE (s)-[:ASSERTED_BY]->(y) SET y.linkId = s.id DELETE r }
CALL (o) { MATCH (:Factor)-[p:CAUSES {linkId: o.id}]->(:Factor) DELETE p }
OPTIONAL MATCH (prev:LinkAssertion {id: oid})
// A seed loaded again re-creates a link folded before: its assertion is already kept.
CALL (s, o, prev) {
  WITH s, o, prev WHERE prev IS NULL
  REMOVE o:CausalLink SET o:LinkAssertion, o.linkId = s.id, o.mergedAt = $at
  MERGE (s)-[:ASSERTED_BY]->(o)
}
CALL (o, prev) { WITH o, prev WHERE prev IS NOT NULL DETACH DELETE o }
RETURN count(*) AS n`,
    { survivorId, otherIds, at },
  );
  const status = mergedStatus(group.statuses);
  if (status !== group.statuses[0]) {
    // Recorded by the one writer of decisions, as the system's: the lock, the history entry, the projection.
    const [current] = await tx.rows<{ version: number }>('causalLink.foldVersion', 'MATCH (s:CausalLink {id: $survivorId}) RETURN coalesce(s.version, 1) AS version', { survivorId });
    await writeDecision(tx, {
      label: 'CausalLink',
      itemId: survivorId,
      action: 'MERGE',
      status,
      rationale: `Merged ${otherIds.join(', ')} (the same cause, effect and polarity) into this link; their statuses were ${group.statuses.slice(1).join(', ')}${status === 'IN_REVIEW' ? ': the verdicts disagree, so an editor decides' : ''}.`,
      evidence: [],
      expectedVersion: current?.version ?? 1,
      editor: 'claimgraph',
    });
  }
  return otherIds.length;
}

/**
 * Folds every duplicate in the graph (the start-up migration, and after seeding): the groups found
 * in one read, then one transaction per group, so each merge is whole and none waits on the others.
 */
export async function foldDuplicateLinks(graph: Graph): Promise<number> {
  // A scan of every link: streamed, with the stream's longer timeout (it runs at start-up, on a busy machine too).
  const groups: Group[] = [];
  const q = groupQuery({ all: true });
  await graph.stream<Group>('causalLink.duplicateGroups', q.cypher, q.params, (g) => groups.push(g), 300_000);
  let folded = 0;
  for (const group of groups) folded += await graph.write('causalLink.foldGroup', (tx) => foldGroup(tx, group));
  return folded;
}

/** The document's publisher, else its URL's host without `www.`, else the document itself. */
const PUBLISHER = `coalesce(d.publisher, CASE WHEN d.url IS NULL THEN null ELSE replace(split(split(d.url, '://')[1], '/')[0], 'www.', '') END, d.id, x.documentId)`;

const ASSERTION_FIELDS = `.id, linkId: l.id, .quote, .start, .end, .gloss, .documentId, origin: coalesce(x.origin, 'curated'), .candidate, .status, publisher: ${PUBLISHER}, mergedAt: x.mergedAt`;

/** Every passage asserting each link: its own first, then those merged into it, by document and position. */
export const assertionsByLinks = (graph: Graph, linkIds: readonly string[]) =>
  grouped<LinkAssertionRow>(
    graph,
    'causalLink.assertions',
    `MATCH (l:CausalLink) WHERE l.id IN $keys
CALL (l) {
  RETURN l AS x, 0 AS own
  UNION
  MATCH (l)-[:ASSERTED_BY]->(x:LinkAssertion) RETURN x, 1 AS own
}
OPTIONAL MATCH (d:Document {id: x.documentId})
WITH l, x, d, own ORDER BY own, x.documentId, x.start
RETURN l.id AS key, x {${ASSERTION_FIELDS}} AS item`,
    linkIds,
  );

/** The sources a passage is attributed to (ATTRIBUTED_TO), by assertion id. */
export const attributionsByAssertions = (graph: Graph, ids: readonly string[]) =>
  grouped<string>(
    graph,
    'causalLink.assertionAttributions',
    `CALL () { MATCH (x:CausalLink) WHERE x.id IN $keys RETURN x UNION MATCH (x:LinkAssertion) WHERE x.id IN $keys RETURN x }
MATCH (x)-[:ATTRIBUTED_TO]->(s:Source) RETURN x.id AS key, s.id AS item ORDER BY s.id`,
    ids,
  );

/** The history a passage had as a link of its own, before it was merged (oldest first). */
export const reviewsByAssertions = (graph: Graph, ids: readonly string[]) =>
  grouped<ReviewRow>(
    graph,
    'causalLink.assertionReviews',
    `MATCH (r:Review)-[:REVIEWS]->(x:LinkAssertion) WHERE x.id IN $keys RETURN x.id AS key, r {${REVIEW_FIELDS}} AS item ORDER BY r.at, r.version`,
    ids,
  );
