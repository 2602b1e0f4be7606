import { describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core';
import type { OrderDetail } from '../../src-shared/ipc';
import {
  canTransition,
  orderStatuses,
  orderStatusLabels,
  orderTransitions,
  type OrderStatus,
} from '../../src-shared/orders/order-workflow';
import { expectOk, loginAs, useCores } from '../helpers/core';
import { addClient, count, createOrder, orderTypeId } from '../helpers/kanzlei';

/** Shortest way from offen to each status along the shared table. */
function pathTo(target: OrderStatus): OrderStatus[] {
  const queue: OrderStatus[][] = [['offen']];
  const seen = new Set<OrderStatus>(['offen']);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const last = path.at(-1)!;
    if (last === target) return path.slice(1);
    for (const next of orderTransitions[last]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...path, next]);
      }
    }
  }
  throw new Error(`${target} unreachable`);
}

async function orderIn(
  core: Core,
  status: OrderStatus,
  clientId: number,
  typeId: number,
): Promise<OrderDetail> {
  let order = await createOrder(core, { clientId, orderTypeId: typeId, title: `Auftrag für ${status}` });
  for (const to of pathTo(status)) {
    order = expectOk(
      await core.invoke('orders:transition', { id: order.id, version: order.version, to }),
    ) as OrderDetail;
  }
  expect(order.status).toBe(status);
  return order;
}

describe('status workflow', () => {
  const cores = useCores();

  it('reaches every status from offen', () => {
    for (const status of orderStatuses) expect(() => pathTo(status)).not.toThrow();
  });

  for (const from of orderStatuses) {
    it(`from „${orderStatusLabels[from]}“: allowed transitions succeed, all others are refused and change nothing`, async () => {
      const core = await cores.startLoggedIn();
      const clientId = addClient(core, { name: 'Muster GmbH' });
      const typeId = await orderTypeId(core, 'beratung');
      for (const to of orderStatuses) {
        const order = await orderIn(core, from, clientId, typeId);
        const historyBefore = count(core, 'order_status_history', `order_id = ${order.id}`);
        const result = await core.invoke('orders:transition', { id: order.id, version: order.version, to });
        if (canTransition(from, to)) {
          const moved = expectOk(result) as OrderDetail;
          expect(moved).toMatchObject({ status: to, version: order.version + 1 });
          expect(moved.allowedTransitions).toEqual(orderTransitions[to]);
          expect(moved.statusHistory.at(-1)).toMatchObject({
            fromStatus: from,
            toStatus: to,
            actorName: 'Maria Schulz',
          });
        } else {
          expect(result, `${from} -> ${to}`).toMatchObject({
            ok: false,
            error: { kind: 'validation', details: { code: 'invalid_transition', from, to } },
          });
          if (!result.ok) {
            expect(result.error.userMessage).toMatch(
              from === to
                ? `bereits den Status „${orderStatusLabels[to]}“`
                : `Ein Auftrag im Status „${orderStatusLabels[from]}“ kann nicht direkt auf „${orderStatusLabels[to]}“ gesetzt werden.`,
            );
          }
          const after = expectOk(await core.invoke('orders:get', { id: order.id })) as OrderDetail;
          expect(after).toMatchObject({ status: from, version: order.version });
          expect(count(core, 'order_status_history', `order_id = ${order.id}`)).toBe(historyBefore);
        }
      }
    });
  }

  it('refuses offen → abgerechnet with the message the Kanban board shows', async () => {
    const core = await cores.startLoggedIn();
    const order = await createOrder(core, {
      clientId: addClient(core, { name: 'Muster GmbH' }),
      orderTypeId: await orderTypeId(core, 'beratung'),
    });
    const result = await core.invoke('orders:transition', {
      id: order.id,
      version: order.version,
      to: 'abgerechnet',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.userMessage).toBe(
        'Ein Auftrag im Status „Offen“ kann nicht direkt auf „Abgerechnet“ gesetzt werden. ' +
          'Möglich ist: „In Bearbeitung“, „Wartet auf Mandant“, „Storniert“.',
      );
    }
  });

  it('keeps a status history with who, when and why, and audits every change', async () => {
    const core = await cores.startLoggedIn();
    const order = await createOrder(core, {
      clientId: addClient(core, { name: 'Muster GmbH' }),
      orderTypeId: await orderTypeId(core, 'beratung'),
    });
    const moved = expectOk(
      await core.invoke('orders:transition', {
        id: order.id,
        version: 1,
        to: 'wartet_auf_mandant',
        comment: 'Belege fehlen',
      }),
    ) as OrderDetail;
    const history = expectOk(await core.invoke('orders:history', { id: order.id })) as {
      statusHistory: OrderDetail['statusHistory'];
      changes: { action: string; actorName: string }[];
    };
    expect(history.statusHistory.map((h) => [h.fromStatus, h.toStatus, h.comment])).toEqual([
      [null, 'offen', 'Angelegt'],
      ['offen', 'wartet_auf_mandant', 'Belege fehlen'],
    ]);
    expect(history.changes.map((c) => [c.action, c.actorName])).toEqual([
      ['order.transition', 'Maria Schulz'],
      ['order.create', 'Maria Schulz'],
    ]);
    expect(moved.statusHistory).toHaveLength(2);
  });
});

describe('optimistic locking', () => {
  const cores = useCores();

  it('refuses the second of two edits based on the same version and names who changed it', async () => {
    const core = await cores.startLoggedIn();
    const order = await createOrder(core, {
      clientId: addClient(core, { name: 'Muster GmbH' }),
      orderTypeId: await orderTypeId(core, 'beratung'),
      title: 'Erstberatung',
    });
    expectOk(await core.invoke('orders:update', { id: order.id, version: order.version, priority: 'hoch' }));

    await loginAs(core, 'mitarbeiter', 'Jonas Richter');
    for (const call of [
      { channel: 'orders:update', input: { id: order.id, version: order.version, title: 'Überschrieben' } },
      { channel: 'orders:transition', input: { id: order.id, version: order.version, to: 'in_bearbeitung' } },
    ]) {
      const result = await core.invoke(call.channel, call.input);
      expect(result).toMatchObject({
        ok: false,
        error: { kind: 'conflict', details: { code: 'version_conflict', currentVersion: 2 } },
      });
      if (!result.ok) {
        expect(result.error.userMessage).toBe(
          'Der Auftrag wurde inzwischen von Maria Schulz geändert. Bitte laden Sie ihn neu.',
        );
      }
    }
    const current = expectOk(await core.invoke('orders:get', { id: order.id })) as OrderDetail;
    expect(current).toMatchObject({ title: 'Erstberatung', priority: 'hoch', status: 'offen', version: 2 });
    const updated = expectOk(
      await core.invoke('orders:update', { id: order.id, version: 2, title: 'Neu geladen' }),
    ) as OrderDetail;
    expect(updated).toMatchObject({ title: 'Neu geladen', version: 3 });
  });

  it('reports a missing order as not_found', async () => {
    const core = await cores.startLoggedIn();
    expect(await core.invoke('orders:transition', { id: 999, version: 1, to: 'erledigt' })).toMatchObject({
      ok: false,
      error: { kind: 'not_found', userMessage: 'Der Auftrag wurde nicht gefunden.' },
    });
  });
});
