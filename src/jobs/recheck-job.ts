import { z } from 'zod';
import { shippedCheckContext } from '../checks/check-context.ts';
import { checkClaims } from '../checks/check-store.ts';
import type { JobKind } from './job-kind.ts';

interface RecheckResult {
  documents: number;
  claims: number;
  /** Checks by suggested verdict, over every claim of the documents. */
  verdicts: Record<string, number>;
}

/**
 * Holds documents' claims against the record again — after a series import, the suggestions of
 * every document that cites the series may change. Reads only, so a retry is harmless.
 */
export const recheckJob: JobKind<{ documentIds: string[] }, RecheckResult> = {
  name: 'recheck',
  input: z.object({ documentIds: z.array(z.string().min(1)).min(1).max(10_000) }),
  async run({ documentIds }, { graph, progress }) {
    const ctx = await shippedCheckContext();
    const result: RecheckResult = { documents: 0, claims: 0, verdicts: {} };
    for (const [i, documentId] of documentIds.entries()) {
      progress(i / documentIds.length, `checking ${documentId}`);
      for (const { checks } of await checkClaims(graph, { documentId }, ctx)) {
        result.claims++;
        for (const check of checks) result.verdicts[check.verdict] = (result.verdicts[check.verdict] ?? 0) + 1;
      }
      result.documents++;
    }
    progress(1, `checked ${result.claims} claims in ${result.documents} documents`);
    return result;
  },
};
