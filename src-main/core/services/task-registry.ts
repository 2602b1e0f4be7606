import type Database from 'better-sqlite3';
import { AppError } from '../../../src-shared/errors/app-error';

export interface CancellableTask {
  /** Aborts when the task is cancelled; pass it to worker threads and long loops. */
  readonly signal: AbortSignal;
  isCancelled(): boolean;
  finish(): void;
}

export interface TaskRegistry {
  /** Registers a running task under the caller's taskId; a second start with the same id is a conflict. */
  start(sqlite: Database.Database, taskId: string): CancellableTask;
  /** True when the task was still running and is being stopped; false when it had already finished. */
  cancel(sqlite: Database.Database, taskId: string): boolean;
  /** Stops every running task of this database (the core is closing). */
  cancelAll(sqlite: Database.Database): void;
}

/**
 * Long-running work (CSV import, document import, serial letters) that the user can cancel by task id.
 * Kept per database connection, so two cores in one process (tests) stay apart.
 */
export function createTaskRegistry(spec: {
  /** German message when the same task id is started twice, e.g. "Dieser Import läuft bereits." */
  alreadyRunning: string;
  /** German message carried by the abort reason. */
  cancelled: string;
  code: string;
}): TaskRegistry {
  const running = new WeakMap<Database.Database, Map<string, AbortController>>();
  const tasksOf = (sqlite: Database.Database): Map<string, AbortController> => {
    let tasks = running.get(sqlite);
    if (!tasks) {
      tasks = new Map();
      running.set(sqlite, tasks);
    }
    return tasks;
  };
  const reason = () => new AppError('cancelled', spec.cancelled);
  return {
    start(sqlite, taskId) {
      const tasks = tasksOf(sqlite);
      if (tasks.has(taskId)) {
        throw new AppError('conflict', spec.alreadyRunning, `Task ${taskId} already running`, {
          code: spec.code,
        });
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
    },
    cancel(sqlite, taskId) {
      const controller = tasksOf(sqlite).get(taskId);
      if (!controller) return false;
      controller.abort(reason());
      return true;
    },
    cancelAll(sqlite) {
      for (const controller of tasksOf(sqlite).values()) controller.abort(reason());
    },
  };
}
