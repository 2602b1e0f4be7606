import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { MessageChannel, type Transferable } from 'node:worker_threads';
import type { ExtractedDocument, ExtractedPage } from '../../../src-shared/rules/documents';
import { DocumentError, messages } from './errors';
import type { FileKind } from './file-kind';
import { defaultLimits, type ExtractionLimits } from './limits';
import { sharedExtractionPool, TaskTimeoutError, type ExtractionPool } from './pool';
import { pdfFormat } from './pdf-format';
import type { PreviewResult, PreviewTask } from './preview';
import type { OcrPageResult, PrepareResult, WorkerResult, WorkerTask } from './worker-tasks';

/** Either the file's bytes (e.g. from a drop) or a path the caller trusts (never a path from the renderer). */
export type ExtractInput = { bytes: Uint8Array; fileName?: string } | { path: string; fileName?: string };

export interface ExtractionProgress {
  /** Display name only; never used as a path. */
  fileName: string;
  phase: 'reading' | 'text' | 'ocr' | 'done';
  /** Page just finished (1-based), if the phase is per page. */
  page?: number;
  pageCount?: number;
  /** Work units finished and total (text-layer pages + OCR pages). */
  done: number;
  total: number;
}

export interface ExtractOptions {
  pool?: ExtractionPool;
  signal?: AbortSignal;
  onProgress?: (progress: ExtractionProgress) => void;
  /** Password for an encrypted PDF (after a 'password-required' error). */
  password?: string;
  limits?: Partial<ExtractionLimits>;
}

export interface ExtractionResult extends ExtractedDocument {
  fileName: string;
  fileKind: FileKind;
  pageCount: number;
  /** Text encoding of plain-text files. */
  encoding?: string;
}

/** Strips path parts and control characters: the name is shown to the user, never opened. */
export function displayName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // Control characters (incl. NUL) never belong in a name shown to the user.
  const clean = [...base]
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code >= 0x20 && code !== 0x7f;
    })
    .join('')
    .trim();
  return clean === '' || clean === '.' || clean === '..' ? 'Dokument' : clean.slice(0, 255);
}

async function readInput(input: ExtractInput, limits: ExtractionLimits): Promise<Uint8Array> {
  if ('bytes' in input) return input.bytes;
  const stat = await fs.stat(input.path);
  if (stat.size > limits.maxFileBytes) {
    throw new DocumentError(
      'file-too-large',
      messages.tooLarge(Math.round(limits.maxFileBytes / 1024 / 1024)),
    );
  }
  return new Uint8Array(await fs.readFile(input.path));
}

/** Shares the bytes with all worker threads without copying them per page. */
function toShared(bytes: Uint8Array): Uint8Array {
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  return shared;
}

function unwrap<T>(result: WorkerResult<T>): T {
  if (result.ok) return result.value;
  throw new DocumentError(result.error.code, result.error.message);
}

/**
 * Runs a task with cancellation and a time limit. An aborted task is removed from the queue, or its
 * thread is terminated if it already runs (piscina), which also ends that thread's OCR engine.
 */
async function runBounded<T>(
  pool: ExtractionPool,
  task: WorkerTask,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  transferList?: Transferable[],
): Promise<T> {
  try {
    return unwrap(await pool.run<T>(task, { signal, timeoutMs, transferList }));
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    if (signal?.aborted) throw new DocumentError('cancelled', messages.cancelled, { cause: error });
    if (error instanceof TaskTimeoutError)
      throw new DocumentError('timeout', messages.timeout, { cause: error });
    throw new DocumentError('ocr-failed', messages.ocrFailed, { cause: error });
  }
}

/**
 * Reads a document's text off the caller's thread: type detection by content, PDF text layer, DOCX,
 * plain text, and OCR for scanned pages and images (pages spread over the pool's threads).
 */
