import type Database from 'better-sqlite3';
import { clientDisplayName, type NormalizedClient } from '../../../../src-shared/clients/normalize-client';
import { germanSortKey } from '../../../../src-shared/clients/text';
import { clientNumberSortKey } from './client-number';
import { invalidateClientOrder } from './client-order-cache';
import { buildSearchDocument } from './search-document';

/** A normalised client that has its Mandantennummer. */
export type StoredClient = NormalizedClient & { clientNumber: string };

// Columns the client form and the import own; finanzamt_land is written too, the tax profile columns
// (ustva_rhythm, dauerfristverlaengerung, annual_returns) belong to the Fristen feature and are left alone.
const columns = [
  'client_number',
  'kind',
  'status',
  'first_name',
  'last_name',
  'company_name',
  'display_name',
  'sort_name',
  'sort_city',
  'sort_number',
  'salutation',
  'title',
  'birth_name',
  'birth_date',
  'partner_id',
  'legal_form',
  'register_court',
  'register_type',
  'register_number',
  'street',
  'postal_code',
  'city',
  'country',
  'po_box',
  'post_street',
  'post_postal_code',
  'post_city',
  'post_country',
  'email',
  'phone',
  'mobile',
  'steuer_id',
  'ust_id_nr',
  'w_id_nr',
  'notes',
  'berater_id',
  'finanzamt_land',
] as const;

/** The clients row of a stored client, in the order of the insert and update statements. */
export function clientRowValues(c: StoredClient): unknown[] {
  const displayName = clientDisplayName(c);
  return [
    c.clientNumber,
    c.kind,
    c.status,
    c.firstName,
    c.lastName,
    c.companyName,
    displayName,
    germanSortKey(displayName),
    germanSortKey(c.city),
    clientNumberSortKey(c.clientNumber),
    c.salutation,
    c.title,
    c.birthName,
    c.birthDate,
    c.partnerId,
    c.legalForm,
    c.registerCourt,
    c.registerType,
    c.registerNumber,
    c.street,
    c.postalCode,
    c.city,
    c.country,
    c.poBox,
    c.postStreet,
    c.postPostalCode,
    c.postCity,
    c.postCountry,
    c.email,
    c.phone,
    c.mobile,
    c.steuerId,
    c.ustIdNr,
    c.wIdNr,
    c.notes,
    c.beraterId,
    c.finanzamtLand,
  ];
}

function prepare(sqlite: Database.Database) {
  const placeholders = columns.map(() => '?').join(', ');
  return {
    insert: sqlite.prepare(
      `INSERT INTO clients (${columns.join(', ')}, archived_at, created_at, updated_at, version)
       VALUES (${placeholders}, ?, ?, ?, 1)`,
    ),
    update: sqlite.prepare(
      `UPDATE clients SET ${columns.map((c) => `${c} = ?`).join(', ')}, archived_at = ?, updated_at = ?,
         version = version + 1
       WHERE id = ? AND version = ?`,
    ),
    deleteTaxNumbers: sqlite.prepare('DELETE FROM client_tax_numbers WHERE client_id = ?'),
    deleteBankAccounts: sqlite.prepare('DELETE FROM client_bank_accounts WHERE client_id = ?'),
    deleteContacts: sqlite.prepare('DELETE FROM client_contacts WHERE client_id = ?'),
    deleteTags: sqlite.prepare('DELETE FROM client_tags WHERE client_id = ?'),
    insertTaxNumber: sqlite.prepare(
      `INSERT INTO client_tax_numbers (client_id, position, tax_type, elster13, land, bufa, valid_from, valid_to)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertBankAccount: sqlite.prepare(
      `INSERT INTO client_bank_accounts
         (client_id, position, iban, bic, account_holder, bank_name, sepa_mandate_ref, sepa_mandate_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertContact: sqlite.prepare(
      `INSERT INTO client_contacts
         (client_id, position, salutation, title, first_name, last_name, role, email, phone, mobile)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertTag: sqlite.prepare('INSERT INTO client_tags (client_id, tag) VALUES (?, ?)'),
    deleteSearch: sqlite.prepare('DELETE FROM clients_fts WHERE rowid = ?'),
    insertSearch: sqlite.prepare('INSERT INTO clients_fts (rowid, doc) VALUES (?, ?)'),
    deleteClient: sqlite.prepare('DELETE FROM clients WHERE id = ?'),
  };
}

export type ClientStatements = ReturnType<typeof prepare>;
const statementCache = new WeakMap<Database.Database, ClientStatements>();

/** The writer's prepared statements for a connection (the import benchmark's baseline uses them bare). */
export function clientStatements(sqlite: Database.Database): ClientStatements {
  let statements = statementCache.get(sqlite);
  if (!statements) {
    statements = prepare(sqlite);
    statementCache.set(sqlite, statements);
  }
  return statements;
}

/**
 * Writes clients with prepared statements (drizzle's per-row builder costs ~35 µs a row, too slow for
 * imports). Callers run it inside mutate(): the statements share the connection and its transaction.
 * The search document is written here too, so it can never miss a change.
 */
export class ClientWriter {
  private readonly s: ClientStatements;
  private readonly sqlite: Database.Database;

  constructor(sqlite: Database.Database) {
    this.sqlite = sqlite;
    this.s = clientStatements(sqlite);
  }

  insert(client: StoredClient, now: string): number {
    invalidateClientOrder(this.sqlite);
    const archivedAt = client.status === 'ehemalig' ? now : null;
    const id = Number(this.s.insert.run(...clientRowValues(client), archivedAt, now, now).lastInsertRowid);
    this.writeChildren(id, client, true);
    return id;
  }

  /** False when the version did not match (someone saved in between): nothing was written. */
  update(
    id: number,
    client: StoredClient,
    expectedVersion: number,
    archivedAt: string | null,
    now: string,
  ): boolean {
    invalidateClientOrder(this.sqlite);
    const changes = this.s.update.run(
      ...clientRowValues(client),
      archivedAt,
      now,
      id,
      expectedVersion,
    ).changes;
    if (changes === 0) return false;
    this.writeChildren(id, client, false);
    return true;
  }

  delete(id: number): void {
    invalidateClientOrder(this.sqlite);
    this.s.deleteSearch.run(id);
    this.clearChildren(id);
    this.s.deleteClient.run(id);
  }

  private clearChildren(id: number): void {
    this.s.deleteTaxNumbers.run(id);
    this.s.deleteBankAccounts.run(id);
    this.s.deleteContacts.run(id);
    this.s.deleteTags.run(id);
  }

  private writeChildren(id: number, c: StoredClient, isNew: boolean): void {
    if (!isNew) {
      this.clearChildren(id);
      this.s.deleteSearch.run(id);
    }
    c.taxNumbers.forEach((t, i) =>
      this.s.insertTaxNumber.run(id, i, t.taxType, t.elster13, t.land, t.bufa, t.validFrom, t.validTo),
    );
    c.bankAccounts.forEach((b, i) =>
      this.s.insertBankAccount.run(
        id,
        i,
        b.iban,
        b.bic,
        b.accountHolder,
        b.bankName,
        b.sepaMandateRef,
        b.sepaMandateDate,
      ),
    );
    c.contacts.forEach((p, i) =>
      this.s.insertContact.run(
        id,
        i,
        p.salutation,
        p.title,
        p.firstName,
        p.lastName,
        p.role,
        p.email,
        p.phone,
        p.mobile,
      ),
    );
    for (const tag of c.tags) this.s.insertTag.run(id, tag);
    this.s.insertSearch.run(id, buildSearchDocument(c));
  }
}
