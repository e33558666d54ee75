import { expect, inject, it } from 'vitest';
import { DOCS_SCREENSHOTS_PATH, REFRESH_DOCS_SCREENSHOTS } from '../support/screenshots.ts';
import { changedByRun, treeChanges } from '../support/tree-changes.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The tree's changes as the run started (test/vitest.config.ts); null outside a git checkout. */
    treeAtStart: Record<string, string> | null;
  }
}

// Runs after the unit and integration tiers (its project's groupOrder): the docs' screenshots were rewritten by
// every run until 2026-12-07; only `npm run screenshots` may change them.
it('the test run left the tree as it found it: no tracked file rewritten, no new file git would commit', () => {
  const before = inject('treeAtStart');
  const after = treeChanges(new URL('../..', import.meta.url).pathname);
  if (!before || !after) return expect(before, 'a git checkout at the start is one at the end').toEqual(after ?? null);
  const refreshing = process.env[REFRESH_DOCS_SCREENSHOTS] === '1';
  expect(changedByRun(before, after, (p) => refreshing && p.startsWith(DOCS_SCREENSHOTS_PATH))).toEqual([]);
});
