import type Database from 'better-sqlite3';
import { AppError } from '../../../../src-shared/errors/app-error';

// Running serial letters per database connection, so that two cores in one process (tests) stay apart.
const running = new WeakMap<Database.Database, Map<string, AbortController>>();

function tasksOf(sqlite: Database.Database): Map<string, AbortController> {
  let tasks = running.get(sqlite);
  if (!tasks) {
    tasks = new Map();
    running.set(sqlite, tasks);
  }
  return tasks;
}

/** Registers a running serial letter; its signal aborts when serialCancel arrives. */
export function startSerialTask(sqlite: Database.Database, taskId: string) {
  const tasks = tasksOf(sqlite);
  if (tasks.has(taskId)) {
    throw new AppError(
      'conflict',
      'Dieser Serienbrief wird bereits erstellt.',
      `Serial task ${taskId} already running`,
      { code: 'serial_running' },
    );
  }
  const controller = new AbortController();
  tasks.set(taskId, controller);
  return {
    signal: controller.signal,
    finish: () => tasks.delete(taskId),
  };
}

/** True when the serial letter was still running and will stop; false when it had already finished. */
export function cancelSerialTask(sqlite: Database.Database, taskId: string): boolean {
  const controller = tasksOf(sqlite).get(taskId);
  if (!controller) return false;
  controller.abort();
  return true;
}
