import { createServer, type Server } from 'node:http';
import type { BrowserServer } from 'playwright-core';
import type { ProvidedContext } from 'vitest';
import { launchBrowserServer } from './chromium.ts';
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

/**
 * One page server (`node src/main.ts` on the run's graph) and one Chromium for every browser test file of the run,
 * started by the first file that asks — a run with no browser test starts neither. Runs in the global setup's
 * process; test files ask over loopback HTTP because vitest gives workers no other way to call the main process.
 * The files share the server as users share one: each works on data under its own prefix, with its own tokens.
 */
export async function startSharedPageBroker(neo4j: ProvidedContext['neo4j']): Promise<SharedPageBroker> {
  let server: PageServer | undefined;
  let browser: BrowserServer | undefined;
  let started: Promise<SharedPage> | undefined;
  const start = async (): Promise<SharedPage> => {
    const [s, b] = await Promise.allSettled([startPageServer(neo4j), launchBrowserServer()]);
    if (s.status === 'fulfilled') server = s.value;
    if (b.status === 'fulfilled') browser = b.value;
    if (s.status === 'rejected') throw s.reason;
    if (b.status === 'rejected') throw b.reason;
    return { url: s.value.url, wsEndpoint: b.value.wsEndpoint() };
  };
  const http: Server = createServer((req, res) => {
    void (started ??= start()).then(
      (page) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page)),
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
      await started?.catch(() => undefined); // a start still under way is stopped too, not orphaned
      await Promise.all([browser?.close(), server?.close()]);
    },
  };
}

/** Asks the broker for the run's page server and Chromium (called from a test file). */
export async function sharedPage(brokerUrl: string): Promise<SharedPage> {
  const res = await fetch(brokerUrl);
  if (!res.ok) throw new Error(`the shared page server or Chromium did not start: ${await res.text()}`);
  return (await res.json()) as SharedPage;
}
