import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { salutations, taxNumberTypes } from '../../../../src-shared/clients/client-enums';
import { clients } from './clients';

// The lists that belong to one client. Rows are replaced as a whole when the client is saved, so
// `position` keeps the order the user gave them; the first Steuernummer and account are the primary ones.

export const clientTaxNumbers = sqliteTable(
  'client_tax_numbers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    taxType: text('tax_type', { enum: taxNumberTypes }).notNull(),
    /** 13-digit ELSTER form; the printed form is derived from it. */
    elster13: text('elster13').notNull(),
    land: text('land').notNull(),
    bufa: text('bufa').notNull(),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
  },
  (t) => [
    index('client_tax_numbers_client_idx').on(t.clientId),
    index('client_tax_numbers_elster_idx').on(t.elster13),
  ],
);

export const clientBankAccounts = sqliteTable(
  'client_bank_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    iban: text('iban').notNull(),
    bic: text('bic'),
    accountHolder: text('account_holder'),
    bankName: text('bank_name'),
    sepaMandateRef: text('sepa_mandate_ref'),
    sepaMandateDate: text('sepa_mandate_date'),
  },
  (t) => [index('client_bank_accounts_client_idx').on(t.clientId)],
);

/** Ansprechpartner of companies and organisations. */
export const clientContacts = sqliteTable(
  'client_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    salutation: text('salutation', { enum: salutations }),
    title: text('title'),
    firstName: text('first_name'),
    lastName: text('last_name').notNull(),
    role: text('role'),
    email: text('email'),
    phone: text('phone'),
    mobile: text('mobile'),
  },
  (t) => [index('client_contacts_client_idx').on(t.clientId)],
);

/** Free tags ("Merkmale") for filtering; a table rather than JSON so the filter can use an index. */
export const clientTags = sqliteTable(
  'client_tags',
  {
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.tag] }), index('client_tags_tag_idx').on(t.tag)],
);
