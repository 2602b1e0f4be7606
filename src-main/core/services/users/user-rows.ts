import {
  defaultUserSettings,
  userSettingsSchema,
  type UserSettings,
  type UserSummary,
} from '../../../../src-shared/ipc/contracts/users';
import type { Actor } from '../../../../src-shared/ipc';
import type { users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;

export const toActor = (row: UserRow): Actor => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  role: row.role,
});

export const isAccountLocked = (row: UserRow, nowIso: string): boolean =>
  row.lockedUntil !== null && row.lockedUntil > nowIso;

export const toUserSummary = (row: UserRow, nowIso: string): UserSummary => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  role: row.role,
  email: row.email,
  active: row.active,
  locked: isAccountLocked(row, nowIso),
  lockedUntil: isAccountLocked(row, nowIso) ? row.lockedUntil : null,
  lastLoginAt: row.lastLoginAt,
  passwordChangedAt: row.passwordChangedAt,
  hasPassword: row.passwordHash !== null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  version: row.version,
});

/** What the audit log keeps of a user: never the password hash, never the settings blob. */
export const userAuditView = (row: UserRow) => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  role: row.role,
  email: row.email,
  active: row.active,
  version: row.version,
});

/** Stored settings merged over the defaults; unknown or broken values fall back field by field. */
export function readUserSettings(row: Pick<UserRow, 'settings'>): UserSettings {
  const stored = (row.settings ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...defaultUserSettings };
  for (const key of Object.keys(defaultUserSettings) as (keyof UserSettings)[]) {
    const candidate = { ...defaultUserSettings, [key]: stored[key] };
    if (stored[key] !== undefined && userSettingsSchema.safeParse(candidate).success)
      merged[key] = stored[key];
  }
  return userSettingsSchema.parse(merged);
}
