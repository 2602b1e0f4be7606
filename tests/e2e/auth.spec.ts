import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { E2E_ADMIN } from './harness/kanzlei';
import { ok, seedClient, seedOrder } from './support/kanzlei-seed';
import { kanbanCard, openOrdersView } from './support/orders-ui';
import { field } from './support/ui';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' });

test.describe('login', () => {
  test.use({ startState: 'office' });

  test('a wrong password is refused with the core’s German message and the form stays', async ({
    page,
    rsk,
  }) => {
    const login = page.getByTestId('login-form');
    await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
    await login.getByLabel('Benutzername').fill(E2E_ADMIN.username);
    await field(login, 'Passwort').fill('falsches-Passwort');
    await login.getByRole('button', { name: 'Anmelden' }).click();
    await expect(login.getByRole('alert')).toHaveText(
      'Anmeldung nicht möglichBenutzername oder Passwort ist falsch.',
    );
    // The same answer for a name nobody has: it must not reveal which accounts exist.
    await login.getByLabel('Benutzername').fill('gibtesnicht');
    await field(login, 'Passwort').fill('falsches-Passwort');
    await login.getByRole('button', { name: 'Anmelden' }).click();
    await expect(login.getByRole('alert')).toContainText('Benutzername oder Passwort ist falsch.');
    await expect(page.getByTestId('app-navigation')).toHaveCount(0);
    const session = ok(await rsk.api.auth.session());
    expect(session.status).toBe('logged_out');
  });

  test('five wrong passwords lock the account, and then even the right one is refused', async ({ page }) => {
    const login = page.getByTestId('login-form');
    const attempt = async (password: string) => {
      await login.getByLabel('Benutzername').fill(E2E_ADMIN.username);
      await field(login, 'Passwort').fill(password);
      await login.getByRole('button', { name: 'Anmelden' }).click();
    };
    for (let i = 1; i <= 4; i++) {
      await attempt(`falsch-${i}`);
      await expect(login.getByRole('alert')).toContainText('Benutzername oder Passwort ist falsch.');
      // The next message must be a fresh one, not the last one still on screen.
      await expect(field(login, 'Passwort')).toHaveValue('');
    }
    await attempt('falsch-5');
    const lockedOut =
      'Das Benutzerkonto ist nach 5 fehlgeschlagenen Anmeldeversuchen gesperrt. Bitte versuchen Sie es in 15 Minuten erneut oder bitten Sie die Administration, das Konto zu entsperren.';
    await expect(login.getByRole('alert')).toContainText(lockedOut);
    await attempt(E2E_ADMIN.password);
    await expect(login.getByRole('alert')).toContainText('gesperrt');
    await expect(page.getByTestId('app-navigation')).toHaveCount(0);
  });

  test('after a restart of the core the app asks for the login again', async ({ page, rsk }) => {
    await rsk.login();
    await page.reload();
    await expect(page.getByTestId('app-navigation')).toBeVisible();
    await rsk.restartCore({ login: false });
    await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  });
});

test('the idle lock covers the app after the clock moved; unlocking with the password resumes the screen', async ({
  page,
  rsk,
}) => {
  await openOrdersView(page, 'Liste');
  await expect(page.getByTestId('orders-empty')).toBeVisible();

  // Public calls (the UI polling the session) never count as activity: only the clock decides.
  rsk.clock.advanceMinutes(16);
  await nav(page).getByRole('button', { name: 'Übersicht' }).click();
  await expect(page.getByRole('heading', { name: 'Sitzung gesperrt' })).toBeVisible();
  await expect(page.getByTestId('lock-notice')).toHaveText(
    'Die Sitzung wurde nach 15 Minuten ohne Aktivität gesperrt. Bitte geben Sie Ihr Passwort ein, um fortzufahren.',
  );
  await expect(page.getByText('Angemeldet als Maria Schulz')).toBeVisible();
  // Nothing of the office's data is readable under the lock screen.
  await expect(page.getByRole('heading', { name: 'Übersicht' })).toBeHidden();

  const unlock = page.getByTestId('unlock-form');
  await unlock.getByLabel('Passwort').fill('falsches-Passwort');
  await unlock.getByRole('button', { name: 'Entsperren' }).click();
  await expect(unlock.getByRole('alert')).toHaveText('Das Passwort ist falsch.');

  await unlock.getByLabel('Passwort').fill(E2E_ADMIN.password);
  await unlock.getByRole('button', { name: 'Entsperren' }).click();
  await expect(page.getByRole('heading', { name: 'Sitzung gesperrt' })).toBeHidden();
  // The refused screen loads again by itself.
  await expect(page.getByTestId('overview-clients-value')).toHaveText('0');
  expect(ok(await rsk.api.auth.session()).status).toBe('active');
});

test('locking by hand from the user menu asks for the password as well', async ({ page }) => {
  await page.getByRole('button', { name: 'Benutzermenü' }).click();
  await page.getByRole('menuitem', { name: 'Sitzung sperren' }).click();
  await expect(page.getByTestId('lock-notice')).toHaveText(
    'Sie haben die Sitzung gesperrt. Bitte geben Sie Ihr Passwort ein, um fortzufahren.',
  );
  await page.getByTestId('unlock-form').getByLabel('Passwort').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await expect(page.getByRole('heading', { name: 'Übersicht' })).toBeVisible();
});

