import { expect, test } from './harness/fixtures';
import { createClientThroughForm, openClients } from './support/clients-ui';
import { addDays, berlinIso, germanDate } from './support/dates';
import { ok } from './support/kanzlei-seed';
import { dragCard, kanbanCard, kanbanColumn, openOrdersView } from './support/orders-ui';
import { choose, field, openScreen } from './support/ui';

test.use({ startState: 'fresh' });

const ADMIN = { displayName: 'Maria Schulz', username: 'mschulz', password: 'Sicheres-Passwort-2026' };
const TITLE = 'Beratung Gesellschaftsvertrag';

test('first start to overdue: wizard, login, Berater, Auftrag with Frist, Kanban moves, Übersicht and audit history', async ({
  page,
  rsk,
}) => {
  test.setTimeout(90_000);

  // First start: the wizard creates the Kanzlei and the administrator.
  const wizard = page.getByTestId('setup-wizard');
  await expect(page.getByRole('heading', { name: 'Ersteinrichtung' })).toBeVisible();
  await wizard.getByLabel('Name der Kanzlei').fill('Steuerkanzlei Sonnenschein & Partner');
  await wizard.getByLabel('Straße und Hausnummer').fill('Königsallee 12');
  await wizard.getByLabel('PLZ').fill('40212');
  await wizard.getByLabel('Ort').fill('Düsseldorf');
  await choose(page, wizard.getByLabel('Bundesland'), 'Nordrhein', 'Nordrhein-Westfalen');
  await wizard.getByRole('button', { name: 'Weiter' }).click();
  await wizard.getByLabel('Telefon').fill('0211 123456-0');
  await wizard.getByLabel('Kammer').fill('Steuerberaterkammer Düsseldorf');
  await wizard.getByRole('button', { name: 'Weiter' }).click();
  await wizard.getByLabel('Ihr Name').fill(ADMIN.displayName);
  await wizard.getByLabel('Benutzername').fill(ADMIN.username);
  await field(wizard, 'Passwort').fill(ADMIN.password);
  await wizard.getByLabel('Passwort wiederholen').fill(ADMIN.password);
  await wizard.getByRole('button', { name: 'Kanzlei einrichten' }).click();

  // The wizard does not log in: the login form greets the new administrator.
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  await expect(page.getByTestId('setup-done')).toContainText('Steuerkanzlei Sonnenschein & Partner');
  const login = page.getByTestId('login-form');
  await expect(login.getByLabel('Benutzername')).toHaveValue(ADMIN.username);
  await login.getByLabel('Passwort', { exact: true }).fill(ADMIN.password);
  await login.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByTestId('current-user')).toContainText(ADMIN.displayName);
  await expect(page.getByTestId('office-name')).toHaveText('Steuerkanzlei Sonnenschein & Partner');

  // A Berater through the Berater form.
  await openScreen(page, 'Berater');
  await page.getByRole('button', { name: 'Neuer Berater' }).click();
  const beraterForm = page.getByRole('dialog', { name: 'Neuer Berater' });
  await field(beraterForm, 'Name').fill('Dr. Katharina Vogt');
  await beraterForm.getByLabel('Berufsbezeichnung').fill('Steuerberaterin');
  await beraterForm.getByRole('button', { name: 'Anlegen' }).click();
  await expect(beraterForm).toBeHidden();
  await expect(page.getByTestId('berater-row')).toContainText(['Dr. Katharina Vogt']);

  // A Mandant, then an Auftrag for it with a Frist three days ahead.
  await openClients(page);
  await createClientThroughForm(page, { kind: 'company', companyName: 'Beispiel GmbH' });
  const today = berlinIso(rsk.clock.now());
  const due = addDays(today, 3);
  await openOrdersView(page, 'Liste');
  await page.getByRole('button', { name: 'Neuer Auftrag' }).click();
  const orderForm = page.getByRole('dialog', { name: 'Neuer Auftrag' });
  await choose(page, orderForm.getByLabel('Mandant'), 'Beispiel', 'Beispiel GmbH (10000)');
  await choose(page, orderForm.getByLabel('Auftragsart'), 'Beratung', 'Beratung');
  await orderForm.getByLabel('Titel').fill(TITLE);
  await choose(page, field(orderForm, 'Berater'), 'Vogt', 'Dr. Katharina Vogt');
  await orderForm.getByText('Von Hand').click();
  await orderForm.getByLabel('Fristdatum').fill(germanDate(due));
  await orderForm.getByLabel('Begründung (optional)').fill('Notartermin');
  await orderForm.getByRole('button', { name: 'Anlegen' }).click();
  await expect(orderForm).toBeHidden();

  // The details open with the Frist as the core stored it.
  const detail = page.getByTestId('order-detail');
  await expect(detail.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(detail.getByTestId('order-due')).toContainText(germanDate(due));
  await expect(detail.getByTestId('due-reason')).toHaveText('Manuell gesetzt: Notartermin');
  await page.getByRole('button', { name: 'Details schließen' }).click();
  await expect(detail).toBeHidden();

  // Across the Kanban board: Offen → In Bearbeitung → Zur Prüfung.
  await page.getByRole('tab', { name: 'Kanban' }).click();
  const card = kanbanCard(page, TITLE);
  await expect(kanbanColumn(page, 'offen').getByTestId('kanban-card')).toHaveText([new RegExp(TITLE)]);
  await dragCard(page, card, kanbanColumn(page, 'in_bearbeitung'));
  await expect(kanbanColumn(page, 'in_bearbeitung')).toContainText(TITLE);
  await expect(kanbanColumn(page, 'offen')).not.toContainText(TITLE);
  await dragCard(page, card, kanbanColumn(page, 'zur_pruefung'));
  await expect(kanbanColumn(page, 'zur_pruefung')).toContainText(TITLE);
  expect(ok(await rsk.api.orders.list({})).items.map((o) => o.status)).toEqual(['zur_pruefung']);

  // Five days later the Frist has passed. The session has been idle that long too: unlock first.
  rsk.clock.advanceDays(5);
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Übersicht' })
    .click();
  await expect(page.getByRole('heading', { name: 'Sitzung gesperrt' })).toBeVisible();
  await page.getByTestId('unlock-form').getByLabel('Passwort').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await expect(page.getByRole('heading', { name: 'Sitzung gesperrt' })).toBeHidden();
  await page.getByRole('button', { name: 'Aktualisieren' }).click();
  const overdue = page.getByTestId('overview-overdue-list');
  await expect(overdue.getByTestId('bucket-order')).toHaveCount(1);
  await expect(overdue.getByTestId('bucket-order')).toContainText([TITLE]);
  await expect(overdue).toContainText('Beispiel GmbH');
  await expect(page.getByTestId('overview-overdue-value')).toHaveText('1');

  // Every change is in the order's audit history, with the administrator's name.
  await overdue.getByRole('button', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: 'Aufträge', level: 2 })).toBeVisible();
  await expect(detail.getByText('überfällig')).toBeVisible();
  await detail.getByRole('tab', { name: 'Änderungsprotokoll' }).click();
  const entries = detail.getByTestId('audit-entry');
  await expect(entries).toHaveCount(3);
  await expect(entries.filter({ hasText: 'Auftrag angelegt' })).toContainText(ADMIN.displayName);
  const moves = entries.filter({ hasText: 'Status geändert' });
  await expect(moves).toHaveCount(2);
  for (const move of await moves.all()) await expect(move).toContainText(ADMIN.displayName);
  await expect(moves.filter({ hasText: 'Status: Offen → In Bearbeitung' })).toHaveCount(1);
  await expect(moves.filter({ hasText: 'Status: In Bearbeitung → Zur Prüfung' })).toHaveCount(1);
  await detail.getByRole('tab', { name: 'Statusverlauf' }).click();
  await expect(detail.getByTestId('status-history')).toContainText(`Angelegt als „Offen“`);
  await expect(detail.getByTestId('status-history')).toContainText(ADMIN.displayName);

  // The Kanzlei, the Berater and the Mandant were recorded under the same name.
  const audit = ok(await rsk.api.audit.list({ limit: 1000 }));
  for (const action of ['office.create', 'berater.create', 'client.create', 'order.create']) {
    const records = audit.items.filter((entry) => entry.action === action);
    expect(records, action).toHaveLength(1);
    expect(records[0]?.actorName, action).toBe(ADMIN.displayName);
  }
});
