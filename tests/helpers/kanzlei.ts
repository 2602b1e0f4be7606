import type { Core } from '../../src-main/core';
import type { Berater } from '../../src-shared/ipc/contracts/berater';
import type { OrderDetail, OrderType } from '../../src-shared/ipc/contracts/orders';
import { expectOk } from './core';

export interface TestClient {
  name: string;
  land?: string | null;
  ustva?: 'monatlich' | 'vierteljaehrlich' | null;
  dauerfrist?: boolean;
  returns?: string[];
  status?: 'aktiv' | 'inaktiv' | 'ehemalig';
  beraterId?: number | null;
}

/**
 * Writes a client with its tax profile straight into the table: these tests are about Fristen and
 * orders, so they do not depend on the client form's contract (another feature's).
 */
export function addClient(core: Core, client: TestClient): number {
  const now = core.deps.clock().toISOString();
  const next = core.deps.sqlite.prepare('SELECT count(*) AS n FROM clients').get() as { n: number };
  const result = core.deps.sqlite
    .prepare(
      `INSERT INTO clients (client_number, kind, status, company_name, display_name, berater_id, finanzamt_land,
         ustva_rhythm, dauerfristverlaengerung, annual_returns, created_at, updated_at)
       VALUES (?, 'company', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      `T${90_000 + next.n}`,
      client.status ?? 'aktiv',
      client.name,
      client.name,
      client.beraterId ?? null,
      client.land === undefined ? 'NW' : client.land,
      client.ustva ?? null,
      client.dauerfrist ? 1 : 0,
      JSON.stringify(client.returns ?? []),
      now,
      now,
    );
  return Number(result.lastInsertRowid);
}

export async function orderTypeId(core: Core, code: string): Promise<number> {
  const types = expectOk(await core.invokeAs(core.actor, 'order-types:list', { includeInactive: true })) as {
    items: OrderType[];
  };
  const type = types.items.find((t) => t.code === code);
  if (!type) throw new Error(`No order type ${code}`);
  return type.id;
}

export async function addBerater(core: Core, name = 'Dr. Katharina Vogt'): Promise<Berater> {
  return expectOk(
    await core.invokeAs(core.actor, 'berater:create', { name, profession: 'Steuerberaterin' }),
  ) as Berater;
}

/** Creates an order through the channel (as the session user). */
export async function createOrder(core: Core, input: Record<string, unknown>): Promise<OrderDetail> {
  return expectOk(await core.invoke('orders:create', input)) as OrderDetail;
}

export const count = (core: Core, table: string, where = '1 = 1'): number =>
  (core.deps.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
