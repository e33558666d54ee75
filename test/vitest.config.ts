import { defineConfig } from 'vitest/config';
import { treeChanges } from './support/tree-changes.ts';

const root = new URL('..', import.meta.url).pathname;

/**
 * Two tiers, one run (`npm test` runs both; CI counts them from one JSON report):
 * - unit: pure tests (`*.test.ts`), no database and no global setup — `npm run test:unit`, seconds;
 * - integration: `*.int.test.ts` (API, stores, CLI, browser, hostile, reliability) against the real
 *   Neo4j that the global setup chooses once, through the product's own connection code;
 * - after-run: once both have finished, checks the run left the tree as it found it (nothing tracked rewritten,
 *   no new file git would commit) against the tree's state noted here, as the run starts.
 */
export default defineConfig({
  test: {
    root,
    reporters: ['default', 'json'],
    outputFile: { json: '.claimgraph/test-results.json' },
    teardownTimeout: 60_000,
    // The tiers run in group 1 and after-run in group 2, which vitest starts once group 1 has finished. (Group 0 would
    // not do: on a machine where vitest runs one file at a time it moves group 0 into a last group of its own.)
    sequence: { groupOrder: 1 },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts', 'test/bench/**', 'test/after-run/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          exclude: ['test/bench/**', 'node_modules/**'],
          globalSetup: ['test/global-setup.ts'],
          // One Neo4j for the whole run; the runner's JVM and first Maven build are slow.
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'after-run',
          include: ['test/after-run/**/*.test.ts'],
          sequence: { groupOrder: 2 },
          provide: { treeAtStart: treeChanges(root) ?? null },
        },
      },
    ],
  },
});
