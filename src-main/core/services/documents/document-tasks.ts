import type Database from 'better-sqlite3';
import { AppError } from '../../../../src-shared/errors/app-error';

export interface DocumentTask {
  readonly signal: AbortSignal;
  isCancelled(): boolean;
  finish(): void;
}

// Running document imports per database connection, so that two cores in one process (tests) stay apart.
const running = new WeakMap<Database.Database, Map<string, AbortController>>();

function tasksOf(sqlite: Database.Database): Map<string, AbortController> {
  let tasks = running.get(sqlite);
  if (!tasks) {
    tasks = new Map();
    running.set(sqlite, tasks);
  }
  return tasks;
}

/** Registers a running import or re-analysis; cancelling aborts the running extractions (worker threads). */
export function startDocumentTask(sqlite: Database.Database, taskId: string): DocumentTask {
  const tasks = tasksOf(sqlite);
  if (tasks.has(taskId)) {
    throw new AppError(
      'conflict',
      'Dieser Import läuft bereits.',
      `Document task ${taskId} already running`,
      {
        code: 'import_running',
      },
    );
  }
  const controller = new AbortController();
  tasks.set(taskId, controller);
  return {
    signal: controller.signal,
    isCancelled: () => controller.signal.aborted,
    finish: () => {
      if (tasks.get(taskId) === controller) tasks.delete(taskId);
    },
  };
}

/** True when the task was still running and is being stopped; false when it had already finished. */
export function cancelDocumentTask(sqlite: Database.Database, taskId: string): boolean {
  const controller = tasksOf(sqlite).get(taskId);
  if (!controller) return false;
  controller.abort(new AppError('cancelled', 'Der Import wurde abgebrochen.'));
  return true;
}

/** Aborts every running task of this database (the core is closing). */
export function cancelAllDocumentTasks(sqlite: Database.Database): void {
  for (const controller of tasksOf(sqlite).values()) {
    controller.abort(new AppError('cancelled', 'Der Import wurde abgebrochen.'));
  }
}

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
