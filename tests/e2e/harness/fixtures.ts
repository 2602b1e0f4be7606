import { test as base, expect, type Browser } from '@playwright/test';
import { launchChromium } from './chromium';
import { RskApp } from './rsk-app';

interface TestFixtures {
  /** The app on a fresh data directory, already opened in `page`. */
  rsk: RskApp;
}

interface WorkerFixtures {
  browser: Browser;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // Debian's Chromium instead of a Playwright download; launched once per worker.
  browser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // Automatic, so a test that only asks for `page` still gets the app opened in it.
  rsk: [
    async ({ context, page }, use) => {
      const app = await RskApp.start({ context, page });
      await app.open();
      await use(app);
      await app.close();
    },
    { auto: true },
  ],
});

export { expect };
