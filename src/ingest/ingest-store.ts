import type { Graph } from '../graph/graph.ts';
import type { KnownFactor } from './match-factors.ts';

/** Every factor with all its names, for alias matching. */
export async function knownFactors(graph: Graph): Promise<KnownFactor[]> {
  return graph.rows<KnownFactor>(
    'ingest.factors',
    'MATCH (f:Factor) RETURN f.id AS id, [f.name] + coalesce(f.namesZh, []) + coalesce(f.aliases, []) AS names',
  );
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

/** Marks an ingested document complete: the last write, so an interrupted ingest is redone, never half-kept. */
export async function markComplete(graph: Graph, documentId: string, previousId: string | undefined): Promise<void> {
  await graph.write('ingest.complete', (tx) =>
    tx.rows(
      'ingest.complete',
      `MATCH (d:Document {id: $documentId})
SET d.complete = true
WITH d
OPTIONAL MATCH (p:Document {id: $previousId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (d)-[:PREVIOUS_VERSION]->(p))`,
      { documentId, previousId: previousId ?? null },
    ),
  );
}
