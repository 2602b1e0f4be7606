import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The Kanzlei itself: one row, created by the first-start wizard, used for letterheads. */
export const office = sqliteTable('office', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  street: text('street').notNull(),
  postalCode: text('postal_code').notNull(),
  city: text('city').notNull(),
  /** Land of the office's seat: default for holiday calendars and Finanzamt Land. */
  land: text('land').notNull(),
  phone: text('phone'),
  fax: text('fax'),
  email: text('email'),
  website: text('website'),
  kammer: text('kammer'),
  ustId: text('ust_id'),
  bankName: text('bank_name'),
  iban: text('iban'),
  bic: text('bic'),
  letterFooter: text('letter_footer'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});
