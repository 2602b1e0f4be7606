import { expect, test } from './harness/fixtures';
import { ok } from './support/kanzlei-seed';
import { choose, field, openScreen } from './support/ui';

test('the theme and the idle-lock minutes are per user and applied at once', async ({ page, rsk }) => {
  await openScreen(page, 'Einstellungen');
  const personal = page.getByTestId('personal-settings');
  await personal.getByText('Dunkel').click();
  await field(personal, 'Automatische Sperre nach Minuten ohne Aktivität').fill('30');
  await field(personal, 'Modell für die Dokumentanalyse').fill('llama3.1:8b');
  await personal.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Persönliche Einstellungen gespeichert')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  expect(ok(await rsk.api.users.getSettings())).toEqual({
    theme: 'dunkel',
    ollamaModelAnalysis: 'llama3.1:8b',
    ollamaModelDrafting: null,
    idleLockMinutes: 30,
  });

  // 20 minutes idle no longer lock the session.
  rsk.clock.advanceMinutes(20);
  await page.getByRole('tab', { name: 'System' }).click();
  await expect(page.getByTestId('settings-db-status')).toHaveText('Aktuell');

  // The field keeps the value inside the range the core accepts (1 to 480 minutes).
  await page.getByRole('tab', { name: 'Persönlich' }).click();
  await field(personal, 'Automatische Sperre nach Minuten ohne Aktivität').fill('600');
  await personal.getByRole('button', { name: 'Speichern' }).click();
  await expect(field(personal, 'Automatische Sperre nach Minuten ohne Aktivität')).toHaveValue('480');
  await expect.poll(async () => ok(await rsk.api.users.getSettings()).idleLockMinutes).toBe(480);
});

test('administrators manage users: create with role and password, reset the password, deactivate', async ({
  page,
  rsk,
}) => {
  await openScreen(page, 'Einstellungen');
  await page.getByRole('tab', { name: 'Benutzer' }).click();
  await page.getByRole('button', { name: 'Neuer Benutzer' }).click();
  const form = page.getByRole('dialog', { name: 'Neuer Benutzer' });
  await field(form, 'Name').fill('Jonas Richter');
  await field(form, 'Benutzername').fill('jrichter');
  await choose(page, field(form, 'Rolle'), '', 'Mitarbeiter');
  await field(form, 'Erstes Passwort').fill('Start-Passwort-1');
  await form.getByRole('button', { name: 'Anlegen' }).click();
  await expect(form).toBeHidden();
  const row = page.getByTestId('user-row').filter({ hasText: 'Jonas Richter' });
  await expect(row).toContainText('Mitarbeiter');
  await expect(row).toContainText('Aktiv');

  await row.getByRole('button', { name: 'Aktionen für Jonas Richter' }).click();
  await page.getByRole('menuitem', { name: 'Passwort zurücksetzen' }).click();
  const reset = page.getByRole('dialog', { name: 'Passwort zurücksetzen' });
  await reset.getByLabel('Neues Passwort').fill('kurz');
  await reset.getByRole('button', { name: 'Passwort setzen' }).click();
  await expect(reset.getByLabel('Neues Passwort')).toHaveAccessibleDescription(
    'Das Passwort muss mindestens 10 Zeichen lang sein.',
  );
  await reset.getByLabel('Neues Passwort').fill('Neues-Passwort-2');
  await reset.getByRole('button', { name: 'Passwort setzen' }).click();
  await expect(reset).toBeHidden();

  await row.getByRole('button', { name: 'Aktionen für Jonas Richter' }).click();
  await page.getByRole('menuitem', { name: 'Deaktivieren' }).click();
  await expect(row).toContainText('Deaktiviert');
  const listed = ok(await rsk.api.users.list({}));
  expect(listed.items.find((u) => u.username === 'jrichter')).toMatchObject({
    role: 'mitarbeiter',
    active: false,
  });

  // The administrator cannot deactivate the own account: the menu item is disabled.
  const me = page.getByTestId('user-row').filter({ hasText: 'Maria Schulz' });
  await me.getByRole('button', { name: 'Aktionen für Maria Schulz' }).click();
  await expect(page.getByRole('menuitem', { name: 'Deaktivieren' })).toBeDisabled();
});

test('Kanzlei data are edited in Einstellungen and the header follows', async ({ page, rsk }) => {
  await openScreen(page, 'Einstellungen');
  await page.getByRole('tab', { name: 'Kanzlei' }).click();
  const office = page.getByTestId('office-settings');
  await field(office, 'Name der Kanzlei').fill('Sonnenschein Steuerberatung');
  await field(office, 'PLZ').fill('4021');
  await office.getByRole('button', { name: 'Kanzleidaten speichern' }).click();
  await expect(field(office, 'PLZ')).toHaveAccessibleDescription(
    'Die Postleitzahl besteht aus fünf Ziffern.',
  );
  await field(office, 'PLZ').fill('40213');
  await field(office, 'IBAN').fill('DE89370400440532013000');
  await office.getByRole('button', { name: 'Kanzleidaten speichern' }).click();
  await expect(page.getByTestId('office-name')).toHaveText('Sonnenschein Steuerberatung');
  expect(ok(await rsk.api.office.get()).office).toMatchObject({
    name: 'Sonnenschein Steuerberatung',
    postalCode: '40213',
    iban: 'DE89370400440532013000',
  });
});
