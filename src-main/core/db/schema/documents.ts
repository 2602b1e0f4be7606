import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  documentFileKinds,
  documentSources,
  documentStatuses,
} from '../../../../src-shared/documents/document-schemas';
import { clients } from './clients';
import { orders } from './orders';
import { templateVersions } from './templates';
import { users } from './users';

/**
 * One row per distinct file content. The bytes live unchanged in the content store
 * (documents/<sha256[0..2]>/<sha256>), so importing the same file again finds this row by its hash.
 */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    fileKind: text('file_kind', { enum: documentFileKinds }).notNull(),
    /** Display only, sanitised; never used as a path. */
    originalName: text('original_name').notNull(),
    source: text('source', { enum: documentSources }).notNull(),
    status: text('status', { enum: documentStatuses }).notNull().default('in_arbeit'),
    /** The client it is filed to (after confirmation, or directly for generated letters). */
    clientId: integer('client_id').references(() => clients.id),
    /** Dropped on a client's page: the client the user meant, used as the proposal. */
    preassignedClientId: integer('preassigned_client_id').references(() => clients.id),
    orderId: integer('order_id').references(() => orders.id),
    templateVersionId: integer('template_version_id').references(() => templateVersions.id),
    /** Confirmed (or, before confirmation, proposed) type from the shared taxonomy. */
    docType: text('doc_type'),
    title: text('title'),
    /** 'pdf-text' | 'ocr' | 'docx' | 'txt' */
    textSource: text('text_source'),
    pages: integer('pages'),
    /** JSON of the rule-based DocumentAnalysis as proposed, kept unchanged for accuracy statistics. */
    analysisJson: text('analysis_json'),
    /** JSON of the confirmed fields (FieldKey -> value). */
    fieldsJson: text('fields_json'),
    /** German message when extraction or analysis failed. */
    error: text('error'),
    errorCode: text('error_code'),
    importedAt: text('imported_at').notNull(),
    importedBy: integer('imported_by').references(() => users.id),
    confirmedAt: text('confirmed_at'),
    confirmedBy: integer('confirmed_by').references(() => users.id),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('documents_sha256_unique').on(t.sha256),
    index('documents_client_idx').on(t.clientId),
    index('documents_status_idx').on(t.status, t.importedAt),
    index('documents_order_idx').on(t.orderId),
  ],
);

/** Extracted text per page; the full-text index (documents_fts) is built from it. */
export const documentPages = sqliteTable(
  'document_pages',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    page: integer('page').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.page] })],
);

/** What the reviewer changed against the proposal: kept so the office sees how often the analysis was right. */
export const documentCorrections = sqliteTable(
  'document_corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    /** 'docType', 'client' or a field key such as 'steuernummer'. */
    field: text('field').notNull(),
    proposed: text('proposed'),
    confirmed: text('confirmed'),
    correct: integer('correct', { mode: 'boolean' }).notNull(),
    at: text('at').notNull(),
    userId: integer('user_id').references(() => users.id),
  },
  (t) => [
    index('document_corrections_document_idx').on(t.documentId),
    index('document_corrections_field_idx').on(t.field),
  ],
);

/** Documents attached to an order besides its main one (e.g. the Bescheid and the Einspruch). */
export const orderDocuments = sqliteTable(
  'order_documents',
  {
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.documentId] }),
    index('order_documents_document_idx').on(t.documentId),
  ],
);
