import { createServer, type Server } from 'node:http';
import type { Browser, BrowserServer } from 'playwright-core';
import type { ProvidedContext } from 'vitest';
import { connectBrowser, launchBrowserServer } from './chromium.ts';
import { startPageServer, type PageServer } from './page-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where a browser test file asks for the run's page server and Chromium (`SharedPage`). */
    sharedPage: string;
  }
}

/** The run's page server and Chromium, as a browser test file connects to them. */
export interface SharedPage {
  /** The page server's origin, e.g. http://127.0.0.1:41234. */
  url: string;
  /** Chromium's playwright endpoint, for `connectBrowser`. */
  wsEndpoint: string;
}

export interface SharedPageBroker {
  /** Loopback URL that answers a `SharedPage` as JSON, starting both on the first request. */
  url: string;
  close(): Promise<void>;
}

/** How the broker starts the two parts (the defaults: the real server on the run's graph, Debian's Chromium). */
export interface SharedPageParts {
  startServer(): Promise<PageServer>;
  launchBrowser(): Promise<BrowserServer>;
}

/** Starts of one part in a run, counting restarts, before the broker stops trying and answers the last error. */
export const MAX_STARTS = 4;

/**
 * One page server (`node src/main.ts` on the run's graph) and one Chromium for every browser test file of the run,
 * started by the first file that asks — a run with no browser test starts neither. Runs in the global setup's
 * process; test files ask over loopback HTTP because vitest gives workers no other way to call the main process.
 * The files share the server as users share one: each works on data under its own prefix, with its own tokens.
 *
 * Neither is a single point of failure for the run: a Chromium that crashed or closed, a server that exited, or a
 * start that failed (a timeout on a loaded machine) is started again for the next file that asks, instead of every
 * later browser file failing on the dead one — up to `MAX_STARTS` starts of each, so a part that cannot start fails
 * fast rather than costing every file its start timeout.
 */
export async function startSharedPageBroker(neo4j: ProvidedContext['neo4j'], parts: SharedPageParts = { startServer: () => startPageServer(neo4j), launchBrowser: launchBrowserServer }): Promise<SharedPageBroker> {
  const server = keptAlive('the page server', parts.startServer, (s) => s.alive(), (s) => s.close());
  const browser = keptAlive('Chromium', async () => watched(await parts.launchBrowser()), (b) => !b.closed(), (b) => b.server.close());
  const http: Server = createServer((req, res) => {
    void Promise.all([server.get(), browser.get()]).then(
      ([s, b]) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url: s.url, wsEndpoint: b.server.wsEndpoint() } satisfies SharedPage)),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.message : String(error)),
    );
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      // Both are stopped whatever the other does (a start still under way too, not orphaned).
      const closed = await Promise.allSettled([browser.close(), server.close()]);
      const failed = closed.find((c) => c.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}

/** A launched Chromium and whether it has gone: its process exited, or playwright's server for it closed. */
function watched(server: BrowserServer): { server: BrowserServer; closed(): boolean } {
  let closed = false;
  server.once('close', () => (closed = true));
  const proc = server.process();
  proc.once('exit', () => (closed = true));
  return { server, closed: () => closed || proc.exitCode !== null || proc.signalCode !== null };
}

/**
 * One part, started on first use and started again when it is found dead. Requests that arrive together share one
 * start: each waits on the chain before it, so only the first to find the part dead starts another.
 */
function keptAlive<T>(name: string, start: () => Promise<T>, alive: (part: T) => boolean, stop: (part: T) => Promise<unknown>) {
  let current: Promise<T> | undefined;
  let starts = 0;
  let lastError: unknown;
  const started: T[] = [];
  const fresh = async (): Promise<T> => {
    if (starts >= MAX_STARTS) throw new Error(`${name} was started ${starts} times in this run and is not started again; the last time: ${lastError instanceof Error ? lastError.message : String(lastError ?? 'it died')}`);
    starts++;
    try {
      const part = await start();
      started.push(part);
      return part;
    } catch (error) {
      lastError = error;
      throw error;
    }
  };
  return {
    get(): Promise<T> {
      current = current ? current.then((part) => (alive(part) ? part : fresh()), () => fresh()) : fresh();
      return current;
    },
    async close(): Promise<void> {
      await current?.catch(() => undefined);
      const stopped = await Promise.allSettled(started.map((part) => stop(part)));
      const failed = stopped.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}

/** Asks the broker for the run's page server and Chromium (called from a test file). */
export async function sharedPage(brokerUrl: string): Promise<SharedPage> {
  const res = await fetch(brokerUrl);
  if (!res.ok) throw new Error(`the shared page server or Chromium did not start: ${await res.text()}`);
  return (await res.json()) as SharedPage;
}

/** A test file's connection to the run's page server and Chromium, following them when the broker starts new ones. */
export interface SharedBrowser {
  /** The page server's origin as last answered. */
  readonly url: string;
  /** The connection as last made (it may have been lost since: `current()` makes it again). */
  readonly browser: Browser;
  /**
   * The page server and a connected browser, asking the broker again: after a crash or disconnect the broker has a new
   * Chromium (or server) and this connects to it.
   */
  current(): Promise<{ url: string; browser: Browser }>;
  /** Closes the contexts this file made and disconnects, leaving the browser up. */
  close(): Promise<void>;
}

/** Connects a test file to the run's page server and Chromium through the broker at `brokerUrl`. */
export async function sharedBrowser(brokerUrl: string): Promise<SharedBrowser> {
  let page = await sharedPage(brokerUrl);
  let browser = await connectBrowser(page.wsEndpoint);
  let reconnecting: Promise<void> | undefined;
  const reconnect = async () => {
    // The broker learns of a crash from Chromium's exit, which can come a moment after this file's connection drops.
    for (let attempt = 1; ; attempt++) {
      const next = await sharedPage(brokerUrl);
      try {
        const connected = next.wsEndpoint === page.wsEndpoint && browser.isConnected() ? browser : await connectBrowser(next.wsEndpoint);
        if (connected !== browser) await browser.close().catch(() => undefined);
        page = next;
        browser = connected;
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
      }
    }
  };
  return {
    get url() {
      return page.url;
    },
    get browser() {
      return browser;
    },
    async current() {
      await (reconnecting ??= reconnect().finally(() => (reconnecting = undefined)));
      return { url: page.url, browser };
    },
    close: () => browser.close(),
  };
}
