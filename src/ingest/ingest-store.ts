import { badInput } from '../errors.ts';
import { clearStaging, publishStaged, type NodeLabel } from '../graph/bulk-load.ts';
import type { Graph } from '../graph/graph.ts';
import { foldLinks } from '../causal/link-merge-store.ts';
import { writeDecision, type Amendment, type ReviewRow } from '../reviews/review-store.ts';
import { searchText } from '../search/search-text.ts';
import { sentenceCovering } from '../quantities/sentences.ts';
import type { Polarity } from '../vocabulary.ts';
import type { KnownFactor } from './match-factors.ts';

/** Every factor with all its names, for alias matching. */
const KNOWN_FACTORS = 'MATCH (f:Factor) RETURN f.id AS id, [f.name] + coalesce(f.namesZh, []) + coalesce(f.aliases, []) AS names';

/** Every factor's id and names, streamed one at a time (a graph may hold 100k of them). */
export async function streamKnownFactors(graph: Graph, onFactor: (f: KnownFactor) => void): Promise<number> {
  return graph.stream<KnownFactor>('ingest.factors', KNOWN_FACTORS, {}, onFactor);
}

export interface ExistingDocument {
  id: string;
  origin: string;
  complete: boolean;
}

/** A document with exactly this text, if one was ingested (completely) or curated. */
export async function documentBySha(graph: Graph, sha256: string): Promise<ExistingDocument | undefined> {
  const [row] = await graph.rows<ExistingDocument>(
    'ingest.bySha',
    `MATCH (d:Document {sha256: $sha256})
RETURN d.id AS id, d.origin AS origin, coalesce(d.complete, d.origin = 'curated') AS complete
ORDER BY complete DESC LIMIT 1`,
    { sha256 },
  );
  return row;
}

/** The latest version of the same document (same URL, else same title), which a changed text supersedes. */
export async function previousVersion(graph: Graph, url: string | undefined, title: string | undefined, sha256: string): Promise<string | undefined> {
  if (!url && !title) return undefined;
  const [row] = await graph.rows<{ id: string }>(
    'ingest.previousVersion',
    `MATCH (d:Document) WHERE d.sha256 <> $sha256 AND (($url IS NOT NULL AND d.url = $url) OR ($url IS NULL AND d.title = $title))
  AND NOT EXISTS { (:Document)-[:PREVIOUS_VERSION]->(d) }
RETURN d.id AS id ORDER BY d.ingestedAt DESC LIMIT 1`,
    { url: url ?? null, title: title ?? null, sha256 },
  );
  return row?.id;
}

/**
 * Writes one part of a large document's text onto its staged Document node, as its own property
 * (`textPart0`, `textPart1`, …; names from the index, never from input), one small transaction
 * each: no parameter carries the whole text (the driver encodes a parameter into a buffer of its
 * own and then into 1,400-byte chunks, and a 50 MB text sent at once cost that many MB several
 * times over), and no part is rewritten, as appending to one growing property would (issue 14).
 */
export async function writeDocumentTextPart(graph: Graph, documentId: string, index: number, piece: string): Promise<void> {
  await graph.write('ingest.textPart', (tx) =>
    tx.rows('ingest.textPart', `MATCH (d:Staged {id: $documentId})
SET d += $part`, { documentId, part: { [textPartKey(index)]: piece } }),
  );
}

/** Joins the parts written by `writeDocumentTextPart` into the Document's `text` inside Neo4j and removes them. */
export async function joinDocumentText(graph: Graph, documentId: string, parts: number): Promise<void> {
  const keys = Array.from({ length: parts }, (_, i) => textPartKey(i));
  await graph.write('ingest.joinText', (tx) =>
    tx.rows(
      'ingest.joinText',
      `MATCH (d:Staged {id: $documentId})
SET d.text = reduce(s = '', k IN $keys | s + d[k])
SET d += $cleared`,
      { documentId, keys, cleared: Object.fromEntries(keys.map((k) => [k, null])) },
    ),
  );
}

const textPartKey = (i: number) => `textPart${i}`;

