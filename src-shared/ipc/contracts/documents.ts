import { z } from 'zod';
import { createClientInputSchema } from '../../clients/client-input';
import {
  accuracyRowSchema,
  confirmedFieldsSchema,
  documentDetailSchema,
  documentStatuses,
  documentSummarySchema,
  importFileSchema,
  importItemResultSchema,
} from '../../documents/document-schemas';
import { docTypes } from '../../rules/documents/doc-types';
import { defineChannel } from '../define';

const id = z.number().int().positive();
const docRef = z.object({ id, version: z.number().int().min(1) }).strict();
const taskId = z.string().min(1).max(100);

export const documentsContracts = {
  /**
   * Stores each file once (sha256) and reads and analyses it in worker threads; `progress` events carry
   * the taskId. One bad file never fails the others: each gets its own result.
   */
  import: defineChannel({
    channel: 'documents:import',
    input: z
      .object({
        files: z.array(importFileSchema).min(1).max(500),
        /** Dropped on a client's page: proposed as that client. */
        clientId: id.optional(),
        taskId,
      })
      .strict(),
    output: z.object({ items: z.array(importItemResultSchema), cancelled: z.boolean() }),
    access: 'write',
  }),
  cancelImport: defineChannel({
    channel: 'documents:cancel-import',
    input: z.object({ taskId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
    access: 'write',
  }),
  /** Reads and analyses again, e.g. after a cancelled import or with the password of an encrypted PDF. */
  reanalyze: defineChannel({
    channel: 'documents:reanalyze',
    input: z.object({ id, password: z.string().max(200).optional(), taskId: taskId.optional() }).strict(),
    output: documentDetailSchema,
    access: 'write',
  }),
  list: defineChannel({
    channel: 'documents:list',
    input: z
      .object({
        status: z.enum(documentStatuses).optional(),
        /** 'offen' = everything not yet filed (in_arbeit, zu_pruefen, fehler). */
        inbox: z.boolean().optional(),
        clientId: id.optional(),
        orderId: id.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ items: z.array(documentSummarySchema), total: z.number().int() }),
    access: 'read',
  }),
  get: defineChannel({
    channel: 'documents:get',
    input: z.object({ id }).strict(),
    output: documentDetailSchema,
    access: 'read',
  }),
  /** A page for the preview: an image for PDFs and pictures, the text for DOCX and TXT. */
  page: defineChannel({
    channel: 'documents:page',
    input: z
      .object({
        id,
        page: z.number().int().min(1),
        maxWidth: z.number().int().min(100).max(3000).default(1200),
      })
      .strict(),
    output: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('image'),
        mime: z.literal('image/png'),
        bytes: z.instanceof(Uint8Array),
        width: z.number().int(),
        height: z.number().int(),
        pages: z.number().int(),
      }),
      z.object({ kind: z.literal('text'), text: z.string(), pages: z.number().int() }),
    ]),
    access: 'read',
  }),
  /** The stored bytes, e.g. to save a copy. */
  content: defineChannel({
    channel: 'documents:content',
    input: z.object({ id }).strict(),
    output: z.object({ name: z.string(), mime: z.string(), bytes: z.instanceof(Uint8Array) }),
    access: 'read',
  }),
  /** Opens the document in the system's default program (desktop app); elsewhere returns opened:false. */
  open: defineChannel({
    channel: 'documents:open',
    input: z.object({ id }).strict(),
    output: z.object({ opened: z.boolean(), path: z.string().nullable() }),
    access: 'read',
  }),
  /**
   * Files the document: confirmed type, client (existing or created now from newClient), fields.
   * Differences to the proposal are kept as corrections. For a Bescheid with createReviewOrder, the
   * "Bescheid prüfen" order with the Einspruchsfrist is created in the same transaction.
   */
  confirm: defineChannel({
    channel: 'documents:confirm',
    input: z
      .object({
        id,
        version: z.number().int().min(1),
        docType: z.enum(docTypes),
        clientId: id.nullable(),
        newClient: createClientInputSchema.optional(),
        fields: confirmedFieldsSchema,
        title: z.string().trim().max(200).optional(),
        createReviewOrder: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      document: documentDetailSchema,
      orderId: z.number().int().nullable(),
      clientId: z.number().int().nullable(),
    }),
    access: 'write',
  }),
  /** Creates the proposed "Bescheid prüfen" order for an already filed Bescheid (one click). */
  createReviewOrder: defineChannel({
    channel: 'documents:create-review-order',
    input: docRef,
    output: z.object({ orderId: z.number().int(), document: documentDetailSchema }),
    access: 'write',
  }),
  linkOrder: defineChannel({
    channel: 'documents:link-order',
    input: z.object({ documentId: id, orderId: id, linked: z.boolean() }).strict(),
    output: documentDetailSchema,
    access: 'write',
  }),
  /** Full text over document names and text, best first, with a snippet. */
  search: defineChannel({
    channel: 'documents:search',
    input: z
      .object({
        query: z.string().trim().min(1).max(200),
        limit: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    output: z.object({
      items: z.array(
        z.object({
          id: z.number().int(),
          originalName: z.string(),
          docType: z.enum(docTypes).nullable(),
          clientId: z.number().int().nullable(),
          clientName: z.string().nullable(),
          status: z.enum(documentStatuses),
          snippet: z.string(),
        }),
      ),
    }),
    access: 'read',
  }),
  /** How often the proposals were right, per field, over all confirmed documents. */
  accuracy: defineChannel({
    channel: 'documents:accuracy',
    input: z.object({}).strict(),
    output: z.object({ rows: z.array(accuracyRowSchema), documents: z.number().int() }),
    access: 'read',
  }),
  /** The watched scan folder (absolute path on this computer) or null; files there are imported. */
  getWatchFolder: defineChannel({
    channel: 'documents:get-watch-folder',
    input: z.object({}).strict(),
    output: z.object({
      folder: z.string().nullable(),
      lastScanAt: z.string().nullable(),
      lastError: z.string().nullable(),
    }),
    access: 'read',
  }),
  setWatchFolder: defineChannel({
    channel: 'documents:set-watch-folder',
    input: z.object({ folder: z.string().trim().min(1).max(1000).nullable() }).strict(),
    output: z.object({
      folder: z.string().nullable(),
      lastScanAt: z.string().nullable(),
      lastError: z.string().nullable(),
    }),
    access: 'manage',
  }),
};
export type { DocumentDetail, DocumentSummary } from '../../documents/document-schemas';
export { docRef as documentRefSchema };
