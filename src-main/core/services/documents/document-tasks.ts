import type Database from 'better-sqlite3';
import { AppError } from '../../../../src-shared/errors/app-error';
import { createTaskRegistry, type CancellableTask } from '../task-registry';

export type DocumentTask = CancellableTask;

const documentTasks = createTaskRegistry({
  alreadyRunning: 'Dieser Import läuft bereits.',
  cancelled: 'Der Import wurde abgebrochen.',
  code: 'import_running',
});

/** Registers a running import or re-analysis; cancelling aborts the running extractions (worker threads). */
export const startDocumentTask = (sqlite: Database.Database, taskId: string): DocumentTask =>
  documentTasks.start(sqlite, taskId);
export const cancelDocumentTask = (sqlite: Database.Database, taskId: string): boolean =>
  documentTasks.cancel(sqlite, taskId);
/** Aborts every running task of this database (the core is closing). */
export const cancelAllDocumentTasks = (sqlite: Database.Database): void => documentTasks.cancelAll(sqlite);

// Documents being read right now in this process, so a second read of the same one is refused.
const busy = new WeakMap<Database.Database, Set<number>>();

/** Marks a document as being read; throws a conflict when it already is. Returns the release function. */
export function claimDocument(sqlite: Database.Database, documentId: number): () => void {
  let ids = busy.get(sqlite);
  if (!ids) {
    ids = new Set();
    busy.set(sqlite, ids);
  }
  if (ids.has(documentId)) {
    throw new AppError(
      'conflict',
      'Das Dokument wird gerade gelesen. Bitte warten Sie, bis die Analyse fertig ist.',
      `Document ${documentId} is being read`,
      { code: 'document_busy' },
    );
  }
  const claimed = ids;
  claimed.add(documentId);
  return () => claimed.delete(documentId);
}
