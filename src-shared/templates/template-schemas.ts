import { z } from 'zod';
import { placeholderGroups, placeholderTypes } from './placeholder-types';

/** 20 MB: larger DOCX files are refused before anything is read. */
export const TEMPLATE_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

export const templateLocationSchema = z.object({
  part: z.string(),
  partLabel: z.string(),
  paragraph: z.number().int().optional(),
  context: z.string().optional(),
});

/** What the inspection found, in the shape the UI and `rsk templates inspect` show. */
export const templateInspectionSchema = z.object({
  ok: z.boolean(),
  tags: z.array(
    z.object({
      tag: z.string(),
      kind: z.enum(['value', 'section', 'inverted-section', 'raw']),
      keys: z.array(z.string()),
      location: templateLocationSchema,
    }),
  ),
  unknown: z.array(
    z.object({
      name: z.string(),
      tag: z.string(),
      suggestion: z.string().optional(),
      message: z.string(),
      location: templateLocationSchema,
    }),
  ),
  syntaxErrors: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      tag: z.string().optional(),
      location: templateLocationSchema.optional(),
    }),
  ),
  groups: z.array(z.enum(placeholderGroups)),
  clientDataInHeaderOrFooter: z.boolean(),
});
export type TemplateInspectionDto = z.infer<typeof templateInspectionSchema>;

export const templateVersionSchema = z.object({
  id: z.number().int(),
  versionNo: z.number().int(),
  originalName: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
  uploadedByName: z.string().nullable(),
  /** Unknown placeholders found at upload (warnings; the version still renders). */
  warnings: z.number().int(),
  /** Documents generated from this version. */
  documents: z.number().int(),
});

export const templateSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  category: z.string(),
  description: z.string().nullable(),
  builtin: z.boolean(),
  archived: z.boolean(),
  current: templateVersionSchema,
  versionCount: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const templateDetailSchema = templateSummarySchema.extend({
  versions: z.array(templateVersionSchema),
  inspection: templateInspectionSchema,
});
export type TemplateDetail = z.infer<typeof templateDetailSchema>;

export const placeholderInfoSchema = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  example: z.string(),
  group: z.enum(placeholderGroups),
  type: z.enum(placeholderTypes),
  /** How to write it in Word, e.g. `{mandant.briefanrede}` or `{#unterlagen}…{/unterlagen}`. */
  snippet: z.string(),
  fields: z.array(z.object({ name: z.string(), label: z.string(), description: z.string() })).optional(),
});

export const missingValueSchema = z.object({
  key: z.string(),
  label: z.string(),
  group: z.enum(placeholderGroups),
  type: z.enum(placeholderTypes),
  message: z.string(),
});

/** Values typed in for one document only, by placeholder key (see src-shared/templates/overrides.ts). */
export const overridesSchema = z.record(
  z.string().max(200),
  z.union([
    z.string().max(20_000),
    z.boolean(),
    z.array(z.string().max(2_000)).max(500),
    z.array(z.record(z.string().max(100), z.string().max(2_000))).max(500),
    z.null(),
  ]),
);

/** A Frist or Wiedervorlage created together with a generated letter. */
export const followUpSchema = z
  .object({
    kind: z.enum(['frist', 'wiedervorlage']),
    /** ISO date. */
    date: z.iso.date(),
    title: z.string().trim().min(1).max(200),
  })
  .strict();
