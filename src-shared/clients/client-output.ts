import { z } from 'zod';
import { landCodes } from '../rules/land/land-codes';
import { registerTypes } from '../rules/legal-forms/catalogue';
import { clientKinds, clientStatuses, salutations, taxNumberTypes } from './client-enums';

const nullableString = z.string().nullable();

/** One row of the client list. */
export const clientSummarySchema = z.object({
  id: z.number().int(),
  clientNumber: z.string(),
  kind: z.enum(clientKinds),
  status: z.enum(clientStatuses),
  displayName: z.string(),
  firstName: nullableString,
  lastName: nullableString,
  companyName: nullableString,
  street: nullableString,
  postalCode: nullableString,
  city: nullableString,
  email: nullableString,
  phone: nullableString,
  beraterId: z.number().int().nullable(),
  tags: z.array(z.string()),
  archivedAt: nullableString,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const finanzamtSummarySchema = z.object({
  bufa: z.string(),
  name: z.string(),
  /** `Finanzamt Stuttgart I`: the name letters use. */
  displayName: z.string(),
  land: z.enum(landCodes),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
});
export type FinanzamtSummary = z.infer<typeof finanzamtSummarySchema>;

export const clientTaxNumberOutputSchema = z.object({
  id: z.number().int(),
  taxType: z.enum(taxNumberTypes),
  taxTypeLabel: z.string(),
  /** 13-digit ELSTER form as stored. */
  elster13: z.string(),
  /** The Land's printed form, e.g. `181/815/08155`. */
  printed: z.string(),
  land: z.enum(landCodes),
  landName: z.string(),
  bufa: z.string(),
  /** Null when the BUFA is not (or no longer) in the directory. */
  finanzamt: finanzamtSummarySchema.nullable(),
  validFrom: nullableString,
  validTo: nullableString,
});

export const clientContactOutputSchema = z.object({
  id: z.number().int(),
  salutation: z.enum(salutations).nullable(),
  title: nullableString,
  firstName: nullableString,
  lastName: z.string(),
  role: nullableString,
  email: nullableString,
  phone: nullableString,
  mobile: nullableString,
});

export const clientBankAccountOutputSchema = z.object({
  id: z.number().int(),
  iban: z.string(),
  /** Groups of four, e.g. `DE89 3704 0044 0532 0130 00`. */
  ibanFormatted: z.string(),
  bic: nullableString,
  accountHolder: nullableString,
  bankName: nullableString,
  sepaMandateRef: nullableString,
  sepaMandateDate: nullableString,
});

const addressOutputSchema = z.object({
  street: nullableString,
  postalCode: nullableString,
  city: nullableString,
  country: z.string(),
  countryName: z.string(),
});

/** Everything about one client: the detail view and the form's starting values. */
export const clientDetailSchema = clientSummarySchema.extend({
  salutation: z.enum(salutations).nullable(),
  title: nullableString,
  birthName: nullableString,
  /** ISO date. */
  birthDate: nullableString,
  steuerId: nullableString,
  /** `36 574 261 809`. */
  steuerIdFormatted: nullableString,
  partner: z.object({ id: z.number().int(), clientNumber: z.string(), displayName: z.string() }).nullable(),
  legalForm: nullableString,
  legalFormName: nullableString,
  registerCourt: nullableString,
  registerType: z.enum(registerTypes).nullable(),
  registerNumber: nullableString,
  /** `Amtsgericht München, HRB 178881`. */
  registerFull: nullableString,
  address: addressOutputSchema,
  postalAddress: addressOutputSchema.extend({ poBox: nullableString }).nullable(),
  mobile: nullableString,
  ustIdNr: nullableString,
  wIdNr: nullableString,
  notes: nullableString,
  finanzamtLand: z.enum(landCodes).nullable(),
  beraterName: nullableString,
  contacts: z.array(clientContactOutputSchema),
  bankAccounts: z.array(clientBankAccountOutputSchema),
  taxNumbers: z.array(clientTaxNumberOutputSchema),
  /** DIN 5008 address lines and greeting, ready for a letter. */
  letter: z.object({ addressLines: z.array(z.string()), greeting: z.string() }),
});
export type ClientDetail = z.infer<typeof clientDetailSchema>;

export const fieldIssueSchema = z.object({ field: z.string(), message: z.string() });

/** Create and update return the stored client and the warnings worth showing (unknown BUFA …). */
export const clientSaveResultSchema = clientDetailSchema.extend({ warnings: z.array(fieldIssueSchema) });
export type ClientSaveResult = z.infer<typeof clientSaveResultSchema>;

export const duplicateReasons = ['steuerId', 'ustIdNr', 'wIdNr', 'taxNumber', 'nameAndAddress'] as const;

export const clientDuplicateSchema = z.object({
  id: z.number().int(),
  clientNumber: z.string(),
  displayName: z.string(),
  status: z.enum(clientStatuses),
  city: nullableString,
  reasons: z.array(z.enum(duplicateReasons)),
  /** German, e.g. „gleiche Steuer-ID“. */
  reasonText: z.string(),
});
export type ClientDuplicate = z.infer<typeof clientDuplicateSchema>;
