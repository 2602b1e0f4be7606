import { z } from 'zod';
import { emailSchema, idSchema, versionSchema } from '../common-schemas';
import { defineChannel } from '../define';

/** Suggestions for the Berufsbezeichnung field; the field itself is free text (combinations are common). */
export const beraterProfessions = [
  'Steuerberater',
  'Steuerberaterin',
  'Rechtsanwalt',
  'Rechtsanwältin',
  'Wirtschaftsprüfer',
  'Wirtschaftsprüferin',
  'vereidigter Buchprüfer',
  'vereidigte Buchprüferin',
  'Fachanwalt für Steuerrecht',
  'Fachanwältin für Steuerrecht',
  'Steuerfachwirt',
  'Steuerfachwirtin',
  'Bilanzbuchhalter',
  'Bilanzbuchhalterin',
  'Steuerfachangestellter',
  'Steuerfachangestellte',
] as const;

export const beraterSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  profession: z.string(),
  beraterNumber: z.string().nullable(),
  kammer: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  userId: z.number().int().nullable(),
  userName: z.string().nullable(),
  active: z.boolean(),
  openOrders: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Berater = z.infer<typeof beraterSchema>;

const beraterName = z
  .string()
  .trim()
  .min(1, 'Bitte geben Sie den Namen an.')
  .max(200, 'Höchstens 200 Zeichen.');
const profession = z
  .string()
  .trim()
  .min(1, 'Bitte geben Sie die Berufsbezeichnung an.')
  .max(200, 'Höchstens 200 Zeichen.');
const text = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`);

export const beraterContracts = {
  list: defineChannel({
    channel: 'berater:list',
    input: z
      .object({
        includeInactive: z.boolean().default(true),
        query: z.string().max(200).optional(),
      })
      .strict()
      .default({ includeInactive: true }),
    output: z.object({ items: z.array(beraterSchema) }),
  }),
  get: defineChannel({
    channel: 'berater:get',
    input: z.object({ id: idSchema }).strict(),
    output: beraterSchema,
  }),
  create: defineChannel({
    channel: 'berater:create',
    input: z
      .object({
        name: beraterName,
        profession,
        beraterNumber: text(50).optional(),
        kammer: text(200).optional(),
        email: emailSchema.optional(),
        phone: text(50).optional(),
        userId: idSchema.nullable().optional(),
      })
      .strict(),
    output: beraterSchema,
    access: 'manage',
  }),
  update: defineChannel({
    channel: 'berater:update',
    input: z
      .object({
        id: idSchema,
        version: versionSchema,
        name: beraterName.optional(),
        profession: profession.optional(),
        beraterNumber: text(50).nullable().optional(),
        kammer: text(200).nullable().optional(),
        email: emailSchema.nullable().optional(),
        phone: text(50).nullable().optional(),
        userId: idSchema.nullable().optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    output: beraterSchema,
    access: 'manage',
  }),
  /** The way to retire a Berater who still has orders or Mandanten. */
  deactivate: defineChannel({
    channel: 'berater:deactivate',
    input: z.object({ id: idSchema, version: versionSchema }).strict(),
    output: beraterSchema,
    access: 'manage',
  }),
  /** Only for a Berater nothing refers to; refused with a German message otherwise. */
  delete: defineChannel({
    channel: 'berater:delete',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ deleted: z.literal(true) }),
    access: 'manage',
  }),
};
