import { and, asc, eq, isNull, ne, or } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { Actor } from '../../../../src-shared/ipc';
import type { RecurringResult } from '../../../../src-shared/ipc/contracts/orders';
import { USTVA_TYPE_CODE } from '../../../../src-shared/orders/order-catalogue';
import { formatPeriod, type TaxPeriod } from '../../../../src-shared/rules/deadlines';
import { todayIso } from '../../clock';
import { clients, orders } from '../../db/schema';
import type { Tx } from '../../db/types';
import type { ServiceDeps } from '../deps';
import { mutate, type MutationScope } from '../mutation';
import { findOrderTypeByCode, type OrderTypeRow } from '../order-types/order-types-service';
import { defaultBeraterOf, type ClientRow } from './order-context';
import { assertPeriodFits, parseOrderPeriod, periodToColumns } from './order-period';
import { defaultTitle, insertOrder, ruleDue } from './orders-service';

interface Planned {
  client: ClientRow;
  code: string;
  period: TaxPeriod;
}

const activeClients = (tx: Tx, rhythm?: 'monatlich' | 'vierteljaehrlich') =>
  tx
    .select()
    .from(clients)
    .where(
      rhythm
        ? and(eq(clients.status, 'aktiv'), eq(clients.ustvaRhythm, rhythm))
        : eq(clients.status, 'aktiv'),
    )
    .orderBy(asc(clients.displayName), asc(clients.id))
    .all();

/*
 * What a period stands for:
 * - 'YYYY-MM': the monthly USt-VA of every monthly filer; a month that closes a quarter (03, 06, 09, 12)
 *   also brings the quarterly filers' USt-VA for that quarter, so running the months covers everyone.
 * - 'YYYY-Qn': the quarterly filers' USt-VA.
 * - 'YYYY': the annual returns each client has in annualReturns (est, kst, gewst, ust, …) for that year.
 * Only active clients. Quarterly orders made from a month and from its quarter share one key.
 */
function plan(tx: Tx, period: TaxPeriod): Planned[] {
  switch (period.kind) {
    case 'month': {
      const planned: Planned[] = activeClients(tx, 'monatlich').map((client) => ({
        client,
        code: USTVA_TYPE_CODE,
        period,
      }));
      if (period.month % 3 === 0) {
        const quarter: TaxPeriod = {
          kind: 'quarter',
          year: period.year,
          quarter: (period.month / 3) as 1 | 2 | 3 | 4,
        };
        planned.push(
          ...activeClients(tx, 'vierteljaehrlich').map((client) => ({
            client,
            code: USTVA_TYPE_CODE,
            period: quarter,
          })),
        );
      }
      return planned;
    }
    case 'quarter':
      return activeClients(tx, 'vierteljaehrlich').map((client) => ({
        client,
        code: USTVA_TYPE_CODE,
        period,
      }));
    case 'year':
      return activeClients(tx).flatMap((client) =>
        [...new Set(Array.isArray(client.annualReturns) ? client.annualReturns : [])].map((code) => ({
          client,
          code: String(code).trim().toLowerCase(),
          period,
        })),
      );
  }
}

export const recurrenceKeyOf = (code: string, clientId: number, period: TaxPeriod) =>
  `${code}:${clientId}:${formatPeriod(period)}`;

/** Already there: generated before (same key), or the same work entered by hand and not cancelled. */
function exists(tx: Tx, key: string, type: OrderTypeRow | undefined, item: Planned): boolean {
  const columns = periodToColumns(item.period);
  const samePeriod = and(
    eq(orders.clientId, item.client.id),
    columns.periodYear === null ? isNull(orders.periodYear) : eq(orders.periodYear, columns.periodYear),
    columns.periodMonth === null ? isNull(orders.periodMonth) : eq(orders.periodMonth, columns.periodMonth),
    columns.periodQuarter === null
      ? isNull(orders.periodQuarter)
      : eq(orders.periodQuarter, columns.periodQuarter),
  );
  const condition = type
    ? or(
        eq(orders.recurrenceKey, key),
        and(samePeriod, eq(orders.orderTypeId, type.id), ne(orders.status, 'storniert')),
      )
    : eq(orders.recurrenceKey, key);
  return tx.select({ id: orders.id }).from(orders).where(condition).get() !== undefined;
}

/** Creates what the period stands for inside the caller's mutation (used by the channel and the demo seed). */
export function generateInScope(scope: MutationScope, period: TaxPeriod): RecurringResult {
  const { tx } = scope;
  const label = formatPeriod(period);
  const result: RecurringResult = { period: label, created: 0, skipped: 0, createdOrderIds: [], errors: [] };
  const types = new Map<string, OrderTypeRow | undefined>();
  const typeOf = (code: string) => {
    if (!types.has(code)) types.set(code, findOrderTypeByCode(tx, code));
    return types.get(code);
  };
  for (const item of plan(tx, period)) {
    const key = recurrenceKeyOf(item.code, item.client.id, item.period);
    const type = typeOf(item.code);
    if (exists(tx, key, type, item)) {
      result.skipped += 1;
      continue;
    }
    const fail = (message: string) =>
      result.errors.push({ clientId: item.client.id, clientName: item.client.displayName, message });
    if (!type) {
      fail(`Die Erklärungsart „${item.code}“ gibt es im Auftragsartenkatalog nicht.`);
      continue;
    }
    if (!type.active) {
      fail(`Die Auftragsart „${type.name}“ ist deaktiviert.`);
      continue;
    }
    try {
      assertPeriodFits(type.periodKind, type.name, item.period);
      const due = ruleDue(tx, type, item.client, item.period, undefined) ?? { dueDate: null, reason: null };
      const id = insertOrder(scope, {
        client: item.client,
        type,
        period: item.period,
        beraterId: defaultBeraterOf(tx, item.client),
        assignedUserId: null,
        title: defaultTitle(type, item.period),
        description: null,
        priority: 'normal',
        due,
        reminderDate: null,
        notes: null,
        recurrenceKey: key,
        origin: `Automatisch angelegt (wiederkehrend, Zeitraum ${label})`,
      });
      result.created += 1;
      result.createdOrderIds.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      fail(error.userMessage);
    }
  }
  return result;
}

/**
 * One audit record per created order (written by insertOrder) plus one for the run itself, so a
 * run that found everything in place is on record too.
 */
export function generateRecurring(deps: ServiceDeps, actor: Actor, periodText: string): RecurringResult {
  const period = parseOrderPeriod(periodText, todayIso(deps.clock));
  return mutate(deps, actor, (scope) => {
    const result = generateInScope(scope, period);
    scope.audit({
      action: 'order.generate_recurring',
      entityType: 'order_run',
      entityId: result.period,
      after: {
        period: result.period,
        created: result.created,
        skipped: result.skipped,
        errors: result.errors.length,
      },
    });
    return result;
  });
}
