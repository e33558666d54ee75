import { describe, expect, it } from 'vitest';
import { axeViolations, reviewPageHarness, screenshot } from '../support/review-page-harness.ts';

const h = reviewPageHarness();
const open = (path: string) => h.open(path, { viewport: { width: 1440, height: 1000 } });

describe('chains view', { timeout: 240_000 }, () => {
  it('lists the same chains and hops as trace, strongest first, and opens a hop with its quote', async () => {
    const r = await h.api.post<{ trace: { links: { id: string }[]; accountingBackedHops: string[] }[] }>(
      `{ trace(from: "政府停擺", to: "cross-asset selloff", maxHops: 6, first: 10) { links { id } accountingBackedHops } }`,
    );
    expect(r.errors).toBeUndefined();
    const expected = r.data!.trace.map((p) => p.links.map((l) => l.id));
    expect(expected.length).toBeGreaterThan(0);
    const { page, outside } = await open('/chains');
    await page.locator('.chains .chain').first().waitFor();
    const shown = await page.locator('.chains .chain').evaluateAll((chains) =>
      chains.map((c) => [...c.querySelectorAll<HTMLElement>('.hop')].map((h) => h.dataset['linkId'])),
    );
    expect(shown).toEqual(expected);
    const backedShown = await page.locator('.chains .chain').evaluateAll((chains) =>
      chains.map((c) => [...c.querySelectorAll<HTMLElement>('.hop')].filter((h) => h.querySelector('.backed')).map((h) => h.dataset['linkId'])),
    );
    expect(backedShown).toEqual(r.data!.trace.map((p) => p.links.map((l) => l.id).filter((id) => p.accountingBackedHops.includes(id))));

    const first = expected[0]?.[0] as string;
    const link = await h.api.post<{ causalLink: { quote: string } }>(`query($id: ID!) { causalLink(id: $id) { quote } }`, { id: first });
    await page.locator(`.chains .hop[data-link-id="${first}"]`).first().click();
    await page.locator(`.link-panel[data-link-id="${first}"]`).waitFor();
    expect(await page.locator('.link-panel .quote').textContent()).toBe(link.data!.causalLink.quote);
    expect(new URL(page.url()).pathname).toBe(`/causal-links/${first}`);
    await page.evaluate(() => document.querySelector('.graph-canvas')?.scrollIntoView());
    await screenshot(page, 'chains-view');
    expect(await axeViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('offers factors as you type, in either Chinese script or English', async () => {
    const { page } = await open('/chains');
    for (const typed of ['政府停摆', '政府停擺', 'shutdown']) {
      const r = await h.api.post<{ factors: { name: string }[] }>(`query($s: String) { factors(search: $s) { name } }`, { s: typed });
      expect(r.data!.factors.map((f) => f.name)).toContain('US government shutdown');
      await page.getByLabel('From factor').fill(typed);
      await expect.poll(() => page.locator('#trace-from-list option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toContain('US government shutdown');
    }
    await page.context().close();
  });

  it('expands downstream of a factor hop by hop, as downstream(maxHops) does', async () => {
    const { page } = await open('/chains');
    await page.getByLabel('Factor', { exact: true }).fill('TGA');
    await page.getByRole('button', { name: 'Explore 1 hop' }).click();
    await page.getByRole('button', { name: 'Expand to 2 hops' }).click();
    await page.locator('#hood-h', { hasText: '2 hops' }).waitFor();
    const r = await h.api.post<{ downstream: { links: { id: string }[] } }>(`{ downstream(factor: "TGA", maxHops: 2) { links { id } } }`);
    const shown = await page.locator('section[aria-labelledby="hood-h"] .hop').evaluateAll((hops) => hops.map((h) => (h as HTMLElement).dataset['linkId']));
    expect(shown.sort()).toEqual(r.data!.downstream.links.map((l) => l.id).sort());
    expect(shown.length).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('GraphiQL', { timeout: 240_000 }, () => {
  it('runs offline: every script, style and worker comes from our server', async () => {
    const { page, outside } = await open('/graphql');
    await page.locator('.graphiql-container').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
    await screenshot(page, 'graphiql');
    await page.context().close();
  });
});
