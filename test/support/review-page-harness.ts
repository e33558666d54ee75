import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject, vi } from 'vitest';
import type { Graph } from '../../src/graph/graph.ts';
import { apiClient, type ApiClient } from './api-client.ts';
import { testGraph } from './graph.ts';
import { offlineOnly } from './offline-guard.ts';
import { sharedBrowser, type SharedBrowser } from './shared-page.ts';

export { axeViolations } from './axe.ts';
export { screenshot } from './screenshots.ts';

// Polled assertions wait for a browser on a loaded machine (the default is one second).
vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });

export interface OpenOptions {
  /** An API token, stored in the page's own storage as an editor would have pasted it before. */
  token?: string;
  viewport?: { width: number; height: number };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to make anywhere but our server (aborted): a test asserts there were none. */
  outside: string[];
}

export interface ReviewPageHarness {
  /** The server's origin, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** GraphQL over HTTP to the same server, with no token. */
  readonly api: ApiClient;
  readonly browser: Browser;
  /** The run's graph, opened on first use (fixtures, tokens) and closed after the file. */
  readonly graph: Graph;
  /** A new browser context (its own storage), its page guarded offline, at `path` on the server. */
  open(path: string, options?: OpenOptions): Promise<OpenedPage>;
}

/**
 * What every review-page test file needs: the real server on the run's test graph, a headless Chromium, and pages
 * opened with a token and the offline guard. The server and Chromium are the run's, shared by every browser test
 * file (`shared-page.ts`); the file's contexts are its own and closed after it. Call at the top of the file.
 */
export function reviewPageHarness(): ReviewPageHarness {
  let shared: SharedBrowser | undefined;
  let graph: Graph | undefined;
  let api: { url: string; client: ApiClient } | undefined;
  beforeAll(async () => {
    shared = await sharedBrowser(inject('sharedPage'));
  });
  afterAll(async () => {
    try {
      await shared?.close();
    } finally {
      await graph?.close();
    }
  });
  const started = (): SharedBrowser => {
    if (shared === undefined) throw new Error('the review page harness is used before its beforeAll ran');
    return shared;
  };
  return {
    get url() {
      return started().url;
    },
    get api() {
      const url = started().url;
      if (api?.url !== url) api = { url, client: apiClient(url) };
      return api.client;
    },
    get browser() {
      return started().browser;
    },
    get graph() {
      return (graph ??= testGraph());
    },
    async open(path, options = {}) {
      // The run's Chromium as it is now: a crash earlier in the run (or in this file) left a new one at the broker.
      const { url, browser } = await started().current();
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } });
      if (options.token) await context.addInitScript((t) => localStorage.setItem('claimgraph.token', t), options.token);
      const page = await context.newPage();
      const outside = await offlineOnly(page, url);
      await page.goto(`${url}${path}`);
      return { context, page, outside };
    },
  };
}
