import { z } from 'zod';
import { ingestBatch, type BatchSummary } from '../ingest/ingest-batch.ts';
import type { JobKind } from './job-kind.ts';

/** One document as submitted: only its shape is checked here; `ingestBatch` validates it and skips it if bad. */
const item = z.object({
  text: z.string(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  lang: z.string().nullish(),
  published: z.string().nullish(),
});

/**
 * Batch ingest as a job (`startIngestBatch`): the same `ingestBatch` the CLI and `ingestBatch` run,
 * with its progress reported per document. A bad document is SKIPPED in the result, not a failed
 * job. Retrying is safe: documents already ingested come back UNCHANGED, and one that a dead
 * worker left half-written was never visible (staged) and is written again.
 */
export const ingestBatchJob: JobKind<z.infer<typeof item>[], BatchSummary> = {
  name: 'ingest-batch',
  input: z.array(item).max(50),
  async run(items, { graph, config, log, progress }) {
    progress(0, `ingesting ${items.length} document(s)`);
    const entries = items.map((input, i) => ({ source: String(i), input }));
    return ingestBatch(graph, entries, (p) => progress(p.done / items.length, `${p.done}/${items.length}: ${p.item.status.toLowerCase()}`), {
      maxBytes: config.limits.ingestMaxBytes,
      total: items.length,
      log,
    });
  },
};
