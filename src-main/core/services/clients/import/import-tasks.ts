import type Database from 'better-sqlite3';
import { AppError } from '../../../../../src-shared/errors/app-error';

interface Task {
  cancelled: boolean;
}

// Running imports per database connection, so that two cores in one process (tests) stay apart.
const running = new WeakMap<Database.Database, Map<string, Task>>();

function tasksOf(sqlite: Database.Database): Map<string, Task> {
  let tasks = running.get(sqlite);
  if (!tasks) {
    tasks = new Map();
    running.set(sqlite, tasks);
  }
  return tasks;
}

/** Registers a running import; the returned handle tells whether a cancel arrived. */
export function startImportTask(sqlite: Database.Database, taskId: string) {
  const tasks = tasksOf(sqlite);
  if (tasks.has(taskId)) {
    throw new AppError('conflict', 'Dieser Import läuft bereits.', `Import task ${taskId} already running`, {
      code: 'import_running',
    });
  }
  const task: Task = { cancelled: false };
  tasks.set(taskId, task);
  return {
    isCancelled: () => task.cancelled,
    finish: () => tasks.delete(taskId),
  };
}

/** True when the import was still running and will stop; false when it had already finished. */
export function cancelImportTask(sqlite: Database.Database, taskId: string): boolean {
  const task = tasksOf(sqlite).get(taskId);
  if (!task) return false;
  task.cancelled = true;
  return true;
}
