import '../../../src-shared/ipc/zod-locale';
import type { ClientStatus, Salutation, TaxNumberType } from '../../../src-shared/clients/client-enums';
import {
  createClientInputSchema,
  type ClientDraft,
  type CreateClientInput,
  type UpdateClientInput,
} from '../../../src-shared/clients/client-input';
import type { ClientDetail, FinanzamtSummary } from '../../../src-shared/clients/client-output';
import { normalizeClient } from '../../../src-shared/clients/normalize-client';
import type { LandCode } from '../../../src-shared/rules/land';
import { validateSteuernummer } from '../../../src-shared/rules/steuernummer';
import type { RegisterType } from '../../../src-shared/rules/legal-forms';

export interface TaxNumberRow {
  key: string;
  value: string;
  taxType: TaxNumberType;
  /**
   * Land sent with the number: that of the chosen Finanzamt where the typed number fits it (an
   * ambiguous printed form then stays in that Land), else null and the number decides.
   */
  land: LandCode | null;
  /** Finanzamt chosen in "Finanzamt suchen" (or stored with the number); form state only, not sent. */
  finanzamt: FinanzamtSummary | null;
  validFrom: string;
  validTo: string;
}

export interface BankAccountRow {
  key: string;
  iban: string;
  bic: string;
  accountHolder: string;
  bankName: string;
  sepaMandateRef: string;
  sepaMandateDate: string;
}

export interface ContactRow {
  key: string;
  salutation: Salutation | null;
  title: string;
  firstName: string;
  lastName: string;
  role: string;
  email: string;
  phone: string;
  mobile: string;
}

export interface ClientFormValues {
  kind: 'person' | 'company';
  clientNumber: string;
  status: ClientStatus;
  beraterId: string | null;
  tags: string[];
  notes: string;
  salutation: Salutation | null;
  title: string;
  firstName: string;
  lastName: string;
  birthName: string;
  birthDate: string;
  companyName: string;
  legalForm: string | null;
  registerCourt: string;
  registerType: RegisterType | null;
  registerNumber: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  withPostalAddress: boolean;
  poBox: string;
  postStreet: string;
  postPostalCode: string;
  postCity: string;
  postCountry: string;
  email: string;
  phone: string;
  mobile: string;
  steuerId: string;
  ustIdNr: string;
  wIdNr: string;
  /** Land of the responsible Finanzamt; empty: the core takes that of the first Steuernummer. */
  finanzamtLand: LandCode | null;
  taxNumbers: TaxNumberRow[];
  bankAccounts: BankAccountRow[];
  contacts: ContactRow[];
}

let keyCounter = 0;
export const rowKey = (): string => `row-${++keyCounter}`;

export const emptyTaxNumber = (): TaxNumberRow => ({
  key: rowKey(),
  value: '',
  taxType: 'allgemein',
  land: null,
  finanzamt: null,
  validFrom: '',
  validTo: '',
});

export const emptyBankAccount = (): BankAccountRow => ({
  key: rowKey(),
  iban: '',
  bic: '',
  accountHolder: '',
  bankName: '',
  sepaMandateRef: '',
  sepaMandateDate: '',
});

export const emptyContact = (): ContactRow => ({
  key: rowKey(),
  salutation: null,
  title: '',
  firstName: '',
  lastName: '',
  role: '',
  email: '',
  phone: '',
  mobile: '',
});

export const emptyClientForm = (): ClientFormValues => ({
  kind: 'person',
  clientNumber: '',
  status: 'aktiv',
  beraterId: null,
  tags: [],
  notes: '',
  salutation: null,
  title: '',
  firstName: '',
  lastName: '',
  birthName: '',
  birthDate: '',
  companyName: '',
  legalForm: null,
  registerCourt: '',
  registerType: null,
  registerNumber: '',
  street: '',
  postalCode: '',
  city: '',
  country: '',
  withPostalAddress: false,
  poBox: '',
  postStreet: '',
  postPostalCode: '',
  postCity: '',
  postCountry: '',
  email: '',
  phone: '',
  mobile: '',
  steuerId: '',
  ustIdNr: '',
  wIdNr: '',
  finanzamtLand: null,
  taxNumbers: [],
  bankAccounts: [],
  contacts: [],
});

/**
 * The Land to send with a Steuernummer row whose Finanzamt is `chosen`: that Land where the typed
 * number is valid in it (alone, or as one of the Länder an ambiguous printed form allows), null where
 * the number belongs elsewhere (the number decides, the form shows the mismatch) or is not valid yet.
 */
