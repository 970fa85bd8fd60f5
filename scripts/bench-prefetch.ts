/**
 * The prefetch requests a reader's browser sends after opening a page: captured from a real
 * Chromium (Debian's where installed, else Playwright's own) on the bench server, with the
 * headers Next's router sets, so that `npm run bench` can replay a page view together with its
 * prefetches and compare page views per second with and without them (issue 12: prefetching must
 * not multiply the server's work under load).
 */
import { chromium, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

export type CapturedRequest = { path: string; headers: Record<string, string> };

/** The headers that make a request a router payload request; everything else is the browser's. */
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url'];

/**
 * Opens `path` on a desktop, scrolls to the footer and back, points at the first section in the
 * footer (a reader about to follow it), and returns every router payload request the page sent
 * meanwhile: what Next prefetched of the links in view, and of the link reached for.
 */
export async function capturePrefetches(base: string, path: string): Promise<CapturedRequest[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ ...devices['Desktop Chrome'], locale: 'vi-VN' });
    const page = await context.newPage();
    const captured: CapturedRequest[] = [];
    page.on('request', (request) => {
      const headers = request.headers();
      if (headers['rsc'] !== '1') return;
      const url = new URL(request.url());
      captured.push({ path: url.pathname + url.search, headers: Object.fromEntries(ROUTER_HEADERS.filter((name) => headers[name] !== undefined).map((name) => [name, headers[name]!])) });
    });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    await page.locator('footer').last().scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForLoadState('networkidle');
    // The first section in the footer other than this page. The browser may send nothing for it: from a
    // section page, Next already holds what another section shares with it. A measurement, not a test:
    // three seconds without that request count as none.
    const target = page.locator(`.site-footer__sections a[href^="/"]:not([href="${path}"])`).first();
    const targetPath = await target.getAttribute('href');
    const reached = page.waitForRequest((request) => request.headers()['rsc'] === '1' && new URL(request.url()).pathname === targetPath, { timeout: 3_000 });
    await target.hover();
    await reached.catch(() => undefined);
    return captured;
  } finally {
    await browser.close();
  }
}
