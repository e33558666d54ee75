import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IngestInput } from '../support/api-client.ts';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { axeViolations, reviewPageHarness, screenshot } from '../support/review-page-harness.ts';

const h = reviewPageHarness();

/** This file's screenshots are to be looked at (in .claimgraph/screenshots/), not shown in the docs. */
const shot = (page: Page, name: string) => screenshot(page, name, { docs: false });

interface Relation { id: string; kind: string; status: string; version: number; history: { action: string; editor: string }[]; other: { id: string; document: { id: string } } | null }
interface RelatedClaim { id: string; quote: string; related: Relation[] }

const ingest = async (token: string, input: IngestInput) => (await h.api.ingest(input, { token })).id;
const claimsOf = (documentId: string) =>
  h.api.claimsOf<RelatedClaim>(documentId, 'id quote related { id kind status version history { action editor } other { id document { id } } }');

describe('related claims in the claim panel (issue 19)', { timeout: 300_000 }, () => {
  it('shows the same figure from another document, in the other language, and an editor confirms and rejects relations from the page', async () => {
    const editor = uniquePrefix('rel-editor');
    const token = await testToken(h.graph, 'EDITOR', editor);
    const prefix = uniquePrefix('related');
    // Two documents of the test's own, one in English and one in Traditional Chinese, stating the same two figures:
    // reserves (a level reached) and the TGA, for the same week — values no other test writes.
    const en = await ingest(token, {
      title: `${prefix} en`,
      lang: 'en',
      published: '2025-10-16',
      text: `${prefix}. Bank reserves fell to $2.917 trillion in the week ending October 15, 2025, according to the Federal Reserve. The Treasury General Account stood at $912.3 billion on October 15, 2025.`,
    });
    const zh = await ingest(token, {
      title: `${prefix} 中文`,
      lang: 'zh-Hant',
      published: '2025-10-16',
      text: `${prefix}：截至2025年10月15日當週，銀行準備金降至2.917萬億美元。2025年10月15日，財政部TGA帳戶餘額為9123億美元。`,
    });

    // The matcher related them at ingest: find both relations through the API, as the page will.
    const enClaims = await claimsOf(en);
    const toZh = enClaims.flatMap((c) => c.related.filter((r) => r.other?.document.id === zh).map((r) => ({ claim: c, relation: r })));
    expect(toZh.map((x) => x.relation.kind)).toEqual(['SAME_FIGURE', 'SAME_FIGURE']);
    const reserves = toZh.find((x) => x.claim.quote.includes('2.917'))!;
    const tga = toZh.find((x) => x.claim.quote.includes('912.3'))!;
    expect(reserves && tga).toBeTruthy();
    expect([reserves.relation.status, tga.relation.status]).toEqual(['PENDING', 'PENDING']);

    // The English claim: its related claim is the Chinese one, with the relation and its status.
    const { context, page, outside } = await h.open(`/claims/${reserves.claim.id}`, { token, viewport: { width: 1440, height: 1000 } });
    await expect.poll(() => page.locator('.claim-panel').getAttribute('data-claim-id')).toBe(reserves.claim.id);
    const section = page.getByRole('region', { name: 'Related claims in other documents' });
    const item = section.locator(`li[data-relation="${reserves.relation.id}"]`);
    await item.waitFor();
    expect(await item.getAttribute('data-kind')).toBe('SAME_FIGURE');
    expect(await item.locator('.badge').textContent()).toContain('Same figure');
    expect(await item.locator('.relation-status').textContent()).toContain('candidate');
    const link = item.getByRole('link', { name: /2\.917萬億美元/ });
    expect(await link.getAttribute('lang')).toBe('zh-Hant');
    expect(await link.getAttribute('href')).toBe(`/claims/${reserves.relation.other!.id}`);
    // The arithmetic is one click away.
    await item.locator('summary', { hasText: 'Why' }).click();
    expect(await item.locator('details p').textContent()).toMatch(/2\.917 trillion.*agree within their rounding/);
    await section.scrollIntoViewIfNeeded();
    const enShot = await shot(page, 'related-claims-en');
    expect(await axeViolations(page)).toEqual([]);

    // Confirm from the page: the status, the history and the API agree.
    await item.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => item.getAttribute('data-status')).toBe('CONFIRMED');
    expect(await item.getByRole('button', { name: 'Confirm' }).count()).toBe(0);
    expect(await item.locator('.relation-history').textContent()).toContain(`confirmed by ${editor}`);
    await expect.poll(() => page.locator('.sr-status').textContent()).toContain('Confirmed: same figure relation.');
    const afterConfirm = (await claimsOf(en)).find((c) => c.id === reserves.claim.id)!.related.find((r) => r.id === reserves.relation.id)!;
    expect([afterConfirm.status, afterConfirm.version, afterConfirm.history.map((h) => `${h.action} ${h.editor}`)]).toEqual(['CONFIRMED', 2, [`CONFIRM ${editor}`]]);

    // Follow the link to the Chinese claim: the relation shows from its side, confirmed.
    await link.click();
    await expect.poll(() => page.locator('.claim-panel').getAttribute('data-claim-id')).toBe(reserves.relation.other!.id);
    // The relation keeps its id on both sides, so the English page's row matches too until the panel re-renders:
    // wait for the row that links back to the English claim, not for any row with this relation.
    const back = section.locator(`li[data-relation="${reserves.relation.id}"]`);
    const backLink = back.locator(`a[href="/claims/${reserves.claim.id}"]`);
    await backLink.waitFor();
    expect(await back.getAttribute('data-status')).toBe('CONFIRMED');
    expect(await backLink.getAttribute('lang')).toBe('en');

    // The Chinese TGA claim: reject its relation from the page.
    await page.goto(`${h.url}/claims/${tga.relation.other!.id}`);
    await expect.poll(() => page.locator('.claim-panel').getAttribute('data-claim-id')).toBe(tga.relation.other!.id);
    const tgaItem = section.locator(`li[data-relation="${tga.relation.id}"]`);
    await tgaItem.waitFor();
    await section.scrollIntoViewIfNeeded();
    const zhShot = await shot(page, 'related-claims-zh');
    expect(await axeViolations(page)).toEqual([]);
    await tgaItem.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => tgaItem.getAttribute('data-status')).toBe('REJECTED');
    expect(await tgaItem.locator('.relation-history').textContent()).toContain(`rejected by ${editor}`);
    const afterReject = (await claimsOf(en)).find((c) => c.id === tga.claim.id)!.related.find((r) => r.id === tga.relation.id)!;
    expect([afterReject.status, afterReject.history.map((h) => h.action)]).toEqual(['REJECTED', ['DISCARD']]);
    expect(await axeViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
    process.stderr.write(`related-claims screenshots: ${enShot} ${zhShot}\n`);
  });

  it('a stale decision is a CONFLICT the page reports, and reloads the relation as decided', async () => {
    const token = await testToken(h.graph, 'EDITOR', uniquePrefix('rel-first'));
    const prefix = uniquePrefix('related-conflict');
    const en = await ingest(token, { title: `${prefix} en`, lang: 'en', published: '2025-10-09', text: `${prefix}. Bank reserves were $2.963 trillion in the week ending October 8, 2025.` });
    const zh = await ingest(token, { title: `${prefix} 中文`, lang: 'zh-Hant', published: '2025-10-09', text: `${prefix}：截至2025年10月8日當週，銀行準備金為2.963萬億美元。` });
    const pair = (await claimsOf(en)).flatMap((c) => c.related.filter((r) => r.other?.document.id === zh).map((r) => ({ claim: c, relation: r })))[0]!;
    expect(pair.relation.kind).toBe('SAME_FIGURE');

    const { context, page } = await h.open(`/claims/${pair.claim.id}`, { token, viewport: { width: 1280, height: 900 } });
    const item = page.locator(`li[data-relation="${pair.relation.id}"]`);
    await item.waitFor();
    // Another editor rejects it while this page still shows version 1.
    const other = await h.api.post('mutation($input: ClaimRelationDecisionInput!) { rejectClaimRelation(input: $input) { id } }', { input: { id: pair.relation.id, expectedVersion: 1 } }, await testToken(h.graph, 'EDITOR', uniquePrefix('rel-second')));
    expect(other.errors).toBeUndefined();
    await item.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'another editor decided this relation first' }).count()).toBe(1);
    await expect.poll(() => item.getAttribute('data-status')).toBe('REJECTED');
    await context.close();
  });
});
