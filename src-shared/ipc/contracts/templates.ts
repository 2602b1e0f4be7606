import { z } from 'zod';
import {
  followUpSchema,
  missingValueSchema,
  overridesSchema,
  placeholderInfoSchema,
  TEMPLATE_UPLOAD_MAX_BYTES,
  templateDetailSchema,
  templateInspectionSchema,
  templateSummarySchema,
} from '../../templates/template-schemas';
import { clientKinds, clientStatuses } from '../../clients/client-enums';
import { defineChannel } from '../define';

const id = z.number().int().positive();
const taskId = z.string().min(1).max(100);
const docxBytes = z
  .instanceof(Uint8Array, { message: 'Bitte eine DOCX-Datei auswählen.' })
  .refine((b) => b.byteLength <= TEMPLATE_UPLOAD_MAX_BYTES, {
    message: 'Die Vorlage ist größer als 20 MB und kann nicht verwendet werden.',
  });
const meta = {
  name: z.string().trim().min(1, 'Bitte einen Namen angeben.').max(120),
  category: z.string().trim().min(1, 'Bitte eine Kategorie angeben.').max(60),
  description: z.string().trim().max(1000).nullable().optional(),
};

/** Which clients a serial letter goes to: explicit ids or a filter like the client list's. */
const clientSelection = z.union([
  z.object({ clientIds: z.array(id).min(1).max(50_000) }).strict(),
  z
    .object({
      filter: z
        .object({
          query: z.string().max(200).optional(),
          status: z.enum(clientStatuses).optional(),
          kind: z.enum(clientKinds).optional(),
          beraterId: id.optional(),
          tag: z.string().trim().min(1).max(40).optional(),
        })
        .strict(),
    })
    .strict(),
]);

export const templatesContracts = {
  list: defineChannel({
    channel: 'templates:list',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.object({ items: z.array(templateSummarySchema) }),
    access: 'read',
  }),
  get: defineChannel({
    channel: 'templates:get',
    input: z.object({ id }).strict(),
    output: templateDetailSchema,
    access: 'read',
  }),
  /** The placeholder registry, grouped in the UI; the same data docs/PLATZHALTER.md is generated from. */
  placeholders: defineChannel({
    channel: 'templates:placeholders',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(placeholderInfoSchema) }),
    access: 'read',
  }),
  /** Checks a DOCX before it is stored: refused files (not DOCX, encrypted, macros, ...) come back as an AppError. */
  inspect: defineChannel({
    channel: 'templates:inspect',
    input: z.object({ bytes: docxBytes, fileName: z.string().max(500) }).strict(),
    output: templateInspectionSchema,
    access: 'read',
  }),
  /** A new template, or with templateId a new version of an existing one (the old versions stay). */
  upload: defineChannel({
    channel: 'templates:upload',
    input: z
      .object({ bytes: docxBytes, fileName: z.string().max(500), templateId: id.optional(), ...meta })
      .strict(),
    output: templateDetailSchema,
    access: 'write',
  }),
  updateMeta: defineChannel({
    channel: 'templates:update-meta',
    input: z.object({ id, version: z.number().int().min(1), ...meta }).strict(),
    output: templateDetailSchema,
    access: 'write',
  }),
  archive: defineChannel({
    channel: 'templates:archive',
    input: z.object({ id, version: z.number().int().min(1), archived: z.boolean() }).strict(),
    output: templateDetailSchema,
    access: 'write',
  }),
  /** The DOCX of one version, to edit it in Word and upload it again. */
  download: defineChannel({
    channel: 'templates:download',
    input: z.object({ versionId: id }).strict(),
    output: z.object({ fileName: z.string(), bytes: z.instanceof(Uint8Array) }),
    access: 'read',
  }),
  /** The rendered letter as sanitised HTML and what data is missing; overrides apply to this document only. */
  preview: defineChannel({
    channel: 'templates:preview',
    input: z
      .object({
        templateId: id,
        clientId: id,
        orderId: id.optional(),
        overrides: overridesSchema.default({}),
      })
      .strict(),
    output: z.object({ html: z.string(), missing: z.array(missingValueSchema), fileName: z.string() }),
    access: 'read',
  }),
  /**
   * Renders the letter, stores it as a document of the client (linked to the template version and the
   * order) and optionally creates a Frist or Wiedervorlage with it, all in one audited transaction.
   */
  generate: defineChannel({
    channel: 'templates:generate',
    input: z
      .object({
        templateId: id,
        clientId: id,
        orderId: id.optional(),
        overrides: overridesSchema.default({}),
        followUp: followUpSchema.optional(),
        /** Desktop app: open the letter in the system's word processor right away. */
        open: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      documentId: z.number().int(),
      fileName: z.string(),
      missing: z.array(missingValueSchema),
      followUpOrderId: z.number().int().nullable(),
      opened: z.boolean(),
    }),
    access: 'write',
  }),
  /** Per client what a serial letter would lack, before starting it. */
  serialCheck: defineChannel({
    channel: 'templates:serial-check',
    input: z.object({ templateId: id, selection: clientSelection }).strict(),
    output: z.object({
      clients: z.array(
        z.object({
          clientId: z.number().int(),
          clientNumber: z.string(),
          displayName: z.string(),
          missing: z.array(missingValueSchema),
        }),
      ),
    }),
    access: 'read',
  }),
  /**
   * One letter per client as a ZIP of DOCX files or one combined DOCX; each letter is also stored as a
   * document of its client. `progress` events carry the taskId; serialCancel stops it.
   */
  serial: defineChannel({
    channel: 'templates:serial',
    input: z
      .object({ templateId: id, selection: clientSelection, output: z.enum(['zip', 'combined']), taskId })
      .strict(),
    output: z.object({
      fileName: z.string(),
      bytes: z.instanceof(Uint8Array),
      count: z.number().int(),
      cancelled: z.boolean(),
      documentIds: z.array(z.number().int()),
    }),
    access: 'write',
  }),
  serialCancel: defineChannel({
    channel: 'templates:serial-cancel',
    input: z.object({ taskId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
    access: 'write',
  }),
};
