import { z } from 'zod';
import { userRoles } from '../access';
import { defineChannel } from '../define';

export { userRoles };

export const actorSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(userRoles),
});
export type Actor = z.infer<typeof actorSchema>;

export const migrationInfoSchema = z.object({
  tag: z.string(),
  createdAt: z.number(),
  appliedAt: z.string().nullable(),
});

export const dbStatusSchema = z.object({
  file: z.string(),
  sizeBytes: z.number().int(),
  schemaVersion: z.number().int(),
  latestSchemaVersion: z.number().int(),
  applied: z.array(migrationInfoSchema),
  pending: z.array(migrationInfoSchema),
  journalMode: z.string(),
});
export type DbStatus = z.infer<typeof dbStatusSchema>;

export const noInput = z.object({}).strict().default({});

export const systemContracts = {
  info: defineChannel({
    channel: 'system:info',
    input: noInput,
    output: z.object({
      appVersion: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      /** The logged-in user; null before login and while the session is locked. */
      actor: actorSchema.nullable(),
    }),
    access: 'public',
  }),
  dbStatus: defineChannel({ channel: 'system:db-status', input: noInput, output: dbStatusSchema }),
};
