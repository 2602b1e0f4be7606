import { expect, test } from './harness/fixtures';
import { E2E_ADMIN } from './harness/kanzlei';
import { clientRows, createClientThroughForm, openClients, rowForNumber } from './support/clients-ui';

test("clients survive a restart of the core and each creation is audited with the user's name", async ({
  page,
  rsk,
}) => {
  await openClients(page);
  await createClientThroughForm(page, { kind: 'person', firstName: 'Anna', lastName: 'Müller' });
  await createClientThroughForm(page, { kind: 'company', companyName: 'Beispiel GmbH' });
  await expect(clientRows(page)).toHaveCount(2);

  // The session lives in memory: the restarted core needs a new login (the harness logs in again).
  await rsk.restartCore();

  await openClients(page);
  await expect(page.getByTestId('client-count')).toHaveText('2 Mandanten');
  await expect(rowForNumber(page, '10000')).toContainText('Müller, Anna');
  await expect(rowForNumber(page, '10001')).toContainText('Beispiel GmbH');

  const listed = await rsk.api.clients.list({});
  if (!listed.ok) throw new Error(listed.error.message);
  const audit = await rsk.api.audit.list({ entityType: 'client', limit: 100 });
  if (!audit.ok) throw new Error(audit.error.message);
  for (const client of listed.value.items) {
    const records = audit.value.items.filter(
      (entry) => entry.action === 'client.create' && entry.entityId === String(client.id),
    );
    expect(records, `audit record for client ${client.clientNumber}`).toHaveLength(1);
    expect(records[0]?.actorName).toBe(E2E_ADMIN.displayName);
  }
  expect(listed.value.items.map((c) => c.clientNumber)).toEqual(['10000', '10001']);
});
