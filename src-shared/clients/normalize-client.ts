import type { LandCode } from '../rules/land';
import type { RegisterType } from '../rules/legal-forms';
import { validateSteuerId } from '../rules/steuer-id';
import { validateUstIdNr, validateWIdNr } from '../rules/ust-id';
import type { ClientKind, ClientStatus, Salutation } from './client-enums';
import type { ClientDraft } from './client-input';
import { IssueCollector, type FieldIssue } from './field-issues';
import { normalizeBankAccounts, type NormalizedBankAccount } from './normalize-bank-accounts';
import { normalizeLegalForm, normalizeRegister } from './normalize-company';
import {
  normalizeContacts,
  normalizeCountry,
  normalizeEmail,
  normalizePhone,
  normalizePostalCode,
  type NormalizedContact,
} from './normalize-contact-data';
import { normalizeDate } from './normalize-dates';
import { normalizeTaxNumbers, type NormalizedTaxNumber } from './normalize-tax-numbers';
import { cleanMultiline, cleanText } from './text';

/** A client as stored: every identifier in its normalised form, empty values as null. */
export interface NormalizedClient {
  kind: ClientKind;
  clientNumber: string | null;
  status: ClientStatus;
  beraterId: number | null;
  tags: string[];
  notes: string | null;
  salutation: Salutation | null;
  title: string | null;
  firstName: string | null;
  lastName: string | null;
  birthName: string | null;
  birthDate: string | null;
  steuerId: string | null;
  partnerId: number | null;
  companyName: string | null;
  legalForm: string | null;
  registerCourt: string | null;
  registerType: RegisterType | null;
  registerNumber: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  poBox: string | null;
  postStreet: string | null;
  postPostalCode: string | null;
  postCity: string | null;
  postCountry: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  ustIdNr: string | null;
  wIdNr: string | null;
  finanzamtLand: LandCode | null;
  contacts: NormalizedContact[];
  bankAccounts: NormalizedBankAccount[];
  taxNumbers: NormalizedTaxNumber[];
}

export interface NormalizeContext {
  /** ISO date of today: birth dates may not lie after it. */
  today: string;
  /** Finanzamt directory check; an unknown BUFA is only a warning. */
  knownBufa?: (bufa: string) => boolean;
}

export type NormalizeResult =
  | { ok: true; value: NormalizedClient; warnings: FieldIssue[] }
  | { ok: false; errors: Record<string, string>; warnings: FieldIssue[] };

const personOnly = [
  'salutation',
  'title',
  'firstName',
  'birthName',
  'birthDate',
  'steuerId',
  'partnerId',
] as const;
const companyOnly = ['registerCourt', 'registerType', 'registerNumber'] as const;

const isSet = (value: unknown): boolean =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

function checkKindFields(issues: IssueCollector, draft: ClientDraft): void {
  const foreign =
    draft.kind === 'person' ? [...companyOnly, 'companyName', 'contacts'] : [...personOnly, 'lastName'];
  const message =
    draft.kind === 'person'
      ? 'Dieses Feld gibt es nur bei Unternehmen und Organisationen.'
      : 'Dieses Feld gibt es nur bei natürlichen Personen.';
  for (const field of foreign) {
    if (isSet(draft[field as keyof ClientDraft])) issues.error(field, message);
  }
}

function identifiers(issues: IssueCollector, draft: ClientDraft) {
  let steuerId: string | null = null;
  const steuerIdText = cleanText(draft.steuerId);
  if (steuerIdText) {
    const result = validateSteuerId(steuerIdText);
    if (result.ok) steuerId = result.value;
    else issues.error('steuerId', result.message);
  }
  let ustIdNr: string | null = null;
  const ustText = cleanText(draft.ustIdNr);
  if (ustText) {
    const result = validateUstIdNr(ustText);
    if (result.ok) ustIdNr = result.value;
    else issues.error('ustIdNr', result.message);
  }
  let wIdNr: string | null = null;
  const wText = cleanText(draft.wIdNr);
  if (wText) {
    const result = validateWIdNr(wText);
    if (result.ok) {
      wIdNr = result.value;
      for (const warning of result.warnings) issues.warn('wIdNr', warning.message);
    } else issues.error('wIdNr', result.message);
  }
  return { steuerId, ustIdNr, wIdNr };
}

