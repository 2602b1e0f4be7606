import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Column } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { AuditEntry } from '../../../../src-shared/ipc';
import type { OrderDetail, OrderSummary, ordersContracts } from '../../../../src-shared/ipc/contracts/orders';
import type { ContractParsedInput } from '../../../../src-shared/ipc/define';
import {
  openOrderStatuses,
  orderPriorities,
  orderStatuses,
  orderTransitions,
} from '../../../../src-shared/orders/order-workflow';
import { lastDayOfMonth } from '../../../../src-shared/rules/deadlines';
import { clients, orders, orderStatusHistory } from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import { listAudit } from '../audit/audit-service';
import { decodeDueReason } from './order-deadline';
import { countOrders, selectOrders, toOrderSummary } from './order-rows';

export type ListOrdersInput = ContractParsedInput<typeof ordersContracts.list>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const rankOf = (column: Column, values: readonly string[]) =>
  sql`CASE ${column} ${sql.join(
    values.map((v, i) => sql`WHEN ${v} THEN ${i}`),
    sql` `,
  )} END`;

function conditionsFor(input: Partial<ListOrdersInput>, today: string): SQL[] {
  const conditions: SQL[] = [];
  if (input.status && input.status.length > 0) conditions.push(inArray(orders.status, input.status));
  if (input.priority && input.priority.length > 0) conditions.push(inArray(orders.priority, input.priority));
  if (input.beraterId !== undefined) conditions.push(eq(orders.beraterId, input.beraterId));
  if (input.clientId !== undefined) conditions.push(eq(orders.clientId, input.clientId));
  if (input.orderTypeId !== undefined) conditions.push(eq(orders.orderTypeId, input.orderTypeId));
  if (input.assignedUserId !== undefined) conditions.push(eq(orders.assignedUserId, input.assignedUserId));
  if (input.dueFrom) conditions.push(gte(orders.dueDate, input.dueFrom));
  if (input.dueTo) conditions.push(lte(orders.dueDate, input.dueTo));
  if (input.withoutDue === true) conditions.push(isNull(orders.dueDate));
  if (input.withoutDue === false) conditions.push(isNotNull(orders.dueDate));
  if (input.overdue === true) {
    conditions.push(
      inArray(orders.status, [...openOrderStatuses]),
      isNotNull(orders.dueDate),
      lt(orders.dueDate, today),
    );
  }
  if (input.overdue === false) {
    const notOverdue = or(
      isNull(orders.dueDate),
      gte(orders.dueDate, today),
      sql`${orders.status} NOT IN (${sql.join(
        openOrderStatuses.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
    if (notOverdue) conditions.push(notOverdue);
  }
  const query = input.query?.trim();
  if (query) {
    const pattern = `%${escapeLike(query)}%`;
    const match = or(
      sql`${orders.title} LIKE ${pattern} ESCAPE '\\'`,
      sql`${orders.description} LIKE ${pattern} ESCAPE '\\'`,
      sql`${clients.displayName} LIKE ${pattern} ESCAPE '\\'`,
      sql`${clients.clientNumber} LIKE ${pattern} ESCAPE '\\'`,
    );
    if (match) conditions.push(match);
  }
  return conditions;
}

function orderByFor(input: Pick<ListOrdersInput, 'sortBy' | 'sortDir'>): SQL[] {
  const dir = input.sortDir === 'desc' ? desc : asc;
  switch (input.sortBy) {
    case 'dueDate':
      // Orders without a Frist go last in both directions.
      return [sql`${orders.dueDate} IS NULL`, dir(orders.dueDate), asc(orders.id)];
    case 'priority':
      return [
        dir(rankOf(orders.priority, orderPriorities)),
        sql`${orders.dueDate} IS NULL`,
        asc(orders.dueDate),
        asc(orders.id),
      ];
    case 'status':
      return [
        dir(rankOf(orders.status, orderStatuses)),
        sql`${orders.dueDate} IS NULL`,
        asc(orders.dueDate),
        asc(orders.id),
      ];
    case 'clientName':
      return [dir(clients.displayName), asc(orders.id)];
    case 'title':
      return [dir(orders.title), asc(orders.id)];
    case 'createdAt':
      return [dir(orders.createdAt), dir(orders.id)];
    case 'updatedAt':
      return [dir(orders.updatedAt), dir(orders.id)];
  }
}

export function listOrders(
  db: DbOrTx,
  input: ListOrdersInput,
  today: string,
): { items: OrderSummary[]; total: number } {
  const conditions = conditionsFor(input, today);
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const rows = selectOrders(db)
    .where(where)
    .orderBy(...orderByFor(input))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total = countOrders(db).where(where).get()?.n ?? 0;
  return { items: rows.map((r) => toOrderSummary(r, today)), total };
}

export const orderNotFound = (id: number) =>
  new AppError('not_found', 'Der Auftrag wurde nicht gefunden.', `Order ${id} not found`, {
    code: 'order_not_found',
  });

export const statusHistoryOf = (db: DbOrTx, orderId: number) =>
  db
    .select()
    .from(orderStatusHistory)
    .where(eq(orderStatusHistory.orderId, orderId))
    .orderBy(asc(orderStatusHistory.id))
    .all()
    .map(({ orderId: _orderId, ...entry }) => entry);

export function getOrder(db: DbOrTx, id: number, today: string): OrderDetail {
  const joined = selectOrders(db).where(eq(orders.id, id)).get();
  if (!joined) throw orderNotFound(id);
  const o = joined.order;
  const reason = decodeDueReason(o.dueReason);
  return {
    ...toOrderSummary(joined, today),
    description: o.description,
    notes: o.notes,
    dueReason: reason?.text ?? null,
    dueSource: o.dueDate === null ? null : (reason?.source ?? null),
    dueSteps: reason?.steps.map((s) => ({ ...s })) ?? [],
    allowedTransitions: [...orderTransitions[o.status]],
    statusHistory: statusHistoryOf(db, id),
  };
}

export function orderHistory(
  db: DbOrTx,
  id: number,
): { statusHistory: OrderDetail['statusHistory']; changes: AuditEntry[] } {
  const exists = db.select({ id: orders.id }).from(orders).where(eq(orders.id, id)).get();
  if (!exists) throw orderNotFound(id);
  return {
    statusHistory: statusHistoryOf(db, id),
    changes: listAudit(db, { entityType: 'order', entityId: String(id), limit: 1_000 }),
  };
}

export function orderCalendar(
  db: DbOrTx,
  input: ContractParsedInput<typeof ordersContracts.calendar>,
  today: string,
): { month: string; items: OrderSummary[] } {
  const [year, month] = input.month.split('-').map(Number) as [number, number];
  const conditions: SQL[] = [
    gte(orders.dueDate, `${input.month}-01`),
    lte(orders.dueDate, lastDayOfMonth(year, month)),
    ne(orders.status, 'storniert'),
  ];
  if (!input.includeClosed) conditions.push(inArray(orders.status, [...openOrderStatuses]));
  if (input.beraterId !== undefined) conditions.push(eq(orders.beraterId, input.beraterId));
  const rows = selectOrders(db)
    .where(and(...conditions))
    .orderBy(asc(orders.dueDate), asc(clients.displayName), asc(orders.id))
    .all();
  return { month: input.month, items: rows.map((r) => toOrderSummary(r, today)) };
}
