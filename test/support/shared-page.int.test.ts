import { createServer, type Server } from 'node:http';
import type { BrowserServer } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowserServer } from './chromium.ts';
import type { PageServer } from './page-server.ts';
import { MAX_STARTS, sharedBrowser, sharedPage, startSharedPageBroker, type SharedBrowser, type SharedPageBroker } from './shared-page.ts';

// The broker is the run's one Chromium and page server for every browser test file: a crash must not fail every file
// after it. These tests use a broker of their own (their own Chromium, a tiny page server), so killing its browser
// cannot touch the run's, which other files are using at the same time.

/** A page server that serves one page naming itself, in place of the real server (not what is tested here). */
async function tinyPageServer(name: string): Promise<PageServer> {
  const http: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>${name}</title>`));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  let open = true;
  return {
    url: `http://127.0.0.1:${(http.address() as { port: number }).port}`,
    log: () => '',
    alive: () => open,
    close: async () => {
      open = false;
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

const neo4j = { uri: 'bolt://unused', provider: 'unused' };
const brokers: SharedPageBroker[] = [];
const files: SharedBrowser[] = [];
afterAll(async () => {
  await Promise.allSettled(files.map((f) => f.close()));
  await Promise.allSettled(brokers.map((b) => b.close()));
});

/** What a page at the shared server shows through a file's connection as it is now. */
async function titleOpened(file: SharedBrowser): Promise<string> {
  const { url, browser } = await file.current();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.title();
  } finally {
    await context.close();
  }
}

describe('the shared browser is no single point of failure (house: a crash failed every later browser file)', { timeout: 180_000 }, () => {
  it('after Chromium is killed, the next page opens — in the same file and in the next one — on a Chromium started again', async () => {
    const launched: BrowserServer[] = [];
    const servers: PageServer[] = [];
    const broker = await startSharedPageBroker(neo4j, {
      startServer: async () => {
        const s = await tinyPageServer(`server ${servers.length + 1}`);
        servers.push(s);
        return s;
      },
      launchBrowser: async () => {
        const b = await launchBrowserServer();
        launched.push(b);
        return b;
      },
    });
    brokers.push(broker);
    const first = await sharedBrowser(broker.url);
    files.push(first);
    expect(await titleOpened(first)).toBe('server 1');

    // A crash: the browser process dies under the file's connection.
    process.kill(launched[0]!.process().pid!, 'SIGKILL');
    await expect.poll(() => first.browser.isConnected(), { timeout: 30_000 }).toBe(false);
    expect(await titleOpened(first)).toBe('server 1');
    expect(launched).toHaveLength(2);

    // The next file connects to the new one; the broker does not start a third while it lives.
    const next = await sharedBrowser(broker.url);
    files.push(next);
    expect(await titleOpened(next)).toBe('server 1');
    expect(launched).toHaveLength(2);

    // A browser closed rather than crashed is started again too.
    await launched[1]!.close();
    expect(await titleOpened(next)).toBe('server 1');
    expect(launched).toHaveLength(3);

    // So is a page server that has exited: the files follow it to its new address.
    await servers[0]!.close();
    expect(await titleOpened(first)).toBe('server 2');
    expect(first.url).toBe(servers[1]!.url);
  });

  it('a start that failed is tried again by the next file, and a part that keeps failing fails fast', async () => {
    let launches = 0;
    const broker = await startSharedPageBroker(neo4j, {
      startServer: () => tinyPageServer('retried'),
      launchBrowser: async () => {
        launches++;
        if (launches === 1) throw new Error('Chromium timed out (a loaded machine)');
        return launchBrowserServer();
      },
    });
    brokers.push(broker);
    await expect(sharedPage(broker.url)).rejects.toThrow(/timed out/);
    const file = await sharedBrowser(broker.url);
    files.push(file);
    expect(await titleOpened(file)).toBe('retried');

    const failing = await startSharedPageBroker(neo4j, {
      startServer: () => tinyPageServer('never'),
      launchBrowser: async () => {
        throw new Error('no chromium here');
      },
    });
    brokers.push(failing);
    for (let i = 0; i < MAX_STARTS; i++) await expect(sharedPage(failing.url)).rejects.toThrow(/no chromium here/);
    await expect(sharedPage(failing.url)).rejects.toThrow(new RegExp(`started ${MAX_STARTS} times .* no chromium here`));
  });
});
