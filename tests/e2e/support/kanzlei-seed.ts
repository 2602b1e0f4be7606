import type { RskApp } from '../harness/rsk-app';

/** Unwraps an IpcResult in a test: seeding must not fail silently. */
export function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export async function seedClient(rsk: RskApp, companyName: string): Promise<number> {
  return ok(await rsk.api.clients.create({ kind: 'company', companyName })).id;
}

/**
 * A client with a USt-VA rhythm for the recurring run. The client form does not offer the tax profile
 * yet (another feature), so it is written straight into the table, as the core tests do.
 */
export async function seedUstvaClient(rsk: RskApp, name: string): Promise<number> {
  const core = await rsk.currentCore();
  const now = core.deps.clock().toISOString();
  const n = (core.deps.sqlite.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n;
  const result = core.deps.sqlite
    .prepare(
      `INSERT INTO clients (client_number, kind, status, company_name, display_name, finanzamt_land,
         ustva_rhythm, dauerfristverlaengerung, annual_returns, created_at, updated_at)
       VALUES (?, 'company', 'aktiv', ?, ?, 'NW', 'monatlich', 0, '[]', ?, ?)`,
    )
    .run(`T${90_000 + n}`, name, name, now, now);
  return Number(result.lastInsertRowid);
}

export async function orderTypeId(rsk: RskApp, code: string): Promise<number> {
  const types = ok(await rsk.api.orderTypes.list({ includeInactive: true }));
  const type = types.items.find((t) => t.code === code);
  if (!type) throw new Error(`No order type ${code}`);
  return type.id;
}

export async function seedOrder(
  rsk: RskApp,
  order: { clientId: number; title: string; dueDate?: string; code?: string },
) {
  return ok(
    await rsk.api.orders.create({
      clientId: order.clientId,
      orderTypeId: await orderTypeId(rsk, order.code ?? 'beratung'),
      title: order.title,
      ...(order.dueDate ? { dueDate: order.dueDate } : {}),
    }),
  );
}

/** The core's today ('YYYY-MM-DD', Europe/Berlin) from its own dashboard. */
export async function coreToday(rsk: RskApp): Promise<string> {
  return ok(await rsk.api.dashboard.overview({ limit: 1 })).today;
}
