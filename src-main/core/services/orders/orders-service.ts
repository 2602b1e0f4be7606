import { eq } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { Actor } from '../../../../src-shared/ipc';
import type { OrderDetail, ordersContracts } from '../../../../src-shared/ipc/contracts/orders';
import type { ContractParsedInput } from '../../../../src-shared/ipc/define';
import { deadlineRuleOf } from '../../../../src-shared/orders/order-catalogue';
import {
  orderTransitions,
  transitionRefusal,
  type OrderPriority,
  type OrderStatus,
} from '../../../../src-shared/orders/order-workflow';
import type { TaxPeriod } from '../../../../src-shared/rules/deadlines';
import { todayIso } from '../../clock';
import { orders, orderStatusHistory } from '../../db/schema';
import type { Tx } from '../../db/types';
import { assertDateNearToday } from '../date-range';
import type { ServiceDeps } from '../deps';
import { mutate, type MutationScope } from '../mutation';
import { assertVersion } from '../optimistic-lock';
import { getOrderTypeRow, type OrderTypeRow } from '../order-types/order-types-service';
import {
  assertBeraterUsable,
  assertUserAssignable,
  defaultBeraterOf,
  loadClient,
  officeLand,
  type ClientRow,
} from './order-context';
import {
  computeDue,
  decodeDueReason,
  encodeDueReason,
  manualDue,
  resolveLand,
  type Due,
  type EinspruchBasis,
} from './order-deadline';
import {
  assertPeriodFits,
  parseOrderPeriod,
  periodFromColumns,
  periodLabel,
  periodToColumns,
} from './order-period';
import { getOrder, orderNotFound } from './orders-query';

type ParsedCreate = ContractParsedInput<typeof ordersContracts.create>;
type ParsedUpdate = ContractParsedInput<typeof ordersContracts.update>;

const DATE_YEARS = 10;
const dueRule = { field: 'dueDate', label: 'Die Frist', yearsBack: DATE_YEARS, ahead: { years: DATE_YEARS } };
const reminderRule = {
  field: 'reminderDate',
  label: 'Die Wiedervorlage',
  yearsBack: DATE_YEARS,
  ahead: { years: DATE_YEARS },
};
// A Bescheid is never dated far ahead; a few weeks cover one printed before its Aufgabe zur Post.
const bescheidRule = {
  field: 'bescheidDate',
  label: 'Das Bescheiddatum',
  yearsBack: DATE_YEARS,
  ahead: { days: 31 },
};

const orderEntity = (id: number) =>
  ({ entityType: 'order', entityId: id, subject: 'Der Auftrag', pronoun: 'ihn' }) as const;

function assertReminderBeforeDue(reminder: string | null, due: string | null): void {
  if (reminder && due && reminder > due) {
    throw new AppError(
      'validation',
      'Die Wiedervorlage liegt nach der Frist. Bitte wählen Sie einen Tag vor dem Fristende.',
      'Reminder after due date',
      { field: 'reminderDate', code: 'reminder_after_due' },
    );
  }
}

/** The Frist of an order from its type's rule; null when the type has none. */
export function ruleDue(
  tx: Tx,
  type: OrderTypeRow,
  client: ClientRow,
  period: TaxPeriod | null,
  einspruch: EinspruchBasis | undefined,
): Due | null {
  const rule = deadlineRuleOf(type.code);
  if (!rule) return null;
  if (rule === 'einspruch' && !einspruch) return null;
  return computeDue({
    rule,
    typeName: type.name,
    period,
    land: resolveLand(client.finanzamtLand, officeLand(tx), client.displayName),
    dauerfristverlaengerung: client.dauerfristverlaengerung,
    einspruch,
  });
}

export interface NewOrder {
  client: ClientRow;
  type: OrderTypeRow;
  period: TaxPeriod | null;
  beraterId: number | null;
  assignedUserId: number | null;
  title: string;
  description: string | null;
  priority: OrderPriority;
  due: Due;
  reminderDate: string | null;
  notes: string | null;
  recurrenceKey: string | null;
  /** Comment of the first status history entry. */
  origin: string;
}

export const defaultTitle = (type: OrderTypeRow, period: TaxPeriod | null) =>
  period ? `${type.name} ${periodLabel(period)}` : type.name;

