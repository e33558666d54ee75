import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import { bulkLoad, type LoadPlan, type LoadProgress, type NodeRow, type RelRow } from '../graph/bulk-load.ts';
import type { Graph } from '../graph/graph.ts';
import { searchText } from '../search/search-text.ts';
import { detectLanguage, type Language } from './detect-language.ts';
import { extractCausalLinks, extractClaims, type CausalCandidate, type ClaimCandidate } from './extract-claims.ts';
import type { IngestRequest } from './ingest-input.ts';
import { documentBySha, joinDocumentText, markComplete, previousVersion, streamKnownFactors, writeDocumentTextPart } from './ingest-store.ts';
import { factorMatcherBuilder } from './match-factors.ts';
import { proposeFactors, type ProposedFactor } from './propose-factors.ts';
import { matchKeys } from '../factors/factor-store.ts';
import { matchDocument } from '../matching/match-claims.ts';

/** Stamped on everything the extractor writes, so editors can tell candidates from curated data. */
export const EXTRACTOR_VERSION = 'claimgraph-extract/1.0.0';

export interface Extraction {
  documentId: string;
  sha256: string;
  language: Language;
  claims: ClaimCandidate[];
  causalLinks: CausalCandidate[];
  /** Factors the document names that the graph does not know, proposed as candidates. */
  proposedFactors: ProposedFactor[];
}

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

const idFor = (sha256: string) => sha256.slice(0, 12);

/** What an ingest writes invisibly until it is complete (factors and sources may be shared, so are not staged). */
const STAGED_LABELS = ['Document', 'Claim', 'Quantity', 'CausalLink'] as const;

/** A matcher of every factor the graph knows, built as they stream in (never all held as rows at once). */
async function factorMatcher(graph: Graph) {
  const builder = factorMatcherBuilder();
  await streamKnownFactors(graph, (f) => builder.add(f));
  return builder.build();
}

/** Extraction alone (no writes): what `--dry-run` prints and ingest loads. */
export async function extractDocument(graph: Graph, request: IngestRequest): Promise<Extraction> {
  const sha256 = createHash('sha256').update(request.text, 'utf8').digest('hex');
  const matcher = await factorMatcher(graph);
  const proposals = proposeFactors(request.text, matcher);
  return {
    documentId: `doc-${idFor(sha256)}`,
    sha256,
    language: request.lang ?? detectLanguage(request.text),
    claims: extractClaims(request.text, matcher, request.published),
    causalLinks: [...extractCausalLinks(request.text, matcher), ...proposals.links],
    proposedFactors: proposals.factors,
  };
}

/**
 * Ingests a text as a Document with candidate claims, quantities, factor links and causal
 * links, all UNREVIEWED and marked extracted. The same text (same sha256) changes nothing,
 * so curated data is never overwritten; a changed text under the same URL or title becomes
 * a new version linked to the old one. Writes are batched; the document is marked complete last.
 */
export async function ingestDocument(graph: Graph, request: IngestRequest, onProgress?: (p: LoadProgress) => void): Promise<IngestResult> {
  // A large text is extracted and written chunk by chunk, so memory stays flat (issue 14).
  if (request.text.length > CHUNK_CHARS) return ingestLargeDocument(graph, request, onProgress);
  const x = await extractDocument(graph, request);
  const counts = {
    claims: x.claims.length,
    quantities: x.claims.reduce((n, c) => n + c.quantities.length, 0),
    causalLinks: x.causalLinks.length,
    proposedFactorIds: x.proposedFactors.map((f) => f.id),
  };
  const existing = await documentBySha(graph, x.sha256);
  if (existing?.complete) {
    // Matching is idempotent: a document ingested before its relations were computed gets them now.
    await matchDocument(graph, existing.id);
    return { documentId: existing.id, created: false, alreadyPresentAs: { id: existing.id, origin: existing.origin }, language: x.language, ...counts };
  }
  const previousId = await previousVersion(graph, request.url, request.title, x.sha256);
  // Staged: readers see none of the document until markComplete publishes all of it at once.
  const staged = { labels: STAGED_LABELS, batch: x.documentId };
  await bulkLoad(graph, ingestPlan(request, x), onProgress ? { onProgress, staged } : { staged });
  await markComplete(graph, x.documentId, previousId, STAGED_LABELS);
  // Its claims matched across documents (issue 19): the relations appear with the document, no manual step.
  await matchDocument(graph, x.documentId, previousId);
  return { documentId: x.documentId, created: true, ...(previousId ? { previousVersionId: previousId } : {}), language: x.language, ...counts };
}

