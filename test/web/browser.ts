import { mkdir, copyFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer } from '../../src/api/server.ts';
import type { Config } from '../../src/config.ts';
import type { Graph } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { ROOT } from '../../src/web/build-page.ts';

/** Debian's chromium, headless, with no network beyond the page's own server. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });

/** The real server (GraphQL, SSE, exports, the page) on a free loopback port, on the test Neo4j. */
export async function listen(graph: Graph, config: Config): Promise<{ url: string; http: Server; close(): Promise<void> }> {
  const level = process.env['TEST_LOG_LEVEL'] === 'debug' ? 'debug' : 'warn';
  const yoga = createServer({ graph, config, log: createLogger(level), neo4jProvider: 'test' });
  const http = createHttpServer(yoga);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    http,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

/**
 * Every request the page makes must go to our server: a CDN script would fail offline. Requests
 * elsewhere are aborted and recorded, so a test can assert there were none.
 */
export async function offlineOnly(page: Page, origin: string): Promise<string[]> {
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return outside;
}

const SHOTS = join(ROOT, '.claimgraph', 'screenshots');
const DOCS_SHOTS = join(ROOT, 'docs', 'screenshots');

/** A screenshot after fonts are ready, kept in .claimgraph/screenshots/ and copied to docs/screenshots/ for the README. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await mkdir(SHOTS, { recursive: true });
  await mkdir(DOCS_SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  await copyFile(file, join(DOCS_SHOTS, `${name}.png`));
  return file;
}

/** axe-core with the WCAG 2.0/2.1 A and AA rules; returns the violations (empty = pass). */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}
