import { randomUUID } from 'node:crypto';
import { conflict, notFound } from '../errors.ts';
import type { Graph, Tx } from '../graph/graph.ts';
import { grouped } from '../graph/grouped.ts';
import { SOURCE_FIELDS, type SourceRow } from '../sources/source-store.ts';
import { mergeSourceByUrl } from '../sources/source-writes.ts';
import type { ReviewAction } from '../vocabulary.ts';
import type { EvidenceInput } from './review-input.ts';

export type ReviewedLabel = 'Claim' | 'CausalLink';

export interface ReviewRow {
  id: string;
  itemId: string;
  itemType: ReviewedLabel;
  action: ReviewAction;
  editor: string;
  at: string;
  fromStatus: string;
  toStatus: string;
  rationale: string | null;
  version: number;
}

export interface NewReview {
  label: ReviewedLabel;
  itemId: string;
  /** The new status; null keeps the current one (candidate decisions). */
  status: string | null;
  action?: ReviewAction;
  rationale: string | null;
  evidence: EvidenceInput[];
  expectedVersion: number;
  editor: string;
}

export const REVIEW_FIELDS = '.id, .itemId, .itemType, action: coalesce(r.action, "REVIEW"), .editor, .at, .fromStatus, .toStatus, .rationale, .version';

/**
 * Appends a review and moves the item to its new status, in one transaction.
 *
 * Optimistic concurrency needs the version check and the write to be atomic. Under
 * read-committed isolation two editors could both read version 3 and both pass, so the
 * item's write lock is taken first (the `_LOCK_` write, Neo4j's documented pattern against
 * lost updates): a concurrent review waits for ours to commit, then reads version 4 and
 * gets CONFLICT.
 */
export async function recordReview(graph: Graph, input: NewReview): Promise<ReviewRow> {
  const label = input.label === 'Claim' ? 'Claim' : 'CausalLink'; // never spliced from input
  return graph.write(`review.${label}`, async (tx) => {
    const [current] = await tx.rows<{ version: number; status: string; candidate: string | null }>(
      'review.lock',
      `MATCH (n:${label} {id: $id})
SET n._LOCK_ = true
WITH n, n.version AS version, n.status AS status, n.candidate AS candidate
REMOVE n._LOCK_
RETURN version, status, candidate`,
      { id: input.itemId },
    );
    if (!current) throw notFound(`No ${label === 'Claim' ? 'claim' : 'causal link'} has id ${input.itemId}`, { id: input.itemId });
    if (current.version !== input.expectedVersion) {
      throw conflict(`${input.itemId} is at version ${current.version}, not ${input.expectedVersion}: another editor reviewed it; reload and try again`, {
        currentVersion: current.version,
        currentStatus: current.status,
      });
    }
    const action = input.action ?? 'REVIEW';
    if (action !== 'REVIEW' && current.candidate !== 'PENDING') {
      throw conflict(`${input.itemId} is not a pending extracted candidate (it is ${current.candidate ?? 'curated'})`, { candidate: current.candidate });
    }
    const evidenceIds = await resolveEvidence(tx, input.evidence);
    const [row] = await tx.rows<{ r: ReviewRow }>(
      'review.append',
      `MATCH (n:${label} {id: $id})
CREATE (r:Review {id: $reviewId, itemId: $id, itemType: $label, action: $action, editor: $editor, at: $at,
                  fromStatus: n.status, toStatus: coalesce($status, n.status), rationale: $rationale, version: n.version + 1})
CREATE (r)-[:REVIEWS]->(n)
SET n.status = coalesce($status, n.status), n.version = n.version + 1,
    n.candidate = CASE $action WHEN 'CONFIRM' THEN 'CONFIRMED' WHEN 'DISCARD' THEN 'DISCARDED' ELSE n.candidate END
WITH r
CALL (r) {
  UNWIND $evidenceIds AS sourceId
  MATCH (s:Source {id: sourceId})
  CREATE (r)-[:CITES_EVIDENCE]->(s)
}
RETURN r {${REVIEW_FIELDS}} AS r`,
      {
        id: input.itemId,
        reviewId: randomUUID(),
        label,
        editor: input.editor,
        at: new Date().toISOString(),
        status: input.status,
        rationale: input.rationale,
        action,
        evidenceIds,
      },
    );
    if (label === 'CausalLink') {
      // Path queries read status from the CAUSES projection: keep it in step, in the same
      // transaction; a discarded candidate link leaves the projection altogether.
      await tx.rows(
        'review.projection',
        action === 'DISCARD'
          ? 'MATCH (:Factor)-[c:CAUSES {linkId: $id}]->(:Factor) DELETE c'
          : 'MATCH (:Factor)-[c:CAUSES {linkId: $id}]->(:Factor) SET c.status = coalesce($status, c.status)',
        { id: input.itemId, status: input.status },
      );
    }
    return (row as { r: ReviewRow }).r;
  });
}

/** Evidence as source ids: existing ids must exist; new URLs are merged (deduplicated). */
async function resolveEvidence(tx: Tx, evidence: EvidenceInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, e] of evidence.entries()) {
    if (e.sourceId) {
      const [found] = await tx.rows<{ id: string }>('review.evidenceExists', 'MATCH (s:Source {id: $id}) RETURN s.id AS id', { id: e.sourceId });
      if (!found) throw notFound(`No source has id ${e.sourceId}`, { path: `input.evidence.${i}.sourceId` });
      ids.push(found.id);
    } else if (e.url) {
      ids.push((await mergeSourceByUrl(tx, { url: e.url, title: e.title as string, publisher: e.publisher })).id);
    }
  }
  return [...new Set(ids)];
}

export const reviewsByItems = (graph: Graph, itemIds: readonly string[]) =>
  grouped<ReviewRow>(
    graph,
    'review.byItems',
    // The items by their labels' unique id indexes, then their reviews: an unlabelled `n` would
    // read every review in the graph to find a page's worth.
    `CALL () { MATCH (n:Claim) WHERE n.id IN $keys RETURN n UNION MATCH (n:CausalLink) WHERE n.id IN $keys RETURN n }
MATCH (r:Review)-[:REVIEWS]->(n)
RETURN n.id AS key, r {${REVIEW_FIELDS}} AS item ORDER BY r.at, r.version`,
    itemIds,
  );

export const evidenceByReviews = (graph: Graph, reviewIds: readonly string[]) =>
  grouped<SourceRow>(
    graph,
    'review.evidence',
    `MATCH (r:Review)-[:CITES_EVIDENCE]->(s:Source) WHERE r.id IN $keys RETURN r.id AS key, s {${SOURCE_FIELDS}} AS item ORDER BY s.id`,
    reviewIds,
  );
