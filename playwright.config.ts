import { defineConfig } from '@playwright/test';

export default defineConfig({
  globalSetup: './tests/e2e/harness/global-setup.ts',
  outputDir: 'test-results',
  reporter: 'list',
  retries: 0,
  // Each test starts its own core and browser context; two workers fit the 2-core machines.
  workers: 2,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      testMatch: '**/*.spec.ts',
      timeout: 30_000,
      expect: { timeout: 5_000 },
      use: {
        viewport: { width: 1400, height: 900 },
        // A missing element fails within seconds instead of running into the test timeout.
        actionTimeout: 10_000,
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
        screenshot: 'only-on-failure',
        trace: 'retain-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
      timeout: 60_000,
    },
  ],
});