export function landForRow(value: string, chosen: LandCode | null): LandCode | null {
  if (!chosen) return null;
  const typed = value.trim();
  if (typed === '') return chosen;
  const result = validateSteuernummer(typed);
  if (result.ok) return result.land === chosen ? chosen : null;
  if (result.candidates) return result.candidates.some((c) => c.land === chosen) ? chosen : null;
  // Incomplete or a wrong check digit: no Land is sent, the message names every Land the layout allows.
  return null;
}

/** ISO `1966-06-15` as typed in the form: `15.06.1966`. */
export const germanDate = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
};

const str = (value: string | null | undefined): string => value ?? '';

/** The form's starting values for editing a stored client. */
export function clientFormFrom(client: ClientDetail): ClientFormValues {
  const post = client.postalAddress;
  return {
    ...emptyClientForm(),
    kind: client.kind,
    clientNumber: client.clientNumber,
    status: client.status,
    beraterId: client.beraterId === null ? null : String(client.beraterId),
    tags: [...client.tags],
    notes: str(client.notes),
    salutation: client.salutation,
    title: str(client.title),
    firstName: str(client.firstName),
    lastName: str(client.lastName),
    birthName: str(client.birthName),
    birthDate: germanDate(client.birthDate),
    companyName: str(client.companyName),
    legalForm: client.legalForm,
    registerCourt: str(client.registerCourt),
    registerType: client.registerType,
    registerNumber: str(client.registerNumber),
    street: str(client.address.street),
    postalCode: str(client.address.postalCode),
    city: str(client.address.city),
    country: client.address.country === 'DE' ? '' : client.address.country,
    withPostalAddress: post !== null,
    poBox: str(post?.poBox),
    postStreet: str(post?.street),
    postPostalCode: str(post?.postalCode),
    postCity: str(post?.city),
    postCountry: post && post.country !== 'DE' ? post.country : '',
    email: str(client.email),
    phone: str(client.phone),
    mobile: str(client.mobile),
    steuerId: str(client.steuerIdFormatted ?? client.steuerId),
    ustIdNr: str(client.ustIdNr),
    wIdNr: str(client.wIdNr),
    finanzamtLand: client.finanzamtLand,
    taxNumbers: client.taxNumbers.map((tax) => ({
      key: rowKey(),
      value: tax.printed,
      taxType: tax.taxType,
      land: tax.land,
      finanzamt: tax.finanzamt,
      validFrom: germanDate(tax.validFrom),
      validTo: germanDate(tax.validTo),
    })),
    bankAccounts: client.bankAccounts.map((account) => ({
      key: rowKey(),
      iban: account.ibanFormatted,
      bic: str(account.bic),
      accountHolder: str(account.accountHolder),
      bankName: str(account.bankName),
      sepaMandateRef: str(account.sepaMandateRef),
      sepaMandateDate: germanDate(account.sepaMandateDate),
    })),
    contacts: client.contacts.map((contact) => ({
      key: rowKey(),
      salutation: contact.salutation,
      title: str(contact.title),
      firstName: str(contact.firstName),
      lastName: contact.lastName,
      role: str(contact.role),
      email: str(contact.email),
      phone: str(contact.phone),
      mobile: str(contact.mobile),
    })),
  };
}

/** Empty text becomes null: on update it clears the stored value, on create it means "not set". */
const opt = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

function commonInput(values: ClientFormValues) {
  const post = values.withPostalAddress
    ? {
        poBox: opt(values.poBox),
        street: opt(values.postStreet),
        postalCode: opt(values.postPostalCode),
        city: opt(values.postCity),
        country: opt(values.postCountry),
      }
    : null;
  return {
    status: values.status,
    beraterId: values.beraterId ? Number(values.beraterId) : null,
    tags: values.tags,
    notes: opt(values.notes),
    address: {
      street: opt(values.street),
      postalCode: opt(values.postalCode),
      city: opt(values.city),
      country: opt(values.country),
    },
    postalAddress: post,
    email: opt(values.email),
    phone: opt(values.phone),
    mobile: opt(values.mobile),
    ustIdNr: opt(values.ustIdNr),
    wIdNr: opt(values.wIdNr),
    // Always sent: an edit keeps the stored Land (null lets the core take the first Steuernummer's).
    finanzamtLand: values.finanzamtLand,
    legalForm: values.legalForm,
    taxNumbers: values.taxNumbers.map((row) => ({
      value: row.value,
      taxType: row.taxType,
      land: row.land,
      validFrom: opt(row.validFrom),
      validTo: opt(row.validTo),
    })),
    bankAccounts: values.bankAccounts.map((row) => ({
      iban: row.iban,
      bic: opt(row.bic),
      accountHolder: opt(row.accountHolder),
      bankName: opt(row.bankName),
      sepaMandateRef: opt(row.sepaMandateRef),
      sepaMandateDate: opt(row.sepaMandateDate),
    })),
  };
}

