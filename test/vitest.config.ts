import { defineConfig } from 'vitest/config';

/**
 * Two tiers, one run (`npm test` runs both; CI counts them from one JSON report):
 * - unit: pure tests (`*.test.ts`), no database and no global setup — `npm run test:unit`, seconds;
 * - integration: `*.int.test.ts` (API, stores, CLI, browser, hostile, reliability) against the real
 *   Neo4j that the global setup chooses once, through the product's own connection code.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    reporters: ['default', 'json'],
    outputFile: { json: '.claimgraph/test-results.json' },
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts', 'test/bench/**', 'node_modules/**'],
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
    ],
  },
});
