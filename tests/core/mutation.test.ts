import { describe, expect, it } from 'vitest';
import { clients } from '../../src-main/core/db/schema';
import { mutate } from '../../src-main/core/services/mutation';
import { useCores } from '../helpers/core';

const count = (sqlite: { prepare(sql: string): { get(): unknown } }, table: string) =>
  (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('mutate', () => {
  const cores = useCores();

  const insertClient = (tx: Parameters<Parameters<typeof mutate>[2]>[0]['tx'], now: string) =>
    tx
      .insert(clients)
      .values({
        clientNumber: 'X1',
        kind: 'company',
        companyName: 'T',
        displayName: 'T',
        createdAt: now,
        updatedAt: now,
      })
      .run();

  it('rolls back a change that writes no audit record', async () => {
    const core = await cores.start({ dataDir: cores.tempDir() });
    expect(() => mutate(core.deps, core.actor, ({ tx, now }) => insertClient(tx, now))).toThrow(/audit/);
    expect(count(core.deps.sqlite, 'clients')).toBe(0);
  });

  it('refuses async work inside the transaction and rolls back', async () => {
    const core = await cores.start({ dataDir: cores.tempDir() });
    const auditBefore = count(core.deps.sqlite, 'audit_log');
    expect(() =>
      mutate(core.deps, core.actor, ({ tx, now, audit }) => {
        insertClient(tx, now);
        audit({ action: 'x', entityType: 'client', entityId: 'X1' });
        return Promise.resolve();
      }),
    ).toThrow(/async/);
    expect(count(core.deps.sqlite, 'clients')).toBe(0);
    expect(count(core.deps.sqlite, 'audit_log')).toBe(auditBefore);
  });

  it('writes the change and its audit record together', async () => {
    const core = await cores.start({ dataDir: cores.tempDir() });
    const auditBefore = count(core.deps.sqlite, 'audit_log');
    mutate(core.deps, core.actor, ({ tx, now, audit }) => {
      insertClient(tx, now);
      audit({ action: 'client.create', entityType: 'client', entityId: 'X1', after: { n: 1 } });
    });
    expect(count(core.deps.sqlite, 'clients')).toBe(1);
    expect(count(core.deps.sqlite, 'audit_log')).toBe(auditBefore + 1);
  });
});
