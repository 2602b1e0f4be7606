import { expect, test } from './harness/fixtures';
import { openClientRow, openClients } from './support/clients-ui';
import { ok, seedOrder } from './support/kanzlei-seed';
import { choose, field } from './support/ui';

test('"Brief erstellen" from a client and from an order starts with that client and order', async ({
  page,
  rsk,
}) => {
  const client = ok(
    await rsk.api.clients.create({
      kind: 'person',
      salutation: 'herr',
      title: 'Dr.',
      firstName: 'Konrad',
      lastName: 'Ebersbach',
      address: { street: 'Uhlandstraße 3', postalCode: '70182', city: 'Stuttgart' },
    }),
  );
  const order = await seedOrder(rsk, { clientId: client.id, title: 'Beratung Nachfolge' });

  await openClients(page);
  const detail = await openClientRow(page, client.clientNumber);
  await detail.getByRole('button', { name: 'Brief erstellen' }).click();
  let dialog = page.getByRole('dialog', { name: 'Brief erstellen' });
  await expect(field(dialog, 'Mandant')).toHaveValue(new RegExp(`Ebersbach.*${client.clientNumber}`));
  // The template list opens by itself (focus is on Vorlage): close it, then the dialog.
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Aufträge' })
    .click();
  await page
    .getByTestId('order-row')
    .filter({ hasText: 'Beratung Nachfolge' })
    .first()
    .getByRole('button')
    .first()
    .click();
  const orderDetail = page.getByTestId('order-detail');
  await expect(orderDetail).toHaveAttribute('data-order-id', String(order.id));
  await orderDetail.getByRole('button', { name: 'Brief erstellen' }).click();
  dialog = page.getByRole('dialog', { name: 'Brief erstellen' });
  await expect(field(dialog, 'Mandant')).toHaveValue(new RegExp('Ebersbach'));
  await expect(field(dialog, 'Auftrag (optional)')).toHaveValue(/Beratung Nachfolge/);
  await choose(page, field(dialog, 'Vorlage'), 'Auftragsb', 'Auftragsbestätigung');
  const preview = page.frameLocator('[data-testid="letter-preview"]');
  await expect(preview.locator('body')).toContainText('Sehr geehrter Herr Dr. Ebersbach,');
  await expect(preview.locator('body')).toContainText('Beratung Nachfolge');
});
