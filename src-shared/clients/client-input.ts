import { z } from 'zod';
import { landCodes } from '../rules/land/land-codes';
import { registerTypes } from '../rules/legal-forms/catalogue';
import { clientStatuses, salutations, taxNumberTypes } from './client-enums';

// Structural checks only (types, lengths, required names). Identifiers, dates and postal codes are
// checked by normalizeClient, which needs the whole client (Land, kind) and gives per-field messages.
// Optional text accepts '' and null alike: both mean "not set" (null clears a field on update).
const text = (max: number) => z.string().trim().max(max).nullish();
const required = (max: number, message: string) => z.string().trim().min(1, message).max(max);

export const clientAddressSchema = z
  .object({
    street: text(120),
    postalCode: text(10),
    city: text(100),
    /** ISO code (`DE`) or German name (`Österreich`); empty means Germany. */
    country: text(60),
  })
  .strict();

export const clientPostalAddressSchema = z
  .object({
    /** Postfach number; replaces the street in letters. */
    poBox: text(20),
    street: text(120),
    postalCode: text(10),
    city: text(100),
    country: text(60),
  })
  .strict();

export const clientContactSchema = z
  .object({
    salutation: z.enum(salutations).nullish(),
    title: text(60),
    firstName: text(100),
    lastName: required(100, 'Bitte geben Sie den Nachnamen des Ansprechpartners an.'),
    /** Funktion, e.g. Geschäftsführerin, Buchhaltung. */
    role: text(100),
    email: text(200),
    phone: text(40),
    mobile: text(40),
  })
  .strict();

export const clientBankAccountSchema = z
  .object({
    iban: required(42, 'Bitte geben Sie die IBAN an.'),
    bic: text(15),
    accountHolder: text(140),
    bankName: text(100),
    sepaMandateRef: text(35),
    /** Date the SEPA mandate was signed (TT.MM.JJJJ or JJJJ-MM-TT). */
    sepaMandateDate: text(10),
  })
  .strict();

export const clientTaxNumberSchema = z
  .object({
    /** As printed (`181/815/08155`), 12- or 13-digit form. */
    value: required(30, 'Bitte geben Sie die Steuernummer an.'),
    taxType: z.enum(taxNumberTypes).nullish(),
    /** Needed only where the printed form fits several Länder. */
    land: z.enum(landCodes).nullish(),
    validFrom: text(10),
    validTo: text(10),
  })
  .strict();

const commonFields = {
  /** Omitted: the next number of the office's scheme. */
  clientNumber: z
    .string()
    .trim()
    .max(20)
    .regex(/^[\p{L}\p{N}._/-]*$/u, 'Die Mandantennummer darf nur Buchstaben, Ziffern und . _ / - enthalten.')
    .nullish(),
  status: z.enum(clientStatuses).optional(),
  beraterId: z.number().int().positive().nullish(),
  tags: z.array(z.string().trim().min(1).max(40)).max(30).optional(),
  notes: text(5_000),
  address: clientAddressSchema.nullish(),
  postalAddress: clientPostalAddressSchema.nullish(),
  email: text(200),
  phone: text(40),
  mobile: text(40),
  bankAccounts: z.array(clientBankAccountSchema).max(20).optional(),
  taxNumbers: z.array(clientTaxNumberSchema).max(20).optional(),
  ustIdNr: text(20),
  wIdNr: text(25),
  /** Land of the responsible Finanzamt; derived from the first Steuernummer when empty. */
  finanzamtLand: z.enum(landCodes).nullish(),
  /** Code from the legal-form catalogue (`gmbh`) or its abbreviation (`GmbH`). */
  legalForm: text(60),
};

const personFields = {
  salutation: z.enum(salutations).nullish(),
  title: text(60),
  firstName: text(100),
  birthName: text(100),
  /** TT.MM.JJJJ or JJJJ-MM-TT. */
  birthDate: text(10),
  steuerId: text(20),
  /** Spouse or partner for joint assessment; the link is kept on both clients. */
  partnerId: z.number().int().positive().nullish(),
};

const companyFields = {
  registerCourt: text(100),
  registerType: z.enum(registerTypes).nullish(),
  /** `178881` or `HRB 178881 B`. */
  registerNumber: text(30),
  contacts: z.array(clientContactSchema).max(20).optional(),
};

export const createClientInputSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('person'),
      lastName: required(100, 'Bitte geben Sie den Nachnamen an.'),
      ...commonFields,
      ...personFields,
      /** Create although clients with the same identifiers or name and address exist. */
      confirmDuplicate: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('company'),
      companyName: required(200, 'Bitte geben Sie die Firma an.'),
      ...commonFields,
      ...companyFields,
      confirmDuplicate: z.boolean().optional(),
    })
    .strict(),
]);
export type CreateClientInput = z.input<typeof createClientInputSchema>;
export type CreateClientParsed = z.output<typeof createClientInputSchema>;

/**
 * Fields present replace the stored value (null or '' clears it, a list replaces the whole list);
 * absent fields stay as they are. The kind of a client cannot change.
 */
export const updateClientInputSchema = z
  .object({
    id: z.number().int().positive(),
    version: z.number().int().min(1),
    lastName: z.string().trim().max(100).optional(),
    companyName: z.string().trim().max(200).optional(),
    ...commonFields,
    ...personFields,
    ...companyFields,
  })
  .strict();
export type UpdateClientInput = z.input<typeof updateClientInputSchema>;
export type UpdateClientParsed = z.output<typeof updateClientInputSchema>;

/** The editable fields of both kinds, as the normaliser sees them. */
export type ClientDraft = Omit<UpdateClientParsed, 'id' | 'version'> & { kind: 'person' | 'company' };
