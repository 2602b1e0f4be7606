import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { berater } from './berater';

export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientNumber: text('client_number').notNull().unique(),
    kind: text('kind', { enum: ['person', 'company'] }).notNull(),
    status: text('status', { enum: ['aktiv', 'inaktiv', 'ehemalig'] })
      .notNull()
      .default('aktiv'),
    firstName: text('first_name'),
    lastName: text('last_name'),
    companyName: text('company_name'),
    /** "Nachname, Vorname" or the Firma: what lists sort and show. */
    displayName: text('display_name').notNull(),
    city: text('city'),
    beraterId: integer('berater_id').references(() => berater.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('clients_display_name_idx').on(t.displayName), index('clients_status_idx').on(t.status)],
);
