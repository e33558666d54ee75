import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCausalFixture } from '../support/fixtures.ts';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { axeViolations, reviewPageHarness, screenshot } from '../support/review-page-harness.ts';

const h = reviewPageHarness();

interface Claim { id: string; quote: string; status: string; version: number; reviews: { editor: string; toStatus: string; rationale: string | null; evidence: { url: string | null }[] }[] }

const claimsOf = (documentId: string) => h.api.claimsOf<Claim>(documentId, 'id quote status version reviews { editor toStatus rationale evidence { url } }');

/** A document of the test's own (ingested through the API), so reviews never touch the seed. */
async function ingestOwn(token: string, name: string): Promise<{ documentId: string; claims: Claim[] }> {
  const prefix = uniquePrefix(name);
  const text = `${prefix}：美國國債約38萬億美元，標普500指數下跌18%-25%，銀行準備金跌破2.8萬億美元。`;
  const { id: documentId } = await h.api.ingest({ text, title: prefix }, { token });
  return { documentId, claims: await claimsOf(documentId) };
}

async function editorPage(token: string, path: string) {
  const opened = await h.open(path, { token });
  await opened.page.locator('.doc-text [data-claims]').first().waitFor();
  return opened;
}

describe('review on the page', { timeout: 240_000 }, () => {
  it('records a verdict with the keyboard alone, and the API has it', async () => {
    const token = await testToken(h.graph, 'EDITOR', uniquePrefix('kbd-editor'));
    const { documentId, claims } = await ingestOwn(token, 'kbd');
    const target = claims[0] as Claim;
    const { context, page } = await editorPage(token, `/documents/${documentId}`);
    await page.keyboard.press('j'); // first claim
    await page.locator(`.claim-panel[data-claim-id="${target.id}"]`).waitFor();
    await page.keyboard.press('3'); // VERIFIED
    await page.keyboard.press('Escape'); // leave the status select
    await page.keyboard.press('r');
    await page.keyboard.type('Matches the Treasury figure for the date cited.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('e');
    await page.keyboard.type('https://fiscaldata.treasury.gov/datasets/debt-to-the-penny/debt-to-the-penny');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Debt to the Penny');
    await page.keyboard.press('Control+Enter');
    await page.locator('.claim-panel .history li').first().waitFor();
    await screenshot(page, 'review-saved');
    const after = (await claimsOf(documentId)).find((c) => c.id === target.id) as Claim;
    expect(after.status).toBe('VERIFIED');
    expect(after.version).toBe(target.version + 1);
    expect(after.reviews.at(-1)?.rationale).toBe('Matches the Treasury figure for the date cited.');
    expect(after.reviews.at(-1)?.evidence.map((e) => e.url)).toEqual(['https://fiscaldata.treasury.gov/datasets/debt-to-the-penny/debt-to-the-penny']);
    // The mark in the text shows the new status without a reload.
    await expect.poll(() => page.locator(`[data-mark-for="${target.id}"]`).textContent()).toBe('✓');

    // The ClaimReview export's url is the page's view of this claim, at this review.
    const exported = await h.api.post<{ exportGraph: { content: string } }>(`query($d: ID!) { exportGraph(format: "claimreview", scope: { document: $d }) { content } }`, { d: documentId });
    const reviews = JSON.parse(exported.data!.exportGraph.content) as { url: string }[] | { '@graph': { url: string }[] };
    const list = Array.isArray(reviews) ? reviews : reviews['@graph'];
    const url = new URL(list.find((r) => r.url.includes(target.id))!.url);
    expect(url.pathname).toBe(`/claims/${target.id}`);
    await page.goto(`${h.url}${url.pathname}${url.hash}`);
    await page.locator(`.claim-panel[data-claim-id="${target.id}"]`).waitFor();
    expect(await page.locator(`.claim-panel ${url.hash}`).count()).toBe(1);
    await context.close();
  });

  it('shortcuts stay off while typing; ? lists them', async () => {
    const token = await testToken(h.graph);
    const { documentId, claims } = await ingestOwn(token, 'typing');
    const { context, page } = await editorPage(token, `/documents/${documentId}`);
    await page.keyboard.press('j');
    await page.locator('.claim-panel').waitFor();
    await page.keyboard.press('r');
    await page.keyboard.type('j3s k');
    expect(await page.locator('.review-form textarea').inputValue()).toBe('j3s k');
    // Still on the first claim, status unchanged, nothing saved.
    expect(await page.locator('.claim-panel').getAttribute('data-claim-id')).toBe(claims[0]?.id);
    expect((await claimsOf(documentId))[0]?.version).toBe(claims[0]?.version);
    // Out of the field, `?` lists the shortcuts; Esc closes the list.
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('next claim');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await context.close();
  });

  it('two pages see each other’s reviews live; the same expectedVersion from both gives one save and one CONFLICT, and the draft is kept', async () => {
    const [tokenA, tokenB] = await Promise.all([testToken(h.graph, 'EDITOR', uniquePrefix('ada')), testToken(h.graph, 'EDITOR', uniquePrefix('bo'))]);
    const { documentId, claims } = await ingestOwn(tokenA, 'live');
    const target = claims[1] as Claim;
    const a = await editorPage(tokenA, `/claims/${target.id}`);
    const b = await editorPage(tokenB, `/claims/${target.id}`);
    for (const p of [a.page, b.page]) {
      await p.locator(`.claim-panel[data-claim-id="${target.id}"]`).waitFor();
      await p.locator('.live-dot.on').waitFor();
    }
    const fill = async (page: Page, status: string, rationale: string, url: string) => {
      await page.locator('.review-form select').first().selectOption(status);
      await page.locator('.review-form textarea').fill(rationale);
      await page.getByLabel('Evidence URL').fill(url);
      await page.getByLabel('Title', { exact: true }).fill('Evidence');
    };
    // B starts a draft on the version both saw; A saves first.
    await fill(b.page, 'FALSE', 'The index fell by less than that.', 'https://example.org/b');
    await fill(a.page, 'DISPUTED', 'Sources disagree on the size of the fall.', 'https://example.org/a');
    await a.page.getByRole('button', { name: 'Save review' }).click();
    // B sees A's review without a reload: the mark changes, and it is announced politely.
    await expect.poll(() => b.page.locator(`[data-mark-for="${target.id}"]`).textContent(), { timeout: 15_000 }).toBe('⇄');
    await expect.poll(() => b.page.locator('.sr-status').textContent()).toContain('Disputed');
    expect(await b.page.locator('.sr-status').getAttribute('aria-live')).toBe('polite');
    await b.page.getByRole('button', { name: 'Save review' }).click();
    await b.page.locator('.conflict').waitFor();
    expect(await b.page.locator('.conflict').textContent()).toContain('CONFLICT');
    expect(await b.page.locator('.review-form textarea').inputValue()).toBe('The index fell by less than that.');
    await screenshot(b.page, 'review-conflict');
    expect(await axeViolations(b.page)).toEqual([]);
    const after = (await claimsOf(documentId)).find((c) => c.id === target.id) as Claim;
    expect(after.version).toBe(target.version + 1);
    expect(after.reviews.map((r) => r.toStatus)).toEqual(['DISPUTED']);
    expect(a.outside.concat(b.outside)).toEqual([]);
    await a.context.close();
    await b.context.close();
  });

  it('confirms an extracted causal link with a corrected polarity, and discards a claim candidate', async () => {
    const token = await testToken(h.graph);
    // Factors of the test's own, so a confirmed link never joins the seed's chains.
    const prefix = uniquePrefix('cand');
    const [alpha, beta] = [`${prefix} alpha`, `${prefix} beta`];
    await loadCausalFixture(h.graph, [{ id: `${prefix}-a`, name: alpha }, { id: `${prefix}-b`, name: beta }], []);
    const text = `In ${prefix}, the ${alpha} leads to the ${beta} to rise by about $200 billion.`;
    const doc = await h.api.ingest<{ id: string; claims: { id: string; version: number }[]; causalLinks: { id: string; polarity: string; version: number }[] }>(
      { text, title: prefix },
      { token, documentFields: 'id claims { id version } causalLinks { id polarity version }' },
    );
    const link = doc.causalLinks[0];
    expect(link, 'the extractor proposes the shutdown → TGA link').toBeDefined();
    const flipped = link!.polarity === 'INCREASES' ? 'DECREASES' : 'INCREASES';

    const { context, page } = await h.open(`/documents/${doc.id}`, { token });
    await page.locator('.doc-links summary').click();
    await page.locator('.doc-links a').first().click();
    await page.locator(`.link-panel[data-link-id="${link!.id}"]`).waitFor();
    await page.getByLabel('Polarity').selectOption(flipped);
    await page.getByLabel('Reason (for the history)').fill('The text says the balance rises; polarity checked by hand.');
    await page.getByRole('button', { name: 'Confirm candidate' }).click();
    await page.locator('.link-panel .history li').first().waitFor();
    await expect.poll(async () => (await h.api.post<{ causalLink: { candidate: string } }>(`query($id: ID!) { causalLink(id: $id) { candidate } }`, { id: link!.id })).data?.causalLink.candidate).toBe('CONFIRMED');
    const after = await h.api.post<{ causalLink: { polarity: string; version: number } }>(`query($id: ID!) { causalLink(id: $id) { polarity version } }`, { id: link!.id });
    expect(after.data!.causalLink).toEqual({ polarity: flipped, version: link!.version + 1 });
    expect(await page.locator('.link-panel .candidate').count()).toBe(0);

    const claim = doc.claims[0];
    await page.goto(`${h.url}/claims/${claim!.id}`);
    await page.locator(`.claim-panel[data-claim-id="${claim!.id}"]`).waitFor();
    await page.getByRole('button', { name: 'Discard candidate' }).click();
    await expect.poll(async () => (await h.api.post<{ claim: { candidate: string } }>(`query($id: ID!) { claim(id: $id) { candidate } }`, { id: claim!.id })).data?.claim.candidate).toBe('DISCARDED');
    await context.close();
  });

  it('uses a check against the record as evidence in one step (reviewFromCheck)', async () => {
    const token = await testToken(h.graph);
    const prefix = uniquePrefix('fromcheck');
    const ingested = await h.api.ingest<{ id: string; claims: { id: string; version: number; checks: { verdict: string; series: { url: string } | null }[] }[] }>(
      { text: `${prefix}：2025年11月，美國銀行準備金跌破2.7萬億美元。`, title: prefix, published: '2025-11-28' },
      { token, documentFields: 'id claims { id version checks { verdict series { url } } }' },
    );
    const claim = ingested.claims.find((c) => c.checks.some((k) => k.series && k.verdict !== 'NOT_CHECKABLE'));
    expect(claim, 'the ingested reserves claim is checked against a series').toBeDefined();
    const check = claim!.checks.find((k) => k.series)!;
    const { context, page } = await h.open(`/claims/${claim!.id}`, { token });
    await page.locator(`.claim-panel[data-claim-id="${claim!.id}"] .check`).first().waitFor();
    await page.getByRole('button', { name: 'Use this check as evidence and save' }).click();
    await page.locator('.claim-panel .history li').first().waitFor();
    const after = await h.api.post<{ claim: { status: string; version: number; reviews: { evidence: { url: string | null }[] }[] } }>(`query($id: ID!) { claim(id: $id) { status version reviews { evidence { url } } } }`, { id: claim!.id });
    const expectedStatus = { CONSISTENT: 'VERIFIED', INCONSISTENT: 'FALSE', INCONCLUSIVE: 'UNVERIFIABLE' }[check.verdict as 'CONSISTENT'];
    expect(after.data!.claim.status).toBe(expectedStatus);
    expect(after.data!.claim.version).toBe(claim!.version + 1);
    expect(after.data!.claim.reviews.at(-1)?.evidence.map((e) => e.url)).toContain(check.series!.url);
    await context.close();
  });
});
