import { expect, test } from './harness/fixtures';
import { addDays, germanDate, germanMonth } from './support/dates';
import { coreToday, ok, orderTypeId, seedClient, seedOrder, seedUstvaClient } from './support/kanzlei-seed';
import { dragCard, kanbanCard, kanbanColumn, openOrdersView } from './support/orders-ui';
import { choose, field, openScreen } from './support/ui';

test('an invalid Kanban drop (Offen → Abgerechnet) shows the core’s refusal and the card stays', async ({
  page,
  rsk,
}) => {
  const clientId = await seedClient(rsk, 'Beispiel GmbH');
  await seedOrder(rsk, { clientId, title: 'Beratung Umwandlung' });
  await openOrdersView(page, 'Kanban');
  const card = kanbanCard(page, 'Beratung Umwandlung');
  await expect(kanbanColumn(page, 'offen')).toContainText('Beratung Umwandlung');

  await dragCard(page, card, kanbanColumn(page, 'abgerechnet'), async () => {
    // While dragging, the board shows from the shared workflow table where the card may go.
    await expect(kanbanColumn(page, 'in_bearbeitung')).toHaveAttribute('data-drop', 'allowed');
    await expect(kanbanColumn(page, 'storniert')).toHaveAttribute('data-drop', 'allowed');
    await expect(kanbanColumn(page, 'abgerechnet')).toHaveAttribute('data-drop', 'refused');
    await expect(kanbanColumn(page, 'erledigt')).toHaveAttribute('data-drop', 'refused');
  });

  await expect(page.getByRole('alert').filter({ hasText: 'Fehler' })).toContainText(
    'Ein Auftrag im Status „Offen“ kann nicht direkt auf „Abgerechnet“ gesetzt werden. Möglich ist: „In Bearbeitung“, „Wartet auf Mandant“, „Storniert“.',
  );
  await expect(kanbanColumn(page, 'offen')).toContainText('Beratung Umwandlung');
  await expect(kanbanColumn(page, 'abgerechnet')).not.toContainText('Beratung Umwandlung');
  // The core was asked and refused; nothing changed.
  expect(rsk.invocations.filter((c) => c.channel === 'orders:transition')).toHaveLength(1);
  expect(ok(await rsk.api.orders.list({})).items[0]?.status).toBe('offen');

  // The keyboard way: the card's menu offers only the allowed statuses.
  await card.getByRole('button', { name: 'Status ändern: Beratung Umwandlung' }).click();
  await expect(page.getByRole('menuitem')).toHaveText(['In Bearbeitung', 'Wartet auf Mandant', 'Storniert']);
  await page.getByRole('menuitem', { name: 'Wartet auf Mandant' }).click();
  await expect(kanbanColumn(page, 'wartet_auf_mandant')).toContainText('Beratung Umwandlung');
});

test('the month calendar shows each order on its Frist day and navigates between months', async ({
  page,
  rsk,
}) => {
  const today = await coreToday(rsk);
  const month = today.slice(0, 7);
  const inMonth = `${month}-15`;
  const nextMonthDay = addDays(`${month}-01`, 40).slice(0, 7) + '-03';
  const clientId = await seedClient(rsk, 'Beispiel GmbH');
  await seedOrder(rsk, { clientId, title: 'Beratung Testament', dueDate: inMonth });
  await seedOrder(rsk, { clientId, title: 'Beratung Schenkung', dueDate: nextMonthDay });

  await openOrdersView(page, 'Kalender');
  await expect(page.getByTestId('calendar-month')).toHaveText(germanMonth(month));
  const grid = page.getByTestId('orders-calendar');
  await expect(grid.getByRole('columnheader')).toHaveText(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
  const day = grid.locator(`[data-date="${inMonth}"]`);
  await expect(day).toContainText('Beratung Testament');
  await expect(grid.getByTestId('calendar-entry')).toHaveCount(1);

  await page.getByRole('button', { name: 'Nächster Monat' }).click();
  await expect(page.getByTestId('calendar-month')).toHaveText(germanMonth(nextMonthDay.slice(0, 7)));
  await expect(grid.locator(`[data-date="${nextMonthDay}"]`)).toContainText('Beratung Schenkung');
  await page.getByRole('button', { name: 'Vorheriger Monat' }).click();
  await expect(day).toContainText('Beratung Testament');

  // A click on the entry opens the order.
  await day.getByTestId('calendar-entry').click();
  await expect(page.getByTestId('order-detail')).toContainText(germanDate(inMonth));
});

test('a computed Frist is shown with the core’s German reason and the steps with their legal basis', async ({
  page,
  rsk,
}) => {
  await seedClient(rsk, 'Beispiel GmbH');
  await openOrdersView(page, 'Liste');
  await page.getByRole('button', { name: 'Neuer Auftrag' }).click();
  const form = page.getByRole('dialog', { name: 'Neuer Auftrag' });
  await choose(page, field(form, 'Mandant'), 'Beispiel', 'Beispiel GmbH (10000)');
  await choose(page, field(form, 'Auftragsart'), 'Umsatzsteuer-V', 'Umsatzsteuer-Voranmeldung');
  // Last month is preselected and the Frist is computed.
  await expect(form.getByText(/Das Programm berechnet die Frist beim Speichern/)).toBeVisible();
  await form.getByRole('button', { name: 'Anlegen' }).click();
  await expect(form).toBeHidden();

  const detail = page.getByTestId('order-detail');
  const created = ok(await rsk.api.orders.list({})).items[0];
  expect(created?.dueDate).toBeTruthy();
  await expect(detail.getByTestId('order-due')).toContainText(germanDate(created?.dueDate ?? ''));
  await expect(detail.getByTestId('due-reason')).toContainText(
    `Umsatzsteuer-Voranmeldung ${created?.periodLabel}: Frist`,
  );
  await expect(detail.getByTestId('due-reason')).toContainText('Finanzamt in Nordrhein-Westfalen');
  await expect(detail.getByTestId('due-steps')).toContainText('§ 18 Abs. 1, 2 UStG');
});

test('a conflicting save shows who changed the order and "Neu laden" fetches the current state', async ({
  page,
  rsk,
}) => {
  const clientId = await seedClient(rsk, 'Beispiel GmbH');
  const order = await seedOrder(rsk, { clientId, title: 'Beratung Immobilienkauf' });
  await openOrdersView(page, 'Liste');
  await page.getByTestId('order-row').getByRole('button', { name: 'Beratung Immobilienkauf' }).click();
  await page.getByTestId('order-detail').getByRole('button', { name: 'Bearbeiten' }).click();
  const form = page.getByRole('dialog', { name: 'Auftrag bearbeiten' });
  await field(form, 'Titel').fill('Beratung Immobilienkauf München');

  // Meanwhile a colleague saves the same order.
  const core = await rsk.currentCore();
  const colleague = ok(
    await rsk.api.users.create({
      username: 'jrichter',
      displayName: 'Jonas Richter',
      role: 'mitarbeiter',
      password: 'Passwort-Jonas-1',
    }),
  );
  const changed = await core.invokeAs(colleague, 'orders:update', {
    id: order.id,
    version: order.version,
    title: 'Beratung Immobilienkauf Berlin',
  });
  expect(changed.ok).toBe(true);

  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByTestId('order-conflict')).toContainText(
    'Der Auftrag wurde inzwischen von Jonas Richter geändert. Bitte laden Sie ihn neu.',
  );
  await form.getByRole('button', { name: 'Neu laden' }).click();
  await expect(field(form, 'Titel')).toHaveValue('Beratung Immobilienkauf Berlin');
  await field(form, 'Titel').fill('Beratung Immobilienkauf Berlin-Mitte');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('order-detail').getByRole('heading')).toHaveText(
    'Beratung Immobilienkauf Berlin-Mitte',
  );
});

