import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Graph } from '../graph/graph.ts';
import type { Logger } from '../log.ts';
import { folderBatch, readManifest } from '../ingest/batch-source.ts';
import { ingestBatch, type BatchItemResult, type BatchSummary } from '../ingest/ingest-batch.ts';
import { documentBySha } from '../ingest/ingest-store.ts';
import { SEEDS_DIR } from './load-seed.ts';

/**
 * The official corpus (seeds/official/: FOMC statements, Treasury borrowing estimates and refunding
 * statements of late 2025, public domain; provenance in its SOURCES.md). Unlike the curated seed it
 * is loaded by the product's own ingest, as a user's folder would be: what a new user sees of it is
 * what the extractor finds.
 */
export const OFFICIAL_DIR = `${SEEDS_DIR}official/`;

/** The manifest's files whose text no complete document in the graph has (ingest is keyed on the text's SHA-256). */
export async function officialMissing(graph: Graph, dir = OFFICIAL_DIR): Promise<string[]> {
  const manifest = await readManifest(dir);
  const missing: string[] = [];
  for (const file of manifest?.byFile.keys() ?? []) {
    const text = await readFile(join(dir, file), 'utf8');
    const existing = await documentBySha(graph, createHash('sha256').update(text, 'utf8').digest('hex'));
    if (!existing?.complete) missing.push(file);
  }
  return missing;
}

/** One log line per document of the corpus. */
export function describeItem(i: BatchItemResult): string {
  if (i.status === 'SKIPPED') return `${i.source}: skipped (${i.error?.code}: ${i.error?.message})`;
  const what = `${i.documentId} (${i.language}): ${i.claims} claims, ${i.quantities} quantities, ${i.causalLinks} links`;
  return `${i.source}: ${what}, ${i.status.toLowerCase().replace('_', ' ')}`;
}

/**
 * Ingests the official corpus when the graph lacks any of it (idempotent: documents already there
 * are UNCHANGED), logging a line per document. Returns undefined when nothing was missing.
 */
export async function loadOfficialCorpus(graph: Graph, log: Logger, maxBytes: number, dir = OFFICIAL_DIR): Promise<BatchSummary | undefined> {
  const missing = await officialMissing(graph, dir);
  if (missing.length === 0) return undefined;
  log.info(`official corpus: ingesting ${missing.length} document(s) from ${dir}`);
  const source = await folderBatch(dir, maxBytes);
  const summary = await ingestBatch(graph, source.entries, (p) => log.info(`official corpus [${p.done}/${p.total}] ${describeItem({ ...p.item, source: basename(p.item.source) })}`), { maxBytes, total: source.total, log });
  log.info(`official corpus: ${summary.created} created, ${summary.unchanged} unchanged, ${summary.newVersions} new versions, ${summary.skipped} skipped`);
  return summary;
}
