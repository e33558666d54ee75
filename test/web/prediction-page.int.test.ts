import { describe, expect, it } from 'vitest';
import { axeViolations, reviewPageHarness, screenshot } from '../support/review-page-harness.ts';

const h = reviewPageHarness();

describe('prediction check on the claim view (issue 23)', { timeout: 240_000 }, () => {
  it.each(['e9186e0b-c007', 'e9186e0b-c038'])('%s shows what the model said at the article\'s date and what happened, as the API gives them', async (id) => {
    const r = await h.api.post<{ claim: { prediction: { said: string; happened: string; verdict: string; scenarioName: string } } }>(`query($id: ID!) { claim(id: $id) { prediction { said happened verdict scenarioName } } }`, { id });
    expect(r.errors).toBeUndefined();
    const p = r.data!.claim.prediction;
    const { page, outside } = await h.open(`/claims/${id}`, { viewport: { width: 1440, height: 1000 } });
    // The model runs on the server for this request: on a busy machine that takes a while.
    await page.getByTestId('prediction').waitFor({ timeout: 150_000 });
    expect(await page.getByTestId('prediction-said').textContent()).toBe(p.said);
    expect(await page.getByTestId('prediction-happened').textContent()).toBe(p.happened);
    expect(await page.getByTestId('prediction-verdict').textContent()).toBe({ CONSISTENT: 'Consistent with the record', INCONSISTENT: 'The record disagrees', INCONCLUSIVE: 'Inconclusive', NOT_CHECKABLE: 'Not checkable' }[p.verdict]);
    await page.getByTestId('prediction').scrollIntoViewIfNeeded();
    await screenshot(page, `claim-prediction-${id}`);
    expect(await axeViolations(page)).toEqual([]);
    // The scenario link opens the liquidity view on that scenario.
    await page.getByTestId('prediction').getByRole('link', { name: p.scenarioName }).click();
    await page.getByTestId('end-band').waitFor();
    expect(await page.getByLabel('Scenario', { exact: true }).inputValue()).toBe(p.scenarioName);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('a claim about the past has no prediction section', async () => {
    const { page } = await h.open('/claims/e9186e0b-c006', { viewport: { width: 1440, height: 1000 } });
    await page.locator('.claim-panel[data-claim-id="e9186e0b-c006"]').waitFor();
    await page.locator('.claim-panel .checks').waitFor();
    expect(await page.getByTestId('prediction').count()).toBe(0);
    await page.context().close();
  });
});
