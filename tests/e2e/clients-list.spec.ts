import type { Page } from '@playwright/test';
import type { RskApi } from '../../src-shared/ipc/build-api';
import type { CreateClientInput } from '../../src-shared/ipc/contracts/clients';
import { seedSyntheticClients } from '../../src-main/core/services/seed/synthetic-clients';
import { expect, test } from './harness/fixtures';
import { clientRows, openClients } from './support/clients-ui';

const people: [string, string][] = [
  ['Anna', 'Müller'],
  ['Jonas', 'Schneider'],
  ['Lea', 'Fischer'],
  ['Paul', 'Weber'],
  ['Marie', 'Meyer'],
  ['Felix', 'Wagner'],
  ['Sophie', 'Becker'],
  ['Lukas', 'Schulz'],
  ['Emma', 'Hoffmann'],
  ['Ben', 'Müller-Lüdenscheidt'],
];
const companies = [
  'Beispiel GmbH',
  'Nordlicht Bau KG',
  'Zahnarztpraxis Dr. Krüger',
  'Ostsee Reisen GmbH & Co. KG',
];

async function seed(api: RskApi, inputs: CreateClientInput[]): Promise<void> {
  for (const input of inputs) {
    const result = await api.clients.create(input);
    if (!result.ok) throw new Error(result.error.message);
  }
}

const seedSmall = (api: RskApi) =>
  seed(api, [
    ...people.map(([firstName, lastName]): CreateClientInput => ({ kind: 'person', firstName, lastName })),
    ...companies.map((companyName): CreateClientInput => ({ kind: 'company', companyName })),
  ]);

const names = (page: Page) => clientRows(page).locator('[data-col="name"]');

test('searching filters the list as the user types', async ({ page, rsk }) => {
  await seedSmall(rsk.api);
  await openClients(page);
  await expect(page.getByTestId('client-count')).toHaveText('14 Mandanten');

  const search = page.getByRole('searchbox', { name: 'Suche' });
  await search.pressSequentially('müller', { delay: 30 });
  await expect(names(page)).toHaveText(['Müller, Anna', 'Müller-Lüdenscheidt, Ben']);
  await expect(page.getByTestId('client-count')).toHaveText('2 Mandanten');

  await search.fill('10012');
  await expect(names(page)).toHaveText(['Zahnarztpraxis Dr. Krüger']);

  await search.fill('gibt es nicht');
  await expect(page.getByTestId('client-list-empty')).toHaveText(
    'Keine Mandanten gefunden für „gibt es nicht“.',
  );
  await expect(page.getByTestId('client-count')).toHaveText('0 Mandanten');

  await search.fill('');
  await expect(page.getByTestId('client-count')).toHaveText('14 Mandanten');
});

test('clicking a column header sorts the list, clicking again reverses it', async ({ page, rsk }) => {
  await seedSmall(rsk.api);
  await openClients(page);
  await expect(names(page).first()).toHaveText('Müller, Anna');

  await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(names(page).first()).toHaveText('Becker, Sophie');

  await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(names(page).first()).toHaveText('Zahnarztpraxis Dr. Krüger');

  await page.getByRole('columnheader', { name: 'Mandantennr.' }).getByRole('button').click();
  await expect(clientRows(page).first().locator('[data-col="clientNumber"]')).toHaveText('10000');
});

test('50,000 clients: only the visible rows are in the page, further pages load on scroll', async ({
  page,
  rsk,
}) => {
  test.setTimeout(60_000);
  const core = await rsk.currentCore();
  const seeded = seedSyntheticClients(core.deps, core.actor, 50_000);
  expect(seeded.last).toBe('59999');

  await openClients(page);
  await expect(page.getByTestId('client-count')).toHaveText('50.000 Mandanten');
  const rendered = await page.getByRole('row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);

  // Jump to the middle and to the end: the pages there are fetched on demand.
  const list = page.getByTestId('client-list');
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight / 2 }));
  await expect(page.getByTestId('client-row').first()).toBeVisible();
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(page.getByRole('row').filter({ hasText: '59999' })).toBeVisible();
  expect(await page.getByRole('row').count()).toBeLessThan(100);
  const offsets = rsk.invocations
    .filter((call) => call.channel === 'clients:list')
    .map((call) => (call.input as { offset?: number }).offset ?? 0);
  expect(offsets).toContain(49_800);
  // Only a handful of pages were fetched, not all 250.
  expect(new Set(offsets).size).toBeLessThan(12);

  // Searching narrows 50,000 down as the user types.
  await page.getByRole('searchbox', { name: 'Suche' }).fill('59999');
  await expect(page.getByTestId('client-count')).toHaveText('1 Mandant');
  await expect(page.getByTestId('client-row')).toHaveCount(1);
});
