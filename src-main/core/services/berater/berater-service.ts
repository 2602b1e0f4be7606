import { and, asc, count, eq, inArray, like, ne, or, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { Actor } from '../../../../src-shared/ipc';
import type { Berater, beraterContracts } from '../../../../src-shared/ipc/contracts/berater';
import type { ContractParsedInput } from '../../../../src-shared/ipc/define';
import { openOrderStatuses } from '../../../../src-shared/orders/order-workflow';
import { berater, clients, orders, users } from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import type { ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { assertVersion } from '../optimistic-lock';

type BeraterRow = typeof berater.$inferSelect;

const openStatusList = sql.join(
  openOrderStatuses.map((s) => sql`${s}`),
  sql`, `,
);
const openOrdersOf = sql<number>`(SELECT count(*) FROM ${orders} WHERE ${orders.beraterId} = ${berater.id} AND ${orders.status} IN (${openStatusList}))`;

const selection = {
  row: berater,
  userName: users.displayName,
  openOrders: openOrdersOf,
};

const toBerater = (r: { row: BeraterRow; userName: string | null; openOrders: number }): Berater => ({
  id: r.row.id,
  name: r.row.name,
  profession: r.row.profession,
  beraterNumber: r.row.beraterNumber,
  kammer: r.row.kammer,
  email: r.row.email,
  phone: r.row.phone,
  userId: r.row.userId,
  userName: r.userName,
  active: r.row.active,
  openOrders: Number(r.openOrders),
  createdAt: r.row.createdAt,
  updatedAt: r.row.updatedAt,
  version: r.row.version,
});

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function listBerater(
  db: DbOrTx,
  input: { includeInactive: boolean; query?: string | undefined },
): Berater[] {
  const conditions: SQL[] = [];
  if (!input.includeInactive) conditions.push(eq(berater.active, true));
  const query = input.query?.trim();
  if (query) {
    const pattern = `%${escapeLike(query)}%`;
    const match = or(like(berater.name, pattern), like(berater.beraterNumber, pattern));
    if (match) conditions.push(match);
  }
  return db
    .select(selection)
    .from(berater)
    .leftJoin(users, eq(users.id, berater.userId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(berater.name), asc(berater.id))
    .all()
    .map(toBerater);
}

export function getBerater(db: DbOrTx, id: number): Berater {
  const row = db
    .select(selection)
    .from(berater)
    .leftJoin(users, eq(users.id, berater.userId))
    .where(eq(berater.id, id))
    .get();
  if (!row) {
    throw new AppError('not_found', 'Der Berater wurde nicht gefunden.', `Berater ${id} not found`, {
      code: 'berater_not_found',
    });
  }
  return toBerater(row);
}

const beraterEntity = (id: number) =>
  ({ entityType: 'berater', entityId: id, subject: 'Der Berater', pronoun: 'ihn' }) as const;

/** A Berater may be linked to one existing user, and a user to at most one Berater. */
function assertUserLinkable(tx: DbOrTx, userId: number, exceptBeraterId?: number): void {
  const user = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
  if (!user) {
    throw new AppError(
      'validation',
      'Der ausgewählte Benutzer existiert nicht.',
      `User ${userId} not found`,
      {
        field: 'userId',
        code: 'user_not_found',
      },
    );
  }
  const other = tx
    .select({ name: berater.name })
    .from(berater)
    .where(
      exceptBeraterId === undefined
        ? eq(berater.userId, userId)
        : and(eq(berater.userId, userId), ne(berater.id, exceptBeraterId)),
    )
    .get();
  if (other) {
    throw new AppError(
      'conflict',
      `Dieser Benutzer ist bereits mit dem Berater „${other.name}“ verknüpft.`,
      `User ${userId} already linked`,
      { field: 'userId', code: 'user_already_linked' },
    );
  }
}

const orNull = (value: string | null | undefined) => (value ? value : null);

export function createBerater(
  deps: ServiceDeps,
  actor: Actor,
  input: ContractParsedInput<typeof beraterContracts.create>,
): Berater {
  return mutate(deps, actor, ({ tx, now, audit }) => {
    if (input.userId != null) assertUserLinkable(tx, input.userId);
    const row = tx
      .insert(berater)
      .values({
        name: input.name,
        profession: input.profession,
        beraterNumber: orNull(input.beraterNumber),
        kammer: orNull(input.kammer),
        email: orNull(input.email),
        phone: orNull(input.phone),
        userId: input.userId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    audit({ action: 'berater.create', entityType: 'berater', entityId: row.id, after: row });
    return getBerater(tx, row.id);
  });
}

function loadRow(tx: DbOrTx, id: number): BeraterRow {
  const row = tx.select().from(berater).where(eq(berater.id, id)).get();
  if (!row) {
    throw new AppError('not_found', 'Der Berater wurde nicht gefunden.', `Berater ${id} not found`, {
      code: 'berater_not_found',
    });
  }
  return row;
}

export function updateBerater(
  deps: ServiceDeps,
  actor: Actor,
  input: ContractParsedInput<typeof beraterContracts.update>,
): Berater {
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const before = loadRow(tx, input.id);
    assertVersion(tx, actor, beraterEntity(before.id), input.version, before.version);
    if (input.userId != null && input.userId !== before.userId)
      assertUserLinkable(tx, input.userId, before.id);
    const pick = <K extends 'beraterNumber' | 'kammer' | 'email' | 'phone'>(key: K) =>
      input[key] === undefined ? before[key] : orNull(input[key]);
    const after = tx
      .update(berater)
      .set({
        name: input.name ?? before.name,
        profession: input.profession ?? before.profession,
        beraterNumber: pick('beraterNumber'),
        kammer: pick('kammer'),
        email: pick('email'),
        phone: pick('phone'),
        userId: input.userId === undefined ? before.userId : input.userId,
        active: input.active ?? before.active,
        updatedAt: now,
        version: before.version + 1,
      })
      .where(eq(berater.id, before.id))
      .returning()
      .get();
    audit({ action: 'berater.update', entityType: 'berater', entityId: before.id, before, after });
    return getBerater(tx, before.id);
  });
}

export function deactivateBerater(deps: ServiceDeps, actor: Actor, id: number, version: number): Berater {
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const before = loadRow(tx, id);
    assertVersion(tx, actor, beraterEntity(id), version, before.version);
    const after = tx
      .update(berater)
      .set({ active: false, updatedAt: now, version: before.version + 1 })
      .where(eq(berater.id, id))
      .returning()
      .get();
    audit({ action: 'berater.deactivate', entityType: 'berater', entityId: id, before, after });
    return getBerater(tx, id);
  });
}

export function deleteBerater(deps: ServiceDeps, actor: Actor, id: number): { deleted: true } {
  return mutate(deps, actor, ({ tx, audit }) => {
    const row = loadRow(tx, id);
    const openOrders =
      tx
        .select({ n: count() })
        .from(orders)
        .where(and(eq(orders.beraterId, id), inArray(orders.status, [...openOrderStatuses])))
        .get()?.n ?? 0;
    if (openOrders > 0) {
      throw new AppError(
        'conflict',
        `${row.name} ist noch für ${openOrders === 1 ? 'einen offenen Auftrag' : `${openOrders} offene Aufträge`} verantwortlich und kann nicht gelöscht werden. Übertragen Sie die Aufträge oder deaktivieren Sie den Berater.`,
        `Berater ${id} has ${openOrders} open orders`,
        { code: 'has_open_orders', openOrders },
      );
    }
    const anyOrders = tx.select({ n: count() }).from(orders).where(eq(orders.beraterId, id)).get()?.n ?? 0;
    const anyClients = tx.select({ n: count() }).from(clients).where(eq(clients.beraterId, id)).get()?.n ?? 0;
    if (anyOrders > 0 || anyClients > 0) {
      throw new AppError(
        'conflict',
        `${row.name} ist noch Mandanten oder abgeschlossenen Aufträgen zugeordnet und kann deshalb nicht gelöscht werden. Deaktivieren Sie den Berater stattdessen.`,
        `Berater ${id} is referenced (${anyClients} clients, ${anyOrders} orders)`,
        { code: 'berater_referenced' },
      );
    }
    tx.delete(berater).where(eq(berater.id, id)).run();
    audit({ action: 'berater.delete', entityType: 'berater', entityId: id, before: row });
    return { deleted: true as const };
  });
}
