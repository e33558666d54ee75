import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/** Debian's chromium, headless, with no network beyond the page's own server (shared by the browser tests and the page benchmark). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Headless Chromium behind playwright's own websocket endpoint, so every browser test file of a run connects to the one
 * browser (`connectBrowser`) instead of starting its own: each file still gets contexts of its own, isolated as in a
 * browser of its own, and a browser start (a second of a core and ~150 MB) is paid once per run.
 */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The run's shared Chromium; `close()` closes the contexts this connection made and disconnects, leaving the browser up. */
export async function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return patientContexts(await chromium.connect(wsEndpoint));
}

/**
 * Contexts that wait up to 60 s for the page: the whole suite shares two cores, so a cold page can take far longer
 * than on a desk.
 */
function patientContexts(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(60_000);
    return context;
  };
  return browser;
}
