import type { RskApi } from '../../src-shared/ipc/build-api';
import type { CreateClientInput } from '../../src-shared/ipc/contracts/clients';
import { expect, test } from './harness/fixtures';
import {
  chooseKind,
  clientDetail,
  clientRows,
  fillNewClient,
  openClientRow,
  openClients,
  rowForNumber,
  selectOption,
} from './support/clients-ui';

async function create(api: RskApi, input: CreateClientInput): Promise<number> {
  const result = await api.clients.create(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.id;
}

test('creating the same person again shows the duplicate warning: open the existing one or create anyway', async ({
  page,
  rsk,
}) => {
  await create(rsk.api, { kind: 'person', firstName: 'Anna', lastName: 'Müller', steuerId: '86095742719' });
  await openClients(page);

  let dialog = await fillNewClient(page, { kind: 'person', firstName: 'Anna', lastName: 'Müller' });
  await dialog.getByLabel('Steuer-ID').fill('86 095 742 719');
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  const warning = page.getByRole('dialog', { name: 'Möglicherweise schon vorhanden' });
  await expect(warning).toBeVisible();
  const row = warning.getByTestId('duplicate-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell')).toHaveText(['10000', 'Müller, Anna', '', /Steuer-ID/, '']);

  await warning.getByRole('button', { name: 'Vorhandenen Mandanten öffnen' }).click();
  await expect(warning).toBeHidden();
  await expect(dialog).toBeHidden();
  await expect(clientDetail(page).getByTestId('client-detail-name')).toHaveText('Müller, Anna');
  await page.getByRole('button', { name: 'Schließen' }).click();
  await expect(clientDetail(page)).toBeHidden();
  let total = await rsk.api.clients.list({});
  expect(total.ok && total.value.total).toBe(1);

  dialog = await fillNewClient(page, { kind: 'person', firstName: 'Anna', lastName: 'Müller' });
  await dialog.getByLabel('Steuer-ID').fill('86095742719');
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Trotzdem anlegen' }).click();
  await expect(warning).toBeHidden();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Mandant 10001 angelegt')).toBeVisible();
  await expect(page.getByTestId('client-count')).toHaveText('2 Mandanten');
  const creates = rsk.invocations.filter((call) => call.channel === 'clients:create');
  expect(creates.map((call) => (call.input as { confirmDuplicate?: boolean }).confirmDuplicate)).toEqual([
    undefined,
    undefined,
    true,
  ]);
  total = await rsk.api.clients.list({});
  expect(total.ok && total.value.total).toBe(2);
});

test('a Nur-Lesen user sees the clients but neither "Neuer Mandant", import nor edit', async ({
  page,
  rsk,
}) => {
  await create(rsk.api, { kind: 'company', companyName: 'Beispiel GmbH' });
  await rsk.createUser({
    username: 'lsommer',
    displayName: 'Lea Sommer',
    role: 'readonly',
    password: 'Nur-Lesen-2026',
  });
  await rsk.login('lsommer', 'Nur-Lesen-2026');
  await page.reload();
  await expect(page.getByTestId('current-user')).toContainText('Lea Sommer');
  await openClients(page);
  await expect(clientRows(page)).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Neuer Mandant' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Importieren' })).toHaveCount(0);
  const detail = await openClientRow(page, '10000');
  await expect(detail.getByTestId('client-detail-name')).toHaveText('Beispiel GmbH');
  await expect(detail.getByRole('button', { name: 'Bearbeiten' })).toHaveCount(0);
  await expect(detail.getByRole('button', { name: 'Löschen' })).toHaveCount(0);
});

