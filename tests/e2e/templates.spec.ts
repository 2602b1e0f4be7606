import fs from 'node:fs';
import { expect, test } from './harness/fixtures';
import { ok } from './support/kanzlei-seed';
import { DOCX_MIME, docxEntries, docxWithParagraph, openTemplates, uploadFile } from './support/templates-ui';
import { choose, field } from './support/ui';

test('upload: a template with an unknown placeholder is stored with a warning naming it', async ({
  page,
}) => {
  await openTemplates(page);
  const dialog = await uploadFile(page, {
    name: 'Erinnerung_Mandant.docx',
    mimeType: DOCX_MIME,
    buffer: docxWithParagraph('Hinweis: {mandant.unbekannt}'),
  });
  const warning = dialog.getByTestId('inspection-unknown');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('mandant.unbekannt');
  await expect(warning).toContainText('Unbekannte Platzhalter');

  await expect(field(dialog, 'Name')).toHaveValue('Erinnerung Mandant');
  await field(dialog, 'Kategorie').fill('Eigene Briefe');
  await dialog.getByRole('button', { name: 'Hochladen' }).click();
  await expect(dialog).toBeHidden();

  // The library shows it with its warning; the details drawer repeats the inspection.
  const row = page.getByTestId('template-row').filter({ hasText: 'Erinnerung Mandant' });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('template-warnings')).toHaveText('1 Hinweis');
  const drawer = page.getByTestId('template-detail');
  await expect(drawer).toContainText('Erinnerung Mandant');
  await drawer.getByRole('tab', { name: /Prüfung/ }).click();
  await expect(drawer.getByTestId('inspection-unknown')).toContainText('mandant.unbekannt');
  await drawer.getByRole('tab', { name: 'Versionen' }).click();
  await expect(drawer.getByTestId('template-versions')).toContainText('Erinnerung_Mandant.docx');
});

