import { AppError } from '../../../../src-shared/errors/app-error';
import type {
  DocumentStatus,
  ImportItemResult,
  documentSources,
  textSources,
} from '../../../../src-shared/documents/document-schemas';
import {
  defaultLimits,
  displayName,
  DocumentError,
  sharedExtractionPool,
  type ExtractionProgress,
  type ExtractionResult,
} from '../../analysis';
import { detectFileKind } from '../../analysis/file-kind';
import { sha256Of } from '../../storage/content-store';
import type { Actor, ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { analyzeFile } from './analyze-file';
import { insertDocumentRow, setDocumentText } from './document-rows';
import { claimDocument, startDocumentTask } from './document-tasks';
import { loadDocumentRow } from './document-view';

export interface ImportFileInput {
  /** Display name only (sanitised here); never used as a path. */
  name: string;
  bytes: Uint8Array;
}

export interface ImportProgress {
  /** One label per file (its display name), so a list can show the latest line per file. */
  label: string;
  done: number;
  total: number;
}

export interface ImportDocumentsOptions {
  source?: (typeof documentSources)[number];
  /** Dropped on a client's page: proposed as that client. */
  preassignedClientId?: number;
  /** Registers the run so cancelImport(taskId) can stop it. */
  taskId?: string;
  /** Another way to stop the run (e.g. the core closing). */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Files read at the same time; default: the extraction pool's thread count. */
  concurrency?: number;
}

export interface ImportDocumentsResult {
  items: ImportItemResult[];
  cancelled: boolean;
}

const CANCELLED_MESSAGE = 'Der Import wurde abgebrochen.';
const INTERNAL_MESSAGE =
  'Das Dokument konnte nicht gelesen werden. Bitte versuchen Sie es erneut oder wenden Sie sich an den Support.';

function refused(name: string, error: string): ImportItemResult {
  return { name, ok: false, documentId: null, duplicate: false, status: null, error };
}

/** 'pdf-text' | 'ocr' | 'docx' | 'txt' from the extraction's format. */
function textSourceOf(extraction: ExtractionResult): (typeof textSources)[number] {
  switch (extraction.format) {
    case 'pdf-text':
      return 'pdf-text';
    case 'docx':
      return 'docx';
    case 'txt':
      return 'txt';
    default:
      return 'ocr';
  }
}

/** Page texts by page number; pages that could not be read stay empty, so numbers keep their meaning. */
export function pageTexts(extraction: ExtractionResult): string[] {
  const count = Math.max(extraction.pageCount, ...extraction.pages.map((page) => page.pageNumber), 0);
  const texts = Array.from({ length: count }, () => '');
  for (const page of extraction.pages) texts[page.pageNumber - 1] = page.text;
  return texts;
}

export interface AnalyzeStoredOptions {
  signal?: AbortSignal;
  password?: string;
  preassignedClientId?: number;
  onProgress?: (progress: ExtractionProgress) => void;
}

/**
 * Reads and analyses a stored document (worker threads, outside any transaction), then writes the
 * text, the analysis and status zu_pruefen in one mutation, or status fehler with the German message
 * and its code (e.g. 'password-required': the UI asks for the password and calls reanalyze).
 */
export async function analyzeStoredDocument(
  deps: ServiceDeps,
  actor: Actor | null,
  documentId: number,
  bytes: Uint8Array,
  opts: AnalyzeStoredOptions = {},
): Promise<{ status: DocumentStatus; error: string | null; errorCode: string | null }> {
  const name = loadDocumentRow(deps.sqlite, documentId).original_name;
  const release = claimDocument(deps.sqlite, documentId);
  try {
    const { extraction, analysis } = await analyzeFile(
      deps,
      { bytes, name },
      {
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
        ...(opts.password ? { password: opts.password } : {}),
        ...(opts.preassignedClientId !== undefined ? { preassignedClientId: opts.preassignedClientId } : {}),
      },
    );
    if (opts.signal?.aborted) throw new DocumentError('cancelled', CANCELLED_MESSAGE);
    const texts = pageTexts(extraction);
    mutate(deps, actor, ({ now, audit }) => {
      setDocumentText(deps.sqlite, documentId, name, texts);
      const after = {
        status: 'zu_pruefen',
        docType: analysis.docType.value,
        textSource: textSourceOf(extraction),
        pages: texts.length,
        client: analysis.client.client?.clientNumber ?? null,
        clientDecision: analysis.client.decision,
      };
      deps.sqlite
        .prepare(
          `UPDATE documents SET status = 'zu_pruefen', doc_type = ?, text_source = ?, pages = ?, analysis_json = ?,
             error = NULL, error_code = NULL, updated_at = ?, version = version + 1 WHERE id = ?`,
        )
        .run(after.docType, after.textSource, after.pages, JSON.stringify(analysis), now, documentId);
      audit({ action: 'document.analyze', entityType: 'document', entityId: documentId, after });
    });
    return { status: 'zu_pruefen', error: null, errorCode: null };
  } catch (error) {
    let code: string;
    let message: string;
    if (opts.signal?.aborted) {
      code = 'cancelled';
      message = 'Das Lesen des Dokuments wurde abgebrochen. Sie können es erneut einlesen lassen.';
    } else if (error instanceof DocumentError) {
      code = error.code;
      message = error.message;
    } else {
      deps.logger.error({ err: error, documentId }, 'document analysis failed');
      code = 'internal';
      message = INTERNAL_MESSAGE;
    }
    mutate(deps, actor, ({ now, audit }) => {
      deps.sqlite
        .prepare(
          `UPDATE documents SET status = 'fehler', error = ?, error_code = ?, updated_at = ?, version = version + 1
           WHERE id = ?`,
        )
        .run(message, code, now, documentId);
      audit({
        action: 'document.analyze_failed',
        entityType: 'document',
        entityId: documentId,
        after: { status: 'fehler', errorCode: code },
      });
    });
    return { status: 'fehler', error: message, errorCode: code };
  } finally {
    release();
  }
}

interface FileJob {
  file: ImportFileInput;
  index: number;
}

async function importOne(
  deps: ServiceDeps,
  actor: Actor | null,
  job: FileJob,
  opts: ImportDocumentsOptions,
  signal: AbortSignal,
): Promise<ImportItemResult> {
  const name = displayName(job.file.name);
  const bytes = job.file.bytes;
  let last = { done: -1, total: 1 };
  const report = (done: number, total: number) => {
    if (done === last.done && total === last.total) return;
    last = { done, total };
    opts.onProgress?.({ label: name, done, total });
  };
  const finished = () => report(last.total, last.total);
  if (signal.aborted) return refused(name, CANCELLED_MESSAGE);
  report(0, 1);
  // Refused by content before anything is stored: empty files, executables, unknown types.
  try {
    if (bytes.byteLength > defaultLimits.maxFileBytes) {
      throw new DocumentError(
        'file-too-large',
        `Die Datei ist zu groß (höchstens ${Math.round(defaultLimits.maxFileBytes / 1024 / 1024)} MB).`,
      );
    }
    const fileKind = await detectFileKind(bytes);
    const sha256 = sha256Of(bytes);
    const known = deps.sqlite.prepare('SELECT id, status FROM documents WHERE sha256 = ?').get(sha256) as
      { id: number; status: DocumentStatus } | undefined;
    if (known) {
      finished();
      return { name, ok: true, documentId: known.id, duplicate: true, status: known.status, error: null };
    }
    // The file first, then the row: a file without a row is harmless, a row without its file is not.
    deps.store.put(bytes);
    const source = opts.source ?? 'import';
    const inserted = mutate(deps, actor, ({ tx, now, audit }) => {
      const result = insertDocumentRow(tx, {
        sha256,
        size: bytes.byteLength,
        fileKind,
        originalName: name,
        source,
        status: 'in_arbeit',
        preassignedClientId: opts.preassignedClientId ?? null,
        importedAt: now,
        importedBy: actor?.id ?? null,
        updatedAt: now,
      });
      audit({
        action: result.existed ? 'document.import_duplicate' : 'document.import',
        entityType: 'document',
        entityId: result.id,
        after: { originalName: name, fileKind, size: bytes.byteLength, sha256, source },
      });
      return result;
    });
    if (inserted.existed) {
      const row = loadDocumentRow(deps.sqlite, inserted.id);
      finished();
      return { name, ok: true, documentId: inserted.id, duplicate: true, status: row.status, error: null };
    }
    const outcome = await analyzeStoredDocument(deps, actor, inserted.id, bytes, {
      signal,
      ...(opts.preassignedClientId !== undefined ? { preassignedClientId: opts.preassignedClientId } : {}),
      onProgress: (progress) => report(progress.done, progress.total),
    });
    finished();
    return {
      name,
      ok: outcome.status !== 'fehler',
      documentId: inserted.id,
      duplicate: false,
      status: outcome.status,
      error: outcome.error,
    };
  } catch (error) {
    finished();
    if (error instanceof DocumentError) return refused(name, error.message);
    if (error instanceof AppError) return refused(name, error.userMessage);
    deps.logger.error({ err: error }, 'document import failed');
    return refused(name, INTERNAL_MESSAGE);
  }
}

/** Files read at once: one per extraction thread, so both (all) cores work when several files wait. */
export function importConcurrency(): number {
  return Math.max(1, sharedExtractionPool().threads);
}

/**
 * Stores each file once (sha256, content store), then reads and analyses it in worker threads. One
 * bad file never fails the others: each gets its own result with a German message. Files already
 * stored return the existing document (`duplicate: true`) without being read again.
 * Used by the documents:import channel, the watched scan folder and the CLI (`rsk import`).
 */
export async function importDocuments(
  deps: ServiceDeps,
  actor: Actor | null,
  files: readonly ImportFileInput[],
  opts: ImportDocumentsOptions = {},
): Promise<ImportDocumentsResult> {
  const task = opts.taskId ? startDocumentTask(deps.sqlite, opts.taskId) : undefined;
  const signals = [task?.signal, opts.signal].filter((s): s is AbortSignal => s !== undefined);
  const signal = signals.length > 0 ? AbortSignal.any(signals) : new AbortController().signal;
  try {
    if (opts.preassignedClientId !== undefined) {
      const exists = deps.sqlite.prepare('SELECT 1 FROM clients WHERE id = ?').get(opts.preassignedClientId);
      if (!exists) {
        throw new AppError(
          'validation',
          'Der Mandant wurde nicht gefunden.',
          'Preassigned client not found',
          {
            field: 'clientId',
            code: 'client_not_found',
          },
        );
      }
    }
    const items: ImportItemResult[] = new Array<ImportItemResult>(files.length);
    const queue: FileJob[] = files.map((file, index) => ({ file, index }));
    const workers = Math.max(1, Math.min(opts.concurrency ?? importConcurrency(), files.length));
    await Promise.all(
      Array.from({ length: workers }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          items[job.index] = await importOne(deps, actor, job, opts, signal);
        }
      }),
    );
    return { items, cancelled: signal.aborted };
  } finally {
    task?.finish();
  }
}

