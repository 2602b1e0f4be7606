import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { documents } from '../../db/schema';
import type { Tx } from '../../db/types';
import { foldForSearch } from './search-text';

export type NewDocumentRow = typeof documents.$inferInsert;

/**
 * The one way a document row comes into being (imports, generated letters): returns the existing id
 * when the same content is already stored, so the caller can point to it instead.
 * Must run inside the caller's mutate() transaction.
 */
export function insertDocumentRow(tx: Tx, row: NewDocumentRow): { id: number; existed: boolean } {
  const existing = tx
    .select({ id: documents.id })
    .from(documents)
    .where(eq(documents.sha256, row.sha256))
    .get();
  if (existing) return { id: existing.id, existed: true };
  const inserted = tx.insert(documents).values(row).returning({ id: documents.id }).get();
  return { id: inserted.id, existed: false };
}

/**
 * Replaces the extracted text of a document (one entry per page) and its full-text index entry
 * (name + text, folded for umlaut-insensitive search). Inside the caller's transaction.
 */
export function setDocumentText(
  sqlite: Database.Database,
  documentId: number,
  name: string,
  pages: readonly string[],
): void {
  sqlite.prepare('DELETE FROM document_pages WHERE document_id = ?').run(documentId);
  const insertPage = sqlite.prepare('INSERT INTO document_pages (document_id, page, text) VALUES (?, ?, ?)');
  pages.forEach((text, index) => insertPage.run(documentId, index + 1, text));
  sqlite.prepare('DELETE FROM documents_fts WHERE rowid = ?').run(documentId);
  sqlite
    .prepare('INSERT INTO documents_fts (rowid, doc) VALUES (?, ?)')
    .run(documentId, foldForSearch(`${name}\n${pages.join('\n')}`));
}
