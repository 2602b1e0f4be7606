import { z } from 'zod';
import { defineChannel } from '../define';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditContracts = {
  list: defineChannel({
    channel: 'audit:list',
    input: z
      .object({
        entityType: z.string().min(1).max(64).optional(),
        entityId: z.string().min(1).max(64).optional(),
        limit: z.number().int().min(1).max(1_000).default(200),
      })
      .strict(),
    output: z.object({ items: z.array(auditEntrySchema) }),
  }),
};
