import type { Locator, Page } from '@playwright/test';
import { openScreen } from './ui';

export async function openOrdersView(page: Page, view: 'Liste' | 'Kanban' | 'Kalender'): Promise<void> {
  await openScreen(page, 'Aufträge');
  await page.getByRole('tab', { name: view }).click();
}

export const kanbanColumn = (page: Page, status: string): Locator =>
  page.getByTestId(`kanban-column-${status}`);

export const kanbanCard = (page: Page, title: string): Locator =>
  page.getByTestId('kanban-card').filter({ hasText: title });

/**
 * Drags a card onto a column with synthetic HTML5 drag events sharing one DataTransfer, as a mouse
 * drag would send them. `whileDragging` runs between dragover and drop (to check the highlighted columns).
 */
export async function dragCard(
  page: Page,
  card: Locator,
  column: Locator,
  whileDragging?: () => Promise<void>,
): Promise<void> {
  // Runs in the page; the Node tsconfig has no DOM types, hence the cast.
  const dataTransfer = await page.evaluateHandle(
    () => new (globalThis as unknown as { DataTransfer: new () => object }).DataTransfer(),
  );
  await card.dispatchEvent('dragstart', { dataTransfer });
  await column.dispatchEvent('dragenter', { dataTransfer });
  await column.dispatchEvent('dragover', { dataTransfer });
  await whileDragging?.();
  await column.dispatchEvent('drop', { dataTransfer });
  await card.dispatchEvent('dragend', { dataTransfer });
  await dataTransfer.dispose();
}
