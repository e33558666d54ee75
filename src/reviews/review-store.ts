import { randomUUID } from 'node:crypto';
import { conflict, notFound } from '../errors.ts';
import type { Graph, Tx } from '../graph/graph.ts';
import { grouped } from '../graph/grouped.ts';
import { SOURCE_FIELDS, type SourceRow } from '../sources/source-store.ts';
import { mergeSourceByUrl } from '../sources/source-writes.ts';
import type { ReviewAction, ReviewStatus } from '../vocabulary.ts';
import type { EvidenceInput } from './review-input.ts';

export type ReviewedLabel = 'Claim' | 'CausalLink';
/** What a decision can be about: a claim or link (verdicts, candidate decisions) or a proposed factor. */
export type DecidedLabel = ReviewedLabel | 'Factor' | 'ClaimRelation';

export interface ReviewRow {
  id: string;
  itemId: string;
  itemType: DecidedLabel;
  action: ReviewAction;
  editor: string;
  at: string;
  fromStatus: string;
  toStatus: string;
  rationale: string | null;
  version: number;
}

/** One decision on one item, as every path that records one states it. */
export interface Decision {
  label: DecidedLabel;
  itemId: string;
  /** REVIEW (a verdict) by default; CONFIRM and DISCARD only on a pending extracted candidate; MERGE when links are merged (issue 19). */
  action?: ReviewAction;
  /** The new status; null keeps the current one (candidate decisions). */
  status: ReviewStatus | null;
  rationale: string | null;
  evidence: EvidenceInput[];
  expectedVersion: number;
  editor: string;
}

/** The item as it stood when its lock was taken. */
export interface LockedItem {
  version: number;
  status: string | null;
  candidate: string | null;
}

/** What a confirmation changes on the item besides its status, version and candidate state, and the record of it. */
export interface Amendment {
  set: Record<string, unknown>;
  /** Each corrected property, old → new, kept on the history entry. */
  corrections: Record<string, { from: unknown; to: unknown }>;
}

export const REVIEW_FIELDS = '.id, .itemId, .itemType, action: coalesce(r.action, "REVIEW"), .editor, .at, .fromStatus, .toStatus, .rationale, .version';

const LABELS: Record<DecidedLabel, string> = { Claim: 'claim', CausalLink: 'causal link', Factor: 'factor', ClaimRelation: 'claim relation' };

/**
 * Records one decision — a verdict, or the confirmation or discarding of an extracted candidate —
 * inside the caller's transaction. Every path that records a decision comes here: the lock, the
 * version check, CONFLICT, the candidate check, the `Review` node with its evidence, the item's
 * new status, version and candidate state, and the CAUSES projection of a causal link.
 *
 * Optimistic concurrency needs the version check and the write to be atomic. Under
 * read-committed isolation two editors could both read version 3 and both pass, so the
 * item's write lock is taken first (the `_LOCK_` write, Neo4j's documented pattern against
 * lost updates): a concurrent review waits for ours to commit, then reads version 4 and
 * gets CONFLICT. `amend` runs under the lock, before anything is written (a confirmation's
 * corrections): what it throws leaves nothing written.
 */
export async function writeDecision(tx: Tx, d: Decision, amend?: (item: LockedItem) => Promise<Amendment>): Promise<ReviewRow> {
  const label = (['Claim', 'CausalLink', 'Factor', 'ClaimRelation'] as const).find((l) => l === d.label); // never spliced from input
  if (!label) throw new Error(`no decisions on ${d.label}`);
  const [current] = await tx.rows<LockedItem & { lastEditor: string | null }>(
    'review.lock',
    `MATCH (n:${label} {id: $id})
SET n._LOCK_ = true
WITH n
REMOVE n._LOCK_
WITH n, coalesce(n.version, 1) AS version, n.status AS status, n.candidate AS candidate
RETURN version, status, candidate,
  COLLECT { MATCH (r:Review)-[:REVIEWS]->(n) WHERE r.version = version RETURN r.editor LIMIT 1 }[0] AS lastEditor`,
    { id: d.itemId },
  );
  if (!current) throw notFound(`No ${LABELS[label]} has id ${d.itemId}`, { id: d.itemId });
  if (current.version !== d.expectedVersion) throw staleVersion(d, current);
  const action = d.action ?? 'REVIEW';
  if ((action === 'CONFIRM' || action === 'DISCARD') && current.candidate !== 'PENDING') {
    throw conflict(`${d.itemId} is not a pending extracted candidate (it is ${current.candidate ?? 'curated'})`, { candidate: current.candidate });
  }
  const amendment = amend ? await amend(current) : { set: {}, corrections: {} };
  const evidenceIds = await resolveEvidence(tx, d.evidence);
  const [row] = await tx.rows<{ r: ReviewRow }>(
    'review.append',
    `MATCH (n:${label} {id: $id})
CREATE (r:Review {id: $reviewId, itemId: $id, itemType: $label, action: $action, editor: $editor, at: $at,
                  fromStatus: coalesce(n.status, 'UNREVIEWED'), toStatus: coalesce($status, n.status, 'UNREVIEWED'),
                  rationale: $rationale, version: coalesce(n.version, 1) + 1, corrections: $corrections})
CREATE (r)-[:REVIEWS]->(n)
SET n += $set, n.status = coalesce($status, n.status), n.version = coalesce(n.version, 1) + 1,
    n.candidate = CASE $action WHEN 'CONFIRM' THEN 'CONFIRMED' WHEN 'DISCARD' THEN 'DISCARDED' ELSE n.candidate END
WITH r
CALL (r) {
  UNWIND $evidenceIds AS sourceId
  MATCH (s:Source {id: sourceId})
  CREATE (r)-[:CITES_EVIDENCE]->(s)
}
RETURN r {${REVIEW_FIELDS}} AS r`,
    {
      id: d.itemId,
      reviewId: randomUUID(),
      label,
      editor: d.editor,
      at: new Date().toISOString(),
      status: d.status,
      rationale: d.rationale,
      action,
      evidenceIds,
      set: amendment.set,
      corrections: Object.keys(amendment.corrections).length ? JSON.stringify(amendment.corrections) : null,
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
      { id: d.itemId, status: d.status },
    );
  }
  return (row as { r: ReviewRow }).r;
}

/** CONFLICT for a stale expectedVersion, saying whose the newer version is when it is the caller's own. */
function staleVersion(d: Decision, current: LockedItem & { lastEditor: string | null }) {
  const who = current.lastEditor === d.editor ? 'you saved a newer version yourself (in another tab or request)' : 'someone else changed it since';
  return conflict(`${d.itemId} is at version ${current.version}, not ${d.expectedVersion}: ${who}; reload and try again`, {
    currentVersion: current.version,
    ...(current.status !== null ? { currentStatus: current.status } : {}),
  });
}

/** One decision in a transaction of its own. */
export const recordDecision = (graph: Graph, d: Decision): Promise<ReviewRow> => graph.write(`review.${d.label}`, (tx) => writeDecision(tx, d));

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
