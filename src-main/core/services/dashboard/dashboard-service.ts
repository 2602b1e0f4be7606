import { and, asc, count, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { DashboardOverview } from '../../../../src-shared/ipc/contracts/dashboard';
import {
  openOrderStatuses,
  orderStatuses,
  orderStatusLabels,
} from '../../../../src-shared/orders/order-workflow';
import { addDays } from '../../../../src-shared/rules/deadlines';
import { berater, clients, orders } from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import { openStatusSql } from '../orders/order-rows';
import { listOrders } from '../orders/orders-query';

/** "Due soon" covers today and the seven days after it. */
export const DUE_SOON_DAYS = 7;

const open = [...openOrderStatuses];

export function dashboardOverview(db: DbOrTx, today: string, limit: number): DashboardOverview {
  const dueSoonUntil = addDays(today, DUE_SOON_DAYS);
  const page = { sortBy: 'dueDate' as const, sortDir: 'asc' as const, offset: 0, limit };
  const overdue = listOrders(db, { ...page, overdue: true }, today);
  const dueSoon = listOrders(db, { ...page, status: open, dueFrom: today, dueTo: dueSoonUntil }, today);

  const withoutDeadline = and(
    eq(clients.status, 'aktiv'),
    sql`NOT EXISTS (SELECT 1 FROM ${orders} WHERE ${orders.clientId} = ${clients.id} AND ${orders.status} IN (${openStatusSql}) AND ${orders.dueDate} IS NOT NULL)`,
  );
  const clientsWithout = db
    .select({
      id: clients.id,
      clientNumber: clients.clientNumber,
      displayName: clients.displayName,
      beraterName: berater.name,
    })
    .from(clients)
    .leftJoin(berater, eq(berater.id, clients.beraterId))
    .where(withoutDeadline)
    .orderBy(asc(clients.displayName), asc(clients.id))
    .limit(limit)
    .all();
  const clientsWithoutTotal = db.select({ n: count() }).from(clients).where(withoutDeadline).get()?.n ?? 0;

  const statusCounts = new Map(
    db
      .select({ status: orders.status, n: count() })
      .from(orders)
      .groupBy(orders.status)
      .all()
      .map((r) => [r.status, r.n]),
  );
  const byStatus = orderStatuses.map((status) => ({
    status,
    label: orderStatusLabels[status],
    count: statusCounts.get(status) ?? 0,
  }));

  const overdueCase = sql<number>`sum(CASE WHEN ${orders.dueDate} IS NOT NULL AND ${orders.dueDate} < ${today} THEN 1 ELSE 0 END)`;
  const byBerater = db
    .select({ beraterId: orders.beraterId, beraterName: berater.name, open: count(), overdue: overdueCase })
    .from(orders)
    .leftJoin(berater, eq(berater.id, orders.beraterId))
    .where(inArray(orders.status, open))
    .groupBy(orders.beraterId)
    .orderBy(sql`${berater.name} IS NULL`, asc(berater.name))
    .all()
    .map((r) => ({
      beraterId: r.beraterId,
      beraterName: r.beraterName ?? 'Ohne Berater',
      open: r.open,
      overdue: Number(r.overdue ?? 0),
    }));

  const openTotal = db.select({ n: count() }).from(orders).where(inArray(orders.status, open)).get()?.n ?? 0;
  const overdueTotal =
    db
      .select({ n: count() })
      .from(orders)
      .where(and(inArray(orders.status, open), isNotNull(orders.dueDate), lt(orders.dueDate, today)))
      .get()?.n ?? 0;

  return {
    today,
    dueSoonUntil,
    overdue,
    dueSoon,
    clientsWithoutDeadline: { items: clientsWithout, total: clientsWithoutTotal },
    byStatus,
    byBerater,
    totals: {
      open: openTotal,
      overdue: overdueTotal,
      dueSoon: dueSoon.total,
      clientsWithoutDeadline: clientsWithoutTotal,
    },
  };
}
