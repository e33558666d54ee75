import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, reviewPageHarness, screenshot } from '../support/review-page-harness.ts';

const h = reviewPageHarness();

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
    const { page, outside } = await h.open('/liquidity', { viewport: { width: 1440, height: 1100 } });
    await page.getByTestId('min-reserves').waitFor();
    const name = await page.getByLabel('Scenario', { exact: true }).inputValue();
    const shipped = await h.api.post<{ simulate: Sim }>(SIM, { name });
    expect(shipped.errors).toBeUndefined();
    expect(await shown(page)).toEqual(expected(shipped.data!.simulate));
    await page.locator('.chart canvas').first().waitFor();
    await screenshot(page, 'liquidity-view');
    expect(await axeViolations(page)).toEqual([]);

    // Adjust one driver on the page; the API runs the same definition with the same change.
    const { data } = await h.api.post<{ scenarios: { name: string; definition: string }[] }>(`{ scenarios { name definition } }`);
    const def = JSON.parse(data!.scenarios.find((s) => s.name === name)!.definition) as { drivers: { issuance: { perWeek: number } } };
    def.drivers.issuance.perWeek = def.drivers.issuance.perWeek * 2;
    await page.getByLabel('issuance.perWeek').fill(String(def.drivers.issuance.perWeek));
    await page.getByRole('button', { name: 'Run with these drivers' }).click();
    await page.locator('h3', { hasText: 'adjusted drivers' }).waitFor();
    const adjusted = await h.api.post<{ simulate: Sim }>(SIM, { definition: JSON.stringify(def) });
    expect(adjusted.errors).toBeUndefined();
    expect(adjusted.data!.simulate.minimumReserves).not.toBe(shipped.data!.simulate.minimumReserves);
    expect(await shown(page)).toEqual(expected(adjusted.data!.simulate));
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('shows an as-announced run with its bands, crossing chances, sources and scores, as the API gives them', async () => {
    const name = 'as-announced-2025-10-29';
    const { page, outside } = await h.open(`/liquidity?scenario=${name}`, { viewport: { width: 1440, height: 1400 } });
    await page.getByTestId('end-band').waitFor();
    expect(await page.getByLabel('Scenario', { exact: true }).inputValue()).toBe(name);
    const r = await h.api.post<{ simulate: { weeks: string[]; reserves: number[]; band: { reservesLower: number[]; reservesUpper: number[] }; crossings: { name: string; probability: number }[]; scores: { measure: string; horizon: number; recorded: number | null }[]; record: { tga: { series: string }[] } } }>(
      `query($name: String) { simulate(name: $name) { weeks reserves band { reservesLower reservesUpper } crossings { name probability } scores { measure horizon recorded } record { tga { series } } } }`,
      { name },
    );
    const s = r.data!.simulate;
    const last = s.reserves.length - 1;
    expect(await page.getByTestId('end-band').textContent()).toBe(
      `At the end, week of ${s.weeks[last]}: reserves ${bn(s.reserves[last]!)}, 80% band ${bn(s.band.reservesLower[last]!)} to ${bn(s.band.reservesUpper[last]!)}.`,
    );
    const chances = await page.locator('table.crossings tbody tr .chance').allTextContents();
    expect(chances.map((c) => c.replace(/ \(likeliest.*$/, ''))).toEqual(s.crossings.map((c) => (c.probability > 0 && c.probability < 0.01 ? 'under 1%' : `${Math.round(c.probability * 100)}%`)));
    expect(await page.locator('ul.announcements li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('ul.announcements li a').first().getAttribute('href')).toMatch(/^https:/);
    expect(await page.locator('table.scores tbody tr').count()).toBe(s.scores.filter((x) => x.recorded !== null).length);
    await page.locator('.chart canvas').first().waitFor();
    // The TGA's record line is the model's record: WTREGEN, then (past its shipped end) the DTS week average, both named.
    const sources = [...new Set(s.record.tga.map((w) => w.series))];
    expect(sources).toEqual(['FRED:WTREGEN', 'TREASURY:DTS_TGA_CLOSE']);
    const tgaLegend = await page.locator('figure.chart', { hasText: 'Treasury General Account' }).locator('.u-legend .u-label').allTextContents();
    expect(tgaLegend).toContain('record (FRED:WTREGEN, then TREASURY:DTS_TGA_CLOSE, week averages)');
    await screenshot(page, 'liquidity-as-announced');
    expect(await axeViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  // Issue 23: the three defects a new user met on this page, each failing before its fix.
  it('issuance at 150 a week: the floor breach is stated, "largest in one week" is one week, and the fiscal label reads with its sign', async () => {
    // The case: QE4 in early 2026 with issuance at 150 a week headlined "Minimum reserves −1,861 bn".
    const { page } = await h.open('/liquidity?scenario=qe4-early-2026', { viewport: { width: 1440, height: 1100 } });
    await page.getByTestId('min-reserves').waitFor();
    await page.getByLabel('issuance.perWeek').fill('150');
    await page.getByRole('button', { name: 'Run with these drivers' }).click();
    await page.getByTestId('floor-breach').waitFor();
    const headline = (await page.getByTestId('floor-breach').textContent())!;
    expect(headline).toContain("breaks the model's floor");
    expect(await page.getByTestId('min-reserves').count()).toBe(0);
    expect(await page.locator('.panel').textContent()).not.toMatch(/Minimum reserves\s*−/);
    // No negative number is stated as a reserves level anywhere in the summary.
    expect(await page.locator('.panel p.result').allTextContents()).not.toContainEqual(expect.stringMatching(/reserves -|reserves −/));
    const weekly = await page.locator('table.attribution tbody tr[data-driver="issuance"] .weekly').textContent();
    const total = await page.locator('table.attribution tbody tr[data-driver="issuance"] .num').first().textContent();
    expect(weekly).not.toBe(total);
    // The scenario's ON RRP pays half of the first weeks' sales: one week drains at most 150 bn.
    expect(Math.abs(Number(weekly!.split(' bn')[0]!.replace(/[,−]/g, '')))).toBeLessThanOrEqual(150);
    const fiscal = page.locator('table.attribution tbody tr[data-driver="fiscal"]');
    expect(await fiscal.locator('td').first().textContent()).toBe('Federal outlays − receipts');
    // Outlays (134 a week) exceed receipts (100): the label's quantity is positive, and so is its effect on reserves.
    expect(await fiscal.locator('.num').first().textContent()).not.toMatch(/^[−-]/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId('floor-breach').scrollIntoViewIfNeeded();
    await screenshot(page, 'liquidity-floor-breach');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