function tags(values: readonly string[] | undefined): string[] {
  const seen = new Map<string, string>();
  for (const value of values ?? []) {
    const tag = cleanText(value);
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

/**
 * Checks a client as entered in the form or read from an import and brings every field into its stored
 * form. Errors and warnings are keyed by the input path, e.g. `taxNumbers.0.value` or `address.postalCode`.
 */
export function normalizeClient(draft: ClientDraft, ctx: NormalizeContext): NormalizeResult {
  const issues = new IssueCollector();
  checkKindFields(issues, draft);
  const isPerson = draft.kind === 'person';

  const lastName = isPerson ? cleanText(draft.lastName) : null;
  const companyName = isPerson ? null : cleanText(draft.companyName);
  if (isPerson && !lastName) issues.error('lastName', 'Bitte geben Sie den Nachnamen an.');
  if (!isPerson && !companyName) issues.error('companyName', 'Bitte geben Sie die Firma an.');

  const country = normalizeCountry(issues, 'address.country', draft.address?.country);
  const post = draft.postalAddress;
  const postCountry = post ? normalizeCountry(issues, 'postalAddress.country', post.country) : null;
  const poBox = cleanText(post?.poBox);
  const postStreet = cleanText(post?.street);
  const postPostalCode = post
    ? normalizePostalCode(issues, 'postalAddress.postalCode', post.postalCode, postCountry ?? 'DE')
    : null;
  const postCity = cleanText(post?.city);
  if (poBox || postStreet || postPostalCode || postCity) {
    if (!postPostalCode && !issues.errors['postalAddress.postalCode']) {
      issues.error('postalAddress.postalCode', 'Bitte die Postleitzahl der Postanschrift angeben.');
    }
    if (!postCity) issues.error('postalAddress.city', 'Bitte den Ort der Postanschrift angeben.');
    if (poBox && !/^[\d\s]{1,12}$/.test(poBox))
      issues.error('postalAddress.poBox', 'Das Postfach besteht aus Ziffern.');
  }

  const legalForm = normalizeLegalForm(issues, draft.kind, draft.legalForm, companyName);
  const register = isPerson
    ? { registerCourt: null, registerType: null, registerNumber: null }
    : normalizeRegister(issues, draft, legalForm);
  const ids = identifiers(issues, draft);
  const taxNumbers = normalizeTaxNumbers(issues, draft.taxNumbers ?? [], {
    today: ctx.today,
    knownBufa: ctx.knownBufa,
    landHint: draft.finanzamtLand,
  });

  const value: NormalizedClient = {
    kind: draft.kind,
    clientNumber: cleanText(draft.clientNumber),
    status: draft.status ?? 'aktiv',
    beraterId: draft.beraterId ?? null,
    tags: tags(draft.tags),
    notes: cleanMultiline(draft.notes),
    salutation: isPerson ? (draft.salutation ?? null) : null,
    title: isPerson ? cleanText(draft.title) : null,
    firstName: isPerson ? cleanText(draft.firstName) : null,
    lastName,
    birthName: isPerson ? cleanText(draft.birthName) : null,
    birthDate: isPerson
      ? normalizeDate(issues, 'birthDate', draft.birthDate, {
          today: ctx.today,
          notFuture: true,
          label: 'Das Geburtsdatum',
        })
      : null,
    steuerId: ids.steuerId,
    partnerId: isPerson ? (draft.partnerId ?? null) : null,
    companyName,
    legalForm,
    ...register,
    street: cleanText(draft.address?.street),
    postalCode: normalizePostalCode(issues, 'address.postalCode', draft.address?.postalCode, country),
    city: cleanText(draft.address?.city),
    country,
    poBox,
    postStreet,
    postPostalCode,
    postCity,
    postCountry: poBox || postStreet || postPostalCode || postCity ? postCountry : null,
    email: normalizeEmail(issues, 'email', draft.email),
    phone: normalizePhone(issues, 'phone', draft.phone),
    mobile: normalizePhone(issues, 'mobile', draft.mobile),
    ustIdNr: ids.ustIdNr,
    wIdNr: ids.wIdNr,
    finanzamtLand: draft.finanzamtLand ?? taxNumbers[0]?.land ?? null,
    contacts: isPerson ? [] : normalizeContacts(issues, draft.contacts ?? []),
    bankAccounts: normalizeBankAccounts(issues, draft.bankAccounts ?? [], ctx.today),
    taxNumbers,
  };
  if (issues.hasErrors) return { ok: false, errors: issues.errors, warnings: issues.warnings };
  return { ok: true, value, warnings: issues.warnings };
}

/** "Nachname, Vorname" for persons, the Firma for companies: what lists show and sort by. */
export function clientDisplayName(
  client: Pick<NormalizedClient, 'kind' | 'firstName' | 'lastName' | 'companyName'>,
) {
  return client.kind === 'company'
    ? (client.companyName ?? '')
    : [client.lastName, client.firstName].filter(Boolean).join(', ');
}