/** Inserts an order with its first status history entry and audit record, inside the caller's mutation. */
export function insertOrder(scope: MutationScope, order: NewOrder): number {
  const { tx, now, actor, audit } = scope;
  const row = tx
    .insert(orders)
    .values({
      clientId: order.client.id,
      beraterId: order.beraterId,
      assignedUserId: order.assignedUserId,
      orderTypeId: order.type.id,
      ...periodToColumns(order.period),
      title: order.title,
      description: order.description,
      priority: order.priority,
      status: 'offen',
      dueDate: order.due.dueDate,
      dueReason: encodeDueReason(order.due.reason),
      reminderDate: order.reminderDate,
      notes: order.notes,
      recurrenceKey: order.recurrenceKey,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  tx.insert(orderStatusHistory)
    .values({
      orderId: row.id,
      fromStatus: null,
      toStatus: 'offen',
      at: now,
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? 'System',
      comment: order.origin,
    })
    .run();
  audit({ action: 'order.create', entityType: 'order', entityId: row.id, after: row });
  return row.id;
}

export function createOrder(deps: ServiceDeps, actor: Actor, input: ParsedCreate): OrderDetail {
  const today = todayIso(deps.clock);
  for (const [date, rule] of [
    [input.dueDate, dueRule],
    [input.reminderDate, reminderRule],
    [input.bescheidDate, bescheidRule],
  ] as const) {
    if (date) assertDateNearToday(date, today, rule);
  }
  const period = input.period ? parseOrderPeriod(input.period, today) : null;
  return mutate(deps, actor, (scope) => {
    const { tx } = scope;
    const client = loadClient(tx, input.clientId);
    if (client.status === 'ehemalig') {
      throw new AppError(
        'validation',
        `${client.displayName} ist ein ehemaliger Mandant; dafür können keine Aufträge angelegt werden.`,
        'Client is former',
        { field: 'clientId', code: 'client_former' },
      );
    }
    const type = getOrderTypeRow(tx, input.orderTypeId);
    if (!type.active) {
      throw new AppError(
        'validation',
        `Die Auftragsart „${type.name}“ ist deaktiviert.`,
        'Order type inactive',
        {
          field: 'orderTypeId',
          code: 'order_type_inactive',
        },
      );
    }
    assertPeriodFits(type.periodKind, type.name, period);
    const rule = deadlineRuleOf(type.code);
    if (input.bescheidDate && rule !== 'einspruch') {
      throw new AppError(
        'validation',
        'Das Bescheiddatum wird nur bei Einsprüchen zur Fristberechnung verwendet.',
        'Bescheid date on a non-Einspruch order',
        { field: 'bescheidDate', code: 'bescheid_not_applicable' },
      );
    }
    if (rule === 'einspruch' && !input.bescheidDate && !input.dueDate) {
      throw new AppError(
        'validation',
        'Für einen Einspruch geben Sie bitte das Datum des Bescheids an (daraus wird die Einspruchsfrist berechnet) oder eine Frist.',
        'Einspruch without Bescheid date or Frist',
        { field: 'bescheidDate', code: 'einspruch_needs_date' },
      );
    }
    if (input.beraterId != null) assertBeraterUsable(tx, input.beraterId);
    if (input.assignedUserId != null) assertUserAssignable(tx, input.assignedUserId);
    const einspruch = input.bescheidDate
      ? {
          bescheidDate: input.bescheidDate,
          recipientLand: input.recipientLand,
          mitRechtsbehelfsbelehrung: !input.ohneRechtsbehelfsbelehrung,
        }
      : undefined;
    const due = input.dueDate
      ? manualDue(input.dueDate, input.dueNote)
      : (ruleDue(tx, type, client, period, einspruch) ?? { dueDate: null, reason: null });
    assertReminderBeforeDue(input.reminderDate ?? null, due.dueDate);
    const id = insertOrder(scope, {
      client,
      type,
      period,
      beraterId: input.beraterId === undefined ? defaultBeraterOf(tx, client) : input.beraterId,
      assignedUserId: input.assignedUserId ?? null,
      title: input.title ?? defaultTitle(type, period),
      description: input.description || null,
      priority: input.priority,
      due,
      reminderDate: input.reminderDate ?? null,
      notes: input.notes || null,
      recurrenceKey: null,
      origin: 'Angelegt',
    });
    return getOrder(tx, id, today);
  });
}

export function loadOrderRow(tx: Tx, id: number) {
  const row = tx.select().from(orders).where(eq(orders.id, id)).get();
  if (!row) throw orderNotFound(id);
  return row;
}

export function updateOrder(deps: ServiceDeps, actor: Actor, input: ParsedUpdate): OrderDetail {
  const today = todayIso(deps.clock);
  if (input.dueDate) assertDateNearToday(input.dueDate, today, dueRule);
  if (input.reminderDate) assertDateNearToday(input.reminderDate, today, reminderRule);
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const before = loadOrderRow(tx, input.id);
    assertVersion(tx, actor, orderEntity(before.id), input.version, before.version);
    if (input.beraterId != null && input.beraterId !== before.beraterId)
      assertBeraterUsable(tx, input.beraterId);
    if (input.assignedUserId != null && input.assignedUserId !== before.assignedUserId) {
      assertUserAssignable(tx, input.assignedUserId);
    }

    let due: Due = { dueDate: before.dueDate, reason: decodeDueReason(before.dueReason) };
    if (input.dueDate === null) {
      due = { dueDate: null, reason: null };
    } else if (input.dueDate !== undefined) {
      due = manualDue(input.dueDate, input.dueNote);
    } else if (input.recomputeDue) {
      const type = getOrderTypeRow(tx, before.orderTypeId);
      const computed = ruleDue(
        tx,
        type,
        loadClient(tx, before.clientId),
        periodFromColumns(before),
        due.reason?.einspruch,
      );
      if (!computed) {
        throw new AppError(
          'validation',
          `Für „${type.name}“ kann das Programm keine Frist berechnen; bitte setzen Sie sie von Hand.`,
          'No rule to recompute',
          { field: 'dueDate', code: 'no_deadline_rule' },
        );
      }
      due = computed;
    } else if (input.dueNote !== undefined) {
      if (due.reason?.source !== 'manuell' || due.dueDate === null) {
        throw new AppError(
          'validation',
          'Eine Begründung lässt sich nur zu einer von Hand gesetzten Frist angeben.',
          'Due note without manual due date',
          { field: 'dueNote', code: 'due_note_not_applicable' },
        );
      }
      due = manualDue(due.dueDate, input.dueNote);
    }
    const reminderDate = input.reminderDate === undefined ? before.reminderDate : input.reminderDate;
    assertReminderBeforeDue(reminderDate, due.dueDate);

    const after = tx
      .update(orders)
      .set({
        title: input.title ?? before.title,
        description: input.description === undefined ? before.description : input.description || null,
        priority: input.priority ?? before.priority,
        beraterId: input.beraterId === undefined ? before.beraterId : input.beraterId,
        assignedUserId: input.assignedUserId === undefined ? before.assignedUserId : input.assignedUserId,
        dueDate: due.dueDate,
        dueReason: encodeDueReason(due.reason),
        reminderDate,
        notes: input.notes === undefined ? before.notes : input.notes || null,
        updatedAt: now,
        version: before.version + 1,
      })
      .where(eq(orders.id, before.id))
      .returning()
      .get();
    audit({ action: 'order.update', entityType: 'order', entityId: before.id, before, after });
    return getOrder(tx, before.id, today);
  });
}

