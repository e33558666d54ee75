import type { JobKind } from './job-kind.ts';
import { exportJob } from './export-job.ts';
import { ingestBatchJob } from './ingest-batch-job.ts';
import { ingestJob } from './ingest-job.ts';
import { recheckJob } from './recheck-job.ts';

/** Every kind of background job, by name. A new kind: one module, one line here. */
export const JOB_KINDS: Readonly<Record<string, JobKind<any, object>>> = Object.freeze({
  [ingestJob.name]: ingestJob,
  [ingestBatchJob.name]: ingestBatchJob,
  [recheckJob.name]: recheckJob,
  [exportJob.name]: exportJob,
});

export function jobKind(name: string): JobKind<unknown, object> {
  const kind = JOB_KINDS[name];
  if (!kind) throw new Error(`unknown job kind ${name}`);
  return kind;
}
