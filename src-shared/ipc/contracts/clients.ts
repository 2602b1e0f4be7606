import { z } from 'zod';
import { defineChannel } from '../define';

export const clientKinds = ['person', 'company'] as const;
export const clientStatuses = ['aktiv', 'inaktiv', 'ehemalig'] as const;

const name = (max: number) => z.string().trim().max(max);

export const clientSummarySchema = z.object({
  id: z.number().int(),
  clientNumber: z.string(),
  kind: z.enum(clientKinds),
  status: z.enum(clientStatuses),
  displayName: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  companyName: z.string().nullable(),
  city: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const createClientInputSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('person'),
      firstName: name(100).optional(),
      lastName: name(100).min(1, 'Bitte geben Sie den Nachnamen an.'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('company'),
      companyName: name(200).min(1, 'Bitte geben Sie die Firma an.'),
    })
    .strict(),
]);
export type CreateClientInput = z.input<typeof createClientInputSchema>;

export const clientSortFields = ['clientNumber', 'displayName', 'city', 'status', 'createdAt'] as const;

export const clientsContracts = {
  list: defineChannel({
    channel: 'clients:list',
    input: z
      .object({
        query: z.string().max(200).optional(),
        status: z.enum(clientStatuses).optional(),
        kind: z.enum(clientKinds).optional(),
        sortBy: z.enum(clientSortFields).default('clientNumber'),
        sortDir: z.enum(['asc', 'desc']).default('asc'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1_000).default(200),
      })
      .strict(),
    output: z.object({ items: z.array(clientSummarySchema), total: z.number().int() }),
  }),
  get: defineChannel({
    channel: 'clients:get',
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: clientSummarySchema,
  }),
  create: defineChannel({
    channel: 'clients:create',
    input: createClientInputSchema,
    output: clientSummarySchema,
    mutates: true,
  }),
};
