import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness/fixtures';
import { ok } from './support/kanzlei-seed';
import { importSampleClients, samplesDir } from './support/inbox-ui';

test('Ctrl+K finds a client by "mueller" and a document by a word of its text, and opens them', async ({
  page,
  rsk,
}) => {
  test.setTimeout(90_000);
  await importSampleClients(rsk);
  const bytes = new Uint8Array(fs.readFileSync(path.join(samplesDir, 'docs', 'doc_001.txt')));
  const imported = ok(
    await rsk.api.documents.import({ files: [{ name: 'doc_001.txt', bytes }], taskId: 'e2e-search' }),
  );
  expect(imported.items.map((i) => i.ok)).toEqual([true]);

  // From the Übersicht, without touching the mouse.
  await page.keyboard.press('Control+K');
  const input = page.getByTestId('search-input');
  await expect(input).toBeFocused();
  await input.fill('mueller');
  const clients = page.getByTestId('search-client');
  await expect(clients.filter({ hasText: 'Mueller, Stefan (10046)' })).toHaveCount(1);
  await clients.filter({ hasText: 'Mueller, Stefan (10046)' }).click();
  await expect(input).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Mandanten', level: 2 })).toBeVisible();
  await expect(page.getByTestId('client-detail')).toContainText('Mueller');

  // A word only the document's text contains.
  await page.keyboard.press('Control+K');
  await input.fill('Druckhaus');
  const documents = page.getByTestId('search-document');
  await expect(documents).toHaveCount(1);
  await expect(documents).toContainText('doc_001.txt');
  await documents.click();
  await expect(page.getByRole('heading', { name: 'Posteingang', level: 2 })).toBeVisible();
  await expect(page.getByTestId('document-review').getByTestId('review-name')).toHaveText('doc_001.txt');

  // Nothing found is said in German.
  await page.keyboard.press('Control+K');
  await input.fill('Xylophonwerkstatt');
  await expect(page.getByTestId('search-empty')).toHaveText('Nichts gefunden.');
});
