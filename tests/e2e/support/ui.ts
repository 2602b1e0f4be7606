import { expect, type Locator, type Page } from '@playwright/test';

export async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

/** Picks an option of a Mantine Select (or the Mandant search) by typing and clicking it. */
export async function choose(
  page: Page,
  field: Locator,
  typed: string,
  option: string | RegExp,
): Promise<void> {
  await field.click();
  if (typed) await field.fill(typed);
  await page.getByRole('option', { name: option }).click();
}

/** The field with exactly this label; Mantine appends " *" to the label of a required field. */
export const field = (scope: Locator | Page, label: string): Locator =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