/** Marks an ingested document complete: the last write, so an interrupted ingest is redone, never half-kept. */
export async function markComplete(graph: Graph, documentId: string, previousId: string | undefined, staged: readonly NodeLabel[] = []): Promise<void> {
  await graph.write('ingest.complete', async (tx) => {
    // The document's claims, quantities and links become visible in this same transaction.
    await publishStaged(tx, documentId, staged);
    // A link the graph already holds gains this document's passage as support instead of a twin.
    await foldLinks(tx, { documentId });
    await tx.rows(
      'ingest.complete',
      `MATCH (d:Document {id: $documentId})
SET d.complete = true
WITH d
OPTIONAL MATCH (p:Document {id: $previousId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (d)-[:PREVIOUS_VERSION]->(p))`,
      { documentId, previousId: previousId ?? null },
    );
  });
  // Published: the staging marks can go in small transactions (a leftover is harmless).
  if (staged.length) await clearStaging(graph, documentId);
}

/** What an editor corrects in an extracted candidate when confirming it; every part optional. */
export interface CandidateCorrection {
  polarity?: Polarity | undefined;
  /** Resolved factor ids (the resolver resolves names and aliases first). */
  fromId?: string | undefined;
  toId?: string | undefined;
  /** The quote's new span in the document (UTF-16 offsets); the quote becomes the text there. */
  span?: { start: number; end: number } | undefined;
}

export interface Confirmation {
  label: 'Claim' | 'CausalLink';
  id: string;
  expectedVersion: number;
  rationale: string | null;
  editor: string;
  correction: CandidateCorrection;
}

/**
 * Confirms a pending extracted candidate, applying an editor's corrections, in one transaction:
 * the decision is recorded by `writeDecision` (lock, version check, CONFIRM entry in the history
 * that records what was corrected) with the corrected polarity, endpoints and quote span, and for
 * a causal link its CAUSES projection is rebuilt as CONFIRMED — from then on `trace` walks it.
 * Bad corrections write nothing.
 */
export async function confirmCandidate(graph: Graph, c: Confirmation): Promise<ReviewRow> {
  const label = c.label === 'Claim' ? 'Claim' : 'CausalLink'; // never spliced from input
  return graph.write(`ingest.confirm.${label}`, async (tx) => {
    let endpoints = { fromId: null as string | null, toId: null as string | null, polarity: null as string | null };
    const row = await writeDecision(
      tx,
      { label, itemId: c.id, action: 'CONFIRM', status: null, rationale: c.rationale, evidence: [], expectedVersion: c.expectedVersion, editor: c.editor },
      async () => {
        const [current] = await tx.rows<{ documentId: string | null; polarity: string | null; start: number; end: number; fromId: string | null; toId: string | null; subject: string | null }>(
          'ingest.confirm.current',
          `MATCH (n:${label} {id: $id})
OPTIONAL MATCH (n)-[:FROM]->(a:Factor)
OPTIONAL MATCH (n)-[:TO]->(b:Factor)
RETURN n.documentId AS documentId, n.polarity AS polarity, n.start AS start, n.end AS end, a.id AS fromId, b.id AS toId, n.subject AS subject`,
          { id: c.id },
        );
        const item = current as NonNullable<typeof current>; // locked by writeDecision: it exists
        const fix = c.correction;
        const corrections: Amendment['corrections'] = {};
        const set: Record<string, unknown> = {};
        if (fix.span) {
          const [doc] = await tx.rows<{ text: string | null }>('ingest.confirm.text', 'MATCH (d:Document {id: $id}) RETURN d.text AS text', { id: item.documentId });
          const text = doc?.text ?? '';
          const { start, end } = fix.span;
          if (end > text.length || !text.slice(start, end).trim()) {
            throw badInput(`span ${start}–${end} is not a non-empty part of the document (${text.length} characters)`, [
              { path: 'input.correction.span', message: `must lie within 0–${text.length} and hold text` },
            ]);
          }
          const quote = text.slice(start, end);
          const s = sentenceCovering(text, start, end);
          Object.assign(set, { start, end, quote, searchText: searchText([quote, item.subject ?? '']) });
          if (label === 'Claim') set['sentence'] = text.slice(s.start, s.end);
          corrections['span'] = { from: [item.start, item.end], to: [start, end] };
        }
        endpoints = { fromId: fix.fromId ?? item.fromId, toId: fix.toId ?? item.toId, polarity: fix.polarity ?? item.polarity };
        if (label === 'CausalLink') {
          if (endpoints.fromId === endpoints.toId) throw badInput('a factor cannot cause itself: from and to would be the same factor', [{ path: 'input.correction', message: 'from equals to' }]);
          if (fix.polarity && fix.polarity !== item.polarity) corrections['polarity'] = { from: item.polarity, to: fix.polarity };
          if (fix.fromId && fix.fromId !== item.fromId) corrections['from'] = { from: item.fromId, to: fix.fromId };
          if (fix.toId && fix.toId !== item.toId) corrections['to'] = { from: item.toId, to: fix.toId };
          // An editor who states the direction has stated it, even when it stays INCREASES.
          if (fix.polarity) Object.assign(set, { polarity: fix.polarity, polarityStated: true });
        }
        return { set, corrections };
      },
    );
    if (label === 'CausalLink') {
      // Endpoints may have moved: rewire FROM/TO and rebuild the projection, now CONFIRMED.
      await tx.rows(
        'ingest.confirm.projection',
        `MATCH (l:CausalLink {id: $id})
OPTIONAL MATCH (:Factor)-[old:CAUSES {linkId: $id}]->(:Factor)
DELETE old
WITH DISTINCT l
OPTIONAL MATCH (l)-[e:FROM|TO]->(:Factor)
DELETE e
WITH DISTINCT l
MATCH (a:Factor {id: $fromId}), (b:Factor {id: $toId})
CREATE (l)-[:FROM]->(a), (l)-[:TO]->(b)
CREATE (a)-[:CAUSES {linkId: $id, polarity: $polarity, status: l.status, candidate: 'CONFIRMED'}]->(b)`,
        { id: c.id, ...endpoints },
      );
      // Now established: pending twins from other documents fold into it (or it into an established twin).
      await foldLinks(tx, { linkId: c.id });
    }
    return row;
  });
}

