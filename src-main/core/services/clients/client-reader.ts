import type Database from 'better-sqlite3';
import type {
  ClientKind,
  ClientStatus,
  Salutation,
  TaxNumberType,
} from '../../../../src-shared/clients/client-enums';
import type { ClientDraft } from '../../../../src-shared/clients/client-input';
import type { LandCode } from '../../../../src-shared/rules/land';
import type { RegisterType } from '../../../../src-shared/rules/legal-forms';
import type { StoredClient } from './client-writer';

/** A client row as SQLite returns it. */
export interface ClientRow {
  id: number;
  client_number: string;
  kind: ClientKind;
  status: ClientStatus;
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  display_name: string;
  salutation: Salutation | null;
  title: string | null;
  birth_name: string | null;
  birth_date: string | null;
  partner_id: number | null;
  legal_form: string | null;
  register_court: string | null;
  register_type: RegisterType | null;
  register_number: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  country: string;
  po_box: string | null;
  post_street: string | null;
  post_postal_code: string | null;
  post_city: string | null;
  post_country: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  steuer_id: string | null;
  ust_id_nr: string | null;
  w_id_nr: string | null;
  notes: string | null;
  berater_id: number | null;
  finanzamt_land: LandCode | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface TaxNumberRow {
  id: number;
  client_id: number;
  tax_type: TaxNumberType;
  elster13: string;
  land: LandCode;
  bufa: string;
  valid_from: string | null;
  valid_to: string | null;
}

export interface BankAccountRow {
  id: number;
  client_id: number;
  iban: string;
  bic: string | null;
  account_holder: string | null;
  bank_name: string | null;
  sepa_mandate_ref: string | null;
  sepa_mandate_date: string | null;
}

export interface ContactRow {
  id: number;
  client_id: number;
  salutation: Salutation | null;
  title: string | null;
  first_name: string | null;
  last_name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
}

export interface LoadedClient {
  row: ClientRow;
  taxNumbers: TaxNumberRow[];
  bankAccounts: BankAccountRow[];
  contacts: ContactRow[];
  tags: string[];
}

function prepare(sqlite: Database.Database) {
  return {
    byId: sqlite.prepare('SELECT * FROM clients WHERE id = ?'),
    byNumber: sqlite.prepare('SELECT * FROM clients WHERE client_number = ?'),
    taxNumbers: sqlite.prepare('SELECT * FROM client_tax_numbers WHERE client_id = ? ORDER BY position'),
    bankAccounts: sqlite.prepare('SELECT * FROM client_bank_accounts WHERE client_id = ? ORDER BY position'),
    contacts: sqlite.prepare('SELECT * FROM client_contacts WHERE client_id = ? ORDER BY position'),
    tags: sqlite.prepare('SELECT tag FROM client_tags WHERE client_id = ? ORDER BY rowid').pluck(),
  };
}

const cache = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function statements(sqlite: Database.Database) {
  let s = cache.get(sqlite);
  if (!s) {
    s = prepare(sqlite);
    cache.set(sqlite, s);
  }
  return s;
}

function withChildren(sqlite: Database.Database, row: ClientRow | undefined): LoadedClient | undefined {
  if (!row) return undefined;
  const s = statements(sqlite);
  return {
    row,
    taxNumbers: s.taxNumbers.all(row.id) as TaxNumberRow[],
    bankAccounts: s.bankAccounts.all(row.id) as BankAccountRow[],
    contacts: s.contacts.all(row.id) as ContactRow[],
    tags: s.tags.all(row.id) as string[],
  };
}

export const loadClient = (sqlite: Database.Database, id: number): LoadedClient | undefined =>
  withChildren(sqlite, statements(sqlite).byId.get(id) as ClientRow | undefined);

export const loadClientByNumber = (
  sqlite: Database.Database,
  clientNumber: string,
): LoadedClient | undefined =>
  withChildren(sqlite, statements(sqlite).byNumber.get(clientNumber) as ClientRow | undefined);

/** The stored client in the normalised shape the writer and the comparison use. */
export function toStoredClient({
  row,
  taxNumbers,
  bankAccounts,
  contacts,
  tags,
}: LoadedClient): StoredClient {
  return {
    kind: row.kind,
    clientNumber: row.client_number,
    status: row.status,
    beraterId: row.berater_id,
    tags,
    notes: row.notes,
    salutation: row.salutation,
    title: row.title,
    firstName: row.first_name,
    lastName: row.last_name,
    birthName: row.birth_name,
    birthDate: row.birth_date,
    steuerId: row.steuer_id,
    partnerId: row.partner_id,
    companyName: row.company_name,
    legalForm: row.legal_form,
    registerCourt: row.register_court,
    registerType: row.register_type,
    registerNumber: row.register_number,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    poBox: row.po_box,
    postStreet: row.post_street,
    postPostalCode: row.post_postal_code,
    postCity: row.post_city,
    postCountry: row.post_country,
    email: row.email,
    phone: row.phone,
    mobile: row.mobile,
    ustIdNr: row.ust_id_nr,
    wIdNr: row.w_id_nr,
    finanzamtLand: row.finanzamt_land,
    contacts: contacts.map((c) => ({
      salutation: c.salutation,
      title: c.title,
      firstName: c.first_name,
      lastName: c.last_name,
      role: c.role,
      email: c.email,
      phone: c.phone,
      mobile: c.mobile,
    })),
    bankAccounts: bankAccounts.map((b) => ({
      iban: b.iban,
      bic: b.bic,
      accountHolder: b.account_holder,
      bankName: b.bank_name,
      sepaMandateRef: b.sepa_mandate_ref,
      sepaMandateDate: b.sepa_mandate_date,
    })),
    taxNumbers: taxNumbers.map((t) => ({
      taxType: t.tax_type,
      elster13: t.elster13,
      land: t.land,
      bufa: t.bufa,
      validFrom: t.valid_from,
      validTo: t.valid_to,
    })),
  };
}

/**
 * The stored client as form input: normalising it again yields the same values, so an update can
 * overlay the changed fields on it and check the whole client once more.
 */
export function toDraft(c: StoredClient): ClientDraft {
  const postal = c.poBox || c.postStreet || c.postPostalCode || c.postCity;
  return {
    kind: c.kind,
    clientNumber: c.clientNumber,
    status: c.status,
    beraterId: c.beraterId,
    tags: c.tags,
    notes: c.notes,
    salutation: c.salutation,
    title: c.title,
    firstName: c.firstName,
    lastName: c.lastName ?? undefined,
    birthName: c.birthName,
    birthDate: c.birthDate,
    steuerId: c.steuerId,
    partnerId: c.partnerId,
    companyName: c.companyName ?? undefined,
    legalForm: c.legalForm,
    registerCourt: c.registerCourt,
    registerType: c.registerType,
    registerNumber: c.registerNumber,
    address: { street: c.street, postalCode: c.postalCode, city: c.city, country: c.country },
    postalAddress: postal
      ? {
          poBox: c.poBox,
          street: c.postStreet,
          postalCode: c.postPostalCode,
          city: c.postCity,
          country: c.postCountry,
        }
      : null,
    email: c.email,
    phone: c.phone,
    mobile: c.mobile,
    ustIdNr: c.ustIdNr,
    wIdNr: c.wIdNr,
    finanzamtLand: c.finanzamtLand,
    contacts: c.contacts,
    bankAccounts: c.bankAccounts,
    taxNumbers: c.taxNumbers.map((t) => ({
      value: t.elster13,
      taxType: t.taxType,
      land: t.land,
      validFrom: t.validFrom,
      validTo: t.validTo,
    })),
  };
}
