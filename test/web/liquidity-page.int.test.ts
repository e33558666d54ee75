import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, axeViolations, launchBrowser, offlineOnly, screenshot, startServer } from './browser.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Sim { minimumReserves: number; minimumWeek: string; crossings: { name: string; crossed: boolean; week: string | null; atStart: boolean }[]; attribution: { driver: string; change: number }[] }
const SIM = `query($name: String, $definition: String) { simulate(name: $name, definition: $definition) { minimumReserves minimumWeek crossings { name crossed week atStart } attribution { driver change } } }`;
const bn = (v: number) => `${v.toLocaleString('en', { maximumFractionDigits: 1 })} bn USD`;

async function shown(page: Page) {
  return {
    min: await page.getByTestId('min-reserves').textContent(),
    week: await page.getByTestId('min-week').textContent(),
    crossings: await page.locator('table.crossings tbody tr').evaluateAll((rows) => rows.map((r) => [(r as HTMLElement).dataset['threshold'], r.querySelector('.crossed')?.textContent])),
    attribution: await page.locator('table.attribution tbody tr').evaluateAll((rows) => rows.map((r) => [(r as HTMLElement).dataset['driver'], r.querySelector('.num')?.textContent])),
  };
}
const expected = (s: Sim) => ({
  min: bn(s.minimumReserves),
  week: s.minimumWeek,
  crossings: s.crossings.map((c) => [c.name, c.crossed ? (c.atStart ? 'below at the start' : c.week) : 'not crossed']),
  attribution: s.attribution.map((a) => [a.driver, bn(a.change)]),
});

describe('liquidity view', { timeout: 240_000 }, () => {
  it('runs a shipped scenario and an adjusted one exactly as simulate does', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 1100 } })).newPage();
    const outside = await offlineOnly(page, server.url);
    await page.goto(`${server.url}/liquidity`);
    await page.getByTestId('min-reserves').waitFor();
    const name = await page.getByLabel('Scenario', { exact: true }).inputValue();
    const shipped = await api<{ simulate: Sim }>(server.url, SIM, { name });
    expect(shipped.errors).toBeUndefined();
    expect(await shown(page)).toEqual(expected(shipped.data!.simulate));
    await page.locator('.chart canvas').first().waitFor();
    await screenshot(page, 'liquidity-view');
    expect(await axeViolations(page)).toEqual([]);

    // Adjust one driver on the page; the API runs the same definition with the same change.
    const { data } = await api<{ scenarios: { name: string; definition: string }[] }>(server.url, `{ scenarios { name definition } }`);
    const def = JSON.parse(data!.scenarios.find((s) => s.name === name)!.definition) as { drivers: { issuance: { perWeek: number } } };
    def.drivers.issuance.perWeek = def.drivers.issuance.perWeek * 2;
    await page.getByLabel('issuance.perWeek').fill(String(def.drivers.issuance.perWeek));
    await page.getByRole('button', { name: 'Run with these drivers' }).click();
    await page.locator('h3', { hasText: 'adjusted drivers' }).waitFor();
    const adjusted = await api<{ simulate: Sim }>(server.url, SIM, { definition: JSON.stringify(def) });
    expect(adjusted.errors).toBeUndefined();
    expect(adjusted.data!.simulate.minimumReserves).not.toBe(shipped.data!.simulate.minimumReserves);
    expect(await shown(page)).toEqual(expected(adjusted.data!.simulate));
    expect(outside).toEqual([]);
    await page.context().close();
  });
});
