import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import {
  clientKindLabels,
  clientStatusLabels,
  salutationLabels,
} from '../../../../src-shared/clients/client-enums';
import {
  importFieldLabels,
  importFields,
  type ImportField,
} from '../../../../src-shared/clients/import-fields';
import { formatGermanDate } from '../../../../src-shared/rules/dates';
import { getLegalForm } from '../../../../src-shared/rules/legal-forms';
import { formatSteuernummer } from '../../../../src-shared/rules/steuernummer';
import { todayIso } from '../../clock';
import type { ServiceDeps } from '../deps';
import { finanzamtDirectory } from '../finanzamt/finanzamt-directory';
import type { BankAccountRow, ClientRow, ContactRow, TaxNumberRow } from './client-reader';
import { matchingClientIds, type ListClientsInput } from './clients-list';

export type ExportFilter = Omit<ListClientsInput, 'sortBy' | 'sortDir' | 'offset' | 'limit'>;

// Excel runs a cell that starts with = + - @ as a formula ("CSV injection"); a leading apostrophe
// makes it text. Phone numbers (+49 …) and negative numbers stay as they are. The import strips it.
const formulaLike = /^[=@]|^[+-](?![\d\s/().]*$)/;
const guard = (value: string): string => (formulaLike.test(value) ? `'${value}` : value);

function firstByClient<T extends { client_id: number }>(rows: T[]): Map<number, T> {
  const map = new Map<number, T>();
  for (const row of rows) if (!map.has(row.client_id)) map.set(row.client_id, row);
  return map;
}

function tagsByClient(sqlite: Database.Database): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const row of sqlite.prepare('SELECT client_id, tag FROM client_tags ORDER BY rowid').all() as {
    client_id: number;
    tag: string;
  }[]) {
    map.set(row.client_id, [...(map.get(row.client_id) ?? []), row.tag]);
  }
  return map;
}

/**
 * The client base as CSV in the columns of the usual office export (then our extra columns), `;`
 * separated, UTF-8 with BOM and CRLF so that Excel shows umlauts correctly. Several Steuernummern or
 * accounts: the first (primary) one is exported.
 */
export function exportClientsCsv(
  deps: ServiceDeps,
  filter?: ExportFilter,
): { fileName: string; bytes: Uint8Array<ArrayBuffer>; count: number } {
  const { sqlite } = deps;
  const directory = finanzamtDirectory(deps);
  const filtered = filter && Object.values(filter).some((value) => value !== undefined && value !== '');
  const wanted = filtered ? new Set(matchingClientIds(sqlite, filter)) : null;
  const clients = (
    sqlite.prepare('SELECT * FROM clients ORDER BY sort_number, id').all() as ClientRow[]
  ).filter((row) => !wanted || wanted.has(row.id));
  const taxNumbers = firstByClient(
    sqlite.prepare('SELECT * FROM client_tax_numbers ORDER BY client_id, position').all() as TaxNumberRow[],
  );
  const accounts = firstByClient(
    sqlite
      .prepare('SELECT * FROM client_bank_accounts ORDER BY client_id, position')
      .all() as BankAccountRow[],
  );
  const contacts = firstByClient(
    sqlite.prepare('SELECT * FROM client_contacts ORDER BY client_id, position').all() as ContactRow[],
  );
  const tags = tagsByClient(sqlite);

  const records = clients.map((c) => {
    const tax = taxNumbers.get(c.id);
    const office = tax ? directory.lookup.byBufa(tax.bufa) : undefined;
    const account = accounts.get(c.id);
    const contact = c.kind === 'company' ? contacts.get(c.id) : undefined;
    const form = c.legal_form ? getLegalForm(c.legal_form) : undefined;
    const person = c.kind === 'person';
    const salutation = person ? c.salutation : contact?.salutation;
    const values: Record<ImportField, string | null | undefined> = {
      clientNumber: c.client_number,
      kind: person ? clientKindLabels.person : 'Unternehmen',
      salutation: salutation ? salutationLabels[salutation] : person ? '' : 'Firma',
      title: person ? c.title : contact?.title,
      firstName: person ? c.first_name : contact?.first_name,
      lastName: person ? c.last_name : contact?.last_name,
      companyName: c.company_name,
      legalForm: form ? (form.abbreviation ?? form.name) : '',
      street: c.street,
      postalCode: c.postal_code,
      city: c.city,
      email: c.email,
      phone: c.phone,
      // Without a known Finanzamt the printed form could fit several Länder: the ELSTER form cannot.
      steuernummer: tax ? (office ? (formatSteuernummer(tax.elster13) ?? tax.elster13) : tax.elster13) : '',
      steuerId: c.steuer_id,
      ustIdNr: c.ust_id_nr,
      finanzamt: office?.name,
      birthDate: c.birth_date ? formatGermanDate(c.birth_date) : '',
      iban: account?.iban,
      status: clientStatusLabels[c.status],
      birthName: c.birth_name,
      mobile: c.mobile,
      wIdNr: c.w_id_nr,
      registerCourt: c.register_court,
      registerNumber: c.register_number ? `${c.register_type ?? ''} ${c.register_number}`.trim() : '',
      bic: account?.bic,
      accountHolder: account?.account_holder,
      country: c.country,
      tags: (tags.get(c.id) ?? []).join(', '),
      notes: c.notes,
    };
    return importFields.map((field) => guard(values[field] ?? ''));
  });
  const csv = stringify([importFields.map((field) => importFieldLabels[field]), ...records], {
    delimiter: ';',
    record_delimiter: 'windows',
    // A bare LF in notes is a line break for every reader, not only CRLF: quote it too.
    quoted_match: /[\r\n]/,
    bom: true,
  });
  return {
    fileName: `Mandanten-${todayIso(deps.clock)}.csv`,
    // A plain Uint8Array (not a Buffer view into Node's pool) crosses IPC as exactly these bytes.
    bytes: new Uint8Array(Buffer.from(csv, 'utf8')),
    count: records.length,
  };
}
