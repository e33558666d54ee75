/**
 * Issue 18 on the page, in a real browser: MISLEADING has its own mark (⚠) and filter beside ≠, the check panel lists
 * each part with its evidence, and an editor corrects a claim's reading (factor, window) from the claim view, after
 * which the check re-runs and the history keeps who and why.
 */
import { describe, expect, it } from 'vitest';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { axeViolations, reviewPageHarness, screenshot } from '../support/review-page-harness.ts';

const h = reviewPageHarness();

describe('readings and MISLEADING on the page', { timeout: 240_000 }, () => {
  it('the seed\'s "soared to 980 billion but cannot be spent" is marked ⚠, filtered by it, and its parts shown', async () => {
    const { page, outside } = await h.open('/documents/doc-e9186e0b');
    await page.locator('.doc-text [data-misleading-for="e9186e0b-c013"]').waitFor();
    expect(await page.locator('.doc-text [data-misleading-for="e9186e0b-c013"]').textContent()).toBe('⚠');
    // The mark is not colour alone: the claim's button says so in words.
    expect(await page.locator('[data-mark-for="e9186e0b-c013"]').getAttribute('aria-label')).toMatch(/misleading/);
    // Named for the record's suggestion, so it is not read as the review status "! Misleading" beside it.
    expect(await page.locator('.misleading-toggle').textContent()).toContain('Record: misleading');
    await page.locator('.misleading-toggle').click();
    const shown = await page.locator('.doc-text [data-claims]').evaluateAll((els) => [...new Set(els.flatMap((e) => (e as HTMLElement).dataset['claims']!.split(' ')))]);
    expect(shown).toContain('e9186e0b-c013');
    expect(shown).not.toContain('e9186e0b-c006'); // INCONSISTENT, not misleading
    await page.locator('[data-mark-for="e9186e0b-c013"]').click();
    const part = page.locator('.claim-panel .check [data-part="FLOW_STOPPED"]');
    await part.waitFor();
    expect(await part.getAttribute('data-holds')).toBe('false');
    expect(await part.textContent()).toMatch(/trillion USD of withdrawals/);
    await screenshot(page, 'check-misleading');
    expect(await axeViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('an editor corrects the factor and date of a claim; the check re-runs and the history says who and why', async () => {
    const prefix = uniquePrefix('reading');
    const doc = `${prefix}-doc`;
    const claimId = `${prefix}-c1`;
    const text = '余额在10月30日升至9838.6亿美元。';
    await h.graph.write('test.readingPageDoc', (tx) =>
      tx.rows(
        'test.readingPageDoc',
        `CREATE (d:Document {id: $doc, title: $doc, language: 'zh-Hans', text: $text, published: '2025-11-20', origin: 'extracted'})
CREATE (c:Claim {id: $claim, quote: '余额在10月30日升至9838.6亿美元', start: 0, end: 19, kind: 'LEVEL', status: 'UNREVIEWED', version: 1, origin: 'extracted', documentId: $doc, searchText: $claim})
CREATE (q:Quantity {id: $claim + '-q1', surface: '9838.6亿美元', value: 983.86e9, unit: 'USD', position: 0, frameMode: 'LEVEL', frameTimeText: '10月30日', frameTimeSource: 'TEXT', frameWindowStart: '2025-10-30', frameWindowEnd: '2025-10-30'})
CREATE (c)-[:STATED_IN]->(d), (c)-[:HAS_QUANTITY]->(q)`,
        { doc, claim: claimId, text },
      ),
    );
    const token = await testToken(h.graph, 'EDITOR', uniquePrefix('reading-editor'));
    const { context, page } = await h.open(`/documents/${doc}`, { token });
    await page.locator(`[data-mark-for="${claimId}"]`).click();
    await page.locator('.claim-panel .check').first().waitFor();
    expect(await page.locator('.claim-panel .check .verdict').first().textContent()).toMatch(/Not checkable/);

    await page.locator('#r-factor').selectOption('f-tga-balance');
    await page.locator('#r-reason').fill('余额 is the TGA: the paragraph is about the Treasury account');
    await page.getByRole('button', { name: 'Save reading and re-check' }).click();
    await page.locator('.reading-history li').first().waitFor();
    await expect.poll(() => page.locator('.claim-panel .check .verdict').first().textContent()).toMatch(/Consistent with the record/);
    expect(await page.locator('.reading-history li').first().textContent()).toMatch(/TGA.*余额 is the TGA/);
    await screenshot(page, 'claim-reading');

    const r = await h.api.post<{ claim: { reading: { version: number; history: { editor: string; reason: string; factorId: string }[] }; checks: { verdict: string; window: { from: string } }[] } }>(
      'query($id: ID!) { claim(id: $id) { reading { version history { editor reason factorId } } checks { verdict window { from } } } }',
      { id: claimId },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.claim.reading.version).toBe(1);
    expect(r.data!.claim.reading.history[0]).toMatchObject({ factorId: 'f-tga-balance', reason: '余额 is the TGA: the paragraph is about the Treasury account' });
    expect(r.data!.claim.checks[0]).toEqual({ verdict: 'CONSISTENT', window: { from: '2025-10-30' } });
    await context.close();
  });
});
