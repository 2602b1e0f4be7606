import { z } from 'zod';
import { docTypes } from '../rules/documents/doc-types';
import { documentAnalysisSchema } from './analysis-schema';

export const documentStatuses = ['in_arbeit', 'zu_pruefen', 'abgelegt', 'fehler'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];
export const documentStatusLabels: Readonly<Record<DocumentStatus, string>> = {
  in_arbeit: 'Wird gelesen',
  zu_pruefen: 'Zu prüfen',
  abgelegt: 'Abgelegt',
  fehler: 'Fehler',
};
export const documentSources = ['import', 'ordner', 'cli', 'vorlage'] as const;
export const documentFileKinds = ['pdf', 'png', 'jpeg', 'tiff', 'docx', 'txt'] as const;
export const textSources = ['pdf-text', 'ocr', 'docx', 'txt'] as const;

/** 1 GB per file at most over IPC; the extraction limits (src-main/core/analysis/limits.ts) are stricter. */
export const DOCUMENT_IMPORT_MAX_BYTES = 1024 * 1024 * 1024;

/** Confirmed values per field; null = not on the document. */
export const confirmedFieldsSchema = z
  .object({
    steuernummer: z.string().trim().max(30).nullable(),
    steuerId: z.string().trim().max(20).nullable(),
    ustId: z.string().trim().max(20).nullable(),
    documentDate: z.iso.date().nullable(),
    taxYear: z.number().int().min(1950).max(2100).nullable(),
    finanzamt: z.string().trim().max(200).nullable(),
    amount: z.number().finite().nullable(),
    dueDate: z.iso.date().nullable(),
    iban: z.string().trim().max(42).nullable(),
  })
  .strict();
export type ConfirmedFields = z.infer<typeof confirmedFieldsSchema>;

export const documentSummarySchema = z.object({
  id: z.number().int(),
  originalName: z.string(),
  fileKind: z.enum(documentFileKinds),
  size: z.number().int(),
  source: z.enum(documentSources),
  status: z.enum(documentStatuses),
  /** Confirmed type once filed, the proposal before. */
  docType: z.enum(docTypes).nullable(),
  title: z.string().nullable(),
  clientId: z.number().int().nullable(),
  clientNumber: z.string().nullable(),
  clientName: z.string().nullable(),
  /** The proposed client (match or pre-assignment) while the document waits for review. */
  proposedClientId: z.number().int().nullable(),
  proposedClientName: z.string().nullable(),
  /** Nobody fits: the name of the new client the analysis proposes (shown as "neu"). */
  proposedNewClientName: z.string().nullable(),
  orderId: z.number().int().nullable(),
  pages: z.number().int().nullable(),
  textSource: z.enum(textSources).nullable(),
  /** ISO date from the fields (confirmed or proposed). */
  documentDate: z.string().nullable(),
  einspruchsfristEnd: z.string().nullable(),
  /** Lowest state over type, fields and client: what the list marks. */
  reviewState: z.enum(['sicher', 'unsicher', 'fehlt']).nullable(),
  error: z.string().nullable(),
  errorCode: z.string().nullable(),
  importedAt: z.string(),
  importedByName: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  version: z.number().int(),
  /**
   * The proposed "Bescheid prüfen" order for a Bescheid with an Einspruchsfrist, until it is created
   * (title like "Einkommensteuerbescheid 2024 prüfen", Frist, German explanation of the Frist).
   */
  orderProposal: z.object({ title: z.string(), dueDate: z.string(), dueReason: z.string() }).nullable(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const documentDetailSchema = documentSummarySchema.extend({
  sha256: z.string(),
  analysis: documentAnalysisSchema.nullable(),
  confirmedFields: confirmedFieldsSchema.nullable(),
  /** Template version of a generated letter. */
  templateVersion: z
    .object({ id: z.number().int(), templateName: z.string(), versionNo: z.number().int() })
    .nullable(),
  linkedOrders: z.array(
    z.object({ id: z.number().int(), title: z.string(), status: z.string(), dueDate: z.string().nullable() }),
  ),
});
export type DocumentDetail = z.infer<typeof documentDetailSchema>;

export const importFileSchema = z.object({
  /** Display name only; never used as a path. */
  name: z.string().max(1000),
  bytes: z
    .instanceof(Uint8Array, { message: 'Bitte eine Datei auswählen.' })
    .refine((b) => b.byteLength <= DOCUMENT_IMPORT_MAX_BYTES, { message: 'Die Datei ist größer als 1 GB.' }),
});

export const importItemResultSchema = z.object({
  name: z.string(),
  ok: z.boolean(),
  documentId: z.number().int().nullable(),
  /** Same bytes were imported before: the existing document is returned. */
  duplicate: z.boolean(),
  status: z.enum(documentStatuses).nullable(),
  /** German message when the file was refused or could not be read. */
  error: z.string().nullable(),
});
export type ImportItemResult = z.infer<typeof importItemResultSchema>;

export const accuracyRowSchema = z.object({
  /** 'docType', 'client' or a field key. */
  field: z.string(),
  label: z.string(),
  reviewed: z.number().int(),
  correct: z.number().int(),
});
