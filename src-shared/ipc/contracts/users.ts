import { z } from 'zod';
import { userRoles } from '../access';
import { emailSchema, idSchema, newPasswordSchema, versionSchema } from '../common-schemas';
import { defineChannel } from '../define';
import { noInput } from './system';

export const themes = ['hell', 'dunkel', 'system'] as const;

export const IDLE_LOCK_DEFAULT_MINUTES = 15;

export const userSettingsSchema = z.object({
  theme: z.enum(themes),
  /** Preferred Ollama model per task; null = the app's default. */
  ollamaModelAnalysis: z.string().nullable(),
  ollamaModelDrafting: z.string().nullable(),
  /** Minutes without activity after which the session locks. */
  idleLockMinutes: z.number().int(),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;

export const defaultUserSettings: UserSettings = {
  theme: 'system',
  ollamaModelAnalysis: null,
  ollamaModelDrafting: null,
  idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES,
};

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,63}$/,
    'Der Benutzername besteht aus 2 bis 64 Kleinbuchstaben, Ziffern, Punkten, Binde- oder Unterstrichen.',
  );

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Bitte geben Sie den Namen an.')
  .max(100, 'Der Name darf höchstens 100 Zeichen lang sein.');

export const userSummarySchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(userRoles),
  email: z.string().nullable(),
  active: z.boolean(),
  /** Locked after too many failed logins (until lockedUntil). */
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  passwordChangedAt: z.string().nullable(),
  hasPassword: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const userDirectoryEntrySchema = z.object({
  id: z.number().int(),
  displayName: z.string(),
  role: z.enum(userRoles),
  active: z.boolean(),
});

const modelName = z.string().trim().max(200).nullable().optional();

export const usersContracts = {
  list: defineChannel({
    channel: 'users:list',
    input: z
      .object({ includeInactive: z.boolean().default(true) })
      .strict()
      .default({ includeInactive: true }),
    output: z.object({ items: z.array(userSummarySchema) }),
    access: 'admin',
  }),
  /** Names for pickers (assigned user, Berater link): every logged-in user may see who works here. */
  directory: defineChannel({
    channel: 'users:directory',
    input: noInput,
    output: z.object({ items: z.array(userDirectoryEntrySchema) }),
  }),
  create: defineChannel({
    channel: 'users:create',
    input: z
      .object({
        username: usernameSchema,
        displayName: displayNameSchema,
        role: z.enum(userRoles),
        email: emailSchema.optional(),
        password: newPasswordSchema,
      })
      .strict(),
    output: userSummarySchema,
    access: 'admin',
  }),
  update: defineChannel({
    channel: 'users:update',
    input: z
      .object({
        id: idSchema,
        version: versionSchema,
        username: usernameSchema.optional(),
        displayName: displayNameSchema.optional(),
        role: z.enum(userRoles).optional(),
        email: emailSchema.nullable().optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    output: userSummarySchema,
    access: 'admin',
  }),
  /** Sets a new password and lifts a lock-out. */
  resetPassword: defineChannel({
    channel: 'users:reset-password',
    input: z.object({ id: idSchema, newPassword: newPasswordSchema }).strict(),
    output: userSummarySchema,
    access: 'admin',
  }),
  delete: defineChannel({
    channel: 'users:delete',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ deleted: z.literal(true) }),
    access: 'admin',
  }),
  /** The logged-in user's own settings. */
  getSettings: defineChannel({
    channel: 'users:settings-get',
    input: noInput,
    output: userSettingsSchema,
  }),
  /** Patches the logged-in user's own settings: only the fields given change. */
  updateSettings: defineChannel({
    channel: 'users:settings-update',
    input: z
      .object({
        theme: z.enum(themes).optional(),
        ollamaModelAnalysis: modelName,
        ollamaModelDrafting: modelName,
        idleLockMinutes: z
          .number()
          .int()
          .min(1, 'Die Sperre nach Inaktivität muss mindestens 1 Minute betragen.')
          .max(480, 'Die Sperre nach Inaktivität darf höchstens 480 Minuten (8 Stunden) betragen.')
          .optional(),
      })
      .strict(),
    output: userSettingsSchema,
  }),
};
