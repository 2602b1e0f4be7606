import { expect, test } from './harness/fixtures';
import { clientDetail, clientRows, openClientRow, openClients, sampleClientsCsv } from './support/clients-ui';

test('import the shared sample, find Mueller, and a wrong check digit is refused at the Steuernummer', async ({
  page,
  rsk,
}) => {
  test.setTimeout(60_000);
  await openClients(page);
  await page.getByRole('button', { name: 'Importieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mandanten importieren' });
  await expect(dialog).toBeVisible();

  // The file goes to the dropzone's file input, as a drop or the file picker would hand it over.
  await dialog.getByTestId('import-dropzone').locator('input[type="file"]').setInputFiles(sampleClientsCsv);
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.getByTestId('import-encoding')).toHaveText('Zeichensatz: Windows-1252 (ANSI)');
  await expect(preview.getByTestId('import-delimiter')).toHaveText('Trennzeichen: Semikolon');
  await expect(preview.getByTestId('import-counts')).toContainText(
    '64 Zeilen: 64 gültig, 0 fehlerhaft, 0 mit vorhandener Mandantennummer',
  );
  // All 19 columns are recognised; the two Berlin numbers of the other check variant are hints, not errors.
  await expect(preview.getByTestId('import-mapping').getByRole('row')).toHaveCount(20);
  await expect(preview.getByText('unbekannt', { exact: true })).toHaveCount(0);
  const berlin = preview
    .getByTestId('import-problems')
    .getByRole('row')
    .filter({ hasText: 'Berliner Prüfverfahren' });
  await expect(berlin).toHaveCount(2);
  await expect(berlin.first()).toContainText('Hinweis');
  await expect(berlin.first().getByRole('cell').first()).toHaveText('4');
  await expect(preview.locator('[data-severity="error"]')).toHaveCount(0);

  await dialog.getByRole('radio', { name: 'Alles oder nichts' }).check();
  await dialog.getByRole('button', { name: 'Importieren' }).click();
  const result = dialog.getByTestId('import-result');
  await expect(result.getByTestId('import-result-counts')).toHaveText(
    '64 neu angelegt, 0 aktualisiert, 0 unverändert, 0 übersprungen, 0 abgelehnt',
  );
  await expect(result).toContainText('Keine Zeile wurde abgelehnt.');
  const run = rsk.invocations.find((call) => call.channel === 'clients:import-run');
  expect(run?.input).toMatchObject({ mode: 'all-or-nothing', updateExisting: false });
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('client-count')).toHaveText('64 Mandanten');
  const stored = await rsk.api.clients.list({});
  expect(stored.ok && stored.value.total).toBe(64);

  // "mueller" finds the Müller spelled Mueller (and the club whose e-mail says mueller).
  await page.getByRole('searchbox', { name: 'Suche' }).fill('mueller');
  await expect(page.getByTestId('client-count')).toHaveText('2 Mandanten');
  await expect(clientRows(page).locator('[data-col="name"]')).toContainText(['Mueller, Stefan']);

  const detail = await openClientRow(page, '10046');
  await expect(detail.getByTestId('client-detail-name')).toHaveText('Mueller, Stefan');
  await detail.getByRole('button', { name: 'Bearbeiten' }).click();
  const form = page.getByRole('dialog', { name: 'Mandant 10046 bearbeiten' });
  const steuernummer = form.getByRole('textbox', { name: 'Steuernummer', exact: true });
  await expect(steuernummer).toHaveValue('103/8190/3351');
  // The Finanzamt shows while typing.
  await expect(steuernummer).toHaveAccessibleDescription(/Düsseldorf-Altstadt \(5103, Nordrhein-Westfalen\)/);
  await steuernummer.fill('103/8190/3352');
  const updatesBefore = rsk.invocations.filter((call) => call.channel === 'clients:update').length;
  await form.getByRole('button', { name: 'Speichern' }).click();

  await expect(steuernummer).toHaveAttribute('aria-invalid', 'true');
  await expect(steuernummer).toHaveAccessibleDescription(
    /Die Prüfziffer passt zu keinem der möglichen Bundesländer .* Bitte auf Tippfehler prüfen\./,
  );
  await expect(form).toBeVisible();
  await expect(form.getByTestId('client-form-error')).toHaveText('Bitte die markierten Felder prüfen.');
  expect(rsk.invocations.filter((call) => call.channel === 'clients:update').length).toBe(updatesBefore);
  const id = Number(await clientDetail(page).getAttribute('data-client-id'));
  const after = await rsk.api.clients.get({ id });
  expect(after.ok && after.value.taxNumbers.map((tax) => tax.printed)).toEqual(['103/8190/3351']);
  expect(after.ok && after.value.version).toBe(1);
});
