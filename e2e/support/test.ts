import { test as base, type BrowserContext } from '@playwright/test';

// The journeys' `test`: Playwright's, plus one rule. A person a test opens in a browser context of
// their own (asStaff, signInWith, browser.newContext()) is gone when the test ends. Playwright
// closes only the context it made; the others stayed open until the worker's browser closed, each
// a renderer still drawing a dashboard and beating its presence, so a worker carried dozens of them
// by the end of the run and every later test shared two cores with them (load 16, the suite twice
// as slow as the tests themselves).
export * from '@playwright/test';

export const test = base.extend<{ _closeContextsOpened: void }>({
  _closeContextsOpened: [
    async ({ browser, context }, use) => {
      const before = new Set<BrowserContext>(browser.contexts());
      await use();
      // Playwright's own context (the `page` fixture's) is closed by Playwright after this, with its
      // trace; only the ones the test opened itself are closed here (their traces are kept too).
      const opened = browser.contexts().filter((c) => c !== context && !before.has(c));
      await Promise.all(opened.map((c) => c.close().catch(() => undefined)));
    },
    { auto: true },
  ],
});
