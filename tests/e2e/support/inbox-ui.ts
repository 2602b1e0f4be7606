import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { RskApp } from '../harness';
import { repoRoot } from '../harness';

export const samplesDir = path.resolve(repoRoot, '..', 'shared', 'samples');

export interface TruthEntry {
  file: string;
  docType: string;
  format: 'pdf-text' | 'pdf-scan' | 'docx' | 'txt';
  clientNumber: string | null;
  newClient: { kind: string; name: string; street: string; postalCode: string; city: string } | null;
  fields: Record<string, string | number | null>;
  state: string | null;
  einspruchsfristEnd: string | null;
}

export const truth = (): TruthEntry[] =>
  JSON.parse(fs.readFileSync(path.join(samplesDir, 'truth.json'), 'utf8')) as TruthEntry[];

export const truthFor = (file: string): TruthEntry => {
  const entry = truth().find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in truth.json`);
  return entry;
};

export interface DropFile {
  name: string;
  bytes: Buffer | Uint8Array;
}

export const sampleFile = (file: string): DropFile => ({
  name: path.basename(file),
  bytes: fs.readFileSync(path.join(samplesDir, file)),
});

/** The shared sample Mandanten, imported through the API as the CSV import would. */
export async function importSampleClients(rsk: RskApp): Promise<void> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(samplesDir, 'clients.csv')));
  const result = await rsk.api.clients.importRun({
    bytes,
    fileName: 'clients.csv',
    mode: 'valid-only',
    updateExisting: false,
    taskId: 'e2e-sample-clients',
  });
  if (!result.ok) throw new Error(`clients:import-run failed: ${result.error.message}`);
}

/**
 * Drops files onto the window as the operating system would: a DataTransfer with File objects,
 * dispatched as dragenter, dragover and drop on the element under the pointer.
 */
export async function dropFiles(page: Page, files: DropFile[], target = 'main'): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    // Runs in the page; the test project's types have no DOM.
    const Transfer = (
      globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): void } } }
    ).DataTransfer;
    const transfer = new Transfer();
    for (const file of list) {
      const binary = atob(file.base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      transfer.items.add(new File([bytes], file.name));
    }
    return transfer;
  }, payload);
  const element = page.locator(target).first();
  await element.dispatchEvent('dragenter', { dataTransfer });
  await element.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await element.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
}

export async function openInbox(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Posteingang' })
    .click();
  await expect(page.getByRole('heading', { name: 'Posteingang', level: 2 })).toBeVisible();
}

/** Waits for the import panel to finish (OCR of a scan takes a while on two cores). */
export async function waitForImport(page: Page, timeout = 120_000): Promise<void> {
  await expect(page.getByTestId('import-panel')).toHaveAttribute('data-running', 'false', { timeout });
}

export const inboxRow = (page: Page, name: string) =>
  page.getByTestId('inbox-row').filter({ has: page.locator('[data-col="name"]', { hasText: name }) });

/** The client's display name as the core derives it, looked up by number. */
export async function clientNameOf(rsk: RskApp, clientNumber: string): Promise<{ id: number; name: string }> {
  const result = await rsk.api.clients.list({ query: clientNumber, limit: 5 });
  if (!result.ok) throw new Error(result.error.message);
  const client = result.value.items.find((c) => c.clientNumber === clientNumber);
  if (!client) throw new Error(`client ${clientNumber} not found`);
  return { id: client.id, name: client.displayName };
}