/** A text longer than this is ingested by `ingestLargeDocument`, piece by piece. */
export const CHUNK_CHARS = 250_000;

/**
 * About this many characters are extracted and written at a time by `ingestLargeDocument`. Small
 * enough that one piece's extraction and load plan (about 2,000 claims, quantities and links) is a
 * few MB of heap, large enough that its batches stay near full (issue 14: 250k-character pieces held
 * five times that, and peak RSS grew with them).
 */
export const PIECE_CHARS = 50_000;

/**
 * The Document's text is sent to Neo4j, and hashed, this many characters at a time (about 300 KB of
 * UTF-8): buffers of a few MB each, sent or hashed one after another, were kept by the allocator
 * after they were freed, and 3 MB pieces of a 50 MB text raised RSS by about 40 MB (issue 14).
 */
export const TEXT_PIECE_CHARS = 100_000;

/**
 * The text cut at line breaks into pieces of about `size` characters (a longer line is one
 * piece), with each piece's offset: claims never span a paragraph, so extracting piece by
 * piece finds what extracting the whole text does. Lazy, so only the current piece is sliced.
 */
export function* paragraphChunks(text: string, size = PIECE_CHARS): Generator<{ offset: number; text: string }> {
  let start = 0;
  while (start < text.length) {
    let end = start + size >= text.length ? text.length : text.lastIndexOf('\n', start + size) + 1;
    if (end <= start) {
      const next = text.indexOf('\n', start + size);
      end = next < 0 ? text.length : next + 1;
    }
    yield { offset: start, text: text.slice(start, end) };
    start = end;
  }
}

/**
 * The text cut every `size` UTF-16 units, never inside a surrogate pair, so each piece is valid
 * UTF-16 on its own and the UTF-8 of the pieces, concatenated, is the UTF-8 of the text.
 */
export function* textPieces(text: string, size = TEXT_PIECE_CHARS): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    // A high surrogate last: end before it, or (a piece of one unit) after its pair.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end = end - 1 > start ? end - 1 : end + 1;
    yield text.slice(start, end);
    start = end;
  }
}

/** SHA-256 of the text's UTF-8, hashed piece by piece (no second copy of the whole text as bytes). */
function sha256Of(text: string): string {
  const hash = createHash('sha256');
  for (const piece of textPieces(text)) hash.update(piece, 'utf8');
  return hash.digest('hex');
}

/**
 * `ingestDocument` for a large text in flat memory: extracted and written one piece of
 * paragraphs at a time (the load plan of one piece at most is held, and nothing of a piece is
 * kept after it is written but its counts), the Document's text sent in parts, every write
 * still `:Staged` until `markComplete` publishes the whole document at once. Same ids, spans and
 * counts as extracting the text whole.
 */
export async function ingestLargeDocument(graph: Graph, request: IngestRequest, onProgress?: (p: LoadProgress) => void, chunkChars = PIECE_CHARS, textChars = TEXT_PIECE_CHARS): Promise<IngestResult> {
  return favouringMemory(() => ingestInPieces(graph, request, onProgress, chunkChars, textChars));
}

let largeIngests = 0;
const startedForSize = process.execArgv.includes('--optimize-for-size');

/**
 * Runs `work` with V8 favouring memory over speed (`--optimize-for-size`, on while any large ingest
 * runs, off again after the last unless the process was started with it). What a large ingest
 * retains is flat — about 50 MB of live heap after every piece, measured with forced GCs — but with
 * V8's default heap growth the heap was grown to 4× that with garbage, and RSS with it: 338 MB peak
 * for 4 MB of text, 167 MB with the flag (baseline 162 MB), and no slower (issue 14).
 */