export async function extractDocument(
  input: ExtractInput,
  opts: ExtractOptions = {},
): Promise<ExtractionResult> {
  const limits: ExtractionLimits = { ...defaultLimits, ...opts.limits };
  const pool = opts.pool ?? sharedExtractionPool();
  const fileName = displayName(input.fileName ?? ('path' in input ? input.path : undefined));
  if (opts.signal?.aborted) throw new DocumentError('cancelled', messages.cancelled);
  const raw = await readInput(input, limits);
  if (raw.length === 0) throw new DocumentError('empty-file', messages.empty);
  if (raw.length > limits.maxFileBytes) {
    throw new DocumentError(
      'file-too-large',
      messages.tooLarge(Math.round(limits.maxFileBytes / 1024 / 1024)),
    );
  }
  const bytes = toShared(raw);
  const report = (progress: Omit<ExtractionProgress, 'fileName'>): void =>
    opts.onProgress?.({ fileName, ...progress });
  report({ phase: 'reading', done: 0, total: 1 });

  let reportedPage = 0;
  const pageDone = (page: number, pageCount: number): void => {
    if (page <= reportedPage) return;
    reportedPage = page;
    report({ phase: 'text', page, pageCount, done: page, total: pageCount });
  };
  // Per-page progress travels on its own port, set up only when someone listens.
  const channel = opts.onProgress ? new MessageChannel() : undefined;
  channel?.port1.on('message', (message: { page: number; pageCount: number }) =>
    pageDone(message.page, message.pageCount),
  );
  let prepared: PrepareResult;
  try {
    prepared = await runBounded<PrepareResult>(
      pool,
      { kind: 'prepare', bytes, password: opts.password, limits, port: channel?.port2 },
      opts.signal,
      limits.fileTimeoutMs,
      channel ? [channel.port2] : undefined,
    );
  } finally {
    if (channel) {
      // Progress may trail the result by a moment.
      await new Promise((resolve) => setImmediate(resolve));
      channel.port1.close();
    }
  }
  if (prepared.fileKind === 'pdf') pageDone(prepared.pageCount, prepared.pageCount);

  const warnings = [...prepared.warnings];
  const ocrPages = prepared.ocrPages.slice(0, limits.maxOcrPages);
  if (prepared.ocrPages.length > ocrPages.length) {
    warnings.push(
      `Nur die ersten ${limits.maxOcrPages} von ${prepared.ocrPages.length} gescannten Seiten wurden per Texterkennung gelesen.`,
    );
  }
  const textDone = prepared.fileKind === 'pdf' ? prepared.pageCount : 1;
  const total = textDone + ocrPages.length;
  let done = textDone;
  const docKey = randomUUID();
  const ocrResults = await Promise.all(
    ocrPages.map(async (pageNumber): Promise<ExtractedPage | undefined> => {
      const task: WorkerTask =
        prepared.fileKind === 'pdf'
          ? { kind: 'ocr-pdf-page', docKey, bytes, password: opts.password, pageNumber, limits }
          : { kind: 'ocr-image', bytes, limits };
      try {
        const result = await runBounded<OcrPageResult>(pool, task, opts.signal, limits.ocrPageTimeoutMs);
        return result.page;
      } catch (error) {
        if (error instanceof DocumentError && (error.code === 'cancelled' || prepared.fileKind !== 'pdf'))
          throw error;
        warnings.push(`Seite ${pageNumber} konnte nicht per Texterkennung gelesen werden.`);
        return undefined;
      } finally {
        done++;
        report({ phase: 'ocr', page: pageNumber, pageCount: prepared.pageCount, done, total });
      }
    }),
  );
  const pages = [
    ...prepared.pages,
    ...ocrResults.filter((page): page is ExtractedPage => page !== undefined),
  ].sort((a, b) => a.pageNumber - b.pageNumber);
  report({ phase: 'done', done: total, total });
  // A page that failed OCR still was a scan; one without an image kept its text layer.
  const scanned = ocrResults.filter((page) => page === undefined || page.source === 'ocr').length;
  const format = prepared.fileKind === 'pdf' ? pdfFormat(scanned, prepared.pageCount) : prepared.format;
  return {
    fileName,
    fileKind: prepared.fileKind,
    format,
    pageCount: prepared.pageCount,
    pages,
    warnings,
    encoding: prepared.encoding,
  };
}

/** Preview rendering takes at most this long; a page that needs more is reported as damaged. */
const PREVIEW_TIMEOUT_MS = 30_000;

/**
 * Draws a page of a stored PDF or image for the preview in an extraction thread, so decoding a scan never
 * blocks the caller's thread (the app's main process). Refusals throw DocumentError.
 */
export async function renderPreviewPage(
  input: Omit<PreviewTask, 'kind'>,
  opts: { pool?: ExtractionPool } = {},
): Promise<PreviewResult> {
  return runBounded<PreviewResult>(
    opts.pool ?? sharedExtractionPool(),
    { kind: 'preview', ...input },
    undefined,
    PREVIEW_TIMEOUT_MS,
  );
}
