import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { OrderSummary } from '../../../../src-shared/ipc/contracts/orders';
import {
  isOpenStatus,
  openOrderStatuses,
  type OrderPriority,
  type OrderStatus,
} from '../../../../src-shared/orders/order-workflow';
import {
  berater,
  clients,
  type orderPriorities as tablePriorities,
  orders,
  type orderStatuses as tableStatuses,
  orderTypes,
  users,
} from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import { periodFromColumns, periodLabel, periodText } from './order-period';

export type OrderRow = typeof orders.$inferSelect;

// The table's enums and the shared workflow must name the same values; the compiler checks it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameStatuses: Same<(typeof tableStatuses)[number], OrderStatus> = true;
const _samePriorities: Same<(typeof tablePriorities)[number], OrderPriority> = true;

const assignee = alias(users, 'assignee');

export const orderSelection = {
  order: orders,
  clientNumber: clients.clientNumber,
  clientName: clients.displayName,
  beraterName: berater.name,
  assignedUserName: assignee.displayName,
  orderTypeCode: orderTypes.code,
  orderTypeName: orderTypes.name,
};

/** Orders with the names the lists show: Mandant, Berater, assigned user, Auftragsart. */
export const selectOrders = (db: DbOrTx) =>
  db
    .select(orderSelection)
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .innerJoin(orderTypes, eq(orderTypes.id, orders.orderTypeId))
    .leftJoin(berater, eq(berater.id, orders.beraterId))
    .leftJoin(assignee, eq(assignee.id, orders.assignedUserId));

export const countOrders = (db: DbOrTx) =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .innerJoin(orderTypes, eq(orderTypes.id, orders.orderTypeId));

export type JoinedOrder = {
  order: OrderRow;
  clientNumber: string;
  clientName: string;
  beraterName: string | null;
  assignedUserName: string | null;
  orderTypeCode: string;
  orderTypeName: string;
};

export const isOverdue = (row: Pick<OrderRow, 'status' | 'dueDate'>, today: string): boolean =>
  isOpenStatus(row.status) && row.dueDate !== null && row.dueDate < today;

export function toOrderSummary(joined: JoinedOrder, today: string): OrderSummary {
  const o = joined.order;
  const period = periodFromColumns(o);
  return {
    id: o.id,
    clientId: o.clientId,
    clientNumber: joined.clientNumber,
    clientName: joined.clientName,
    beraterId: o.beraterId,
    beraterName: joined.beraterName,
    assignedUserId: o.assignedUserId,
    assignedUserName: joined.assignedUserName,
    orderTypeId: o.orderTypeId,
    orderTypeCode: joined.orderTypeCode,
    orderTypeName: joined.orderTypeName,
    period: periodText(o),
    periodLabel: period ? periodLabel(period) : null,
    title: o.title,
    priority: o.priority,
    status: o.status,
    dueDate: o.dueDate,
    reminderDate: o.reminderDate,
    overdue: isOverdue(o, today),
    recurrenceKey: o.recurrenceKey,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    version: o.version,
  };
}

/** SQL list of the open statuses, for raw conditions. */
export const openStatusSql = sql.join(
  openOrderStatuses.map((s) => sql`${s}`),
  sql`, `,
);