async function favouringMemory<T>(work: () => Promise<T>): Promise<T> {
  if (largeIngests++ === 0 && !startedForSize) v8.setFlagsFromString('--optimize-for-size');
  try {
    return await work();
  } finally {
    if (--largeIngests === 0 && !startedForSize) v8.setFlagsFromString('--no-optimize-for-size');
  }
}

async function ingestInPieces(graph: Graph, request: IngestRequest, onProgress: ((p: LoadProgress) => void) | undefined, chunkChars: number, textChars: number): Promise<IngestResult> {
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
  const proposed = new Set<string>();
  let first = true;
  for (const chunk of paragraphChunks(request.text, chunkChars)) {
    const proposals = proposeFactors(chunk.text, matcher);
    const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + chunk.offset, end: x.end + chunk.offset });
    const x: Extraction = {
      documentId,
      sha256,
      language,
      claims: extractClaims(chunk.text, matcher, request.published).map(shift),
      causalLinks: [...extractCausalLinks(chunk.text, matcher), ...proposals.links].map(shift),
      proposedFactors: proposals.factors.filter((f) => !proposed.has(f.id)),
    };
    x.proposedFactors.forEach((f) => proposed.add(f.id));
    if (write) {
      // The Document row goes without its text, which follows in parts once the node exists, joined inside Neo4j.
      await bulkLoad(graph, ingestPlan(request, x, { claims: counts.claims, links: counts.causalLinks, withDocument: first, withText: false }), options);
      if (first) {
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
    await matchDocument(graph, existing.id);
    return { documentId: existing.id, created: false, alreadyPresentAs: { id: existing.id, origin: existing.origin }, language, ...counts };
  }
  await markComplete(graph, documentId, previousId, STAGED_LABELS);
  await matchDocument(graph, documentId, previousId);
  return { documentId, created: true, ...(previousId ? { previousVersionId: previousId } : {}), language, ...counts };
}

/** Where a chunk's claims and links start in the document's numbering, and whether it carries the Document itself. */
interface PlanPart {
  claims: number;
  links: number;
  withDocument: boolean;
  /** Whether the Document row carries its text (a large document's text is sent in parts instead). */
  withText?: boolean;
}

