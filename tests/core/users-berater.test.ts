import { describe, expect, it } from 'vitest';
import type { Berater, UserSummary } from '../../src-shared/ipc';
import { expectOk, login, loginAs, TEST_ADMIN, useCores } from '../helpers/core';
import { addBerater, addClient, count, createOrder, orderTypeId } from '../helpers/kanzlei';

describe('Berater', () => {
  const cores = useCores();

  it('creates, edits with optimistic locking, and lists with open orders', async () => {
    const core = await cores.startLoggedIn();
    const created = expectOk(
      await core.invoke('berater:create', {
        name: 'Dr. Katharina Vogt',
        profession: 'Steuerberaterin',
        beraterNumber: '41234',
        kammer: 'Steuerberaterkammer Düsseldorf',
        email: 'k.vogt@example.org',
        userId: core.actor.id,
      }),
    ) as Berater;
    expect(created).toMatchObject({ active: true, openOrders: 0, userName: 'Maria Schulz', version: 1 });
    const updated = expectOk(
      await core.invoke('berater:update', {
        id: created.id,
        version: 1,
        profession: 'Steuerberaterin, Wirtschaftsprüferin',
      }),
    ) as Berater;
    expect(updated.version).toBe(2);

    await loginAs(core, 'berater', 'Martin Hoffmann');
    const stale = await core.invoke('berater:update', { id: created.id, version: 1, phone: '0211 1' });
    expect(stale).toMatchObject({
      ok: false,
      error: { kind: 'conflict', details: { code: 'version_conflict' } },
    });
    if (!stale.ok) {
      expect(stale.error.userMessage).toBe(
        'Der Berater wurde inzwischen von Maria Schulz geändert. Bitte laden Sie ihn neu.',
      );
    }
    expect(expectOk(await core.invoke('berater:get', { id: created.id }))).toMatchObject({
      phone: null,
      version: 2,
    });

    const bad = await core.invoke('berater:create', { name: 'X', profession: 'Y', email: 'keine-mail' });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation', details: { field: 'email' } } });
  });

  it('refuses to delete a Berater with open orders and offers deactivation', async () => {
    const core = await cores.startLoggedIn();
    const berater = await addBerater(core);
    const clientId = addClient(core, { name: 'Muster GmbH' });
    const order = await createOrder(core, {
      clientId,
      orderTypeId: await orderTypeId(core, 'beratung'),
      beraterId: berater.id,
    });
    const refused = await core.invoke('berater:delete', { id: berater.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'conflict', details: { code: 'has_open_orders' } },
    });
    if (!refused.ok) {
      expect(refused.error.userMessage).toBe(
        'Dr. Katharina Vogt ist noch für einen offenen Auftrag verantwortlich und kann nicht gelöscht werden. ' +
          'Übertragen Sie die Aufträge oder deaktivieren Sie den Berater.',
      );
    }
    expect(count(core, 'berater')).toBe(1);

    // Done orders still refer to the Berater: deleting would lose history, so deactivation it is.
    expectOk(
      await core.invoke('orders:transition', { id: order.id, version: order.version, to: 'storniert' }),
    );
    expect(await core.invoke('berater:delete', { id: berater.id })).toMatchObject({
      ok: false,
      error: { details: { code: 'berater_referenced' } },
    });
    const deactivated = expectOk(
      await core.invoke('berater:deactivate', { id: berater.id, version: berater.version }),
    ) as Berater;
    expect(deactivated.active).toBe(false);
    const active = expectOk(await core.invoke('berater:list', { includeInactive: false })) as {
      items: Berater[];
    };
    expect(active.items).toEqual([]);

    // A deactivated Berater takes no new orders.
    const refusedOrder = await core.invoke('orders:create', {
      clientId,
      orderTypeId: await orderTypeId(core, 'beratung'),
      beraterId: berater.id,
    });
    expect(refusedOrder).toMatchObject({ ok: false, error: { details: { code: 'berater_inactive' } } });

    const unused = await addBerater(core, 'Selin Aydın');
    expect(expectOk(await core.invoke('berater:delete', { id: unused.id }))).toEqual({ deleted: true });
  });
});

describe('users', () => {
  const cores = useCores();

  it('administrators manage users; their own account and users with open orders are protected', async () => {
    const core = await cores.startLoggedIn();
    const created = expectOk(
      await core.invoke('users:create', {
        username: 'J.Richter',
        displayName: 'Jonas Richter',
        role: 'mitarbeiter',
        password: 'passwort-von-jonas',
      }),
    ) as UserSummary;
    expect(created).toMatchObject({ username: 'j.richter', hasPassword: true, locked: false });
    const duplicate = await core.invoke('users:create', {
      username: 'j.richter',
      displayName: 'Doppelt',
      role: 'readonly',
      password: 'noch-ein-passwort',
    });
    expect(duplicate).toMatchObject({
      ok: false,
      error: { kind: 'conflict', details: { code: 'username_taken' } },
    });

    const me = core.deps.sqlite
      .prepare('SELECT id, version FROM users WHERE username = ?')
      .get(TEST_ADMIN.username) as {
      id: number;
      version: number;
    };
    expect(
      await core.invoke('users:update', { id: me.id, version: me.version, role: 'berater' }),
    ).toMatchObject({
      ok: false,
      error: { details: { code: 'self_demotion' } },
    });
    expect(await core.invoke('users:delete', { id: me.id })).toMatchObject({
      ok: false,
      error: { details: { code: 'self_delete' } },
    });

    const clientId = addClient(core, { name: 'Muster GmbH' });
    await createOrder(core, {
      clientId,
      orderTypeId: await orderTypeId(core, 'beratung'),
      assignedUserId: created.id,
    });
    const refused = await core.invoke('users:delete', { id: created.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'conflict', details: { code: 'has_open_orders' } },
    });
    if (!refused.ok)
      expect(refused.error.userMessage).toContain('Jonas Richter ist noch einem offenen Auftrag zugewiesen');
    expect(count(core, 'users', 'id = ' + created.id)).toBe(1);

    const fresh = expectOk(
      await core.invoke('users:create', {
        username: 'kurz',
        displayName: 'Kurz da',
        role: 'readonly',
        password: 'nur-kurz-hier',
      }),
    ) as UserSummary;
    expect(expectOk(await core.invoke('users:delete', { id: fresh.id }))).toEqual({ deleted: true });
    const directory = expectOk(await core.invoke('users:directory', {})) as {
      items: { displayName: string }[];
    };
    expect(directory.items.map((u) => u.displayName)).toEqual(['Jonas Richter', 'Maria Schulz']);
  });

  it('reset password lifts a lock-out', async () => {
    const core = await cores.startLoggedIn();
    const user = expectOk(
      await core.invoke('users:create', {
        username: 'anna',
        displayName: 'Anna',
        role: 'berater',
        password: 'annas-passwort-1',
      }),
    ) as UserSummary;
    await core.invoke('auth:logout', {});
    for (let i = 0; i < 5; i++)
      await core.invoke('auth:login', { username: 'anna', password: 'falsches-passwort' });
    await login(core, TEST_ADMIN.username, TEST_ADMIN.password);
    const list = expectOk(await core.invoke('users:list', {})) as { items: UserSummary[] };
    expect(list.items.find((u) => u.id === user.id)?.locked).toBe(true);
    const reset = expectOk(
      await core.invoke('users:reset-password', { id: user.id, newPassword: 'annas-neues-passwort' }),
    ) as UserSummary;
    expect(reset.locked).toBe(false);
    await core.invoke('auth:logout', {});
    await login(core, 'anna', 'annas-neues-passwort');
  });
});
