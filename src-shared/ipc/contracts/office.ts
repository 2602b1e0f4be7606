import { z } from 'zod';
import { emailSchema, landSchema, versionSchema } from '../common-schemas';
import { defineChannel } from '../define';
import { noInput } from './system';

const required = (label: string, max: number) =>
  z.string().trim().min(1, `Bitte geben Sie ${label} an.`).max(max, `Höchstens ${max} Zeichen.`);
const optional = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`);

const officeRequired = {
  name: required('den Namen der Kanzlei', 200),
  street: required('Straße und Hausnummer', 200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'Die Postleitzahl besteht aus fünf Ziffern.'),
  city: required('den Ort', 100),
  land: landSchema,
};

const officeOptional = {
  phone: optional(50),
  fax: optional(50),
  email: emailSchema,
  website: optional(200),
  kammer: optional(200),
  ustId: optional(20),
  bankName: optional(100),
  iban: optional(42),
  bic: optional(11),
  letterFooter: optional(2_000),
};

/** Kanzlei data as entered in the first-start wizard; the optional fields feed letterheads later. */
export const officeInputSchema = z
  .object({
    ...officeRequired,
    phone: officeOptional.phone.optional(),
    fax: officeOptional.fax.optional(),
    email: officeOptional.email.optional(),
    website: officeOptional.website.optional(),
    kammer: officeOptional.kammer.optional(),
    ustId: officeOptional.ustId.optional(),
    bankName: officeOptional.bankName.optional(),
    iban: officeOptional.iban.optional(),
    bic: officeOptional.bic.optional(),
    letterFooter: officeOptional.letterFooter.optional(),
  })
  .strict();
export type OfficeInput = z.input<typeof officeInputSchema>;

export const officeSchema = z.object({
  name: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  land: z.string(),
  phone: z.string().nullable(),
  fax: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  kammer: z.string().nullable(),
  ustId: z.string().nullable(),
  bankName: z.string().nullable(),
  iban: z.string().nullable(),
  bic: z.string().nullable(),
  letterFooter: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Office = z.infer<typeof officeSchema>;

export const officeUpdateSchema = z
  .object({
    version: versionSchema,
    name: officeRequired.name.optional(),
    street: officeRequired.street.optional(),
    postalCode: officeRequired.postalCode.optional(),
    city: officeRequired.city.optional(),
    land: officeRequired.land.optional(),
    phone: officeOptional.phone.nullable().optional(),
    fax: officeOptional.fax.nullable().optional(),
    email: officeOptional.email.nullable().optional(),
    website: officeOptional.website.nullable().optional(),
    kammer: officeOptional.kammer.nullable().optional(),
    ustId: officeOptional.ustId.nullable().optional(),
    bankName: officeOptional.bankName.nullable().optional(),
    iban: officeOptional.iban.nullable().optional(),
    bic: officeOptional.bic.nullable().optional(),
    letterFooter: officeOptional.letterFooter.nullable().optional(),
  })
  .strict();

export const officeContracts = {
  /** Everyone logged in reads the Kanzlei (letterheads, window title); null before the wizard ran. */
  get: defineChannel({
    channel: 'office:get',
    input: noInput,
    output: z.object({ office: officeSchema.nullable() }),
  }),
  update: defineChannel({
    channel: 'office:update',
    input: officeUpdateSchema,
    output: officeSchema,
    access: 'admin',
  }),
};