function ingestPlan(request: IngestRequest, x: Extraction, part: PlanPart = { claims: 0, links: 0, withDocument: true }): LoadPlan {
  const base = idFor(x.sha256);
  const sourceId = `src-doc-${base}`;
  const candidate = { origin: 'extracted', extractorVersion: EXTRACTOR_VERSION, documentId: x.documentId };
  const reviewState = { status: 'UNREVIEWED', version: 1, candidate: 'PENDING' };
  const claimId = (i: number) => `${base}-x${String(part.claims + i + 1).padStart(4, '0')}`;
  const linkId = (i: number) => `${base}-xl${String(part.links + i + 1).padStart(4, '0')}`;
  const rel = (from: string, to: string, extra: Omit<RelRow, 'from' | 'to'> = {}): RelRow => ({ from, to, ...extra });
  // The first line, found without splitting the whole text (this runs once per chunk).
  const head = request.text.trimStart().slice(0, 2000);
  const newline = head.indexOf('\n');
  const title = request.title ?? (newline < 0 ? head.trimEnd() : head.slice(0, newline)).slice(0, 120);

  const claims: NodeRow[] = x.claims.map((c, i) => ({
    id: claimId(i),
    props: {
      ...candidate,
      quote: c.quote,
      start: c.start,
      end: c.end,
      sentence: c.sentence,
      gloss: null,
      subject: c.subject || null,
      time: null,
      kind: c.quantities.some((q) => q.unit === 'date' || q.unit === 'year') && c.quantities.length === 1 ? 'DATE' : 'LEVEL',
      searchText: searchText([c.quote, c.subject]),
    },
    onCreate: reviewState,
  }));
  const quantities: NodeRow[] = x.claims.flatMap((c, i) =>
    c.quantities.map((q, j) => ({
      id: `${claimId(i)}-q${j + 1}`,
      props: { surface: q.surface, value: q.value, upper: q.upper ?? null, unit: q.unit, qualifier: q.qualifier ?? null, date: q.date ?? null, kind: q.kind, direction: q.direction ?? null, calendar: q.calendar ?? null, position: j },
    })),
  );
  const links: NodeRow[] = x.causalLinks.map((l, i) => ({
    id: linkId(i),
    props: { ...candidate, polarity: l.polarity, polarityStated: l.polarityStated, quote: l.quote, start: l.start, end: l.end, gloss: null, searchText: searchText([l.quote]) },
    onCreate: reviewState,
  }));
  const documentRows = (rows: NodeRow[]) => (part.withDocument ? rows : []);
  return {
    nodes: [
      {
        label: 'Document',
        rows: documentRows([
          {
            id: x.documentId,
            props: {
              title,
              titleEn: null,
              language: x.language,
              ...(part.withText === false ? {} : { text: request.text }),
              sha256: x.sha256,
              published: request.published ?? null,
              url: request.url ?? null,
              provenance: request.url ? `Ingested from ${request.url}` : 'Ingested by an editor',
              origin: 'extracted',
              extractorVersion: EXTRACTOR_VERSION,
              ingestedAt: new Date().toISOString(),
            },
            onCreate: { complete: false },
          },
        ]),
      },
      { label: 'Source', rows: documentRows([{ id: sourceId, props: { kind: 'DOCUMENT', name: title, url: null, searchText: searchText([title]) } }]) },
      {
        // Proposed factors: review state only on creation, so a second document naming the same
        // thing reuses the proposal and never resets an editor's decision on it.
        label: 'Factor',
        rows: x.proposedFactors.map((f) => ({
          id: f.id,
          props: { name: f.name, namesZh: f.namesZh, aliases: f.aliases, matchKeys: matchKeys(f), searchText: searchText([f.name, ...f.namesZh]) },
          onCreate: { description: null, origin: 'extracted', extractorVersion: EXTRACTOR_VERSION, candidate: 'PENDING', version: 1 },
        })),
      },
      { label: 'Claim', rows: claims },
      { label: 'Quantity', rows: quantities },
      { label: 'CausalLink', rows: links },
    ],
    relationships: [
      { type: 'REPRESENTS', fromLabel: 'Source', toLabel: 'Document', rows: part.withDocument ? [rel(sourceId, x.documentId)] : [] },
      { type: 'CANDIDATE_OF', fromLabel: 'Factor', toLabel: 'Document', rows: x.proposedFactors.map((f) => rel(f.id, x.documentId)) },
      { type: 'STATED_IN', fromLabel: 'Claim', toLabel: 'Document', rows: claims.map((c) => rel(c.id, x.documentId)) },
      { type: 'SOURCED_FROM', fromLabel: 'Claim', toLabel: 'Source', rows: claims.map((c) => rel(c.id, sourceId)) },
      { type: 'HAS_QUANTITY', fromLabel: 'Claim', toLabel: 'Quantity', rows: x.claims.flatMap((c, i) => c.quantities.map((_, j) => rel(claimId(i), `${claimId(i)}-q${j + 1}`))) },
      { type: 'ABOUT', fromLabel: 'Claim', toLabel: 'Factor', rows: x.claims.flatMap((c, i) => c.factorIds.map((f) => rel(claimId(i), f))) },
      { type: 'STATED_IN', fromLabel: 'CausalLink', toLabel: 'Document', rows: links.map((l) => rel(l.id, x.documentId)) },
      { type: 'FROM', fromLabel: 'CausalLink', toLabel: 'Factor', rows: x.causalLinks.map((l, i) => rel(linkId(i), l.fromId)) },
      { type: 'TO', fromLabel: 'CausalLink', toLabel: 'Factor', rows: x.causalLinks.map((l, i) => rel(linkId(i), l.toId)) },
      {
        type: 'CAUSES',
        fromLabel: 'Factor',
        toLabel: 'Factor',
        // `candidate` on the projection keeps the link out of trace until an editor confirms it.
        rows: x.causalLinks.map((l, i) => rel(l.fromId, l.toId, { key: { linkId: linkId(i) }, props: { polarity: l.polarity }, onCreate: { status: 'UNREVIEWED', candidate: 'PENDING' } })),
      },
    ],
  };
}
