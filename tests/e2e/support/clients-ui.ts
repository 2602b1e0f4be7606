import { expect, type Page } from '@playwright/test';

export type NewClient =
  { kind: 'person'; firstName?: string; lastName: string } | { kind: 'company'; companyName: string };

export async function openClients(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Mandanten' })
    .click();
  await expect(page.getByRole('heading', { name: 'Mandanten' })).toBeVisible();
}

/** Fills and submits the "Neuer Mandant" dialog the way a user would. */
export async function createClientThroughForm(page: Page, client: NewClient): Promise<void> {
  await page.getByRole('button', { name: 'Neuer Mandant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Mandant' });
  await expect(dialog).toBeVisible();
  if (client.kind === 'person') {
    await dialog.getByText('Natürliche Person').click();
    if (client.firstName) await dialog.getByLabel('Vorname').fill(client.firstName);
    await dialog.getByLabel('Nachname').fill(client.lastName);
  } else {
    await dialog.getByText('Unternehmen').click();
    await dialog.getByLabel('Firma').fill(client.companyName);
  }
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(dialog).toBeHidden();
}

export const clientRows = (page: Page) => page.getByTestId('client-row');

/** The row showing this client number (the first cell of a row). */
export const rowForNumber = (page: Page, clientNumber: string) =>
  clientRows(page).filter({ has: page.locator('[data-col="clientNumber"]', { hasText: clientNumber }) });
