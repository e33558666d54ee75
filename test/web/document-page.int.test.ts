import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api as call, axeViolations, launchBrowser, offlineOnly, screenshot, startServer } from './browser.ts';

const SEED_DOC = 'doc-e9186e0b';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await call<T>(server.url, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function openPage(path: string): Promise<{ page: Page; outside: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const outside = await offlineOnly(page, server.url);
  await page.goto(`${server.url}${path}`);
  return { page, outside };
}

describe('document view', () => {
  it('highlights every claim of the seed document exactly over its quote, with nothing fetched from elsewhere', async () => {
    const { document } = await api<{ document: { text: string; claims: { id: string; quote: string; span: { start: number; end: number } }[] } }>(
      `query($id: ID!) { document(id: $id) { text claims { id quote span { start end } } } }`,
      { id: SEED_DOC },
    );
    const { page, outside } = await openPage(`/documents/${SEED_DOC}`);
    await page.locator('.doc-text [data-claims]').first().waitFor();
    const highlighted = await page.evaluate(() => {
      const byClaim: Record<string, string> = {};
      for (const el of document.querySelectorAll<HTMLElement>('.doc-text [data-claims]')) {
        for (const id of (el.dataset['claims'] ?? '').split(' ')) byClaim[id] = (byClaim[id] ?? '') + el.textContent;
      }
      return byClaim;
    });
    expect(Object.keys(highlighted).sort()).toEqual(document.claims.map((c) => c.id).sort());
    for (const c of document.claims) expect(highlighted[c.id], c.id).toBe(c.quote);
    // The text outside the marks is the document's text, unchanged.
    const shown = await page.locator('.doc-text .text').evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      for (const m of clone.querySelectorAll('.mark')) m.remove();
      return clone.textContent;
    });
    expect(shown).toBe(document.text);
    expect(outside).toEqual([]);
    await screenshot(page, 'document-view');
    await page.context().close();
  });

  it('has no WCAG 2.1 AA violations, with a claim open', async () => {
    const { page } = await openPage(`/documents/${SEED_DOC}`);
    await page.locator('.doc-text [data-claims]').first().waitFor();
    await page.keyboard.press('j');
    await page.locator('.claim-panel').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'claim-panel');
    await page.context().close();
  });
});
