import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { berater } from './berater';
import { clients } from './clients';
import { users } from './users';

export const orderStatuses = [
  'offen',
  'in_bearbeitung',
  'wartet_auf_mandant',
  'zur_pruefung',
  'erledigt',
  'abgerechnet',
  'storniert',
] as const;
export const orderPriorities = ['niedrig', 'normal', 'hoch', 'dringend'] as const;

/** The editable Auftragsart catalogue. */
export const orderTypes = sqliteTable('order_types', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** Which period an order of this type refers to. */
  periodKind: text('period_kind', { enum: ['jahr', 'monat_oder_quartal', 'keiner'] }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});

export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    beraterId: integer('berater_id').references(() => berater.id),
    assignedUserId: integer('assigned_user_id').references(() => users.id),
    orderTypeId: integer('order_type_id')
      .notNull()
      .references(() => orderTypes.id),
    periodYear: integer('period_year'),
    periodMonth: integer('period_month'),
    periodQuarter: integer('period_quarter'),
    title: text('title').notNull(),
    description: text('description'),
    priority: text('priority', { enum: orderPriorities }).notNull().default('normal'),
    status: text('status', { enum: orderStatuses }).notNull().default('offen'),
    dueDate: text('due_date'),
    /** Why the Frist is what it is: the legal basis and steps, or "manuell gesetzt". */
    dueReason: text('due_reason'),
    reminderDate: text('reminder_date'),
    notes: text('notes'),
    /** Set for generated recurring orders; the unique index makes generation idempotent. */
    recurrenceKey: text('recurrence_key'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('orders_client_idx').on(t.clientId),
    index('orders_status_due_idx').on(t.status, t.dueDate),
    index('orders_berater_idx').on(t.beraterId),
    uniqueIndex('orders_recurrence_key_unique').on(t.recurrenceKey),
  ],
);

export const orderStatusHistory = sqliteTable(
  'order_status_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    fromStatus: text('from_status', { enum: orderStatuses }),
    toStatus: text('to_status', { enum: orderStatuses }).notNull(),
    at: text('at').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    comment: text('comment'),
  },
  (t) => [index('order_status_history_order_idx').on(t.orderId)],
);
