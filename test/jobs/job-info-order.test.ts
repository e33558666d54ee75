import type { Job } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { readJobInfo, type JobData } from '../../src/jobs/bullmq-queue.ts';

/**
 * A job that completes between the two reads of `job(id)`: whichever read comes second sees it completed, with its
 * result. The reads are Redis round trips; what is tested is their order, so the two are stand-ins here (the queue
 * itself runs on a real Redis in test/scale/replicas.int.test.ts).
 */
function completingBetweenReads() {
  let reads = 0;
  const done = () => ++reads > 1;
  const job = (completed: boolean) =>
    ({ id: 'j1', name: 'ingest', data: { input: {}, submittedBy: 'editor' }, progress: { fraction: 0.5 }, attemptsStarted: 1, returnvalue: completed ? { claims: 3 } : null, timestamp: 0, finishedOn: completed ? 1 : undefined, failedReason: '' }) as unknown as Job<JobData>;
  return {
    state: async () => (done() ? 'completed' : 'active'),
    job: async () => job(done()),
  };
}

describe('job(id) on the Redis queue (a scale-out test saw SUCCEEDED with result null under load)', () => {
  it('never shows a job SUCCEEDED without its result when it completes between the reads', async () => {
    const info = await readJobInfo('j1', completingBetweenReads());
    expect(info).not.toBeNull();
    expect(info!.state === 'SUCCEEDED' ? info!.result : 'not yet succeeded').not.toBeNull();
    expect(info!.state).toBe('RUNNING');
  });
});