export interface FactorCandidacy {
  id: string;
  origin: string;
  candidate: string | null;
  version: number;
}

/** Origin and candidate state of factors (curated ones: `curated`, no candidate state). */
export async function factorCandidacy(graph: Graph, ids: readonly string[]): Promise<(FactorCandidacy | null)[]> {
  const rows = await graph.rows<FactorCandidacy>(
    'ingest.factorCandidacy',
    `MATCH (f:Factor) WHERE f.id IN $ids
RETURN f.id AS id, coalesce(f.origin, 'curated') AS origin, f.candidate AS candidate, coalesce(f.version, 1) AS version`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * An editor's decision on a proposed factor, in one transaction: recorded by `writeDecision`
 * like any decision. Discarding it also discards the pending candidate links that lead to or
 * from it (each with its own history entry), so none of them can reach `trace`.
 */
export async function decideFactor(
  graph: Graph,
  d: { id: string; expectedVersion: number; action: 'CONFIRM' | 'DISCARD'; rationale: string | null; editor: string },
): Promise<ReviewRow> {
  return graph.write(`ingest.decideFactor`, async (tx) => {
    const row = await writeDecision(tx, { label: 'Factor', itemId: d.id, action: d.action, status: null, rationale: d.rationale, evidence: [], expectedVersion: d.expectedVersion, editor: d.editor });
    if (d.action === 'DISCARD') {
      const links = await tx.rows<{ id: string; version: number }>(
        'ingest.factor.pendingLinks',
        `MATCH (l:CausalLink {candidate: 'PENDING'})-[:FROM|TO]->(:Factor {id: $id})
RETURN DISTINCT l.id AS id, l.version AS version ORDER BY id`,
        { id: d.id },
      );
      const why = `Discarded with the proposed factor ${d.id}`;
      for (const l of links) {
        await writeDecision(tx, { label: 'CausalLink', itemId: l.id, action: 'DISCARD', status: null, rationale: why, evidence: [], expectedVersion: l.version, editor: d.editor });
      }
    }
    return row;
  });
}
