import type {
  CreateOrderInput,
  OrderDetail,
  OrderType,
  updateOrderInputSchema,
} from '../../../src-shared/ipc/contracts/orders';
import type { OrderPriority } from '../../../src-shared/orders/order-workflow';
import dayjs from 'dayjs';
import type { z } from 'zod';
import type { PickedClient } from './ClientPicker';
import { clientLabel } from './ClientPicker';

export type DueMode = 'auto' | 'manual' | 'none' | 'keep' | 'recompute';

export interface OrderFormValues {
  client: PickedClient | null;
  orderTypeId: string | null;
  periodMode: 'month' | 'quarter';
  periodYear: string | null;
  periodMonth: string | null;
  periodQuarter: string | null;
  title: string;
  description: string;
  beraterId: string | null;
  assignedUserId: string | null;
  priority: OrderPriority;
  dueMode: DueMode;
  dueDate: string | null;
  dueNote: string;
  bescheidDate: string | null;
  ohneRechtsbehelfsbelehrung: boolean;
  reminderDate: string | null;
  notes: string;
}

export const emptyOrderForm: OrderFormValues = {
  client: null,
  orderTypeId: null,
  periodMode: 'month',
  periodYear: null,
  periodMonth: null,
  periodQuarter: null,
  title: '',
  description: '',
  beraterId: null,
  assignedUserId: null,
  priority: 'normal',
  dueMode: 'none',
  dueDate: null,
  dueNote: '',
  bescheidDate: null,
  ohneRechtsbehelfsbelehrung: false,
  reminderDate: null,
  notes: '',
};

/** The period an order of this type usually starts with: last month, or last year's returns. */
export function periodDefaults(type: OrderType, today: string): Partial<OrderFormValues> {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (type.periodKind === 'jahr') return { periodYear: String(year - 1) };
  if (type.periodKind === 'monat_oder_quartal') {
    const previousMonth = month === 1 ? 12 : month - 1;
    const previousYear = month === 1 ? year - 1 : year;
    return {
      periodMode: 'month',
      periodYear: String(previousYear),
      periodMonth: String(previousMonth),
      periodQuarter: String(Math.ceil(previousMonth / 3)),
    };
  }
  return {};
}

/** '2026-12', '2026-Q4', '2026' or undefined for types without a period. */
export function periodOf(values: OrderFormValues, type: OrderType | undefined): string | undefined {
  if (!type || !values.periodYear) return undefined;
  if (type.periodKind === 'jahr') return values.periodYear;
  if (type.periodKind !== 'monat_oder_quartal') return undefined;
  if (values.periodMode === 'quarter') {
    return values.periodQuarter ? `${values.periodYear}-Q${values.periodQuarter}` : undefined;
  }
  return values.periodMonth ? `${values.periodYear}-${values.periodMonth.padStart(2, '0')}` : undefined;
}

/** As the core names periods in default titles: 'Dezember 2026', '4. Quartal 2026', '2026'. */
export function periodText(values: OrderFormValues, type: OrderType | undefined): string | null {
  const period = periodOf(values, type);
  if (!period) return null;
  const quarter = /^(\d{4})-Q(\d)$/.exec(period);
  if (quarter) return `${quarter[2]}. Quartal ${quarter[1]}`;
  if (/^\d{4}-\d{2}$/.test(period)) return dayjs(`${period}-01`).format('MMMM YYYY');
  return period;
}

const optionalText = (value: string) => (value.trim() === '' ? undefined : value.trim());
const id = (value: string | null) => (value ? Number(value) : undefined);

export function toCreateInput(values: OrderFormValues, type: OrderType): CreateOrderInput {
  const input: CreateOrderInput = {
    clientId: values.client?.id ?? 0,
    orderTypeId: type.id,
    priority: values.priority,
  };
  const period = periodOf(values, type);
  if (period) input.period = period;
  const title = optionalText(values.title);
  if (title) input.title = title;
  const description = optionalText(values.description);
  if (description) input.description = description;
  const beraterId = id(values.beraterId);
  if (beraterId) input.beraterId = beraterId;
  const assignedUserId = id(values.assignedUserId);
  if (assignedUserId) input.assignedUserId = assignedUserId;
  if (values.dueMode === 'manual' && values.dueDate) {
    input.dueDate = values.dueDate;
    const note = optionalText(values.dueNote);
    if (note) input.dueNote = note;
  }
  if (values.dueMode === 'auto' && type.deadlineRule === 'einspruch' && values.bescheidDate) {
    input.bescheidDate = values.bescheidDate;
    if (values.ohneRechtsbehelfsbelehrung) input.ohneRechtsbehelfsbelehrung = true;
  }
  if (values.reminderDate) input.reminderDate = values.reminderDate;
  const notes = optionalText(values.notes);
  if (notes) input.notes = notes;
  return input;
}

export function orderFormFrom(order: OrderDetail): OrderFormValues {
  return {
    ...emptyOrderForm,
    client: {
      id: order.clientId,
      label: clientLabel({ displayName: order.clientName, clientNumber: order.clientNumber }),
    },
    orderTypeId: String(order.orderTypeId),
    title: order.title,
    description: order.description ?? '',
    beraterId: order.beraterId === null ? null : String(order.beraterId),
    assignedUserId: order.assignedUserId === null ? null : String(order.assignedUserId),
    priority: order.priority,
    dueMode: 'keep',
    dueDate: order.dueDate,
    dueNote: '',
    reminderDate: order.reminderDate,
    notes: order.notes ?? '',
  };
}

type UpdateOrderInput = z.input<typeof updateOrderInputSchema>;

const nullableText = (value: string) => (value.trim() === '' ? null : value.trim());
const nullableId = (value: string | null) => (value ? Number(value) : null);

/** Only what changed, so a save does not overwrite fields nobody touched. */
export function toUpdateInput(values: OrderFormValues, order: OrderDetail): UpdateOrderInput {
  const input: UpdateOrderInput = { id: order.id, version: order.version };
  if (values.title.trim() !== order.title && values.title.trim() !== '') input.title = values.title.trim();
  if (nullableText(values.description) !== order.description)
    input.description = nullableText(values.description);
  if (values.priority !== order.priority) input.priority = values.priority;
  if (nullableId(values.beraterId) !== order.beraterId) input.beraterId = nullableId(values.beraterId);
  if (nullableId(values.assignedUserId) !== order.assignedUserId) {
    input.assignedUserId = nullableId(values.assignedUserId);
  }
  if (values.dueMode === 'manual' && values.dueDate) {
    input.dueDate = values.dueDate;
    const note = optionalText(values.dueNote);
    if (note) input.dueNote = note;
  } else if (values.dueMode === 'none' && order.dueDate !== null) {
    input.dueDate = null;
  } else if (values.dueMode === 'recompute') {
    input.recomputeDue = true;
  }
  if (values.reminderDate !== order.reminderDate) input.reminderDate = values.reminderDate;
  if (nullableText(values.notes) !== order.notes) input.notes = nullableText(values.notes);
  return input;
}

/** The core's field names (input paths) on the form's fields. */
export const orderFieldOf = (path: string): string =>
  ({ clientId: 'client', period: 'periodYear', to: 'status' })[path] ?? path;

export const orderFormFields: ReadonlySet<string> = new Set(Object.keys(emptyOrderForm));
