import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** A letter template; its content lives in versions, the newest is current. */
export const templates = sqliteTable('templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  category: text('category').notNull(),
  description: text('description'),
  /** Key of a shipped default (resources/templates/catalog.json), null for the office's own uploads. */
  builtinKey: text('builtin_key').unique(),
  archivedAt: text('archived_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});

/** Every upload is kept; generated documents point at the version they came from. */
export const templateVersions = sqliteTable(
  'template_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    templateId: integer('template_id')
      .notNull()
      .references(() => templates.id),
    versionNo: integer('version_no').notNull(),
    /** Content-store hash of the DOCX (same store as the documents). */
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    originalName: text('original_name').notNull(),
    /** JSON of the inspection: tags, unknown placeholders, warnings. */
    inspectionJson: text('inspection_json').notNull(),
    uploadedAt: text('uploaded_at').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('template_versions_template_no_unique').on(t.templateId, t.versionNo),
    index('template_versions_sha_idx').on(t.sha256),
  ],
);