/** Reads a stored document again, e.g. after a cancelled import or with the password of an encrypted PDF. */
export async function reanalyzeDocument(
  deps: ServiceDeps,
  actor: Actor,
  input: { id: number; password?: string | undefined; taskId?: string | undefined },
  onProgress?: (progress: ImportProgress) => void,
): Promise<void> {
  const row = loadDocumentRow(deps.sqlite, input.id);
  if (row.status === 'abgelegt') {
    throw new AppError(
      'validation',
      'Das Dokument ist bereits abgelegt und wird nicht erneut eingelesen.',
      `Document ${row.id} is filed`,
      { code: 'document_filed' },
    );
  }
  if (!deps.store.has(row.sha256)) {
    throw new AppError(
      'not_found',
      'Die gespeicherte Datei des Dokuments fehlt im Datenverzeichnis.',
      `Content ${row.sha256} missing`,
      { code: 'content_missing' },
    );
  }
  const bytes = new Uint8Array(deps.store.read(row.sha256));
  // Refuses a document that is being read right now (e.g. still in its import).
  claimDocument(deps.sqlite, row.id)();
  const task = input.taskId ? startDocumentTask(deps.sqlite, input.taskId) : undefined;
  try {
    mutate(deps, actor, ({ now, audit }) => {
      deps.sqlite
        .prepare(
          `UPDATE documents SET status = 'in_arbeit', updated_at = ?, version = version + 1 WHERE id = ?`,
        )
        .run(now, row.id);
      audit({
        action: 'document.reanalyze',
        entityType: 'document',
        entityId: row.id,
        before: { status: row.status, errorCode: row.error_code },
        after: { status: 'in_arbeit', withPassword: input.password !== undefined },
      });
    });
    await analyzeStoredDocument(deps, actor, row.id, bytes, {
      ...(task ? { signal: task.signal } : {}),
      ...(input.password ? { password: input.password } : {}),
      ...(row.preassigned_client_id !== null ? { preassignedClientId: row.preassigned_client_id } : {}),
      onProgress: (progress) =>
        onProgress?.({ label: row.original_name, done: progress.done, total: progress.total }),
    });
  } finally {
    task?.finish();
  }
}

