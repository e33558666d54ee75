import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../src/web/build-page.ts';

/** Where every test run puts its screenshots: git-ignored, so a run never changes the tracked tree. */
export const SCREENSHOTS = join(ROOT, '.claimgraph', 'screenshots');
/** The screenshots the README and docs show (this path in the repo): refreshed on purpose only, by `npm run screenshots`. */
export const DOCS_SCREENSHOTS_PATH = 'docs/screenshots/';
const DOCS_SCREENSHOTS = join(ROOT, DOCS_SCREENSHOTS_PATH);
/** Set by `npm run screenshots`: copy the docs' screenshots into docs/screenshots/ as well. */
export const REFRESH_DOCS_SCREENSHOTS = 'CLAIMGRAPH_DOCS_SCREENSHOTS';

/**
 * A screenshot after fonts are ready, into .claimgraph/screenshots/<name>.png. With `npm run screenshots` it is
 * copied to docs/screenshots/ too, unless `docs: false` (a screenshot to look at, not to show in the docs).
 */
export async function screenshot(page: Page, name: string, options: { docs?: boolean } = {}): Promise<string> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  if (options.docs !== false && process.env[REFRESH_DOCS_SCREENSHOTS] === '1') {
    await mkdir(DOCS_SCREENSHOTS, { recursive: true });
    await copyFile(file, join(DOCS_SCREENSHOTS, `${name}.png`));
  }
  return file;
}
