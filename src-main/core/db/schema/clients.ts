import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { clientKinds, clientStatuses, salutations } from '../../../../src-shared/clients/client-enums';
import { berater } from './berater';

export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientNumber: text('client_number').notNull().unique(),
    kind: text('kind', { enum: clientKinds }).notNull(),
    status: text('status', { enum: clientStatuses }).notNull().default('aktiv'),
    firstName: text('first_name'),
    lastName: text('last_name'),
    companyName: text('company_name'),
    /** "Nachname, Vorname" or the Firma: what lists sort and show. */
    displayName: text('display_name').notNull(),
    // Sort keys written by the service (SQLite has no German collation): lower case, umlauts folded
    // (DIN 5007-1, Ä with A), numbers zero-padded so 9999 sorts before 10000.
    sortName: text('sort_name').notNull().default(''),
    sortCity: text('sort_city').notNull().default(''),
    sortNumber: text('sort_number').notNull().default(''),
    salutation: text('salutation', { enum: salutations }),
    title: text('title'),
    birthName: text('birth_name'),
    /** ISO date. */
    birthDate: text('birth_date'),
    /** Spouse or partner for joint assessment; kept on both clients (the service unlinks on delete). */
    partnerId: integer('partner_id').references((): AnySQLiteColumn => clients.id),
    /** Code from the legal-form catalogue (src-shared/rules/legal-forms). */
    legalForm: text('legal_form'),
    registerCourt: text('register_court'),
    registerType: text('register_type'),
    /** Number with its court suffix, e.g. `151080 B`. */
    registerNumber: text('register_number'),
    /** Hausanschrift. */
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull().default('DE'),
    /** Postanschrift, when letters go elsewhere than the Hausanschrift. */
    poBox: text('po_box'),
    postStreet: text('post_street'),
    postPostalCode: text('post_postal_code'),
    postCity: text('post_city'),
    postCountry: text('post_country'),
    email: text('email'),
    phone: text('phone'),
    mobile: text('mobile'),
    /** 11 digits. */
    steuerId: text('steuer_id'),
    /** Normalised, e.g. DE136695976. */
    ustIdNr: text('ust_id_nr'),
    wIdNr: text('w_id_nr'),
    notes: text('notes'),
    beraterId: integer('berater_id').references(() => berater.id),
    /** Land of the responsible Finanzamt: its holidays shift the client's deadlines. */
    finanzamtLand: text('finanzamt_land'),
    /** Umsatzsteuer-Voranmeldung rhythm; null when the client files none. */
    ustvaRhythm: text('ustva_rhythm', { enum: ['monatlich', 'vierteljaehrlich'] }),
    dauerfristverlaengerung: integer('dauerfristverlaengerung', { mode: 'boolean' }).notNull().default(false),
    /** Codes of the annual returns the office prepares for this client (e.g. est, ust, gewst). */
    annualReturns: text('annual_returns', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** Set when the client was archived (status ehemalig) instead of deleted. */
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('clients_status_idx').on(t.status),
    index('clients_sort_name_idx').on(t.sortName, t.id),
    index('clients_sort_city_idx').on(t.sortCity, t.id),
    index('clients_sort_number_idx').on(t.sortNumber),
    index('clients_postal_code_idx').on(t.postalCode),
    index('clients_steuer_id_idx').on(t.steuerId),
    index('clients_ust_id_nr_idx').on(t.ustIdNr),
    index('clients_berater_idx').on(t.beraterId),
    index('clients_partner_idx').on(t.partnerId),
  ],
);