test('"Wiederkehrende Aufträge erzeugen" reports created and, on a second run, skipped orders', async ({
  page,
  rsk,
}) => {
  await seedUstvaClient(rsk, 'Monatsmelder GmbH');
  const today = await coreToday(rsk);
  const lastMonth = addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
  await openOrdersView(page, 'Liste');
  await page.getByRole('button', { name: 'Wiederkehrende Aufträge erzeugen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Wiederkehrende Aufträge erzeugen' });

  await field(dialog, 'Zeitraum').fill('2026-13');
  await dialog.getByRole('button', { name: 'Erzeugen' }).click();
  await expect(field(dialog, 'Zeitraum')).toHaveAccessibleDescription(
    /Bitte geben Sie einen Zeitraum wie 2026-12, 2026-Q4 oder 2026 an\./,
  );

  await field(dialog, 'Zeitraum').fill(lastMonth);
  await dialog.getByRole('button', { name: 'Erzeugen' }).click();
  const result = dialog.getByTestId('recurring-result');
  await expect(result).toContainText('1 Auftrag erzeugt');
  await expect(result).toContainText('0 übersprungen (bereits vorhanden)');
  await dialog.getByRole('button', { name: 'Erzeugen' }).click();
  await expect(result).toContainText('0 Aufträge erzeugt');
  await expect(result).toContainText('1 übersprungen (bereits vorhanden)');
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByTestId('order-row')).toHaveCount(1);
  await expect(page.getByTestId('order-row')).toContainText('Monatsmelder GmbH');
});

test('a Berater with open orders cannot be deleted: the core’s German message is shown', async ({
  page,
  rsk,
}) => {
  const berater = ok(
    await rsk.api.berater.create({ name: 'Dr. Katharina Vogt', profession: 'Steuerberaterin' }),
  );
  const clientId = await seedClient(rsk, 'Beispiel GmbH');
  ok(
    await rsk.api.orders.create({
      clientId,
      orderTypeId: await orderTypeId(rsk, 'beratung'),
      beraterId: berater.id,
    }),
  );
  await openScreen(page, 'Berater');
  const row = page.getByTestId('berater-row').filter({ hasText: 'Dr. Katharina Vogt' });
  await expect(row).toContainText('Steuerberaterin');
  await row.getByRole('button', { name: 'Aktionen für Dr. Katharina Vogt' }).click();
  await page.getByRole('menuitem', { name: 'Löschen' }).click();
  await page
    .getByRole('dialog', { name: 'Berater löschen' })
    .getByRole('button', { name: 'Löschen' })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: 'Fehler' })).toContainText(
    'Dr. Katharina Vogt ist noch für einen offenen Auftrag verantwortlich und kann nicht gelöscht werden.',
  );
  await expect(row).toBeVisible();

  // Deactivating is the way to retire the Berater.
  await row.getByRole('button', { name: 'Aktionen für Dr. Katharina Vogt' }).click();
  await page.getByRole('menuitem', { name: 'Deaktivieren' }).click();
  await expect(row).toContainText('Deaktiviert');
});
