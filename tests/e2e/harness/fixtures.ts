import { test as base, expect, type Browser } from '@playwright/test';
import { launchChromium } from './chromium';
import type { StartState } from './kanzlei';
import { RskApp } from './rsk-app';

interface TestFixtures {
  /**
   * How far the app is taken through the API before the page opens: 'logged-in' (default: Kanzlei set
   * up, administrator Maria Schulz logged in), 'office' (set up, login screen) or 'fresh' (the wizard).
   */
  startState: StartState;
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
  startState: ['logged-in', { option: true }],
  // Automatic, so a test that only asks for `page` still gets the app opened in it.
  rsk: [
    async ({ context, page, startState }, use) => {
      const app = await RskApp.start({ context, page });
      if (startState !== 'fresh') await app.setupOffice();
      if (startState === 'logged-in') await app.login();
      await app.open();
      if (startState === 'logged-in') await page.getByTestId('app-navigation').waitFor();
      await use(app);
      await app.close();
    },
    { auto: true },
  ],
});

export { expect };
