import { expect, test } from './harness/fixtures';

test('the shell shows the German navigation and starts on the Übersicht for the logged-in user', async ({
  page,
}) => {
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByRole('button')).toHaveText([
    'Übersicht',
    'Mandanten',
    'Aufträge',
    'Berater',
    'Vorlagen',
    'Posteingang',
    'Einstellungen',
  ]);
  await expect(nav.getByRole('button', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Übersicht' })).toBeVisible();
  await expect(page.getByTestId('overview-clients-value')).toHaveText('0');
  await expect(page.getByTestId('current-user')).toContainText('Maria Schulz');
  await expect(page.getByTestId('office-name')).toHaveText('Steuerkanzlei Sonnenschein & Partner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('every screen of the navigation opens with its German heading, none is a placeholder', async ({
  page,
}) => {
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  for (const screen of ['Mandanten', 'Aufträge', 'Berater', 'Vorlagen', 'Posteingang', 'Einstellungen']) {
    await nav.getByRole('button', { name: screen }).click();
    await expect(nav.getByRole('button', { name: screen })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { name: screen, exact: true }).first()).toBeVisible();
    await expect(page.getByText('Kommt bald')).toHaveCount(0);
  }
});

test('Einstellungen shows the data directory and the database status from the core', async ({
  page,
  rsk,
}) => {
  await page.getByRole('navigation').getByRole('button', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { name: 'Einstellungen', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'System' }).click();
  await expect(page.getByTestId('settings-data-dir')).toHaveText(rsk.dataDir);
  await expect(page.getByTestId('settings-db-status')).toHaveText('Aktuell');
  const status = await rsk.api.system.dbStatus();
  if (!status.ok) throw new Error(status.error.message);
  await expect(page.getByTestId('settings-schema-version')).toHaveText(
    `${status.value.schemaVersion} von ${status.value.latestSchemaVersion}`,
  );
});
