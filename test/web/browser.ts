import { mkdir, copyFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject, vi } from 'vitest';
import { ROOT } from '../../src/web/build-page.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.ts';

// Polled assertions wait for a browser on a loaded machine (the default is one second).
vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });

export { CHROMIUM, CHROMIUM_ARGS };

/**
 * Headless Chromium whose contexts wait up to 60 s for the page: the whole suite shares two cores,
 * so a cold page can take far longer than on a desk.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(60_000);
    return context;
  };
  return browser;
}

/**
 * The real server — `npm start`'s entry point (GraphQL, SSE, exports, the page) — in its own process
 * on a free loopback port, pointed at the run's Neo4j (seeded by the global setup).
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<{ url: string; close(): Promise<void>; log(): string }> {
  const n = inject('neo4j');
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] === 'debug' ? 'debug' : 'info',
    NEO4J_URI: n.uri,
    NEO4J_USERNAME: n.username ?? 'neo4j',
    NEO4J_PASSWORD: n.password ?? '',
    NEO4J_DATABASE: n.database ?? '',
    SEED_ON_START: 'false',
    ...extraEnv,
  };
  for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
  const child = spawn(process.execPath, [join(ROOT, 'src', 'main.ts')], { env, cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 120 s:\n${log}`)), 120_000);
    child.stderr.on('data', (d: Buffer) => {
      log += d.toString();
      const m = /claimgraph API at (http:\/\/\S+)\/graphql/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    log: () => log,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    },
  };
}

/** One GraphQL request to the running server; throws on errors unless `allowErrors`. */
export async function api<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
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
