import { z } from 'zod';
import { ingestDocument, type IngestResult } from '../ingest/ingest-document.ts';
import { LANGUAGES } from '../ingest/detect-language.ts';
import type { IngestRequest } from '../ingest/ingest-input.ts';
import type { JobKind } from './job-kind.ts';

/**
 * Ingest as a job (`startIngest`). Retrying is safe: ingest stages every node as `:Staged` and
 * publishes the document in one transaction at the end, so a worker killed half-way leaves
 * nothing visible, and the retry writes the same ids over what was staged (MERGE).
 */
export const ingestJob: JobKind<IngestRequest, IngestResult> = {
  name: 'ingest',
  // Already checked by parseIngestRequest when submitted; the shape is checked again when run.
  input: z.object({
    text: z.string().min(1),
    title: z.string().optional(),
    url: z.string().optional(),
    lang: z.enum(LANGUAGES).optional(),
    published: z.string().optional(),
  }) as z.ZodType<IngestRequest>,
  async run(request, { graph, progress }) {
    progress(0, 'extracting claims');
    const result = await ingestDocument(graph, request, (p) => progress(p.total ? (p.phase === 'nodes' ? 0.5 : 0.9) * (p.done / p.total) : 0, `writing ${p.phase}: ${p.what}`));
    progress(1, result.created ? `ingested ${result.claims} claims` : 'already present: nothing written');
    return result;
  },
  documentOf: (result) => result.documentId,
};
