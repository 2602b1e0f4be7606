import type { Finanzamt } from '../rules/finanzamt';
import type { LandCode } from '../rules/land';
import type { Anrede } from '../rules/salutation';
import type { YearMonthDay } from '../rules/dates';

// Plain records with the field names of the stored data (clients, contacts, berater, office, orders),
// so the caller copies rows in without mapping. Every field but the names is optional: the
// missing-data report tells the user what a template needs and lacks.

type Text = string | null | undefined;

export interface TemplatePostalAddress {
  street?: Text;
  postalCode?: Text;
  city?: Text;
  /** ISO code (`AT`) or German name; empty means Germany. */
  country?: Text;
}

export interface TemplateTaxNumber {
  /** 13-digit ELSTER form as stored, or the printed form as typed. */
  value: string;
  /** `allgemein`, `est`, `ust`, `gewst`, `kst`, … (client-enums taxNumberTypes). */
  taxType?: Text;
  /** Land, where a printed form fits several Länder. */
  land?: LandCode | null;
}

export interface TemplateBankAccount {
  iban: string;
  bic?: Text;
  bankName?: Text;
  accountHolder?: Text;
  sepaMandateRef?: Text;
}

export interface TemplateMandant {
  clientNumber?: Text;
  kind: 'person' | 'company';
  salutation?: Anrede | null;
  title?: Text;
  /** Degrees after the name (`LL.M.`). */
  postNominal?: Text;
  /** Berufs- or Amtsbezeichnung for the address (`Rechtsanwältin`). */
  jobTitle?: Text;
  firstName?: Text;
  lastName?: Text;
  birthName?: Text;
  /** ISO or TT.MM.JJJJ. */
  birthDate?: Text;
  companyName?: Text;
  /** Code from the legal-form catalogue (`gmbh`) or its abbreviation. */
  legalForm?: Text;
  registerCourt?: Text;
  registerType?: Text;
  registerNumber?: Text;
  address?: TemplatePostalAddress | null;
  /** Postal address with optional Postfach; used for letters when present. */
  postalAddress?: (TemplatePostalAddress & { poBox?: Text }) | null;
  email?: Text;
  phone?: Text;
  mobile?: Text;
  steuerId?: Text;
  ustIdNr?: Text;
  wIdNr?: Text;
  taxNumbers?: readonly TemplateTaxNumber[] | null;
  bankAccounts?: readonly TemplateBankAccount[] | null;
  /** Greets with "Liebe/Lieber" instead of "Sehr geehrte/r". */
  informal?: boolean | null;
  /** Stored per client; wins over the derived Briefanrede. */
  letterSalutation?: Text;
}

export interface TemplateKontakt {
  salutation?: Anrede | null;
  title?: Text;
  firstName?: Text;
  lastName: string;
  /** Funktion, e.g. Geschäftsführerin. */
  role?: Text;
  email?: Text;
  phone?: Text;
  mobile?: Text;
}

export interface TemplateBerater {
  name: string;
  /** Berufsbezeichnung. */
  profession?: Text;
  beraterNumber?: Text;
  kammer?: Text;
  email?: Text;
  phone?: Text;
}

export interface TemplateKanzlei {
  name: string;
  street?: Text;
  postalCode?: Text;
  city?: Text;
  phone?: Text;
  fax?: Text;
  email?: Text;
  website?: Text;
  kammer?: Text;
  ustId?: Text;
  bankName?: Text;
  iban?: Text;
  bic?: Text;
  letterFooter?: Text;
}

/** Period of an order: `2025`, `2026-Q4`, `2026-12`, or the stored columns. */
export type TemplatePeriod = string | { year: number; month?: number | null; quarter?: number | null };

export interface TemplateAuftrag {
  id?: number | string | null;
  title: string;
  /** Name of the order type, e.g. Einkommensteuererklärung. */
  typeName?: Text;
  description?: Text;
  period?: TemplatePeriod | null;
  /** ISO date. */
  dueDate?: Text;
  /** Status code (`in_bearbeitung`) or label. */
  status?: Text;
}

export interface TemplateBescheid {
  /** ISO or TT.MM.JJJJ. */
  date?: Text;
  /** Tax type as label (`Einkommensteuer`) or tax-number type code (`est`). */
  taxType?: Text;
  year?: number | string | null;
  /** Steuernummer on the Bescheid, if it differs from the client's. */
  taxNumber?: Text;
  reference?: Text;
  receivedDate?: Text;
  objectionDeadline?: Text;
  /** Euro amount (number or decimal string) … */
  amount?: number | string | null;
  /** … or integer cents. */
  amountCents?: number | bigint | null;
}

export interface TemplateBenutzer {
  name: string;
  email?: Text;
  phone?: Text;
  /** Defaults to the initials of the name. */
  initials?: Text;
}

export interface TemplateUnterlage {
  bezeichnung: string;
  hinweis?: Text;
}

export interface RenderInput {
  mandant: TemplateMandant;
  /** The contact person this letter goes to (companies). */
  kontakt?: TemplateKontakt | null;
  berater?: TemplateBerater | null;
  kanzlei?: TemplateKanzlei | null;
  finanzamt?: Finanzamt | null;
  auftrag?: TemplateAuftrag | null;
  bescheid?: TemplateBescheid | null;
  benutzer?: TemplateBenutzer | null;
  offeneAuftraege?: readonly TemplateAuftrag[] | null;
  unterlagen?: readonly (string | TemplateUnterlage)[] | null;
  /** The letter's date (ISO string or date parts); the caller passes its clock's today. */
  heute: string | YearMonthDay;
}