test('a Nur-Lesen user sees no write actions, and a direct write through window.api is refused', async ({
  page,
  rsk,
}) => {
  const clientId = await seedClient(rsk, 'Beispiel GmbH');
  await seedOrder(rsk, { clientId, title: 'Beratung Erbschaft' });
  await rsk.createUser({
    username: 'lsommer',
    displayName: 'Lea Sommer',
    role: 'readonly',
    password: 'Nur-Lesen-2026',
  });
  await rsk.login('lsommer', 'Nur-Lesen-2026');
  await page.reload();
  await expect(page.getByTestId('current-user')).toContainText('Lea Sommer');

  await openOrdersView(page, 'Liste');
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Neuer Auftrag' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Wiederkehrende Aufträge erzeugen' })).toHaveCount(0);

  // On the board the cards can be opened but neither dragged nor moved by menu.
  await page.getByRole('tab', { name: 'Kanban' }).click();
  const card = kanbanCard(page, 'Beratung Erbschaft');
  await expect(card).toHaveAttribute('draggable', 'false');
  await expect(card.getByRole('button', { name: /Status ändern/ })).toHaveCount(0);
  await card.getByRole('button', { name: 'Beratung Erbschaft' }).click();
  await expect(page.getByTestId('order-detail').getByRole('button', { name: 'Bearbeiten' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Details schließen' }).click();

  // Berater and Einstellungen: read, but no management.
  await nav(page).getByRole('button', { name: 'Berater' }).click();
  await expect(page.getByRole('button', { name: 'Neuer Berater' })).toHaveCount(0);
  await nav(page).getByRole('button', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('tab', { name: 'Benutzer' })).toHaveCount(0);

  // The UI only hides; the core refuses. A call straight through the bridge gets the German refusal.
  const refused = await page.evaluate(async (id) => {
    const bridge = (
      globalThis as unknown as { api: { orders: { create: (input: object) => Promise<unknown> } } }
    ).api;
    return bridge.orders.create({ clientId: id, orderTypeId: 1, title: 'Heimlich angelegt' });
  }, clientId);
  expect(refused).toMatchObject({
    ok: false,
    error: {
      kind: 'forbidden',
      userMessage:
        'Dafür fehlt Ihnen das Recht „Bearbeiten“ (Ihre Rolle: Nur-Lesen). Bitte wenden Sie sich an die Administration.',
    },
  });
  const orders = ok(await rsk.api.orders.list({}));
  expect(orders.items.map((o) => o.title)).toEqual(['Beratung Erbschaft']);
});

test.describe('first start', () => {
  test.use({ startState: 'fresh' });

  test('the wizard checks each step in German before it goes on', async ({ page, rsk }) => {
    const wizard = page.getByTestId('setup-wizard');
    await wizard.getByRole('button', { name: 'Weiter' }).click();
    await expect(field(wizard, 'Name der Kanzlei')).toHaveAccessibleDescription(
      'Bitte geben Sie den Namen der Kanzlei an.',
    );
    await wizard.getByLabel('Name der Kanzlei').fill('Kanzlei Muster');
    await wizard.getByLabel('Straße und Hausnummer').fill('Hauptstraße 1');
    await wizard.getByLabel('PLZ').fill('123');
    await wizard.getByLabel('Ort').fill('Bonn');
    await wizard.getByRole('button', { name: 'Weiter' }).click();
    await expect(field(wizard, 'PLZ')).toHaveAccessibleDescription(
      'Die Postleitzahl besteht aus fünf Ziffern.',
    );
    await expect(field(wizard, 'Bundesland')).toHaveAccessibleDescription(
      /Bitte wählen Sie ein Bundesland \(z\. B\. NW, BY\)\./,
    );
    await wizard.getByLabel('PLZ').fill('53111');
    await wizard.getByLabel('Bundesland').click();
    await page.getByRole('option', { name: 'Nordrhein-Westfalen' }).click();
    await wizard.getByRole('button', { name: 'Weiter' }).click();
    await wizard.getByLabel('E-Mail').fill('kein-mail');
    await wizard.getByRole('button', { name: 'Weiter' }).click();
    await expect(field(wizard, 'E-Mail')).toHaveAccessibleDescription(
      'Bitte geben Sie eine gültige E-Mail-Adresse an.',
    );
    await wizard.getByLabel('E-Mail').fill('');
    await wizard.getByRole('button', { name: 'Weiter' }).click();

    await field(wizard, 'Ihr Name').fill('Max Muster');
    await field(wizard, 'Benutzername').fill('Max Muster');
    await field(wizard, 'Passwort').fill('kurz');
    await wizard.getByRole('button', { name: 'Kanzlei einrichten' }).click();
    await expect(field(wizard, 'Benutzername')).toHaveAccessibleDescription(/Kleinbuchstaben, Ziffern/);
    await expect(field(wizard, 'Passwort')).toHaveAccessibleDescription(
      /Das Passwort muss mindestens 10 Zeichen lang sein\./,
    );
    await field(wizard, 'Benutzername').fill('mmuster');
    await field(wizard, 'Passwort').fill('Ein-langes-Passwort');
    await field(wizard, 'Passwort wiederholen').fill('Ein-anderes-Passwort');
    await wizard.getByRole('button', { name: 'Kanzlei einrichten' }).click();
    await expect(field(wizard, 'Passwort wiederholen')).toHaveAccessibleDescription(
      'Die Passwörter stimmen nicht überein.',
    );
    // Nothing reached the core so far.
    expect(rsk.invocations.filter((c) => c.channel === 'auth:setup')).toEqual([]);

    await field(wizard, 'Passwort wiederholen').fill('Ein-langes-Passwort');
    await wizard.getByRole('button', { name: 'Kanzlei einrichten' }).click();
    await expect(page.getByTestId('setup-done')).toContainText('Kanzlei Muster');
    expect(ok(await rsk.api.auth.setupStatus()).setupRequired).toBe(false);
  });
});
