import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { Actor } from '../../../../src-shared/ipc';
import type { OrderType, orderTypesContracts } from '../../../../src-shared/ipc/contracts/orders';
import type { ContractParsedInput } from '../../../../src-shared/ipc/define';
import { deadlineRuleOf, defaultOrderTypes } from '../../../../src-shared/orders/order-catalogue';
import { orderTypes } from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import type { ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { assertVersion } from '../optimistic-lock';

export type OrderTypeRow = typeof orderTypes.$inferSelect;

export const toOrderType = (row: OrderTypeRow): OrderType => ({
  id: row.id,
  code: row.code,
  name: row.name,
  periodKind: row.periodKind,
  deadlineRule: deadlineRuleOf(row.code),
  active: row.active,
  sortOrder: row.sortOrder,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  version: row.version,
});

export const listOrderTypes = (db: DbOrTx, input: { includeInactive: boolean }): OrderType[] =>
  db
    .select()
    .from(orderTypes)
    .where(input.includeInactive ? undefined : eq(orderTypes.active, true))
    .orderBy(asc(orderTypes.sortOrder), asc(orderTypes.name))
    .all()
    .map(toOrderType);

export function getOrderTypeRow(db: DbOrTx, id: number): OrderTypeRow {
  const row = db.select().from(orderTypes).where(eq(orderTypes.id, id)).get();
  if (!row) {
    throw new AppError('not_found', 'Die Auftragsart wurde nicht gefunden.', `Order type ${id} not found`, {
      code: 'order_type_not_found',
    });
  }
  return row;
}

export const findOrderTypeByCode = (db: DbOrTx, code: string): OrderTypeRow | undefined =>
  db.select().from(orderTypes).where(eq(orderTypes.code, code)).get();

/**
 * Seeds the default catalogue on start: only codes that do not exist yet are inserted, so a
 * renamed or deactivated type stays as the office left it and a second start changes nothing.
 */
export function ensureDefaultOrderTypes(deps: ServiceDeps): number {
  const existing = new Set(
    deps.db
      .select({ code: orderTypes.code })
      .from(orderTypes)
      .all()
      .map((r) => r.code),
  );
  const missing = defaultOrderTypes
    .map((type, index) => ({ type, sortOrder: (index + 1) * 10 }))
    .filter(({ type }) => !existing.has(type.code));
  if (missing.length === 0) return 0;
  return mutate(deps, null, ({ tx, now, audit }) => {
    for (const { type, sortOrder } of missing) {
      const row = tx
        .insert(orderTypes)
        .values({
          code: type.code,
          name: type.name,
          periodKind: type.periodKind,
          sortOrder,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning()
        .get();
      if (row) audit({ action: 'order_type.create', entityType: 'order_type', entityId: row.id, after: row });
    }
    return missing.length;
  });
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 36);

function freeCode(tx: DbOrTx, name: string): string {
  const base =
    /^[a-z]/.test(slug(name)) && slug(name).length >= 2 ? slug(name) : `art-${slug(name)}`.slice(0, 36);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!findOrderTypeByCode(tx, candidate)) return candidate;
  }
}

function assertNameFree(tx: DbOrTx, name: string, exceptId?: number): void {
  const clash = tx
    .select({ id: orderTypes.id })
    .from(orderTypes)
    .where(
      exceptId === undefined
        ? sql`lower(${orderTypes.name}) = lower(${name})`
        : and(sql`lower(${orderTypes.name}) = lower(${name})`, ne(orderTypes.id, exceptId)),
    )
    .get();
  if (clash) {
    throw new AppError('conflict', `Die Auftragsart „${name}“ gibt es bereits.`, 'Order type name taken', {
      field: 'name',
      code: 'order_type_name_taken',
    });
  }
}

export function createOrderType(
  deps: ServiceDeps,
  actor: Actor,
  input: ContractParsedInput<typeof orderTypesContracts.create>,
): OrderType {
  return mutate(deps, actor, ({ tx, now, audit }) => {
    assertNameFree(tx, input.name);
    if (input.code && findOrderTypeByCode(tx, input.code)) {
      throw new AppError(
        'conflict',
        `Das Kürzel „${input.code}“ ist bereits vergeben.`,
        'Order type code taken',
        {
          field: 'code',
          code: 'order_type_code_taken',
        },
      );
    }
    const maxSort =
      tx
        .select({ max: sql<number | null>`max(${orderTypes.sortOrder})` })
        .from(orderTypes)
        .get()?.max ?? 0;
    const row = tx
      .insert(orderTypes)
      .values({
        code: input.code ?? freeCode(tx, input.name),
        name: input.name,
        periodKind: input.periodKind,
        sortOrder: input.sortOrder ?? maxSort + 10,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    audit({ action: 'order_type.create', entityType: 'order_type', entityId: row.id, after: row });
    return toOrderType(row);
  });
}

export function updateOrderType(
  deps: ServiceDeps,
  actor: Actor,
  input: ContractParsedInput<typeof orderTypesContracts.update>,
): OrderType {
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const before = getOrderTypeRow(tx, input.id);
    assertVersion(
      tx,
      actor,
      { entityType: 'order_type', entityId: before.id, subject: 'Die Auftragsart', pronoun: 'sie' },
      input.version,
      before.version,
    );
    if (input.name !== undefined && input.name !== before.name) assertNameFree(tx, input.name, before.id);
    if (
      input.periodKind !== undefined &&
      input.periodKind !== before.periodKind &&
      deadlineRuleOf(before.code)
    ) {
      throw new AppError(
        'validation',
        `Bei „${before.name}“ berechnet das Programm die Frist aus dem Zeitraum; die Zeitraumart kann deshalb nicht geändert werden.`,
        'Period kind of a rule type is fixed',
        { field: 'periodKind', code: 'period_kind_fixed' },
      );
    }
    const after = tx
      .update(orderTypes)
      .set({
        name: input.name ?? before.name,
        periodKind: input.periodKind ?? before.periodKind,
        active: input.active ?? before.active,
        sortOrder: input.sortOrder ?? before.sortOrder,
        updatedAt: now,
        version: before.version + 1,
      })
      .where(eq(orderTypes.id, before.id))
      .returning()
      .get();
    audit({ action: 'order_type.update', entityType: 'order_type', entityId: before.id, before, after });
    return toOrderType(after);
  });
}
