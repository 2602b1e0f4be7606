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
    /** Land of the responsible Finanzamt: its holidays shift the client's deadlines. */
    finanzamtLand: text('finanzamt_land'),
    /** Umsatzsteuer-Voranmeldung rhythm; null when the client files none. */
    ustvaRhythm: text('ustva_rhythm', { enum: ['monatlich', 'vierteljaehrlich'] }),
    dauerfristverlaengerung: integer('dauerfristverlaengerung', { mode: 'boolean' }).notNull().default(false),
    /** Codes of the annual returns the office prepares for this client (e.g. est, ust, gewst). */
    annualReturns: text('annual_returns', { mode: 'json' }).$type<string[]>().notNull().default([]),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('clients_display_name_idx').on(t.displayName), index('clients_status_idx').on(t.status)],
);
