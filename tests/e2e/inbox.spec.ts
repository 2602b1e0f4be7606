import { docTypeLabels, type DocType } from '../../src-shared/rules/documents/doc-types';
import { expect, test } from './harness/fixtures';
import { openClientRow, openClients } from './support/clients-ui';
import { germanDate } from './support/dates';
import { ok } from './support/kanzlei-seed';
import {
  clientNameOf,
  dropFiles,
  importSampleClients,
  inboxRow,
  openInbox,
  sampleFile,
  truthFor,
  waitForImport,
} from './support/inbox-ui';
import { openScreen } from './support/ui';

// A text PDF Einkommensteuerbescheid for Stefan Mueller and a scanned one for another client.
const TEXT_BESCHEID = 'docs/doc_020.pdf';
const SCAN_BESCHEID = 'docs/doc_012.pdf';

test('dropped text PDF and scan land in the Posteingang with client and type; confirming the Bescheid creates "Bescheid prüfen" with the Einspruchsfrist', async ({
  page,
  rsk,
}) => {
  // OCR of a scanned page takes 10–30 s on a two-core machine.
  test.setTimeout(300_000);
  const text = truthFor(TEXT_BESCHEID);
  const scan = truthFor(SCAN_BESCHEID);
  expect(text.format).toBe('pdf-text');
  expect(scan.format).toBe('pdf-scan');
  // "Today" a few days after the text Bescheid arrived, so its Einspruchsfrist is still running.
  rsk.clock.set('2026-03-10T09:00:00+01:00');
  await importSampleClients(rsk);
  const textClient = await clientNameOf(rsk, text.clientNumber ?? '');
  const scanClient = await clientNameOf(rsk, scan.clientNumber ?? '');

  await openInbox(page);
  await expect(page.getByTestId('inbox-empty')).toBeVisible();
  await dropFiles(page, [sampleFile(TEXT_BESCHEID), sampleFile(SCAN_BESCHEID)]);
  await expect(page.getByTestId('import-panel')).toBeVisible();
  await waitForImport(page, 240_000);
  const items = page.getByTestId('import-item');
  await expect(items).toHaveCount(2);
  await expect(items.and(page.locator('[data-outcome="imported"]'))).toHaveCount(2);

  // Both are listed with the right type and the proposed client.
  for (const [file, entry, client] of [
    ['doc_020.pdf', text, textClient],
    ['doc_012.pdf', scan, scanClient],
  ] as const) {
    const row = inboxRow(page, file);
    await expect(row).toHaveCount(1);
    await expect(row.locator('[data-col="type"]')).toHaveText(docTypeLabels[entry.docType as DocType]);
    await expect(row.locator('[data-col="client"]')).toContainText(client.name);
    await expect(row.locator('[data-col="frist"]')).toHaveText(germanDate(entry.einspruchsfristEnd ?? ''));
  }

  // The review shows the preview and the proposal; the order is proposed with the Einspruchsfrist.
  await inboxRow(page, 'doc_020.pdf').click();
  const review = page.getByTestId('document-review');
  await expect(review.getByTestId('review-name')).toHaveText('doc_020.pdf');
  await expect(review.getByTestId('preview-image')).toBeVisible();
  await expect(review.getByTestId('review-doctype')).toHaveValue(docTypeLabels.est_bescheid);
  await expect(review.getByTestId('review-frist-value')).toHaveText(
    germanDate(text.einspruchsfristEnd ?? ''),
  );
  await expect(review.getByTestId('field-steuernummer')).toHaveValue(String(text.fields['steuernummer']));
  const orderBox = review.getByTestId('review-order-checkbox');
  await expect(orderBox).toBeChecked();
  await expect(review.getByTestId('confirm-area')).toContainText(
    `Auftrag „Bescheid prüfen“ mit Frist ${germanDate(text.einspruchsfristEnd ?? '')} anlegen`,
  );
  await review.getByTestId('review-confirm').click();
  const created = page.getByTestId('order-created');
  await expect(created).toContainText(textClient.name);
  await expect(created).toContainText(germanDate(text.einspruchsfristEnd ?? ''));
  await expect(review.getByTestId('filed-view')).toBeVisible();
  await expect(inboxRow(page, 'doc_020.pdf')).toHaveCount(0);
  await expect(inboxRow(page, 'doc_012.pdf')).toHaveCount(1);

  // The order exists for that client with the Frist of the truth file…
  const orders = ok(await rsk.api.orders.list({})).items.filter((o) => o.clientId === textClient.id);
  expect(orders.map((o) => [o.orderTypeName, o.title, o.dueDate])).toEqual([
    ['Bescheid prüfen', 'Einkommensteuerbescheid 2025 prüfen', text.einspruchsfristEnd],
  ]);
  // …and on the Aufträge screen.
  await openScreen(page, 'Aufträge');
  const orderRow = page.getByTestId('order-row').filter({ hasText: 'Einkommensteuerbescheid 2025 prüfen' });
  await expect(orderRow).toHaveCount(1);
  await expect(orderRow).toContainText(textClient.name);
  await expect(orderRow).toContainText(germanDate(text.einspruchsfristEnd ?? ''));

  // The filed document is under "Abgelegt"; the scan still waits for review.
  await openInbox(page);
  await page.getByRole('tab', { name: 'Abgelegt' }).click();
  await expect(inboxRow(page, 'doc_020.pdf')).toHaveCount(1);
  await expect(inboxRow(page, 'doc_012.pdf')).toHaveCount(0);
});

