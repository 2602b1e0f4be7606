import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { repoRoot } from '../harness/paths';

/** The shared sample export: 64 clients, Windows-1252, semicolons (next to the repository). */
export const sampleClientsCsv = path.resolve(repoRoot, '..', 'shared', 'samples', 'clients.csv');

export type NewClient =
  { kind: 'person'; firstName?: string; lastName: string } | { kind: 'company'; companyName: string };

export async function openClients(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Mandanten' })
    .click();
  await expect(page.getByRole('heading', { name: 'Mandanten' })).toBeVisible();
}

export const newClientDialog = (page: Page) => page.getByRole('dialog', { name: 'Neuer Mandant' });

/** Chooses Person or Unternehmen in the form's segmented control. */
export async function chooseKind(dialog: Locator, kind: 'person' | 'company'): Promise<void> {
  const label = kind === 'person' ? 'Natürliche Person' : 'Unternehmen';
  await dialog
    .locator('label')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .click();
}

/** Opens "Neuer Mandant" and fills the names; the caller submits. */
export async function fillNewClient(page: Page, client: NewClient): Promise<Locator> {
  await page.getByRole('button', { name: 'Neuer Mandant' }).click();
  const dialog = newClientDialog(page);
  await expect(dialog).toBeVisible();
  await chooseKind(dialog, client.kind);
  if (client.kind === 'person') {
    if (client.firstName) await dialog.getByLabel('Vorname').fill(client.firstName);
    await dialog.getByLabel('Nachname').fill(client.lastName);
  } else {
    await dialog.getByLabel('Firma').fill(client.companyName);
  }
  return dialog;
}

/** Fills and submits the "Neuer Mandant" dialog the way a user would. */
export async function createClientThroughForm(page: Page, client: NewClient): Promise<void> {
  const dialog = await fillNewClient(page, client);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(dialog).toBeHidden();
}

export const clientRows = (page: Page) => page.getByTestId('client-row');

/** The row showing this client number (the first cell of a row). */
export const rowForNumber = (page: Page, clientNumber: string) =>
  clientRows(page).filter({ has: page.locator('[data-col="clientNumber"]', { hasText: clientNumber }) });

export const clientDetail = (page: Page) => page.getByTestId('client-detail');

/** Opens a client's detail by clicking its row. */
export async function openClientRow(page: Page, clientNumber: string): Promise<Locator> {
  await rowForNumber(page, clientNumber).click();
  const detail = clientDetail(page);
  await expect(detail).toBeVisible();
  return detail;
}

/** Picks an option of a Mantine Select (labelled by aria-label) the way a user does. */
export async function selectOption(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.locator(`input[aria-label="${label}"]`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
