import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    // One Neo4j for the whole run; the runner's JVM and first Maven build are slow.
    testTimeout: 60_000,
    hookTimeout: 600_000,
    teardownTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.claimgraph/test-results.json' },
  },
});
