import type { JobState } from '../vocabulary.ts';

export type { JobState };

/** A job as `job(id)` and `jobEvents` report it. Plain JSON: it travels through Redis. */
export interface JobInfo {
  id: string;
  kind: string;
  state: JobState;
  /** 0…1. */
  progress: number;
  message: string | null;
  /** Runs started, the first included; above 1 after a failure or a worker that died. */
  attempts: number;
  result: object | null;
  error: string | null;
  submittedBy: string | null;
  submittedAt: string;
  finishedAt: string | null;
}

/**
 * Where background work is submitted and looked up. Without Redis, jobs run in the API's own
 * process (memory-queue.ts); with it, on a BullMQ queue that `claimgraph worker` processes run
 * (bullmq-queue.ts). Same API either way.
 */
export interface JobQueue {
  readonly transport: 'memory' | 'redis';
  /** Queues a job (input already validated against its kind); answers at once. */
  submit(kind: string, input: unknown, submittedBy: string | null): Promise<JobInfo>;
  /** The job, or null when there is none (or it was removed after its retention). */
  get(id: string): Promise<JobInfo | null>;
  close(): Promise<void>;
}

/** Progress is reported at most this often per job (each report is a Redis write and an event). */
export const PROGRESS_INTERVAL_MS = 250;

/** Calls `fn` at most every `ms`, but always for fraction 1 (the end of a phase). */
export function throttled(ms: number, fn: (fraction: number, message: string) => void): (fraction: number, message: string) => void {
  let last = 0;
  return (fraction, message) => {
    const now = Date.now();
    if (fraction < 1 && now - last < ms) return;
    last = now;
    fn(Math.max(0, Math.min(1, fraction)), message);
  };
}
