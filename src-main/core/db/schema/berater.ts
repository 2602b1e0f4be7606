import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

export const berater = sqliteTable('berater', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** Berufsbezeichnung, e.g. Steuerberater, Rechtsanwältin. */
  profession: text('profession').notNull(),
  beraterNumber: text('berater_number'),
  kammer: text('kammer'),
  email: text('email'),
  phone: text('phone'),
  userId: integer('user_id').references(() => users.id),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});