test('a renamed executable in the same drop is refused in German while the good file is imported', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openInbox(page);
  // "MZ" plus a PE header: a Windows program with a harmless name.
  const exe = new Uint8Array(1024);
  exe.set([0x4d, 0x5a, 0x90, 0x00]);
  exe.set([0x80, 0x00, 0x00, 0x00], 0x3c);
  exe.set([0x50, 0x45, 0x00, 0x00], 0x80);
  await dropFiles(page, [{ name: 'Rechnung.pdf', bytes: exe }, sampleFile('docs/doc_001.txt')]);
  await waitForImport(page);
  const items = page.getByTestId('import-item');
  await expect(items).toHaveCount(2);
  const refused = items.and(page.locator('[data-outcome="refused"]'));
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText('Rechnung.pdf');
  await expect(refused.getByTestId('import-item-error')).toHaveText(
    'Die Datei ist ein ausführbares Programm und wird aus Sicherheitsgründen nicht geöffnet.',
  );
  await expect(items.and(page.locator('[data-outcome="imported"]'))).toContainText('doc_001.txt');
  await expect(page.getByTestId('import-summary')).toHaveText(
    '1 eingelesen, 0 bereits vorhanden, 1 abgelehnt',
  );
  await expect(inboxRow(page, 'doc_001.txt')).toHaveCount(1);
  await expect(inboxRow(page, 'Rechnung.pdf')).toHaveCount(0);
  await expect(inboxRow(page, 'doc_001.txt').locator('[data-col="type"]')).toHaveText('Rechnung');

  // The same file again points to the stored document.
  await page.getByRole('button', { name: 'Schließen' }).click();
  await dropFiles(page, [sampleFile('docs/doc_001.txt')]);
  await waitForImport(page);
  await expect(page.getByTestId('import-item')).toHaveAttribute('data-outcome', 'duplicate');
  await expect(page.getByTestId('import-item')).toContainText('bereits vorhanden');
  await expect(page.getByTestId('inbox-row')).toHaveCount(1);
});

test("a file dropped on a client's page is proposed for that client and listed in the client's Dokumente", async ({
  page,
  rsk,
}) => {
  test.setTimeout(120_000);
  await importSampleClients(rsk);
  const mueller = await clientNameOf(rsk, '10046');
  await openClients(page);
  await page.getByTestId('client-search').fill('10046');
  const detail = await openClientRow(page, '10046');
  // A note that names nobody: the drop on Mueller's page decides.
  const note = {
    name: 'Telefonnotiz.txt',
    bytes: Buffer.from('Telefonnotiz\n\nRückruf wegen der Belege für die Druckerei erbeten.\n'),
  };
  await dropFiles(page, [note], '[data-testid="client-detail"]');
  await waitForImport(page);
  await detail.getByRole('tab', { name: 'Dokumente' }).click();
  const rows = detail.getByTestId('client-document-row');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Telefonnotiz.txt');

  await rows.getByRole('button', { name: 'Vorschau' }).click();
  const preview = page.getByRole('dialog', { name: 'Vorschau: Telefonnotiz.txt' });
  await expect(preview.getByTestId('preview-text')).toContainText('Rückruf wegen der Belege');
  await preview.getByRole('button').first().click();
  await expect(preview).toBeHidden();

  await rows.getByRole('button', { name: 'Im Posteingang zeigen' }).click();
  await expect(page.getByRole('heading', { name: 'Posteingang', level: 2 })).toBeVisible();
  await expect(inboxRow(page, 'Telefonnotiz.txt').locator('[data-col="client"]')).toContainText(mueller.name);
  const review = page.getByTestId('document-review');
  await expect(review.getByTestId('review-name')).toHaveText('Telefonnotiz.txt');
  await expect(review.getByRole('radio', { name: /Mueller, Stefan \(10046\)/ })).toBeChecked();
});

test('a Nur-Lesen user sees the Posteingang but can neither import nor confirm', async ({ page, rsk }) => {
  test.setTimeout(90_000);
  const bytes = new Uint8Array(sampleFile('docs/doc_001.txt').bytes);
  ok(await rsk.api.documents.import({ files: [{ name: 'doc_001.txt', bytes }], taskId: 'e2e-readonly' }));
  await rsk.createUser({
    username: 'leser',
    displayName: 'Lena Leser',
    role: 'readonly',
    password: 'Nur-Lesen-Passwort-2026',
  });
  await rsk.login('leser', 'Nur-Lesen-Passwort-2026');
  await page.reload();
  await expect(page.getByTestId('current-user')).toContainText('Lena Leser');

  await openInbox(page);
  await expect(page.getByTestId('pick-files')).toHaveCount(0);
  await inboxRow(page, 'doc_001.txt').click();
  const review = page.getByTestId('document-review');
  await expect(review.getByTestId('review-form')).toContainText('Ihre Rolle erlaubt hier nur das Lesen.');
  await expect(review.getByTestId('review-confirm')).toHaveCount(0);

  const letter = { name: 'noch-eine.txt', bytes: Buffer.from('Noch ein Schreiben') };
  const dataTransfer = await page.evaluateHandle(() => {
    const Transfer = (globalThis as unknown as { DataTransfer: new () => { items: { add(f: File): void } } })
      .DataTransfer;
    return new Transfer();
  });
  await page.evaluate(([transfer, file]) => transfer.items.add(new File([file.text], file.name)), [
    dataTransfer,
    { name: letter.name, text: letter.bytes.toString('utf8') },
  ] as const);
  await page.locator('main').dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toContainText('Ihre Rolle erlaubt keinen Import.');
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Ihre Rolle erlaubt keinen Import.')).toBeVisible();
  await expect(page.getByTestId('import-panel')).toHaveCount(0);
  expect(rsk.invocations.filter((i) => i.channel === 'documents:import')).toHaveLength(0);
});
