import { z } from 'zod';
import { orderStatuses } from '../../orders/order-workflow';
import { isoDateSchema } from '../common-schemas';
import { defineChannel } from '../define';
import { orderSummarySchema } from './orders';

const orderBucket = z.object({ items: z.array(orderSummarySchema), total: z.number().int() });

export const dashboardOverviewSchema = z.object({
  today: z.string(),
  /** Last day of the "due soon" window (today + 7 days). */
  dueSoonUntil: z.string(),
  overdue: orderBucket,
  dueSoon: orderBucket,
  /** Active Mandanten without any open order that has a Frist. */
  clientsWithoutDeadline: z.object({
    items: z.array(
      z.object({
        id: z.number().int(),
        clientNumber: z.string(),
        displayName: z.string(),
        beraterName: z.string().nullable(),
      }),
    ),
    total: z.number().int(),
  }),
  byStatus: z.array(z.object({ status: z.enum(orderStatuses), label: z.string(), count: z.number().int() })),
  /** Open orders per Berater (null: orders without Berater). */
  byBerater: z.array(
    z.object({
      beraterId: z.number().int().nullable(),
      beraterName: z.string(),
      open: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
  totals: z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    clientsWithoutDeadline: z.number().int(),
  }),
});
export type DashboardOverview = z.infer<typeof dashboardOverviewSchema>;

export const dashboardContracts = {
  overview: defineChannel({
    channel: 'dashboard:overview',
    input: z
      .object({ today: isoDateSchema.optional(), limit: z.number().int().min(1).max(500).default(50) })
      .strict()
      .default({ limit: 50 }),
    output: dashboardOverviewSchema,
  }),
};
