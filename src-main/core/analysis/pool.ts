import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Transferable } from 'node:worker_threads';
import { unpackedPath } from './unpacked-path';
import type { WorkerResult, WorkerTask } from './worker-tasks';

export interface ExtractionPoolOptions {
  /** Threads for extraction and OCR; default: all cores, at most 4 (each OCR thread holds ~150 MB). */
  maxThreads?: number;
  /** Idle threads (and their OCR engines) are released after this time. */
  idleTimeoutMs?: number;
  /** Compiled worker module for bundled builds; default: `analysis-worker.js` beside this module, else the source. */
  workerFile?: string;
  /** Heap limit per worker thread in MB. */
  maxHeapMb?: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  transferList?: Transferable[];
  /** Limit for the task's running time; waiting for a free thread does not count. */
  timeoutMs?: number;
}

export class TaskTimeoutError extends Error {
  constructor() {
    super('Extraction task timed out');
  }
}

export interface ExtractionPool {
  readonly threads: number;
  run<T>(task: WorkerTask, opts?: RunOptions): Promise<WorkerResult<T>>;
  destroy(): Promise<void>;
}

/** First-come slots, one per thread, so a task's time limit starts when it really starts. */
function createSlots(count: number): { acquire(signal?: AbortSignal): Promise<() => void> } {
  let free = count;
  const waiting: { resolve: () => void }[] = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next) next.resolve();
    else free++;
  };
  return {
    acquire: (signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        if (free > 0) {
          free--;
          return resolve(release);
        }
        const entry = { resolve: () => resolve(release) };
        waiting.push(entry);
        signal?.addEventListener(
          'abort',
          () => {
            const index = waiting.indexOf(entry);
            if (index >= 0) {
              waiting.splice(index, 1);
              reject(signal.reason);
            }
          },
          { once: true },
        );
      }),
  };
}

function defaultWorkerFile(): string {
  const bundled = new URL('./analysis-worker.js', import.meta.url);
  if (bundled.protocol === 'file:' && fs.existsSync(fileURLToPath(bundled))) {
    return pathToFileURL(unpackedPath(fileURLToPath(bundled))).href;
  }
  return new URL('./worker-entry.mjs', import.meta.url).href;
}

/**
 * Worker threads for everything that parses or renders files, so the caller's thread (Electron main,
 * IPC handling) never blocks. Tasks are per file (detection, text layer) and per page (OCR), so a
 * multi-page scan or several files keep all threads busy.
 */
export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const threads = Math.max(1, options.maxThreads ?? Math.min(4, cores));
  const piscina = new Piscina({
    filename: options.workerFile ?? defaultWorkerFile(),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: options.idleTimeoutMs ?? 30_000,
    // One task per thread at a time: OCR is CPU-bound and already uses a whole core.
    concurrentTasksPerWorker: 1,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
    // No per-task timing histograms: nobody reads them, and they cost time on every task.
    recordTiming: false,
  });
  // A worker that cannot even load (broken bundle, missing file) is reported here; without a listener
  // Node turns it into an uncaught exception that would take the whole main process down.
  // Tasks waiting for such a worker would never settle, so they are failed too.
  const failPending = new Set<(error: Error) => void>();
  piscina.on('error', (error: unknown) => {
    const failure = new Error('Extraction worker failed', { cause: error });
    for (const fail of failPending) fail(failure);
  });
  const slots = createSlots(threads);
  return {
    threads,
    async run<T>(task: WorkerTask, opts: RunOptions = {}): Promise<WorkerResult<T>> {
      const release = await slots.acquire(opts.signal);
      const timeout = opts.timeoutMs !== undefined ? AbortSignal.timeout(opts.timeoutMs) : undefined;
      const signals = [opts.signal, timeout].filter((s): s is AbortSignal => s !== undefined);
      const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
      let fail: (error: Error) => void = () => undefined;
      const failed = new Promise<never>((_, reject) => {
        fail = reject;
      });
      failPending.add(fail);
      signal?.addEventListener('abort', () => fail(signal.reason as Error), { once: true });
      const running = piscina.run(task, { signal, transferList: opts.transferList as never });
      // Whichever loses the race may still reject later: never as an unhandled rejection.
      running.catch(() => undefined);
      failed.catch(() => undefined);
      try {
        return (await Promise.race([running, failed])) as WorkerResult<T>;
      } catch (error) {
        if (timeout?.aborted && !opts.signal?.aborted) throw new TaskTimeoutError();
        throw error;
      } finally {
        failPending.delete(fail);
        release();
      }
    },
    destroy: () => piscina.destroy(),
  };
}

let shared: ExtractionPool | undefined;

/** Process-wide pool used when the caller does not bring its own. */
export function sharedExtractionPool(): ExtractionPool {
  shared ??= createExtractionPool();
  return shared;
}

export async function destroySharedExtractionPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.destroy();
}