const personInput = (values: ClientFormValues) => ({
  lastName: values.lastName,
  salutation: values.salutation,
  title: opt(values.title),
  firstName: opt(values.firstName),
  birthName: opt(values.birthName),
  birthDate: opt(values.birthDate),
  steuerId: opt(values.steuerId),
});

const companyInput = (values: ClientFormValues) => ({
  companyName: values.companyName,
  registerCourt: opt(values.registerCourt),
  registerType: values.registerType,
  registerNumber: opt(values.registerNumber),
  contacts: values.contacts.map((row) => ({
    salutation: row.salutation,
    title: opt(row.title),
    firstName: opt(row.firstName),
    lastName: row.lastName,
    role: opt(row.role),
    email: opt(row.email),
    phone: opt(row.phone),
    mobile: opt(row.mobile),
  })),
});

/** Only the fields of the chosen kind: the contract is strict and rejects the others. */
export function toCreateClientInput(values: ClientFormValues, confirmDuplicate = false): CreateClientInput {
  const clientNumber = opt(values.clientNumber);
  const shared = {
    ...commonInput(values),
    ...(clientNumber ? { clientNumber } : {}),
    ...(confirmDuplicate ? { confirmDuplicate: true } : {}),
  };
  return values.kind === 'company'
    ? { kind: 'company', ...shared, ...companyInput(values) }
    : { kind: 'person', ...shared, ...personInput(values) };
}

/** Every editable field is sent: a cleared field clears the stored value. */
export function toUpdateClientInput(
  values: ClientFormValues,
  base: { id: number; version: number },
): UpdateClientInput {
  return {
    id: base.id,
    version: base.version,
    clientNumber: values.clientNumber.trim(),
    ...commonInput(values),
    ...(values.kind === 'company' ? companyInput(values) : personInput(values)),
  };
}

/** Input paths of the core's messages (`address.postalCode`) as form fields (`postalCode`). */
export function formFieldOf(path: string): string {
  if (path.startsWith('address.')) return path.slice('address.'.length);
  if (path.startsWith('postalAddress.')) {
    const field = path.slice('postalAddress.'.length);
    return field === 'poBox' ? 'poBox' : `post${field.charAt(0).toUpperCase()}${field.slice(1)}`;
  }
  return path;
}

/** Every path a message can be shown at: the plain fields and each row of the lists. */
export function isFormField(values: ClientFormValues, field: string): boolean {
  const list = /^(taxNumbers|bankAccounts|contacts)\.(\d+)\.(\w+)$/.exec(field);
  if (list) {
    const rows = values[list[1] as 'taxNumbers' | 'bankAccounts' | 'contacts'];
    const row = rows[Number(list[2])];
    return row !== undefined && list[3] !== undefined && list[3] in row;
  }
  return field in values && !['taxNumbers', 'bankAccounts', 'contacts', 'kind'].includes(field);
}

/** Field errors keyed by form field, and the messages that belong to no field of the form. */
export function toFormErrors(
  values: ClientFormValues,
  fields: Record<string, string>,
): { errors: Record<string, string>; unmatched: string[] } {
  const errors: Record<string, string> = {};
  const unmatched: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = formFieldOf(path);
    if (isFormField(values, field)) errors[field] ??= message;
    else unmatched.push(message);
  }
  return { errors, unmatched };
}

/**
 * The same checks the core runs: the contract's structure, then the shared rules (Steuernummer check
 * digits, Steuer-ID, IBAN, dates, postal codes). The user sees the core's German message before sending.
 */
export function validateClientForm(values: ClientFormValues, today: string): Record<string, string> {
  const parsed = createClientInputSchema.safeParse(toCreateClientInput(values));
  const fields: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields[issue.path.map(String).join('.')] ??= issue.message;
    return toFormErrors(values, fields).errors;
  }
  const { confirmDuplicate: _ignored, ...draft } = parsed.data;
  const result = normalizeClient(draft as ClientDraft, { today });
  if (result.ok) return {};
  return toFormErrors(values, result.errors).errors;
}
