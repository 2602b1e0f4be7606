import { describe, expect, it } from 'vitest';
import type { DashboardOverview, OrderDetail, OrderSummary } from '../../src-shared/ipc';
import { seedDemo } from '../../src-main/core/services/seed/demo-seed';
import { DEMO_PASSWORD } from '../../src-main/core/services/seed/demo-data';
import { expectOk, login, movableClock, TEST_ADMIN, useCores } from '../helpers/core';
import { addBerater, addClient, createOrder, orderTypeId } from '../helpers/kanzlei';

describe('dashboard and views', () => {
  const cores = useCores();

  it('shows an order as overdue once the clock passes its Frist', async () => {
    const clock = movableClock('2026-12-01T09:00:00Z');
    const core = await cores.startLoggedIn({ now: clock.now });
    const vogt = await addBerater(core, 'Dr. Katharina Vogt');
    const a = addClient(core, { name: 'A GmbH', ustva: 'monatlich', beraterId: vogt.id });
    const b = addClient(core, { name: 'B GmbH' });
    addClient(core, { name: 'C Inaktiv GmbH', status: 'inaktiv' });
    const d = addClient(core, { name: 'D GmbH' });

    const ustva = await createOrder(core, {
      clientId: a,
      orderTypeId: await orderTypeId(core, 'ustva'),
      period: '2026-12',
    });
    const soon = await createOrder(core, {
      clientId: a,
      orderTypeId: await orderTypeId(core, 'beratung'),
      dueDate: '2026-12-05',
      priority: 'dringend',
    });
    let done = await createOrder(core, {
      clientId: d,
      orderTypeId: await orderTypeId(core, 'beratung'),
      dueDate: '2026-12-20',
      beraterId: null,
    });
    for (const to of ['in_bearbeitung', 'zur_pruefung', 'erledigt'] as const) {
      done = expectOk(
        await core.invoke('orders:transition', { id: done.id, version: done.version, to }),
      ) as OrderDetail;
    }

    const before = expectOk(await core.invoke('dashboard:overview', {})) as DashboardOverview;
    expect(before).toMatchObject({ today: '2026-12-01', dueSoonUntil: '2026-12-08' });
    expect(before.overdue.total).toBe(0);
    expect(before.dueSoon.items.map((o) => o.id)).toEqual([soon.id]);
    // Only active clients, and an erledigt order with a Frist does not count as an open Frist.
    expect(before.clientsWithoutDeadline.items.map((c) => c.id)).toEqual([b, d]);
    expect(before.byStatus.find((s) => s.status === 'offen')).toEqual({
      status: 'offen',
      label: 'Offen',
      count: 2,
    });
    expect(before.byStatus.find((s) => s.status === 'erledigt')?.count).toBe(1);
    expect(before.byBerater).toEqual([
      { beraterId: vogt.id, beraterName: 'Dr. Katharina Vogt', open: 2, overdue: 0 },
    ]);

    clock.set('2027-01-12T07:00:00Z');
    // Six weeks later the session has long been locked by the idle timer.
    expectOk(await core.invoke('auth:unlock', { password: TEST_ADMIN.password }));
    const after = expectOk(await core.invoke('dashboard:overview', {})) as DashboardOverview;
    expect(after.today).toBe('2027-01-12');
    expect(after.overdue.items.map((o) => [o.id, o.overdue])).toEqual([
      [soon.id, true],
      [ustva.id, true],
    ]);
    expect(after.totals).toMatchObject({ open: 2, overdue: 2, dueSoon: 0 });
    expect(after.byBerater[0]).toMatchObject({ open: 2, overdue: 2 });
    const detail = expectOk(await core.invoke('orders:get', { id: ustva.id })) as OrderDetail;
    expect(detail.overdue).toBe(true);

    // Europe/Berlin decides the day: 23:30 UTC on 10.01. is already the 11th in Germany.
    clock.set('2027-01-10T23:30:00Z');
    expectOk(await core.invoke('auth:unlock', { password: TEST_ADMIN.password }));
    const edge = expectOk(await core.invoke('dashboard:overview', {})) as DashboardOverview;
    expect(edge.today).toBe('2027-01-11');
    expect(edge.overdue.items.map((o) => o.id)).toEqual([soon.id]);
  });

  it('filters the list, builds the calendar month and sorts by Frist', async () => {
    const clock = movableClock('2026-12-01T09:00:00Z');
    const core = await cores.startLoggedIn({ now: clock.now });
    const vogt = await addBerater(core, 'Dr. Katharina Vogt');
    const a = addClient(core, { name: 'Alpha 100% GmbH', ustva: 'monatlich', beraterId: vogt.id });
    const b = addClient(core, { name: 'Beta GmbH' });
    const ustva = await createOrder(core, {
      clientId: a,
      orderTypeId: await orderTypeId(core, 'ustva'),
      period: '2026-12',
    });
    const late = await createOrder(core, {
      clientId: b,
      orderTypeId: await orderTypeId(core, 'beratung'),
      dueDate: '2026-11-28',
      title: 'Rückruf',
    });
    const none = await createOrder(core, {
      clientId: b,
      orderTypeId: await orderTypeId(core, 'sonstiges'),
      priority: 'hoch',
    });

    const list = async (input: Record<string, unknown>) =>
      (
        expectOk(await core.invoke('orders:list', input)) as { items: OrderSummary[]; total: number }
      ).items.map((o) => o.id);
    expect(await list({})).toEqual([late.id, ustva.id, none.id]);
    expect(await list({ sortDir: 'desc' })).toEqual([ustva.id, late.id, none.id]);
    expect(await list({ overdue: true })).toEqual([late.id]);
    expect(await list({ beraterId: vogt.id })).toEqual([ustva.id]);
    expect(await list({ clientId: b, priority: ['hoch'] })).toEqual([none.id]);
    expect(await list({ dueFrom: '2026-12-01', dueTo: '2027-01-31' })).toEqual([ustva.id]);
    expect(await list({ withoutDue: true })).toEqual([none.id]);
    expect(await list({ query: '100%' })).toEqual([ustva.id]);
    expect(await list({ query: 'rückruf' })).toEqual([late.id]);
    expect(await list({ status: ['erledigt'] })).toEqual([]);
    expect(await list({ sortBy: 'priority', sortDir: 'desc' })).toEqual([none.id, late.id, ustva.id]);

    const calendar = expectOk(await core.invoke('orders:calendar', { month: '2027-01' })) as {
      items: OrderSummary[];
    };
    expect(calendar.items.map((o) => [o.id, o.dueDate])).toEqual([[ustva.id, '2027-01-11']]);
    expect(await core.invoke('orders:calendar', { month: '2027-13' })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
  });

  it('the demo office shows overdue work, work due this week and clients without a Frist', async () => {
    const clock = movableClock('2026-11-25T09:00:00Z');
    const core = await cores.start({ dataDir: cores.tempDir(), now: clock.now });
    const result = await seedDemo(core.deps, core.actor);
    expect(result).toMatchObject({ seeded: true, office: true, password: DEMO_PASSWORD });
    expect(await seedDemo(core.deps, core.actor)).toMatchObject({ seeded: false });
    await login(core, 'admin', DEMO_PASSWORD);
    const overview = expectOk(await core.invoke('dashboard:overview', {})) as DashboardOverview;
    expect(overview.totals.overdue).toBeGreaterThanOrEqual(2);
    expect(overview.totals.dueSoon).toBeGreaterThanOrEqual(2);
    expect(overview.totals.clientsWithoutDeadline).toBeGreaterThanOrEqual(1);
    expect(overview.byStatus.filter((s) => s.count > 0).length).toBeGreaterThanOrEqual(6);
    expect(overview.byBerater.length).toBeGreaterThanOrEqual(3);
    // Generating the same periods again finds everything in place.
    const again = expectOk(await core.invoke('orders:generate-recurring', { period: '2026-10' })) as {
      created: number;
    };
    expect(again.created).toBe(0);
    for (const username of ['mhoffmann', 'jrichter', 'lsommer']) {
      await core.invoke('auth:logout', {});
      await login(core, username, DEMO_PASSWORD);
    }
  });
});
