import { createHash } from 'node:crypto';
import { bulkLoad, type LoadProgress } from '../graph/bulk-load.ts';
import type { Graph } from '../graph/graph.ts';
import { detectLanguage, type Language } from './detect-language.ts';
import type { IngestRequest } from './ingest-input.ts';
import { STAGED_LABELS, idFor, ingestPlan, type Extraction } from './ingest-plan.ts';
import { matchDocument } from '../matching/match-claims.ts';
import { inferDocumentDate } from './infer-document-date.ts';
import { documentBySha, joinDocumentText, markComplete, previousVersion, streamKnownFactors, writeDocumentTextPart } from './ingest-store.ts';
import { addMeasureVocabulary, factorMatcherBuilder, type FactorMatcher } from './match-factors.ts';
import { readPiece } from './read-piece.ts';
import { PIECE_CHARS, TEXT_PIECE_CHARS, paragraphChunks, sha256Of, textPieces } from './text-pieces.ts';

export { EXTRACTOR_VERSION, type Extraction } from './ingest-plan.ts';
export { PIECE_CHARS, TEXT_PIECE_CHARS, paragraphChunks, textPieces } from './text-pieces.ts';

export interface IngestResult {
  documentId: string;
  created: boolean;
  /** Set when the same text was already in the graph (curated or ingested): nothing was written. */
  alreadyPresentAs?: { id: string; origin: string };
  previousVersionId?: string;
  language: Language;
  claims: number;
  quantities: number;
  causalLinks: number;
  /** Ids of the factors proposed (candidates; existing proposals are reused, never reset). */
  proposedFactorIds: string[];
}

/**
 * A matcher of every factor the graph knows, built as they stream in (never all held as rows at once), with the
 * vocabulary of measures added for the factors it knows.
 */
async function factorMatcher(graph: Graph): Promise<FactorMatcher> {
  const builder = factorMatcherBuilder();
  const known = new Set<string>();
  await streamKnownFactors(graph, (f) => {
    known.add(f.id);
    builder.add(f);
  });
  addMeasureVocabulary(builder, (id) => known.has(id));
  return builder.build();
}

/** Extraction alone (no writes): what `--dry-run` prints. */
export async function extractDocument(graph: Graph, request: IngestRequest): Promise<Extraction> {
  const sha256 = createHash('sha256').update(request.text, 'utf8').digest('hex');
  const x = readPiece(request.text, await factorMatcher(graph), request.published ?? inferDocumentDate(request.text));
  return { documentId: `doc-${idFor(sha256)}`, sha256, language: request.lang ?? detectLanguage(request.text), ...x };
}

/**
 * Ingests a text as a Document with candidate claims (their quantities framed, their assertions), factor links and
 * causal links, all UNREVIEWED and marked extracted. The same text (same sha256) changes nothing, so curated data is
 * never overwritten; a changed text under the same URL or title becomes a new version linked to the old one.
 *
 * One path for every size: the text is read and written one piece of paragraphs at a time (`pieceChars`; a short
 * text is one piece), so what is held at once is one piece's load plan; a text longer than one `textChars` part goes
 * to Neo4j in parts joined there. Everything is `:Staged` until `markComplete` publishes the whole document in one
 * transaction. Memory tuning of the process (V8 flags) is the CLI's (`claimgraph ingest`), never the server's.
 */
export async function ingestDocument(
  graph: Graph,
  request: IngestRequest,
  onProgress?: (p: LoadProgress) => void,
  pieceChars = PIECE_CHARS,
  textChars = TEXT_PIECE_CHARS,
): Promise<IngestResult> {
  const sha256 = sha256Of(request.text);
  const documentId = `doc-${idFor(sha256)}`;
  const language = request.lang ?? detectLanguage(request.text);
  const existing = await documentBySha(graph, sha256);
  const counts = { claims: 0, quantities: 0, causalLinks: 0, proposedFactorIds: [] as string[] };
  // Already complete: nothing is written, but the counts are still what extraction finds.
  const write = !existing?.complete;
  const matcher = await factorMatcher(graph);
  const previousId = write ? await previousVersion(graph, request.url, request.title, sha256) : undefined;
  const staged = { labels: STAGED_LABELS, batch: documentId };
  const options = onProgress ? { onProgress, staged } : { staged };
  const textInParts = request.text.length > textChars;
  const proposed = new Set<string>();
  let first = true;
  // Without a stated date, the dates the text writes date it (year-less dates need one): infer-document-date.ts.
  const documentDate = request.published ?? inferDocumentDate(request.text);
  for (const chunk of paragraphChunks(request.text, pieceChars)) {
    const read = readPiece(chunk.text, matcher, documentDate);
    const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + chunk.offset, end: x.end + chunk.offset });
    const x: Extraction = {
      documentId,
      sha256,
      language,
      claims: read.claims.map((c) => ({ ...shift(c), assertions: c.assertions.map(shift) })),
      causalLinks: read.causalLinks.map((l) => ({ ...shift(l), causeAt: shift(l.causeAt), effectAt: shift(l.effectAt) })),
      proposedFactors: read.proposedFactors.filter((f) => !proposed.has(f.id)),
    };
    x.proposedFactors.forEach((f) => proposed.add(f.id));
    if (write) {
      await bulkLoad(graph, ingestPlan(request, x, { claims: counts.claims, links: counts.causalLinks, withDocument: first, withText: !textInParts }), options);
      if (first && textInParts) {
        // The Document row went without its text, which follows in parts once the node exists, joined inside Neo4j.
        let parts = 0;
        for (const piece of textPieces(request.text, textChars)) await writeDocumentTextPart(graph, documentId, parts++, piece);
        await joinDocumentText(graph, documentId, parts);
      }
    }
    first = false;
    counts.claims += x.claims.length;
    counts.quantities += x.claims.reduce((n, c) => n + c.quantities.length, 0);
    counts.causalLinks += x.causalLinks.length;
  }
  counts.proposedFactorIds = [...proposed];
  if (existing?.complete) {
    // Matching is idempotent: a document ingested before its relations were computed gets them now.
    await matchDocument(graph, existing.id);
    return { documentId: existing.id, created: false, alreadyPresentAs: { id: existing.id, origin: existing.origin }, language, ...counts };
  }
  await markComplete(graph, documentId, previousId, STAGED_LABELS);
  // Its claims matched across documents (issue 19): the relations appear with the document, no manual step.
  await matchDocument(graph, documentId, previousId);
  return { documentId, created: true, ...(previousId ? { previousVersionId: previousId } : {}), language, ...counts };
}

