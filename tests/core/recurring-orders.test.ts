import { describe, expect, it } from 'vitest';
import type { OrderSummary, RecurringResult } from '../../src-shared/ipc';
import { expectOk, movableClock, useCores } from '../helpers/core';
import { addClient, count, createOrder, orderTypeId } from '../helpers/kanzlei';

describe('recurring orders', () => {
  const cores = useCores();

  const office = async () => {
    const core = await cores.startLoggedIn({ now: movableClock('2026-11-25T09:00:00Z').now });
    const ids = {
      monthly: addClient(core, { name: 'A Monatlich GmbH', land: 'NW', ustva: 'monatlich' }),
      dauerfrist: addClient(core, {
        name: 'B Dauerfrist GmbH',
        land: 'BY',
        ustva: 'monatlich',
        dauerfrist: true,
      }),
      quarterly: addClient(core, { name: 'C Quartal KG', land: 'HE', ustva: 'vierteljaehrlich' }),
      inactive: addClient(core, {
        name: 'D Inaktiv GmbH',
        ustva: 'monatlich',
        status: 'inaktiv',
        returns: ['kst'],
      }),
      gmbh: addClient(core, { name: 'E Jahres GmbH', returns: ['kst', 'gewst', 'ust', 'kst'] }),
      person: addClient(core, { name: 'F Person', returns: ['est'] }),
      unknown: addClient(core, { name: 'G Unbekannt', returns: ['xyz'] }),
    };
    const generate = async (period: string) =>
      expectOk(await core.invoke('orders:generate-recurring', { period })) as RecurringResult;
    const orders = async () =>
      (
        expectOk(await core.invoke('orders:list', { sortBy: 'clientName', limit: 1000 })) as {
          items: OrderSummary[];
        }
      ).items;
    return { core, ids, generate, orders };
  };

  it('a month creates the monthly USt-VA; running it twice creates nothing new', async () => {
    const { core, ids, generate, orders } = await office();
    const first = await generate('2026-11');
    expect(first).toMatchObject({ period: '2026-11', created: 2, skipped: 0, errors: [] });
    const second = await generate('2026-11');
    expect(second).toMatchObject({ created: 0, skipped: 2, createdOrderIds: [] });
    const items = await orders();
    expect(items.map((o) => [o.clientId, o.period, o.dueDate, o.recurrenceKey])).toEqual([
      [ids.monthly, '2026-11', '2026-12-10', `ustva:${ids.monthly}:2026-11`],
      [ids.dauerfrist, '2026-11', '2027-01-11', `ustva:${ids.dauerfrist}:2026-11`],
    ]);
    // One audit record per created order plus one per run.
    expect(count(core, 'audit_log', "action = 'order.create'")).toBe(2);
    expect(count(core, 'audit_log', "action = 'order.generate_recurring'")).toBe(2);
  });

  it('a month that closes a quarter also brings the quarterly filers; the quarter then finds them', async () => {
    const { ids, generate, orders } = await office();
    expect(await generate('2026-12')).toMatchObject({ created: 3, skipped: 0 });
    expect(await generate('2026-Q4')).toMatchObject({ created: 0, skipped: 1 });
    const items = await orders();
    expect(items.map((o) => [o.clientId, o.period, o.dueDate, o.title])).toEqual([
      [ids.monthly, '2026-12', '2027-01-11', 'Umsatzsteuer-Voranmeldung Dezember 2026'],
      [ids.dauerfrist, '2026-12', '2027-02-10', 'Umsatzsteuer-Voranmeldung Dezember 2026'],
      [ids.quarterly, '2026-Q4', '2027-01-11', 'Umsatzsteuer-Voranmeldung 4. Quartal 2026'],
    ]);
  });

  it('a quarter creates only the quarterly filers', async () => {
    const { ids, generate, orders } = await office();
    expect(await generate('2026-q3')).toMatchObject({ period: '2026-Q3', created: 1 });
    expect((await orders()).map((o) => [o.clientId, o.dueDate])).toEqual([[ids.quarterly, '2026-10-12']]);
    expect(await generate('2026-Q3')).toMatchObject({ created: 0, skipped: 1 });
  });

  it('a year creates the annual returns with the § 149 Abs. 3 AO Frist and reports unknown codes', async () => {
    const { ids, generate, orders } = await office();
    const first = await generate('2025');
    expect(first).toMatchObject({ created: 4, skipped: 0 });
    expect(first.errors).toEqual([
      {
        clientId: ids.unknown,
        clientName: 'G Unbekannt',
        message: 'Die Erklärungsart „xyz“ gibt es im Auftragsartenkatalog nicht.',
      },
    ]);
    const items = await orders();
    expect(items.map((o) => [o.clientId, o.orderTypeCode, o.dueDate])).toEqual(
      expect.arrayContaining([
        [ids.gmbh, 'kst', '2027-03-01'],
        [ids.gmbh, 'gewst', '2027-03-01'],
        [ids.gmbh, 'ust', '2027-03-01'],
        [ids.person, 'est', '2027-03-01'],
      ]),
    );
    expect(items.some((o) => o.clientId === ids.inactive)).toBe(false);
    expect(await generate('2025')).toMatchObject({ created: 0, skipped: 4 });
  });

  it('counts an order entered by hand for the same period as existing', async () => {
    const { core, ids, generate } = await office();
    await createOrder(core, {
      clientId: ids.monthly,
      orderTypeId: await orderTypeId(core, 'ustva'),
      period: '2026-10',
    });
    expect(await generate('2026-10')).toMatchObject({ created: 1, skipped: 1 });
  });

  it('refuses a period that is malformed or far away, in German', async () => {
    const { core } = await office();
    for (const [period, message] of [
      ['2026-13', /Zeitraum wie 2026-12/],
      ['26-12', /Zeitraum wie 2026-12/],
      ['2040', /zu weit in der Zukunft/],
      ['2001-Q1', /zu weit in der Vergangenheit/],
    ] as const) {
      const result = await core.invoke('orders:generate-recurring', { period });
      expect(result, period).toMatchObject({ ok: false, error: { kind: 'validation' } });
      if (!result.ok) expect(result.error.userMessage).toMatch(message);
    }
    expect(count(core, 'orders')).toBe(0);
  });
});
