import { expect, test } from './harness/fixtures';
import { clientRows, createClientThroughForm, openClients, rowForNumber } from './support/clients-ui';

test('a person and a company created through the form get client numbers 10000 and 10001', async ({
  page,
}) => {
  await openClients(page);
  await expect(page.getByTestId('client-list-empty')).toContainText('Noch keine Mandanten angelegt');

  await createClientThroughForm(page, { kind: 'person', firstName: 'Anna', lastName: 'Müller' });
  await expect(page.getByText('Mandant 10000 angelegt')).toBeVisible();
  await createClientThroughForm(page, { kind: 'company', companyName: 'Beispiel GmbH' });
  await expect(page.getByText('Mandant 10001 angelegt')).toBeVisible();

  await expect(page.getByTestId('client-count')).toHaveText('2 Mandanten');
  await expect(clientRows(page)).toHaveCount(2);
  const anna = rowForNumber(page, '10000');
  await expect(anna.getByRole('cell')).toHaveText(['10000', 'Müller, Anna', 'Person', '', 'Aktiv']);
  const company = rowForNumber(page, '10001');
  await expect(company.getByRole('cell')).toHaveText(['10001', 'Beispiel GmbH', 'Unternehmen', '', 'Aktiv']);

  // The Übersicht counts them too.
  await page.getByRole('navigation').getByRole('button', { name: 'Übersicht' }).click();
  await expect(page.getByTestId('overview-clients-value')).toHaveText('2');
});

test('an empty Nachname is refused at the field in German and nothing is stored', async ({ page, rsk }) => {
  await openClients(page);
  await page.getByRole('button', { name: 'Neuer Mandant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Mandant' });
  await dialog.getByLabel('Vorname').fill('Anna');
  await dialog.getByLabel('Nachname').fill('   ');
  await dialog.getByRole('button', { name: 'Anlegen' }).click();

  const lastName = dialog.getByLabel('Nachname');
  await expect(lastName).toHaveAttribute('aria-invalid', 'true');
  await expect(lastName).toHaveAccessibleDescription('Bitte geben Sie den Nachnamen an.');
  await expect(dialog).toBeVisible();

  // Typing a name clears the message at once.
  await lastName.fill('Müller');
  await expect(lastName).not.toHaveAttribute('aria-invalid', 'true');

  // The company form has its own required field.
  await dialog.getByText('Unternehmen').click();
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(dialog.getByLabel('Firma')).toHaveAccessibleDescription('Bitte geben Sie die Firma an.');

  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  expect(rsk.invocations.filter((call) => call.channel === 'clients:create')).toEqual([]);
  const stored = await rsk.api.clients.list({});
  expect(stored.ok && stored.value.total).toBe(0);
  await expect(page.getByTestId('client-list-empty')).toBeVisible();
});
