import { expect, test } from './harness/fixtures';

test('an uncaught renderer error is forwarded to the core log', async ({ page, rsk }) => {
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('Testfehler aus dem Renderer');
    }, 0);
  });
  await expect
    .poll(() => rsk.invocations.filter((call) => call.channel === 'diagnostics:renderer-error'))
    .toEqual([
      {
        channel: 'diagnostics:renderer-error',
        input: expect.objectContaining({
          message: 'Testfehler aus dem Renderer',
          stack: expect.stringContaining('Testfehler aus dem Renderer'),
          source: expect.stringContaining('window.error'),
        }),
      },
    ]);
  // The page keeps working.
  await expect(page.getByRole('heading', { name: 'Übersicht' })).toBeVisible();
});

test('an unhandled promise rejection is forwarded as well', async ({ page, rsk }) => {
  await page.evaluate(() => {
    void Promise.reject(new Error('Abgelehnt ohne Behandlung'));
  });
  await expect
    .poll(() =>
      rsk.invocations
        .filter((call) => call.channel === 'diagnostics:renderer-error')
        .map((call) => (call.input as { message: string; source: string }).source),
    )
    .toEqual(['window.unhandledrejection']);
});