/** Moves an order one step along the workflow inside the caller's mutation; refuses what the table forbids. */
export function applyTransition(
  scope: MutationScope,
  before: typeof orders.$inferSelect,
  to: OrderStatus,
  comment: string | null,
): void {
  const { tx, now, actor, audit } = scope;
  const refusal = transitionRefusal(before.status, to);
  if (refusal) {
    throw new AppError('validation', refusal, `Transition ${before.status} -> ${to} refused`, {
      field: 'to',
      code: 'invalid_transition',
      from: before.status,
      to,
      allowed: [...orderTransitions[before.status]],
    });
  }
  tx.update(orders)
    .set({ status: to, updatedAt: now, version: before.version + 1 })
    .where(eq(orders.id, before.id))
    .run();
  tx.insert(orderStatusHistory)
    .values({
      orderId: before.id,
      fromStatus: before.status,
      toStatus: to,
      at: now,
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? 'System',
      comment,
    })
    .run();
  audit({
    action: 'order.transition',
    entityType: 'order',
    entityId: before.id,
    before: { status: before.status, version: before.version },
    after: { status: to, version: before.version + 1, comment },
  });
}

export function transitionOrder(
  deps: ServiceDeps,
  actor: Actor,
  input: ContractParsedInput<typeof ordersContracts.transition>,
): OrderDetail {
  const today = todayIso(deps.clock);
  return mutate(deps, actor, (scope) => {
    const before = loadOrderRow(scope.tx, input.id);
    assertVersion(scope.tx, actor, orderEntity(before.id), input.version, before.version);
    applyTransition(scope, before, input.to, input.comment || null);
    return getOrder(scope.tx, before.id, today);
  });
}
