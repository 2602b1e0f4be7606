import { z } from 'zod';
import { orderPeriodKinds } from '../../orders/order-catalogue';
import { orderPriorities, orderStatuses } from '../../orders/order-workflow';
import {
  idSchema,
  isoDateSchema,
  landSchema,
  monthSchema,
  periodSchema,
  versionSchema,
} from '../common-schemas';
import { defineChannel } from '../define';
import { auditEntrySchema } from './audit';
import { deadlineStepSchema } from './deadlines';

export const orderTypeSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  periodKind: z.enum(orderPeriodKinds),
  /** Set for the built-in types whose Frist the core computes. */
  deadlineRule: z.enum(['ustva', 'jahreserklaerung', 'einspruch']).nullable(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type OrderType = z.infer<typeof orderTypeSchema>;

const typeName = z
  .string()
  .trim()
  .min(1, 'Bitte geben Sie die Bezeichnung an.')
  .max(100, 'Höchstens 100 Zeichen.');

export const orderTypesContracts = {
  list: defineChannel({
    channel: 'order-types:list',
    input: z
      .object({ includeInactive: z.boolean().default(false) })
      .strict()
      .default({ includeInactive: false }),
    output: z.object({ items: z.array(orderTypeSchema) }),
  }),
  create: defineChannel({
    channel: 'order-types:create',
    input: z
      .object({
        name: typeName,
        periodKind: z.enum(orderPeriodKinds),
        code: z
          .string()
          .trim()
          .toLowerCase()
          .regex(
            /^[a-z][a-z0-9_-]{1,39}$/,
            'Das Kürzel besteht aus 2 bis 40 Kleinbuchstaben, Ziffern, - oder _.',
          )
          .optional(),
        sortOrder: z.number().int().min(0).max(10_000).optional(),
      })
      .strict(),
    output: orderTypeSchema,
    access: 'manage',
  }),
  /** No delete: orders refer to their type; deactivate it instead (active: false). */
  update: defineChannel({
    channel: 'order-types:update',
    input: z
      .object({
        id: idSchema,
        version: versionSchema,
        name: typeName.optional(),
        periodKind: z.enum(orderPeriodKinds).optional(),
        active: z.boolean().optional(),
        sortOrder: z.number().int().min(0).max(10_000).optional(),
      })
      .strict(),
    output: orderTypeSchema,
    access: 'manage',
  }),
};

export const dueSources = ['manuell', 'ustva', 'jahreserklaerung', 'einspruch'] as const;

export const orderSummarySchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientNumber: z.string(),
  clientName: z.string(),
  beraterId: z.number().int().nullable(),
  beraterName: z.string().nullable(),
  assignedUserId: z.number().int().nullable(),
  assignedUserName: z.string().nullable(),
  orderTypeId: z.number().int(),
  orderTypeCode: z.string(),
  orderTypeName: z.string(),
  /** '2026-12', '2026-Q4', '2026' or null. */
  period: z.string().nullable(),
  periodLabel: z.string().nullable(),
  title: z.string(),
  priority: z.enum(orderPriorities),
  status: z.enum(orderStatuses),
  dueDate: z.string().nullable(),
  reminderDate: z.string().nullable(),
  /** Open and the Frist is before today (the core's clock, Europe/Berlin). */
  overdue: z.boolean(),
  recurrenceKey: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

export const statusHistoryEntrySchema = z.object({
  id: z.number().int(),
  fromStatus: z.enum(orderStatuses).nullable(),
  toStatus: z.enum(orderStatuses),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string(),
  comment: z.string().nullable(),
});

export const orderDetailSchema = orderSummarySchema.extend({
  description: z.string().nullable(),
  notes: z.string().nullable(),
  /** Why the Frist is what it is, in German (first line a summary, then one line per step). */
  dueReason: z.string().nullable(),
  dueSource: z.enum(dueSources).nullable(),
  dueSteps: z.array(deadlineStepSchema),
  allowedTransitions: z.array(z.enum(orderStatuses)),
  statusHistory: z.array(statusHistoryEntrySchema),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export const orderSortFields = [
  'dueDate',
  'createdAt',
  'updatedAt',
  'priority',
  'status',
  'clientName',
  'title',
] as const;

const title = z.string().trim().min(1, 'Bitte geben Sie einen Titel an.').max(200, 'Höchstens 200 Zeichen.');
const text = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`);

export const createOrderInputSchema = z
  .object({
    clientId: idSchema,
    orderTypeId: idSchema,
    /** Defaults to the client's Berater. */
    beraterId: idSchema.nullable().optional(),
    assignedUserId: idSchema.nullable().optional(),
    period: periodSchema.optional(),
    /** Defaults to type and period, e.g. "Umsatzsteuer-Voranmeldung Dezember 2026". */
    title: title.optional(),
    description: text(5_000).optional(),
    priority: z.enum(orderPriorities).default('normal'),
    /** A manual Frist; without it the core computes one where the type has a rule. */
    dueDate: isoDateSchema.optional(),
    /** Why the manual Frist was set (appended to "Manuell gesetzt"). */
    dueNote: text(500).optional(),
    /** Einspruch: date of the Bescheid, from which the Einspruchsfrist is computed. */
    bescheidDate: isoDateSchema.optional(),
    recipientLand: landSchema.optional(),
    ohneRechtsbehelfsbelehrung: z.boolean().optional(),
    reminderDate: isoDateSchema.optional(),
    notes: text(10_000).optional(),
  })
  .strict();
export type CreateOrderInput = z.input<typeof createOrderInputSchema>;

export const updateOrderInputSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    title: title.optional(),
    description: text(5_000).nullable().optional(),
    priority: z.enum(orderPriorities).optional(),
    beraterId: idSchema.nullable().optional(),
    assignedUserId: idSchema.nullable().optional(),
    /** A manual Frist (null removes the Frist). */
    dueDate: isoDateSchema.nullable().optional(),
    dueNote: text(500).nullable().optional(),
    /** Compute the Frist again from the type's rule (e.g. after the Mandant got Dauerfristverlängerung). */
    recomputeDue: z.literal(true).optional(),
    reminderDate: isoDateSchema.nullable().optional(),
    notes: text(10_000).nullable().optional(),
  })
  .strict()
  .refine((v) => !(v.recomputeDue && v.dueDate !== undefined), {
    message: 'Bitte entweder eine Frist eingeben oder sie neu berechnen lassen, nicht beides.',
    path: ['dueDate'],
  });

export const recurringResultSchema = z.object({
  period: z.string(),
  created: z.number().int(),
  skipped: z.number().int(),
  createdOrderIds: z.array(z.number().int()),
  /** Clients for which no order could be created, with the German reason. */
  errors: z.array(z.object({ clientId: z.number().int(), clientName: z.string(), message: z.string() })),
});
export type RecurringResult = z.infer<typeof recurringResultSchema>;

export const ordersContracts = {
  list: defineChannel({
    channel: 'orders:list',
    input: z
      .object({
        status: z.array(z.enum(orderStatuses)).max(orderStatuses.length).optional(),
        beraterId: idSchema.optional(),
        clientId: idSchema.optional(),
        orderTypeId: idSchema.optional(),
        assignedUserId: idSchema.optional(),
        priority: z.array(z.enum(orderPriorities)).max(orderPriorities.length).optional(),
        dueFrom: isoDateSchema.optional(),
        dueTo: isoDateSchema.optional(),
        /** Only open orders whose Frist has passed. */
        overdue: z.boolean().optional(),
        /** true: only orders without a Frist; false: only orders with one. */
        withoutDue: z.boolean().optional(),
        query: z.string().max(200).optional(),
        sortBy: z.enum(orderSortFields).default('dueDate'),
        sortDir: z.enum(['asc', 'desc']).default('asc'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1_000).default(200),
      })
      .strict()
      .default({ sortBy: 'dueDate', sortDir: 'asc', offset: 0, limit: 200 }),
    output: z.object({ items: z.array(orderSummarySchema), total: z.number().int() }),
  }),
  get: defineChannel({
    channel: 'orders:get',
    input: z.object({ id: idSchema }).strict(),
    output: orderDetailSchema,
  }),
  create: defineChannel({
    channel: 'orders:create',
    input: createOrderInputSchema,
    output: orderDetailSchema,
    access: 'write',
  }),
  update: defineChannel({
    channel: 'orders:update',
    input: updateOrderInputSchema,
    output: orderDetailSchema,
    access: 'write',
  }),
  /** Status change along the shared workflow table (Kanban drop); refused transitions change nothing. */
  transition: defineChannel({
    channel: 'orders:transition',
    input: z
      .object({
        id: idSchema,
        version: versionSchema,
        to: z.enum(orderStatuses),
        comment: text(1_000).optional(),
      })
      .strict(),
    output: orderDetailSchema,
    access: 'write',
  }),
  history: defineChannel({
    channel: 'orders:history',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({
      statusHistory: z.array(statusHistoryEntrySchema),
      changes: z.array(auditEntrySchema),
    }),
  }),
  /** Orders whose Frist falls in the month (storniert never; erledigt/abgerechnet on request). */
  calendar: defineChannel({
    channel: 'orders:calendar',
    input: z
      .object({
        month: monthSchema,
        beraterId: idSchema.optional(),
        includeClosed: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ month: z.string(), items: z.array(orderSummarySchema) }),
  }),
  /** Idempotent: a second run for the same period creates nothing and reports the orders as skipped. */
  generateRecurring: defineChannel({
    channel: 'orders:generate-recurring',
    input: z.object({ period: periodSchema }).strict(),
    output: recurringResultSchema,
    access: 'write',
  }),
};
