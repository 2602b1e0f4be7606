import { installSyncDecompression } from './sync-decompression';
import { runTask, type WorkerTask } from './worker-tasks';

// This thread only extracts: pdfjs may inflate synchronously here (see sync-decompression.ts).
installSyncDecompression();

/** Piscina entry: one task per call, results and errors as plain data. */
export default function analysisWorker(task: WorkerTask): ReturnType<typeof runTask> {
  return runTask(task);
}
