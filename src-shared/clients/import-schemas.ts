import { z } from 'zod';
import { importFields } from './import-fields';

export const importMappingSchema = z.record(z.string().max(200), z.enum(importFields).nullable());
const importDelimiterSchema = z.enum([';', ',', '\t']);

const importProblemSchema = z.object({
  line: z.number().int(),
  field: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

export const clientImportPreviewSchema = z.object({
  fileName: z.string(),
  encoding: z.string(),
  encodingLabel: z.string(),
  hasBom: z.boolean(),
  delimiter: importDelimiterSchema,
  headers: z.array(z.string()),
  suggestedMapping: importMappingSchema,
  mapping: importMappingSchema,
  sampleRows: z.array(z.object({ line: z.number().int(), cells: z.array(z.string()) })),
  problems: z.array(importProblemSchema),
  problemsTruncated: z.boolean(),
  counts: z.object({
    rows: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    withWarnings: z.number().int(),
    existing: z.number().int(),
    new: z.number().int(),
  }),
});
export type ClientImportPreview = z.infer<typeof clientImportPreviewSchema>;

export const clientImportResultSchema = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  /** Existing clients the file describes exactly as stored: nothing was written. */
  unchanged: z.number().int(),
  skipped: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
  rejectedRows: z.number().int(),
  warnings: z.number().int(),
  /** All or nothing with rejected rows: nothing was written. */
  aborted: z.boolean(),
});
export type ClientImportResult = z.infer<typeof clientImportResultSchema>;