test('the detail tabs show the data, and the Verlauf lists an edit with who changed what', async ({
  page,
  rsk,
}) => {
  await create(rsk.api, {
    kind: 'person',
    firstName: 'Jonas',
    lastName: 'Schneider',
    address: { street: 'Hauptstraße 1', postalCode: '80331', city: 'München' },
    taxNumbers: [{ value: '181/815/08155', taxType: 'est' }],
    bankAccounts: [{ iban: 'DE89370400440532013000', accountHolder: 'Jonas Schneider' }],
  });
  await openClients(page);
  const detail = await openClientRow(page, '10000');
  await expect(detail.getByTestId('client-address')).toHaveText('Hauptstraße 1\n80331 München');
  await detail.getByRole('tab', { name: 'Steuer' }).click();
  await expect(detail.getByTestId('client-tax-numbers')).toContainText('181/815/08155');
  await expect(detail.getByTestId('client-tax-numbers')).toContainText('Einkommensteuer');
  await detail.getByRole('tab', { name: 'Bank' }).click();
  await expect(detail).toContainText('DE89 3704 0044 0532 0130 00');
  await detail.getByRole('tab', { name: 'Aufträge' }).click();
  await expect(detail.getByTestId('client-orders-empty')).toBeVisible();
  await detail.getByRole('tab', { name: 'Dokumente' }).click();
  await expect(
    detail.getByTestId('client-documents').or(detail.getByText('Noch keine Dokumente.')),
  ).toBeVisible();

  await detail.getByRole('button', { name: 'Bearbeiten' }).click();
  const form = page.getByRole('dialog', { name: 'Mandant 10000 bearbeiten' });
  await form.getByLabel('Ort', { exact: true }).fill('Bonn');
  await form.getByLabel('PLZ', { exact: true }).fill('53111');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Mandant 10000 gespeichert')).toBeVisible();
  await detail.getByRole('tab', { name: 'Stammdaten' }).click();
  await expect(detail.getByTestId('client-address')).toHaveText('Hauptstraße 1\n53111 Bonn');
  await expect(rowForNumber(page, '10000').locator('[data-col="city"]')).toHaveText('Bonn');

  await detail.getByRole('tab', { name: 'Verlauf' }).click();
  const entries = detail.getByTestId('client-history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toHaveAttribute('data-action', 'client.update');
  await expect(entries.first()).toContainText('Maria Schulz');
  await expect(entries.first()).toContainText('Geändert');
  await expect(entries.first()).toContainText('PLZ: 80331 → 53111');
  await expect(entries.first()).toContainText('Ort: München → Bonn');
  await expect(entries.nth(1)).toHaveAttribute('data-action', 'client.create');
  await expect(entries.nth(1)).toContainText('Angelegt als Schneider, Jonas');
});

test('filters by Art, Status, Berater and Merkmal narrow the list', async ({ page, rsk }) => {
  const berater = await rsk.api.berater.create({ name: 'Dr. Martin Hoffmann', profession: 'Steuerberater' });
  if (!berater.ok) throw new Error(berater.error.message);
  await create(rsk.api, { kind: 'person', lastName: 'Aktiv', tags: ['Lohn'], beraterId: berater.value.id });
  await create(rsk.api, { kind: 'person', lastName: 'Ruhend', status: 'inaktiv' });
  await create(rsk.api, { kind: 'company', companyName: 'Alpha GmbH', tags: ['Lohn'] });
  await create(rsk.api, { kind: 'company', companyName: 'Beta KG', status: 'inaktiv' });
  await openClients(page);
  await expect(page.getByTestId('client-count')).toHaveText('4 Mandanten');
  const filters = page.getByTestId('client-filters');
  const names = clientRows(page).locator('[data-col="name"]');

  await selectOption(page, filters, 'Art', 'Unternehmen');
  await expect(page.getByTestId('client-count')).toHaveText('2 Mandanten');
  await expect(names).toHaveText(['Alpha GmbH', 'Beta KG']);

  await selectOption(page, filters, 'Status', 'Inaktiv');
  await expect(names).toHaveText(['Beta KG']);

  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(page.getByTestId('client-count')).toHaveText('4 Mandanten');

  await selectOption(page, filters, 'Merkmal', 'Lohn');
  await expect(names).toHaveText(['Aktiv', 'Alpha GmbH']);

  await selectOption(page, filters, 'Berater', 'Dr. Martin Hoffmann');
  await expect(names).toHaveText(['Aktiv']);

  await selectOption(page, filters, 'Art', 'Unternehmen');
  await expect(page.getByTestId('client-list-empty')).toHaveText(
    'Keine Mandanten passen zu den gewählten Filtern.',
  );
  const lists = rsk.invocations.filter((call) => call.channel === 'clients:list');
  expect(lists.at(-1)?.input).toMatchObject({ kind: 'company', tag: 'Lohn', beraterId: berater.value.id });
});

test('the form switches between person and company fields', async ({ page }) => {
  await openClients(page);
  const dialog = await fillNewClient(page, { kind: 'company', companyName: 'Nordlicht GmbH' });
  await expect(dialog.getByLabel('Registergericht')).toBeVisible();
  await expect(dialog.getByLabel('Nachname')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Ansprechpartner hinzufügen' }).click();
  await dialog.getByTestId('contact-row').getByLabel('Nachname').fill('Petersen');
  await chooseKind(dialog, 'person');
  await expect(dialog.getByLabel('Registergericht')).toHaveCount(0);
  await expect(dialog.getByLabel('Geburtsdatum')).toBeVisible();
});
