import { describe, expect, it } from 'vitest';
import { axeViolations, reviewPageHarness, screenshot } from '../support/review-page-harness.ts';

const SEED_DOC = 'doc-e9186e0b';

const h = reviewPageHarness();

describe('document view', { timeout: 240_000 }, () => {
  it('highlights every claim of the seed document exactly over its quote, with nothing fetched from elsewhere', async () => {
    const { document: doc } = await h.api.data<{ document: { text: string; claims: { id: string; quote: string; span: { start: number; end: number } }[] } }>(
      `query($id: ID!) { document(id: $id) { text claims { id quote span { start end } } } }`,
      { id: SEED_DOC },
    );
    const { page, outside } = await h.open(`/documents/${SEED_DOC}`);
    await page.locator('.doc-text [data-claims]').first().waitFor();
    const highlighted = await page.evaluate(() => {
      const byClaim: Record<string, string> = {};
      for (const el of document.querySelectorAll<HTMLElement>('.doc-text [data-claims]')) {
        for (const id of (el.dataset['claims'] ?? '').split(' ')) byClaim[id] = (byClaim[id] ?? '') + el.textContent;
      }
      return byClaim;
    });
    expect(Object.keys(highlighted).sort()).toEqual(doc.claims.map((c) => c.id).sort());
    for (const c of doc.claims) expect(highlighted[c.id], c.id).toBe(c.quote);
    // The text outside the marks is the document's text, unchanged.
    const shown = await page.locator('.doc-text .text').evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      for (const m of clone.querySelectorAll('.mark, .disagree, .misleading')) m.remove();
      return clone.textContent;
    });
    expect(shown).toBe(doc.text);
    expect(outside).toEqual([]);
    await page.locator('.doc-text .disagree').first().waitFor();
    await screenshot(page, 'document-view');
    await page.context().close();
  });

  it('marks exactly the claims whose check against the record disagrees', async () => {
    const { checkDocument } = await h.api.data<{ checkDocument: { claim: { id: string }; verdict: string }[] }>(
      `query($id: ID!) { checkDocument(id: $id) { claim { id } verdict } }`,
      { id: SEED_DOC },
    );
    const disagreeing = checkDocument.filter((c) => c.verdict === 'INCONSISTENT').map((c) => c.claim.id).sort();
    expect(disagreeing.length).toBeGreaterThan(0);
    const { page } = await h.open(`/documents/${SEED_DOC}`);
    await page.locator('.doc-text .disagree').first().waitFor();
    const marked = await page.locator('.doc-text .disagree').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['disagreeFor']));
    expect(marked.sort()).toEqual(disagreeing);
    expect(await page.locator('.disagree-toggle .count').textContent()).toBe(String(disagreeing.length));
    await page.context().close();
  });

  it('opens a claim at /claims/<id> (the ClaimReview url) with its check, chart and history; no WCAG 2.1 AA violations', async () => {
    const { claim } = await h.api.data<{ claim: { quote: string; checks: { verdict: string; recorded: number | null }[] } }>(
      `{ claim(id: "e9186e0b-c006") { quote checks { verdict recorded } } }`,
    );
    const { page } = await h.open('/claims/e9186e0b-c006');
    await page.locator('.claim-panel[data-claim-id="e9186e0b-c006"]').waitFor();
    expect(await page.locator('.claim-panel .quote').textContent()).toBe(claim.quote);
    expect(await page.locator('.check .verdict').first().textContent()).toContain(claim.checks[0]?.verdict === 'INCONSISTENT' ? 'The record disagrees' : '');
    await page.locator('.check .chart canvas').first().waitFor();
    expect(await page.locator('.mark.selected').getAttribute('data-mark-for')).toBe('e9186e0b-c006');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.claim-panel').evaluate((el) => (el.scrollTop = 0));
    await screenshot(page, 'claim-panel');
    await page.locator('.checks').scrollIntoViewIfNeeded();
    await screenshot(page, 'claim-check');
    await page.context().close();
  });

  it('filters by a search in either Chinese script, unit and value (with flows), attribution, with n of N', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await h.api.data<{ claims: { totalCount: number } }>(`query($f: ClaimFilter) { claims(filter: $f) { totalCount } }`, { f: { document: SEED_DOC, ...filter } })).claims.totalCount;
    const { page } = await h.open(`/documents/${SEED_DOC}`);
    await page.locator('.doc-text [data-claims]').first().waitFor();
    const marks = () => page.locator('.doc-text .mark').count();
    for (const search of ['政府停擺', '政府停摆']) {
      await page.getByLabel('Search').fill(search);
      const expected = await count({ search });
      expect(expected).toBeGreaterThan(0);
      await expect.poll(marks).toBe(expected);
      await expect.poll(() => page.locator('.n-of-n').textContent()).toBe(`${expected} claims`);
    }
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Unit').selectOption('USD');
    await page.getByLabel('Min').fill('1e12');
    await expect.poll(marks).toBe(await count({ unit: 'USD', valueMin: 1e12 }));
    await page.getByLabel('with flows (USD/day…)').check();
    await expect.poll(marks).toBe(await count({ unit: 'USD', valueMin: 1e12, includeFlows: true }));
    await page.getByLabel('with flows (USD/day…)').uncheck();
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('.n-of-n').textContent()).toBe(`1 of ${await count({ unit: 'USD', valueMin: 1e12 })}`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('no attribution').check();
    await expect.poll(marks).toBe(await count({ hasAttribution: false }));
    await page.context().close();
  });
});
