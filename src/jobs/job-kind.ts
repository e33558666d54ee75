import type { z } from 'zod';
import type { Config } from '../config.ts';
import type { Graph } from '../graph/graph.ts';
import type { Logger } from '../log.ts';

/** What a job's code receives wherever it runs (the API process without Redis, a worker with it). */
export interface JobContext {
  /** The job's id (names its output file, if it writes one). */
  jobId: string;
  graph: Graph;
  config: Config;
  log: Logger;
  /** Reports progress: `fraction` in [0, 1], `message` says what is happening. Cheap to call often. */
  progress(fraction: number, message: string): void;
}

/**
 * One kind of background work. A new kind is one module exporting one of these, listed in
 * `job-kinds.ts`: its input is validated when submitted (so a worker never sees bad input) and
 * again when run, and its result is plain JSON. `run` must be safe to run again after a worker
 * died half-way (the queue retries it): write invisibly and publish at the end, as ingest does.
 */
export interface JobKind<I = unknown, R extends object = object> {
  name: string;
  input: z.ZodType<I>;
  run(input: I, ctx: JobContext): Promise<R>;
  /** The id of the document the result names, for `Job.document`. */
  documentOf?(result: R): string | null;
}

/** Codes that mean the input itself is wrong: running the job again cannot help. */
const INPUT_FAULTS = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'PAYLOAD_TOO_LARGE', 'FORBIDDEN', 'UNAUTHENTICATED']);

/** Whether a job's failure is its input's fault (not retried) rather than the service's (UNAVAILABLE, a bug: retried). */
export function isInputFault(error: unknown): boolean {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' && INPUT_FAULTS.has(code);
}
