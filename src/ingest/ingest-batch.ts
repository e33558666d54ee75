import { AppError, isDeliberate, type ErrorCode, type FieldIssue } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import type { Logger } from '../log.ts';
import type { IngestStatus } from '../vocabulary.ts';
import { ingestDocument } from './ingest-document.ts';
import { decodeText, parseIngestRequest } from './ingest-input.ts';

/** What became of one document of a batch (declared in the vocabulary, as the SDL's `IngestStatus`). */
export type BatchStatus = IngestStatus;

/** Why an entry was skipped: a code from the closed list (src/errors.ts), a message that never echoes the input. */
export interface BatchError {
  code: ErrorCode;
  message: string;
  fields?: FieldIssue[];
}

/**
 * One document of a batch as it was read, not yet validated: `ingestBatch` validates every entry
 * the same way, whether it came from a folder, a JSON Lines file or the API.
 */
export interface BatchEntry {
  /** Where it came from, for the report: a file path, `docs.jsonl:3`, `input.2`. */
  source: string;
  /** The document's fields as given; a file's `bytes` are decoded here, as strict UTF-8. */
  input?: { text?: unknown; bytes?: Uint8Array; title?: unknown; url?: unknown; lang?: unknown; published?: unknown };
  /** A problem found while reading the entry (a bad JSON line, a file too large to read): reported, never ingested. */
  error?: BatchError;
}

export interface BatchItemResult {
  source: string;
  status: BatchStatus;
  /** The document (the existing one when UNCHANGED); absent when SKIPPED. */
  documentId?: string;
  language?: string;
  claims: number;
  quantities: number;
  causalLinks: number;
  /** The earlier version a NEW_VERSION supersedes. */
  previousVersionId?: string;
  /** Why a SKIPPED entry was skipped. */
  error?: BatchError;
}

export interface BatchProgress {
  /** Entries finished so far (this one included). */
  done: number;
  /** How many entries there are, when known before the batch starts. */
  total?: number;
  /** The entry just finished. */
  item: BatchItemResult;
}

export interface BatchOptions {
  /** The largest document accepted, in bytes (INGEST_MAX_BYTES). */
  maxBytes: number;
  /** How many entries there are, for progress (a folder knows; a stream may not). */
  total?: number;
  /** Where an unexpected failure (not the entry's fault) is logged in full; the report gets a masked message. */
  log?: Logger;
  /** Stops before the next entry when aborted; entries already ingested stay. */
  signal?: AbortSignal;
}

export interface BatchSummary {
  items: BatchItemResult[];
  created: number;
  unchanged: number;
  newVersions: number;
  skipped: number;
}

const EMPTY = { claims: 0, quantities: 0, causalLinks: 0 };

/** An entry's error as a report line: deliberate errors keep their code and message; anything else is masked. */
function toBatchError(error: unknown, source: string, log?: Logger): BatchError {
  if (error instanceof AppError || isDeliberate(error)) {
    const e = error as AppError;
    const fields = (e.extensions as { fields?: FieldIssue[] }).fields;
    return { code: e.code ?? (e.extensions.code as ErrorCode), message: e.message, ...(fields ? { fields } : {}) };
  }
  log?.error(`batch ingest: ${source} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return { code: 'INTERNAL_SERVER_ERROR', message: 'The document could not be ingested (logged on the server); nothing of it is visible' };
}

/**
 * Ingests documents one after another through `ingestDocument`, the one ingest path: each is
 * validated (strict UTF-8, INGEST_MAX_BYTES, date, URL, language) and written on its own, staged
 * and published at once, so a bad or failed entry is reported and skipped with nothing of it
 * visible, and the rest go on. The same text again is UNCHANGED; a changed text under a known URL
 * (or title) is a NEW_VERSION. Entries are consumed lazily, so a long JSON Lines file is never
 * held whole. A plain service function: the CLI, the API and a job runner wrap it alike.
 */
export async function ingestBatch(
  graph: Graph,
  entries: Iterable<BatchEntry> | AsyncIterable<BatchEntry>,
  onProgress: ((p: BatchProgress) => void) | undefined,
  options: BatchOptions,
): Promise<BatchSummary> {
  const items: BatchItemResult[] = [];
  for await (const entry of entries) {
    if (options.signal?.aborted) break;
    const item = await ingestEntry(graph, entry, options);
    items.push(item);
    onProgress?.({ done: items.length, ...(options.total !== undefined ? { total: options.total } : {}), item });
  }
  const count = (s: BatchStatus) => items.filter((i) => i.status === s).length;
  return { items, created: count('CREATED'), unchanged: count('UNCHANGED'), newVersions: count('NEW_VERSION'), skipped: count('SKIPPED') };
}

async function ingestEntry(graph: Graph, entry: BatchEntry, options: BatchOptions): Promise<BatchItemResult> {
  const skipped = (error: BatchError): BatchItemResult => ({ source: entry.source, status: 'SKIPPED', ...EMPTY, error });
  if (entry.error || !entry.input) return skipped(entry.error ?? { code: 'BAD_USER_INPUT', message: 'Nothing to ingest' });
  let request;
  try {
    const { bytes, ...fields } = entry.input;
    const text = bytes ? decodeText(bytes, options.maxBytes) : fields.text;
    request = parseIngestRequest({ ...fields, text }, options.maxBytes);
  } catch (error) {
    return skipped(toBatchError(error, entry.source, options.log));
  }
  try {
    const r = await ingestDocument(graph, request);
    const status: BatchStatus = r.alreadyPresentAs ? 'UNCHANGED' : r.previousVersionId ? 'NEW_VERSION' : 'CREATED';
    return {
      source: entry.source,
      status,
      documentId: r.documentId,
      language: r.language,
      claims: r.claims,
      quantities: r.quantities,
      causalLinks: r.causalLinks,
      ...(r.previousVersionId ? { previousVersionId: r.previousVersionId } : {}),
    };
  } catch (error) {
    return skipped(toBatchError(error, entry.source, options.log));
  }
}