const STALE_MINUTES = 30;

/**
 * Documents left 'in_arbeit' by an interrupted run (the app was closed while reading) become
 * 'fehler' with code 'cancelled', so the Posteingang offers to read them again.
 */
export function recoverInterruptedImports(deps: ServiceDeps): number {
  // Only rows untouched for a while: another process (the CLI's `rsk import`) may be reading right now.
  const before = new Date(deps.clock().getTime() - STALE_MINUTES * 60_000).toISOString();
  const ids = deps.sqlite
    .prepare("SELECT id FROM documents WHERE status = 'in_arbeit' AND updated_at < ?")
    .pluck()
    .all(before) as number[];
  if (ids.length === 0) return 0;
  return mutate(deps, null, ({ now, audit }) => {
    const update = deps.sqlite.prepare(
      `UPDATE documents SET status = 'fehler', error_code = 'cancelled', error = ?, updated_at = ?,
         version = version + 1 WHERE id = ? AND status = 'in_arbeit'`,
    );
    for (const id of ids) {
      update.run('Das Einlesen wurde unterbrochen. Sie können das Dokument erneut einlesen lassen.', now, id);
      audit({
        action: 'document.analyze_failed',
        entityType: 'document',
        entityId: id,
        after: { status: 'fehler', errorCode: 'cancelled' },
      });
    }
    return ids.length;
  });
}
