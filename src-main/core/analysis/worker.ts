import { runTask, type WorkerTask } from './worker-tasks';

/** Piscina entry: one task per call, results and errors as plain data. */
export default function analysisWorker(task: WorkerTask): ReturnType<typeof runTask> {
  return runTask(task);
}
