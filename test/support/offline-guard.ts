import type { Page } from 'playwright-core';

/**
 * Every request the page makes must go to our server: a CDN script would fail offline. Requests
 * elsewhere are aborted and recorded, so a test can assert there were none.
 */
export async function offlineOnly(page: Page, origin: string): Promise<string[]> {
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return outside;
}
