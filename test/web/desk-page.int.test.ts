import { describe, expect, it } from 'vitest';
import { measureMarks, type MeasureClaim } from '../../web/src/measure-marks.ts';
import { axeViolations, reviewPageHarness, screenshot } from '../support/review-page-harness.ts';

const h = reviewPageHarness();

const TALLIES = ['claims', 'checked', 'consistent', 'inconsistent', 'misleading', 'reviewed'] as const;
type Card = Record<(typeof TALLIES)[number], number>;

describe('the desk: documents and sources with their scorecards (issue 19)', { timeout: 300_000 }, () => {
  it('shows each document’s and source’s scorecard as the API computes it, sorts by any column, and passes axe', async () => {
    const { page, outside } = await h.open('/', { viewport: { width: 1440, height: 1000 } });
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Documents' }).click();
    await page.locator('#documents-table tbody tr, .desk-error').first().waitFor({ timeout: 180_000 });
    const deskError = page.locator('.desk-error');
    if (await deskError.count()) throw new Error(`the desk showed an error: ${await deskError.textContent()}`);
    expect(new URL(page.url()).pathname).toBe('/documents');
    await page.locator('#sources-table tbody tr').first().waitFor({ timeout: 180_000 });

    const { data, errors } = await h.api.post<{ documents: { edges: { node: { id: string; scorecard: Card } }[] }; sources: { id: string; scorecard: Card }[] }>(
      `{ documents(first: 200) { edges { node { id scorecard { ${TALLIES.join(' ')} } } } } sources { id scorecard { ${TALLIES.join(' ')} } } }`,
    );
    expect(errors).toBeUndefined();
    const rowsOf = (table: string) =>
      page.locator(`${table} tbody tr`).evaluateAll((rows, keys) =>
        rows.map((r) => ({ id: (r as HTMLElement).dataset['row']!, card: Object.fromEntries(keys.map((k) => [k, Number(r.querySelector(`td[data-key="${k}"]`)!.textContent)])) })),
        [...TALLIES],
      );
    const docs = await rowsOf('#documents-table');
    // Other test files ingest documents while this runs: compare the documents both saw.
    const apiDocs = new Map(data!.documents.edges.map((e) => [e.node.id, e.node.scorecard]));
    const seen = docs.filter((d) => apiDocs.has(d.id));
    expect(seen.map((d) => d.id)).toContain('doc-e9186e0b');
    for (const d of seen.filter((x) => x.id === 'doc-e9186e0b')) expect(d.card).toEqual(apiDocs.get(d.id));
    const seed = apiDocs.get('doc-e9186e0b')!;
    expect(seed.claims).toBeGreaterThan(10);
    expect(seed.checked).toBeGreaterThan(0);
    const sources = await rowsOf('#sources-table');
    const apiSources = new Map(data!.sources.map((s) => [s.id, s.scorecard]));
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources.filter((x) => x.id.startsWith('src-') && !x.id.startsWith('src-doc-'))) expect(s.card).toEqual(apiSources.get(s.id));

    // Sorting: a header button sorts, aria-sort says how, a second press reverses.
    const header = page.locator('#documents-table thead th[data-key="checked"]');
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const checkedDesc = (await rowsOf('#documents-table')).map((r) => r.card['checked']!);
    expect(checkedDesc).toEqual([...checkedDesc].sort((a, b) => b - a));
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const checkedAsc = (await rowsOf('#documents-table')).map((r) => r.card['checked']!);
    expect(checkedAsc).toEqual([...checkedAsc].sort((a, b) => a - b));
    expect(await page.locator('#documents-table thead th[aria-sort]').count()).toBe(1);
    // Keyboard: the header buttons are reachable and pressable.
    await page.locator('#documents-table thead th[data-key="title"] button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#documents-table thead th[data-key="title"]').getAttribute('aria-sort')).toBe('ascending');

    // The sources table sorts too: most claims first at first, then by any tally.
    expect(await page.locator('#sources-table thead th[data-key="claims"]').getAttribute('aria-sort')).toBe('descending');
    const sourceClaims = (await rowsOf('#sources-table')).map((r) => r.card['claims']!);
    expect(sourceClaims).toEqual([...sourceClaims].sort((a, b) => b - a));
    const reviewed = page.locator('#sources-table thead th[data-key="reviewed"]');
    await reviewed.getByRole('button').click();
    await expect.poll(() => reviewed.getAttribute('aria-sort')).toBe('descending');
    const reviewedDesc = (await rowsOf('#sources-table')).map((r) => r.card['reviewed']!);
    expect(reviewedDesc).toEqual([...reviewedDesc].sort((a, b) => b - a));
    expect(await page.locator('#sources-table thead th[aria-sort]').count()).toBe(1);

    await page.locator('#documents-table thead th[data-key="published"] button').click();
    await page.locator('#documents-table thead th[data-key="published"] button').click();
    await screenshot(page, 'documents-desk');
    expect(await axeViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});

/** The claims about a measure, with what the page reads of their checks (the page's own query, as the API answers it). */
async function measureClaims(factorId: string): Promise<{ factor: { claims: MeasureClaim[] } }> {
  const { data, errors } = await h.api.post<{ factor: { claims: MeasureClaim[] } }>(
    `query($id: ID!) { factor(id: $id) { claims { id quote status candidate document { id title language published }
       checks { verdict mode claimed recorded reading window { from to label } factor { id } quantity { surface unit } series { id } } } } }`,
    { id: factorId },
  );
  expect(errors).toBeUndefined();
  return data!;
}

describe('a measure’s view (issue 19)', { timeout: 300_000 }, () => {
  it('marks every claimed figure the API places for the measure, and a mark opens its claim', async () => {
    const factorId = 'f-bank-reserves';
    const data = await measureClaims(factorId);
    const { page, outside } = await h.open(`/measures/${factorId}`, { viewport: { width: 1440, height: 1100 } });
    await page.locator('.measure-chart canvas').waitFor();
    await page.locator('button.claim-mark').first().waitFor();
    // The record is drawn before the screenshot: the seed's reference series covers the window.
    await page.locator('.measure-chart[data-record-points]').waitFor({ timeout: 120_000 });
    expect(Number(await page.locator('.measure-chart').getAttribute('data-record-points'))).toBeGreaterThan(4);
    const expected = measureMarks(factorId, data.factor.claims).marks;
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const shown = await page.locator('button.claim-mark').evaluateAll((bs) => bs.map((b) => `${(b as HTMLElement).dataset['mark']}|${(b as HTMLElement).dataset['verdict']}|${(b as HTMLElement).dataset['status']}`));
    // Other tests ingest documents about reserves meanwhile: every mark the API placed is on the page.
    for (const m of expected) expect(shown).toContain(`${m.claimId}|${m.verdict}|${m.status}`);
    const rows = await page.locator('table.marks-table tbody tr').evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset['markRow']));
    expect(rows.length).toBe(shown.length);
    // Marks sit inside the plot, at distinct heights for distinct values.
    const box = (await page.locator('.measure-plot').boundingBox())!;
    for (const b of await page.locator('button.claim-mark').evaluateAll((bs) => bs.map((x) => x.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(b.x + b.width / 2).toBeGreaterThanOrEqual(box.x);
      expect(b.x + b.width / 2).toBeLessThanOrEqual(box.x + box.width);
      expect(b.y + b.height / 2).toBeGreaterThanOrEqual(box.y);
      expect(b.y + b.height / 2).toBeLessThanOrEqual(box.y + box.height);
    }
    await screenshot(page, 'measure-view');
    expect(await axeViolations(page)).toEqual([]);

    // A click opens the claim in the document view; the keyboard does the same.
    const first = expected[0]!;
    await page.locator(`button.claim-mark[data-mark="${first.claimId}"]`).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/claims/${first.claimId}`);
    await expect.poll(() => page.locator('.claim-panel').getAttribute('data-claim-id')).toBe(first.claimId);
    await page.goBack();
    const second = expected[expected.length - 1]!;
    await page.locator(`button.claim-mark[data-mark="${second.claimId}"]`).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/claims/${second.claimId}`);
    // The table, the marks' text twin, opens the claim too.
    await page.goBack();
    const row = page.locator('table.marks-table tbody tr').first();
    const rowClaim = await row.getAttribute('data-mark-row');
    await row.getByRole('link').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/claims/${rowClaim}`);
    await expect.poll(() => page.locator('.claim-panel').getAttribute('data-claim-id')).toBe(rowClaim);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  // The seed's "相當於每月從市場抽血3000億美元" (300 bn a month drained, a flow) was drawn at 0.3 trillion on the TGA's level
  // chart, far below the record's line, as if someone had claimed the balance was 300 bn.
  it('lists changes and flows beside the record’s move over their window, and draws none of them on the level chart', async () => {
    const factorId = 'f-tga-balance';
    const data = await measureClaims(factorId);
    const { marks, moves } = measureMarks(factorId, data.factor.claims);
    expect(moves.some((m) => m.mode === 'FLOW')).toBe(true);
    const { page, outside } = await h.open(`/measures/${factorId}`, { viewport: { width: 1440, height: 1100 } });
    await page.locator('table.moves-table tbody tr').first().waitFor({ timeout: 120_000 });
    const drawn = await page.locator('button.claim-mark').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset['mark']));
    const moveRows = await page.locator('table.moves-table tbody tr').evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset['moveRow']));
    for (const m of moves) expect(moveRows).toContain(m.claimId);
    // A claim may hold a level and a flow; only claims with no value-like check stay off the chart.
    for (const m of moves.filter((x) => !marks.some((k) => k.claimId === x.claimId))) expect(drawn).not.toContain(m.claimId);
    const flow = moves.find((m) => m.mode === 'FLOW')!;
    const row = page.locator(`table.moves-table tbody tr[data-move-row="${flow.claimId}"]`);
    await expect.poll(() => row.textContent()).toContain(`per ${flow.unit!.split('/')[1]}`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'measure-view-moves');
    await row.getByRole('link').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/claims/${flow.claimId}`);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});

describe('an address naming no measure', { timeout: 300_000 }, () => {
  it('says no measure is called that, and offers every measure with a record as a link to its view', async () => {
    const { data, errors } = await h.api.post<{ factors: { id: string; name: string; series: unknown[] }[] }>('{ factors { id name series { series { id } } } }');
    expect(errors).toBeUndefined();
    const withRecord = data!.factors.filter((f) => f.series.length > 0);
    expect(withRecord.map((f) => f.id)).toContain('f-bank-reserves');
    const { page, outside } = await h.open('/measures/bank-reserves', { viewport: { width: 1200, height: 900 } });
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 120_000 }).toBe('No measure is called bank-reserves.');
    const links = page.locator('.measure-unknown ul.measures a');
    await links.first().waitFor({ timeout: 120_000 });
    expect((await links.allTextContents()).sort()).toEqual(withRecord.map((f) => f.name).sort());
    // A link leads to the measure's own view.
    await links.filter({ hasText: withRecord.find((f) => f.id === 'f-bank-reserves')!.name }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/measures/f-bank-reserves');
    await page.locator('.measure h2').waitFor({ timeout: 120_000 });
    expect(await axeViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});
