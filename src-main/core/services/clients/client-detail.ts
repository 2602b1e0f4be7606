import type Database from 'better-sqlite3';
import { taxNumberTypeLabels } from '../../../../src-shared/clients/client-enums';
import type { ClientDetail, ClientSummary } from '../../../../src-shared/clients/client-output';
import { countryName } from '../../../../src-shared/clients/countries';
import { landNames } from '../../../../src-shared/rules/land';
import { getLegalForm } from '../../../../src-shared/rules/legal-forms';
import { formatIban } from '../../../../src-shared/rules/iban';
import {
  buildAddressBlock,
  buildBriefanrede,
  type PersonName,
  type Recipient,
} from '../../../../src-shared/rules/salutation';
import { formatSteuerId } from '../../../../src-shared/rules/steuer-id';
import { formatSteuernummer } from '../../../../src-shared/rules/steuernummer';
import type { FinanzamtDirectoryService } from '../finanzamt/finanzamt-directory';
import type { ClientRow, LoadedClient } from './client-reader';

export type SummaryRow = Pick<
  ClientRow,
  | 'id'
  | 'client_number'
  | 'kind'
  | 'status'
  | 'display_name'
  | 'first_name'
  | 'last_name'
  | 'company_name'
  | 'street'
  | 'postal_code'
  | 'city'
  | 'email'
  | 'phone'
  | 'berater_id'
  | 'archived_at'
  | 'created_at'
  | 'updated_at'
  | 'version'
>;

export function toSummary(row: SummaryRow, tags: string[]): ClientSummary {
  return {
    id: row.id,
    clientNumber: row.client_number,
    kind: row.kind,
    status: row.status,
    displayName: row.display_name,
    firstName: row.first_name,
    lastName: row.last_name,
    companyName: row.company_name,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    email: row.email,
    phone: row.phone,
    beraterId: row.berater_id,
    tags,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function recipientOf(loaded: LoadedClient): Recipient {
  const { row, contacts } = loaded;
  if (row.kind === 'person') {
    return {
      kind: 'person',
      anrede: row.salutation ?? 'keine-angabe',
      ...(row.title ? { title: row.title } : {}),
      ...(row.first_name ? { firstName: row.first_name } : {}),
      lastName: row.last_name ?? '',
    };
  }
  const [first] = contacts;
  const contact: PersonName | undefined = first
    ? {
        anrede: first.salutation ?? 'keine-angabe',
        ...(first.title ? { title: first.title } : {}),
        ...(first.first_name ? { firstName: first.first_name } : {}),
        lastName: first.last_name,
      }
    : undefined;
  const form = row.legal_form ? getLegalForm(row.legal_form) : undefined;
  return {
    kind: form?.kind === 'organisation' ? 'organisation' : 'company',
    name: row.company_name ?? '',
    ...(contact ? { contact } : {}),
  };
}

/** Address lines and greeting for a letter; the Postanschrift wins over the Hausanschrift. */
function letterOf(loaded: LoadedClient): ClientDetail['letter'] {
  const { row } = loaded;
  const recipient = recipientOf(loaded);
  const postal = row.post_city !== null;
  const country = postal ? (row.post_country ?? 'DE') : row.country;
  const block = buildAddressBlock(recipient, {
    ...(postal
      ? { poBox: row.po_box ?? undefined, street: row.post_street ?? undefined }
      : { street: row.street ?? undefined }),
    postalCode: (postal ? row.post_postal_code : row.postal_code) ?? '',
    city: (postal ? row.post_city : row.city) ?? '',
    country: country === 'DE' ? '' : countryName(country),
  });
  return { addressLines: block.addressLines, greeting: buildBriefanrede(recipient) };
}

export function toDetail(
  sqlite: Database.Database,
  loaded: LoadedClient,
  directory: FinanzamtDirectoryService,
): ClientDetail {
  const { row } = loaded;
  const partner = row.partner_id
    ? (sqlite
        .prepare('SELECT id, client_number, display_name FROM clients WHERE id = ?')
        .get(row.partner_id) as { id: number; client_number: string; display_name: string } | undefined)
    : undefined;
  const beraterName = row.berater_id
    ? ((sqlite.prepare('SELECT name FROM berater WHERE id = ?').pluck().get(row.berater_id) as
        string | undefined) ?? null)
    : null;
  const form = row.legal_form ? getLegalForm(row.legal_form) : undefined;
  const registerFormatted = row.register_number
    ? `${row.register_type ?? ''} ${row.register_number}`.trim()
    : null;
  const hasPostal = row.post_city !== null || row.po_box !== null || row.post_street !== null;
  return {
    ...toSummary(row, loaded.tags),
    salutation: row.salutation,
    title: row.title,
    birthName: row.birth_name,
    birthDate: row.birth_date,
    steuerId: row.steuer_id,
    steuerIdFormatted: row.steuer_id ? formatSteuerId(row.steuer_id) : null,
    partner: partner
      ? { id: partner.id, clientNumber: partner.client_number, displayName: partner.display_name }
      : null,
    legalForm: row.legal_form,
    legalFormName: form ? (form.abbreviation ?? form.name) : null,
    registerCourt: row.register_court,
    registerType: row.register_type,
    registerNumber: row.register_number,
    registerFull: registerFormatted
      ? row.register_court
        ? `Amtsgericht ${row.register_court}, ${registerFormatted}`
        : registerFormatted
      : null,
    address: {
      street: row.street,
      postalCode: row.postal_code,
      city: row.city,
      country: row.country,
      countryName: countryName(row.country),
    },
    postalAddress: hasPostal
      ? {
          poBox: row.po_box,
          street: row.post_street,
          postalCode: row.post_postal_code,
          city: row.post_city,
          country: row.post_country ?? 'DE',
          countryName: countryName(row.post_country ?? 'DE'),
        }
      : null,
    mobile: row.mobile,
    ustIdNr: row.ust_id_nr,
    wIdNr: row.w_id_nr,
    notes: row.notes,
    finanzamtLand: row.finanzamt_land,
    beraterName,
    contacts: loaded.contacts.map((c) => ({
      id: c.id,
      salutation: c.salutation,
      title: c.title,
      firstName: c.first_name,
      lastName: c.last_name,
      role: c.role,
      email: c.email,
      phone: c.phone,
      mobile: c.mobile,
    })),
    bankAccounts: loaded.bankAccounts.map((b) => ({
      id: b.id,
      iban: b.iban,
      ibanFormatted: formatIban(b.iban),
      bic: b.bic,
      accountHolder: b.account_holder,
      bankName: b.bank_name,
      sepaMandateRef: b.sepa_mandate_ref,
      sepaMandateDate: b.sepa_mandate_date,
    })),
    taxNumbers: loaded.taxNumbers.map((t) => {
      const office = directory.lookup.byBufa(t.bufa);
      return {
        id: t.id,
        taxType: t.tax_type,
        taxTypeLabel: taxNumberTypeLabels[t.tax_type],
        elster13: t.elster13,
        printed: formatSteuernummer(t.elster13) ?? t.elster13,
        land: t.land,
        landName: landNames[t.land],
        bufa: t.bufa,
        finanzamt: office ? directory.summary(office) : null,
        validFrom: t.valid_from,
        validTo: t.valid_to,
      };
    }),
    letter: letterOf(loaded),
  };
}
