import { create } from 'zustand';
import { AppError } from '../../../src-shared/errors/app-error';
import type { ImportItemResult } from '../../../src-shared/documents/document-schemas';
import { api } from '../../api/client';
import { asAppError, notifyError } from '../../api/notify';
import { i18n } from '../../i18n/instance';
import { useInbox } from './inbox-store';

/** The contract takes at most 500 files per call; smaller calls also keep each message small. */
const FILES_PER_CALL = 50;
const BYTES_PER_CALL = 200 * 1024 * 1024;

export interface ProgressLine {
  label: string;
  done: number;
  total: number;
}

export interface ImportTask {
  taskId: string;
  fileCount: number;
  clientId: number | null;
  /** The latest progress per label (one label per file or step), newest last. */
  progress: ProgressLine[];
  running: boolean;
  cancelling: boolean;
  cancelled: boolean;
  items: ImportItemResult[];
}

interface ImportState {
  task: ImportTask | null;
  start: (files: File[], clientId: number | null) => Promise<void>;
  cancel: () => void;
  dismiss: () => void;
}

const newTaskId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? `documents-${crypto.randomUUID()}`
    : `documents-${Date.now()}-${Math.random().toString(36).slice(2)}`;

const refused = (name: string, error: string): ImportItemResult => ({
  name,
  ok: false,
  documentId: null,
  duplicate: false,
  status: null,
  error,
});

/** Splits the files into calls of bounded size, in the order they were dropped. */
function batches(files: File[]): File[][] {
  const result: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= FILES_PER_CALL || bytes + file.size > BYTES_PER_CALL)) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

export const useImport = create<ImportState>()((set, get) => {
  const update = (taskId: string, change: (task: ImportTask) => Partial<ImportTask>) =>
    set((s) => (s.task?.taskId === taskId ? { task: { ...s.task, ...change(s.task) } } : s));

  return {
    task: null,
    start: async (files, clientId) => {
      if (get().task?.running) {
        notifyError(new AppError('validation', i18n.t('inbox:import.busy'), 'import already running'));
        return;
      }
      const taskId = newTaskId();
      set({
        task: {
          taskId,
          fileCount: files.length,
          clientId,
          progress: [],
          running: true,
          cancelling: false,
          cancelled: false,
          items: [],
        },
      });
      const stop = api.on('progress', (payload) => {
        if (payload.taskId !== taskId) return;
        update(taskId, (task) => ({
          progress: [...task.progress.filter((line) => line.label !== payload.label), payload].slice(-6),
        }));
      });
      try {
        for (const batch of batches(files)) {
          if (get().task?.cancelling) break;
          const readable: { name: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
          const unreadable: ImportItemResult[] = [];
          for (const file of batch) {
            try {
              readable.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
            } catch {
              unreadable.push(refused(file.name, i18n.t('inbox:drop.readFailed')));
            }
          }
          update(taskId, (task) => ({ items: [...task.items, ...unreadable] }));
          if (readable.length === 0) continue;
          const result = await api.documents.import({
            files: readable,
            taskId,
            ...(clientId !== null ? { clientId } : {}),
          });
          update(taskId, (task) => ({
            items: [...task.items, ...result.items],
            cancelled: task.cancelled || result.cancelled,
          }));
          if (result.cancelled) break;
        }
      } catch (error) {
        const appError = asAppError(error);
        if (appError.kind === 'cancelled') update(taskId, () => ({ cancelled: true }));
        else notifyError(appError);
      } finally {
        stop();
        update(taskId, (task) => ({ running: false, cancelled: task.cancelled || task.cancelling }));
        useInbox.getState().refresh();
      }
    },
    cancel: () => {
      const task = get().task;
      if (!task?.running) return;
      update(task.taskId, () => ({ cancelling: true }));
      api.documents.cancelImport({ taskId: task.taskId }).catch(notifyError);
    },
    dismiss: () => set((s) => (s.task?.running ? s : { task: null })),
  };
});
