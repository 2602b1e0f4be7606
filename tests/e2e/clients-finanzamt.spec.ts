import type { Page } from '@playwright/test';
import type { CreateClientInput, UpdateClientInput } from '../../src-shared/ipc/contracts/clients';
import { expect, test } from './harness/fixtures';
import { fillNewClient, openClientRow, openClients } from './support/clients-ui';

/** Picks a choice of a Mantine Select in the open dropdown. */
const option = (page: Page, name: string | RegExp) => page.getByRole('option', { name });

test('a Finanzamt found by place in the Steuernummer row gives format, address and phone, and is saved', async ({
  page,
  rsk,
}) => {
  await openClients(page);
  const dialog = await fillNewClient(page, { kind: 'person', firstName: 'Karl', lastName: 'Kölsch' });
  await dialog.getByRole('button', { name: 'Steuernummer hinzufügen' }).click();
  const row = dialog.getByTestId('tax-number-row');
  await expect(row).toHaveCount(1);

  await row.getByRole('combobox', { name: 'Finanzamt suchen' }).fill('Köln');
  const altstadt = option(page, /^Finanzamt Köln-Altstadt \(5214\)/);
  // The option shows the office's address and phone from the directory.
  await expect(altstadt).toContainText('Am Weidenbach 2-4, 50676 Köln · Tel. 0221 2026-0');
  await expect(option(page, /Köln-Porz \(5216\)/)).toBeVisible();
  await altstadt.click();
  await expect(row.getByRole('combobox', { name: 'Finanzamt suchen' })).toHaveValue(
    'Finanzamt Köln-Altstadt (5214)',
  );

  // With the field still empty, the printed layout of Nordrhein-Westfalen helps.
  const steuernummer = row.getByRole('textbox', { name: 'Steuernummer', exact: true });
  await expect(steuernummer).toHaveAttribute('placeholder', '214/BBBB/UUUP');
  await expect(steuernummer).toHaveAccessibleDescription(
    'Format in Nordrhein-Westfalen: 214/BBBB/UUUP (z. B. 133/8150/8159)',
  );

  await steuernummer.fill('214/0815/0813');
  const hint = row.getByTestId('finanzamt-hint');
  await expect(hint).toContainText('Finanzamt Köln-Altstadt (5214, Nordrhein-Westfalen)');
  await expect(hint).toContainText('Am Weidenbach 2-4, 50676 Köln');
  await expect(hint).toContainText('Tel. 0221 2026-0');
  await expect(hint).not.toContainText('gehört nicht');

  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Mandant 10000 angelegt')).toBeVisible();
  const create = rsk.invocations.find((call) => call.channel === 'clients:create');
  expect((create?.input as CreateClientInput).taxNumbers).toEqual([
    { value: '214/0815/0813', taxType: 'allgemein', land: 'NW', validFrom: null, validTo: null },
  ]);

  const detail = await openClientRow(page, '10000');
  await detail.getByRole('tab', { name: 'Steuer' }).click();
  const taxNumbers = detail.getByTestId('client-tax-numbers');
  await expect(taxNumbers).toContainText('214/0815/0813');
  await expect(taxNumbers).toContainText('Finanzamt Köln-Altstadt (5214)');
  // No Land was chosen: the core takes that of the first Steuernummer.
  await expect(detail).toContainText('Nordrhein-Westfalen');
});

test('the chosen Finanzamt settles a printed Steuernummer that fits several Länder', async ({
  page,
  rsk,
}) => {
  await openClients(page);
  const dialog = await fillNewClient(page, { kind: 'person', firstName: 'Berta', lastName: 'Huber' });
  await dialog.getByRole('button', { name: 'Steuernummer hinzufügen' }).click();
  const row = dialog.getByTestId('tax-number-row');
  const steuernummer = row.getByRole('textbox', { name: 'Steuernummer', exact: true });

  // 181/815/08155 is a valid number in Bayern, Sachsen-Anhalt and Thüringen: alone it is refused.
  await steuernummer.fill('181/815/08155');
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(steuernummer).toHaveAttribute('aria-invalid', 'true');
  await expect(steuernummer).toHaveAccessibleDescription(/nicht eindeutig bestimmen/);
  expect(rsk.invocations.filter((call) => call.channel === 'clients:create')).toHaveLength(0);

  // Searching by the BUFA finds the Munich office; choosing it picks Bayern.
  await row.getByRole('combobox', { name: 'Finanzamt suchen' }).fill('9181');
  await option(page, /^Finanzamt München Überschusseinkünfte \(9181\)/).click();
  await expect(row.getByTestId('finanzamt-hint')).toContainText('(9181, Bayern)');
  await expect(row.getByTestId('finanzamt-hint')).toContainText('Deroystr. 18, 80335 München');

  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(dialog).toBeHidden();
  const create = rsk.invocations.find((call) => call.channel === 'clients:create');
  expect((create?.input as CreateClientInput).taxNumbers?.[0]).toMatchObject({
    value: '181/815/08155',
    land: 'BY',
  });
  const stored = await rsk.api.clients.list({});
  const id = stored.ok ? stored.value.items[0]?.id : undefined;
  const client = await rsk.api.clients.get({ id: id ?? 0 });
  expect(client.ok && client.value.taxNumbers.map((tax) => [tax.elster13, tax.land])).toEqual([
    ['9181081508155', 'BY'],
  ]);
});

test('the Land des Finanzamts is kept when another field is edited, and can be changed', async ({
  page,
  rsk,
}) => {
  const created = await rsk.api.clients.create({
    kind: 'person',
    firstName: 'Hanna',
    lastName: 'Hessel',
    finanzamtLand: 'HE',
  });
  expect(created.ok).toBe(true);
  await openClients(page);
  const detail = await openClientRow(page, '10000');
  await detail.getByRole('tab', { name: 'Steuer' }).click();
  await expect(detail).toContainText('Hessen');

  await detail.getByRole('button', { name: 'Bearbeiten' }).click();
  let form = page.getByRole('dialog', { name: 'Mandant 10000 bearbeiten' });
  const land = form.getByRole('combobox', { name: 'Land des Finanzamts' });
  await expect(land).toHaveValue('Hessen');
  await form.getByLabel('Telefon', { exact: true }).fill('069 123456');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Mandant 10000 gespeichert')).toBeVisible();

  const update = rsk.invocations.find((call) => call.channel === 'clients:update');
  expect((update?.input as UpdateClientInput).finanzamtLand).toBe('HE');
  let stored = await rsk.api.clients.get({ id: created.ok ? created.value.id : 0 });
  expect(stored.ok && [stored.value.finanzamtLand, stored.value.phone]).toEqual(['HE', '069 123456']);
  await expect(detail).toContainText('Hessen');

  // Choosing another Land stores it.
  await detail.getByRole('button', { name: 'Bearbeiten' }).click();
  form = page.getByRole('dialog', { name: 'Mandant 10000 bearbeiten' });
  await form.getByRole('combobox', { name: 'Land des Finanzamts' }).click();
  await option(page, 'Thüringen').click();
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toBeHidden();
  stored = await rsk.api.clients.get({ id: created.ok ? created.value.id : 0 });
  expect(stored.ok && stored.value.finanzamtLand).toBe('TH');
  await expect(detail).toContainText('Thüringen');
});
