import { APP_ORIGIN } from './harness/serve-renderer';
import { expect, test } from './harness/fixtures';
import { createClientThroughForm, openClients } from './support/clients-ui';

test('using every screen sends no request to any host but the app itself', async ({ page, context, rsk }) => {
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));

  await page.reload();
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  for (const screen of ['Übersicht', 'Aufträge', 'Berater', 'Vorlagen', 'Posteingang', 'Einstellungen']) {
    await nav.getByRole('button', { name: screen }).click();
    await expect(page.getByRole('heading', { name: screen, exact: true })).toBeVisible();
  }
  for (const tab of ['Kanzlei', 'Benutzer', 'System', 'Persönlich']) {
    await page.getByRole('tab', { name: tab }).click();
  }
  await nav.getByRole('button', { name: 'Aufträge' }).click();
  for (const tab of ['Kanban', 'Kalender', 'Liste']) {
    await page.getByRole('tab', { name: tab }).click();
  }
  await openClients(page);
  await createClientThroughForm(page, { kind: 'company', companyName: 'Beispiel GmbH' });
  await page.getByRole('searchbox', { name: 'Suche' }).fill('Beispiel');
  await expect(page.getByTestId('client-count')).toHaveText('1 Mandant');

  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
  expect(rsk.blockedRequests).toEqual([]);
});

test('the production Content-Security-Policy keeps the renderer off the network', async ({ page, rsk }) => {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("default-src 'self'");

  // Even a deliberate attempt fails in the browser and never reaches the network layer.
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'erreicht',
      () => 'blockiert',
    ),
  );
  expect(outcome).toBe('blockiert');
  expect(rsk.blockedRequests).toEqual([]);
});