test('library: new version, download of a version, edit, archive and restore', async ({ page }) => {
  await openTemplates(page);
  const first = await uploadFile(page, {
    name: 'Hinweisschreiben.docx',
    mimeType: DOCX_MIME,
    buffer: docxWithParagraph('Hinweis: {mandant.unbekannt}'),
  });
  await field(first, 'Kategorie').fill('Eigene Briefe');
  await first.getByRole('button', { name: 'Hochladen' }).click();
  await expect(first).toBeHidden();

  // A corrected file becomes version 2; version 1 stays and can still be downloaded.
  const drawer = page.getByTestId('template-detail');
  await drawer.getByRole('button', { name: 'Neue Version hochladen' }).click();
  const second = page.getByRole('dialog', { name: 'Neue Version von „Hinweisschreiben“' });
  await second.locator('input[type="file"]').setInputFiles({
    name: 'Hinweisschreiben-korrigiert.docx',
    mimeType: DOCX_MIME,
    buffer: docxWithParagraph('Hinweis für {mandant.briefanrede}'),
  });
  await expect(second.getByTestId('inspection-ok')).toBeVisible();
  await second.getByRole('button', { name: 'Als neue Version speichern' }).click();
  await expect(second).toBeHidden();
  const row = page.getByTestId('template-row').filter({ hasText: 'Hinweisschreiben' });
  await expect(row).toContainText('V2');
  await expect(row.getByTestId('template-warnings')).toHaveCount(0);

  await drawer.getByRole('tab', { name: 'Versionen' }).click();
  const versions = drawer.getByTestId('template-versions');
  await expect(versions.locator('tbody tr')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await versions.getByRole('button', { name: 'Version 1 herunterladen' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  await drawer.getByRole('button', { name: 'Bearbeiten' }).click();
  const meta = page.getByRole('dialog', { name: 'Vorlage bearbeiten' });
  await field(meta, 'Name').fill('Hinweisschreiben an Mandanten');
  await meta.getByRole('button', { name: 'Speichern' }).click();
  await expect(meta).toBeHidden();
  await expect(drawer.getByRole('heading', { name: 'Hinweisschreiben an Mandanten' })).toBeVisible();

  await drawer.getByRole('button', { name: 'Archivieren' }).click();
  await expect(drawer.getByText('Archiviert', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(row).toHaveCount(0);
  await page.getByRole('switch', { name: 'Archivierte anzeigen' }).check();
  await expect(row).toContainText('Archiviert');
});

test('upload: a file that is no DOCX is refused with a German message', async ({ page }) => {
  await openTemplates(page);
  const dialog = await uploadFile(page, {
    name: 'brief.docx',
    mimeType: DOCX_MIME,
    buffer: Buffer.from('Das ist nur Text und kein Word-Dokument.\n', 'utf8'),
  });
  const refusal = dialog.getByTestId('upload-refusal');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('keine Word-Vorlage');
  await expect(dialog.getByTestId('template-upload-form')).toHaveCount(0);
});

test('placeholders: search and copy shows "Kopiert"', async ({ page }) => {
  await openTemplates(page);
  await page.getByRole('tab', { name: 'Platzhalter' }).click();
  const list = page.getByTestId('placeholder-list');
  await list.getByLabel('Platzhalter suchen').fill('briefanrede');
  const row = list.locator('[data-testid="placeholder-row"][data-key="mandant.briefanrede"]');
  await expect(row).toBeVisible();
  await expect(row).toContainText('{mandant.briefanrede}');
  // The search narrowed the list: no Kanzlei placeholders are left.
  await expect(list.locator('[data-testid="placeholder-row"][data-key="kanzlei.name"]')).toHaveCount(0);
  await row.getByRole('button', { name: '{mandant.briefanrede} kopieren' }).click();
  await expect(row.getByRole('button', { name: 'Kopiert' })).toBeVisible();
});

test('letter: preview shows the client, a missing value typed in appears, the document is stored', async ({
  page,
  rsk,
}) => {
  const client = ok(
    await rsk.api.clients.create({
      kind: 'person',
      salutation: 'frau',
      firstName: 'Hannelore',
      lastName: 'Brinkmann',
      address: { street: 'Lindenstraße 5', postalCode: '40477', city: 'Düsseldorf' },
    }),
  );
  await openTemplates(page);
  await page.getByRole('button', { name: 'Brief erstellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Brief erstellen' });
  await choose(page, field(dialog, 'Vorlage'), 'Mandantenan', 'Mandantenanschreiben');
  await choose(page, field(dialog, 'Mandant'), 'Brinkmann', /Brinkmann, Hannelore/);

  const preview = page.frameLocator('[data-testid="letter-preview"]');
  await expect(preview.locator('body')).toContainText('Hannelore Brinkmann');
  // The report names what is missing; the Betreff typed here goes into this letter only.
  await expect(dialog.getByTestId('missing-report')).toContainText('Betreff');
  await dialog.getByLabel('Betreff (Benutzereingabe)').fill('Ihre Unterlagen für 2026');
  await expect(preview.locator('body')).toContainText('Ihre Unterlagen für 2026');
  await expect(page.locator('[data-testid="letter-preview"]')).toHaveAttribute('sandbox', '');

  await dialog.getByRole('checkbox', { name: 'Frist oder Wiedervorlage anlegen' }).check();
  await dialog.getByLabel('Titel').fill('Unterlagen nachfassen');
  await dialog.getByLabel('Datum').fill('15.12.2030');
  await dialog.getByRole('button', { name: 'Erstellen' }).click();

  const result = dialog.getByTestId('letter-result');
  await expect(result).toContainText('Dokument gespeichert');
  await expect(result).toContainText('.docx');
  await expect(result).toContainText('Die Wiedervorlage wurde als Auftrag angelegt.');
  const download = page.waitForEvent('download');
  await result.getByRole('button', { name: 'Dokument herunterladen' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  const orders = ok(await rsk.api.orders.list({ clientId: client.id }));
  const followUp = orders.items.find((o) => o.title === 'Unterlagen nachfassen');
  expect(followUp?.reminderDate ?? followUp?.dueDate).toBe('2030-12-15');
});

test('serial letter: three clients by filter, per-client check, a ZIP with three letters', async ({
  page,
  rsk,
}) => {
  test.setTimeout(60_000);
  for (const name of ['Serienmandant Alpha GmbH', 'Serienmandant Beta GmbH', 'Serienmandant Gamma KG']) {
    ok(
      await rsk.api.clients.create({
        kind: 'company',
        companyName: name,
        address: { postalCode: '50667', city: 'Köln' },
      }),
    );
  }
  ok(await rsk.api.clients.create({ kind: 'company', companyName: 'Andere Firma GmbH' }));

  await openTemplates(page);
  await page.getByRole('button', { name: 'Serienbrief', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Serienbrief' });
  await choose(page, field(dialog, 'Vorlage'), 'Mandantenan', 'Mandantenanschreiben');
  await dialog.getByLabel('Suche').fill('Serienmandant');
  await dialog.getByRole('button', { name: 'Empfänger prüfen' }).click();
  const check = dialog.getByTestId('serial-check');
  await expect(check).toContainText('3 Empfänger');
  await expect(dialog.getByTestId('serial-check-row')).toHaveCount(3);
  await expect(check).not.toContainText('Andere Firma');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Serienbrief erstellen' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.zip$/);
  const saved = await file.path();
  expect(docxEntries(fs.readFileSync(saved))).toHaveLength(3);
  await expect(dialog.getByTestId('serial-result')).toContainText('3 Briefe erstellt');
});

test('serial letter: picked clients into one combined DOCX', async ({ page, rsk }) => {
  for (const name of ['Einzelwahl Nord GmbH', 'Einzelwahl Süd GmbH']) {
    ok(await rsk.api.clients.create({ kind: 'company', companyName: name }));
  }
  await openTemplates(page);
  await page.getByRole('button', { name: 'Serienbrief', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Serienbrief' });
  await choose(page, field(dialog, 'Vorlage'), 'Mandantenan', 'Mandantenanschreiben');
  await dialog.getByText('Einzeln auswählen').click();
  await choose(page, dialog.getByLabel('Mandant hinzufügen'), 'Einzelwahl Nord', /Einzelwahl Nord GmbH/);
  await choose(page, dialog.getByLabel('Mandant hinzufügen'), 'Einzelwahl Süd', /Einzelwahl Süd GmbH/);
  await expect(dialog.getByTestId('serial-pick')).toContainText('2 Mandanten ausgewählt');
  await dialog.getByRole('radio', { name: 'Ein gemeinsames DOCX-Dokument' }).check();
  await dialog.getByRole('button', { name: 'Empfänger prüfen' }).click();
  await expect(dialog.getByTestId('serial-check-row')).toHaveCount(2);

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Serienbrief erstellen' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  await expect(dialog.getByTestId('serial-result')).toContainText('2 Briefe erstellt');
});
