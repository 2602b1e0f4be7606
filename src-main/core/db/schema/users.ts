import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['admin', 'berater', 'mitarbeiter', 'readonly'] }).notNull(),
  /** Null until the login feature sets one; the first-start administrator acts without it. */
  passwordHash: text('password_hash'),
  email: text('email'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: text('locked_until'),
  lastLoginAt: text('last_login_at'),
  passwordChangedAt: text('password_changed_at'),
  /** Per-user preferences (theme, preferred Ollama models per task); shape owned by the settings contract. */
  settings: text('settings', { mode: 'json' }).notNull().default({}),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});
