import { describe, expect, it } from 'vitest';
import type { OrderDetail } from '../../src-shared/ipc';
import { expectOk, movableClock, useCores } from '../helpers/core';
import { addClient, createOrder, orderTypeId } from '../helpers/kanzlei';

describe('Frist of an order', () => {
  const cores = useCores();
  const start = (at = '2026-11-25T09:00:00Z') => cores.startLoggedIn({ now: movableClock(at).now });

  it.each([
    { period: '2026-12', dauerfrist: false, due: '2027-01-11' },
    { period: '2026-12', dauerfrist: true, due: '2027-02-10' },
    { period: '2026-08', dauerfrist: true, due: '2026-10-12' },
    { period: '2026-Q2', dauerfrist: false, due: '2026-07-10' },
    { period: '2026-Q1', dauerfrist: true, due: '2026-05-11' },
  ])(
    'USt-VA $period (Dauerfrist $dauerfrist): $due, with the reason and legal basis',
    async ({ period, dauerfrist, due }) => {
      const core = await start();
      const clientId = addClient(core, {
        name: 'Bäckerei Schröder GmbH',
        land: 'BY',
        ustva: 'monatlich',
        dauerfrist,
      });
      const order = await createOrder(core, {
        clientId,
        orderTypeId: await orderTypeId(core, 'ustva'),
        period,
      });
      expect(order).toMatchObject({ dueDate: due, dueSource: 'ustva', period: period.toUpperCase() });
      expect(order.dueReason).toMatch(/^Umsatzsteuer-Voranmeldung .*: Frist .*Finanzamt in Bayern/);
      expect(order.dueReason).toContain(
        dauerfrist ? 'mit Dauerfristverlängerung' : 'ohne Dauerfristverlängerung',
      );
      expect(order.dueReason).toContain('[§ 18 Abs. 1, 2 UStG]');
      expect(order.dueSteps.map((s) => s.legalBasis)).toContain('§ 18 Abs. 1, 2 UStG');
      if (dauerfrist) expect(order.dueSteps.some((s) => s.code === 'extension')).toBe(true);
      expect(order.title).toMatch(/^Umsatzsteuer-Voranmeldung /);
    },
  );

  it.each([
    { code: 'est', year: '2025', due: '2027-03-01', basis: '§ 149 Abs. 3 AO' },
    { code: 'kst', year: '2026', due: '2028-02-29', basis: '§ 149 Abs. 3 AO' },
    // Transitional year: Art. 97 § 36 EGAO.
    { code: 'ust', year: '2024', due: '2026-04-30', basis: 'Art. 97 § 36 EGAO; AEAO zu § 149 Nr. 1' },
  ])('annual return $code $year: $due (advised, § 149 Abs. 3 AO)', async ({ code, year, due, basis }) => {
    const core = await start();
    const clientId = addClient(core, { name: 'Nordlicht Software UG', land: 'HH' });
    const order = await createOrder(core, {
      clientId,
      orderTypeId: await orderTypeId(core, code),
      period: year,
    });
    expect(order).toMatchObject({ dueDate: due, dueSource: 'jahreserklaerung', periodLabel: year });
    expect(order.dueReason).toContain('bei Erstellung durch die Kanzlei');
    expect(order.dueSteps.map((s) => s.legalBasis)).toContain(basis);
  });

  it('Einspruch: Frist from the Bescheid date, with the Land of the Finanzamt or else the office', async () => {
    const core = await start('2025-06-01T09:00:00Z');
    const type = await orderTypeId(core, 'einspruch');
    // 15.05.2025: Bekanntgabe 19.05.; 19.06. is Fronleichnam in NW (the office's Land), not in NI.
    const withoutLand = addClient(core, { name: 'Ohne Land GmbH', land: null });
    const inNi = addClient(core, { name: 'Hannover GmbH', land: 'NI' });
    const nw = await createOrder(core, {
      clientId: withoutLand,
      orderTypeId: type,
      bescheidDate: '2025-05-15',
    });
    const ni = await createOrder(core, { clientId: inNi, orderTypeId: type, bescheidDate: '2025-05-15' });
    expect(nw).toMatchObject({ dueDate: '2025-06-20', dueSource: 'einspruch' });
    expect(ni).toMatchObject({ dueDate: '2025-06-19' });
    expect(nw.dueReason).toMatch(
      /^Einspruchsfrist gegen den Bescheid vom 15\.05\.2025: Bekanntgabe 19\.05\.2025/,
    );
    const bases = nw.dueSteps.map((s) => s.legalBasis).join(' | ');
    expect(bases).toContain('§ 355 Abs. 1 Satz 1 AO');
    expect(bases).toContain('§ 108 Abs. 3 AO');

    const mixed = await createOrder(core, {
      clientId: withoutLand,
      orderTypeId: type,
      bescheidDate: '2025-05-15',
      recipientLand: 'NI',
    });
    expect(mixed.dueDate).toBe('2025-06-20');
  });

  it('Einspruch without Rechtsbehelfsbelehrung: one year', async () => {
    const core = await start('2025-04-01T09:00:00Z');
    const order = await createOrder(core, {
      clientId: addClient(core, { name: 'Muster GmbH', land: 'NI' }),
      orderTypeId: await orderTypeId(core, 'einspruch'),
      bescheidDate: '2025-03-03',
      ohneRechtsbehelfsbelehrung: true,
    });
    expect(order.dueDate).toBe('2026-03-09');
    expect(order.dueSteps.map((s) => s.legalBasis).join(' | ')).toContain('§ 356 Abs. 2 Satz 1 AO');
  });

  it('a manual Frist says so; types without a rule have none; recompute follows the client', async () => {
    const core = await start();
    const clientId = addClient(core, { name: 'Muster GmbH', land: 'NW', ustva: 'monatlich' });
    const manual = await createOrder(core, {
      clientId,
      orderTypeId: await orderTypeId(core, 'beratung'),
      dueDate: '2026-12-03',
      dueNote: 'Termin beim Notar',
      reminderDate: '2026-12-01',
    });
    expect(manual).toMatchObject({
      dueDate: '2026-12-03',
      dueSource: 'manuell',
      dueReason: 'Manuell gesetzt: Termin beim Notar',
      dueSteps: [],
      reminderDate: '2026-12-01',
    });
    const none = await createOrder(core, { clientId, orderTypeId: await orderTypeId(core, 'sonstiges') });
    expect(none).toMatchObject({ dueDate: null, dueReason: null, dueSource: null });

    const ustva = await createOrder(core, {
      clientId,
      orderTypeId: await orderTypeId(core, 'ustva'),
      period: '2026-12',
    });
    expect(ustva.dueDate).toBe('2027-01-11');
    core.deps.sqlite.prepare('UPDATE clients SET dauerfristverlaengerung = 1 WHERE id = ?').run(clientId);
    const recomputed = expectOk(
      await core.invoke('orders:update', { id: ustva.id, version: ustva.version, recomputeDue: true }),
    ) as OrderDetail;
    expect(recomputed.dueDate).toBe('2027-02-10');
    const overridden = expectOk(
      await core.invoke('orders:update', {
        id: ustva.id,
        version: recomputed.version,
        dueDate: '2027-01-31',
      }),
    ) as OrderDetail;
    expect(overridden).toMatchObject({
      dueDate: '2027-01-31',
      dueReason: 'Manuell gesetzt',
      dueSource: 'manuell',
    });
  });

  it('refuses impossible input with German messages and creates nothing', async () => {
    const core = await start();
    const clientId = addClient(core, { name: 'Muster GmbH' });
    const beratung = await orderTypeId(core, 'beratung');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ orderTypeId: beratung, dueDate: '1999-12-31' }, 'dueDate', /mehr als 10 Jahre in der Vergangenheit/],
      [{ orderTypeId: beratung, dueDate: '2062-01-10' }, 'dueDate', /mehr als 10 Jahre in der Zukunft/],
      [{ orderTypeId: beratung, dueDate: '2026-02-30' }, 'dueDate', /Dieses Datum gibt es nicht/],
      [
        { orderTypeId: beratung, dueDate: '2026-12-01', reminderDate: '2026-12-05' },
        'reminderDate',
        /Wiedervorlage liegt nach der Frist/,
      ],
      [{ orderTypeId: await orderTypeId(core, 'ustva'), period: '2026' }, 'period', /Monat oder ein Quartal/],
      [{ orderTypeId: await orderTypeId(core, 'est') }, 'period', /Veranlagungsjahr/],
      [
        { orderTypeId: await orderTypeId(core, 'est'), period: '2010' },
        'period',
        /zu weit in der Vergangenheit/,
      ],
      [
        { orderTypeId: await orderTypeId(core, 'ustva'), period: '2026-13' },
        'period',
        /Zeitraum wie 2026-12/,
      ],
      [{ orderTypeId: await orderTypeId(core, 'einspruch') }, 'bescheidDate', /Datum des Bescheids/],
      [
        { orderTypeId: await orderTypeId(core, 'einspruch'), bescheidDate: '2027-06-01' },
        'bescheidDate',
        /zu weit in der Zukunft/,
      ],
      [{ orderTypeId: beratung, bescheidDate: '2026-11-01' }, 'bescheidDate', /nur bei Einsprüchen/],
    ];
    for (const [input, field, message] of cases) {
      const result = await core.invoke('orders:create', { clientId, ...input });
      expect(result, JSON.stringify(input)).toMatchObject({
        ok: false,
        error: { kind: 'validation', details: { field } },
      });
      if (!result.ok) expect(result.error.userMessage).toMatch(message);
    }
    const noLand = addClient(core, { name: 'Nirgendwo GmbH', land: null });
    core.deps.sqlite.prepare('UPDATE office SET land = ?').run('');
    const missing = await core.invoke('orders:create', {
      clientId: noLand,
      orderTypeId: await orderTypeId(core, 'ustva'),
      period: '2026-12',
    });
    expect(missing).toMatchObject({ ok: false, error: { details: { code: 'land_missing' } } });
    expect(core.deps.sqlite.prepare('SELECT count(*) AS n FROM orders').get()).toEqual({ n: 0 });
  });
});
