import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './harness/fixtures';
import { inboxRow, openInbox, samplesDir } from './support/inbox-ui';
import { openScreen } from './support/ui';

test('a scan folder set in Einstellungen feeds the Posteingang', async ({ page }) => {
  test.setTimeout(90_000);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-scans-'));
  try {
    await openScreen(page, 'Einstellungen');
    await page.getByRole('tab', { name: 'System' }).click();
    const section = page.getByTestId('scan-folder-settings');
    await expect(section).toContainText('Scan-Ordner');
    await section.getByLabel('Ordner auf diesem Rechner').fill(folder);
    await section.getByRole('button', { name: 'Scan-Ordner speichern' }).click();
    await expect(page.getByText('Scan-Ordner gespeichert')).toBeVisible();
    await expect(section.getByLabel('Ordner auf diesem Rechner')).toHaveValue(folder);

    fs.copyFileSync(path.join(samplesDir, 'docs', 'doc_001.txt'), path.join(folder, 'scan-0001.txt'));
    await openInbox(page);
    // The folder is polled every few seconds and a file is taken once its size stays the same.
    await expect(async () => {
      await page.getByRole('button', { name: 'Aktualisieren' }).click();
      await expect(inboxRow(page, 'scan-0001.txt')).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    await expect(inboxRow(page, 'scan-0001.txt').locator('[data-col="type"]')).toHaveText('Rechnung');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
