import type Database from 'better-sqlite3';
import { normalizeClient } from '../../../../../src-shared/clients/normalize-client';
import type { Actor, ServiceDeps } from '../../deps';
import { mutate } from '../../mutation';
import { clientAuditDiff } from '../client-audit';
import { nextClientNumber } from '../client-number';
import { loadClient, toDraft, toStoredClient } from '../client-reader';
import { ClientWriter } from '../client-writer';
import { bulkAuditWriter, compact } from './bulk-audit';
import type { CsvDelimiter } from './csv-parse';
import type { ImportMapping } from './import-file';
import { overlayImportRow } from './import-overlay';
import { buildImportContext } from './import-preview';
import { rowHasErrors, type ImportProblem, type ImportRowContext, type PreparedRow } from './import-row';
import { importTasks } from './import-tasks';
import { errorsOf, importCancelled, validateImportRows } from './import-validate';

export type ImportMode = 'all-or-nothing' | 'valid-only';

export interface ImportRunInput {
  bytes: Uint8Array;
  fileName?: string | undefined;
  mapping?: ImportMapping | undefined;
  delimiter?: CsvDelimiter | undefined;
  encoding?: string | undefined;
  mode: ImportMode;
  /** Existing Mandantennummern: true updates those clients, false skips the rows. */
  updateExisting: boolean;
  taskId: string;
}

export interface ImportResult {
  imported: number;
  /** Existing clients whose data changed. */
  updated: number;
  /** Existing clients the file names with exactly the stored data: nothing written. */
  unchanged: number;
  /** Existing clients left alone because updateExisting was false. */
  skipped: number;
  /** One entry per problem of every rejected row. */
  rejected: { line: number; field: string; message: string }[];
  rejectedRows: number;
  warnings: number;
  /** all-or-nothing with rejected rows: nothing was written. */
  aborted: boolean;
}

type Progress = (label: string, done: number, total: number) => void;

class ImportAborted extends Error {}

const toRejected = (problems: ImportProblem[]) =>
  problems.map(({ line, field, message }) => ({ line, field, message }));

/**
 * Ids by Mandantennummer inside the import's transaction. For a file about as large as the office, one
 * scan plus the numbers inserted meanwhile replaces a query per row.
 */
function clientIdFinder(sqlite: Database.Database, rowCount: number) {
  const stored = sqlite.prepare('SELECT COUNT(*) FROM clients').pluck().get() as number;
  if (stored > rowCount * 4) {
    const one = sqlite.prepare('SELECT id FROM clients WHERE client_number = ?').pluck();
    return {
      get: (clientNumber: string) => one.get(clientNumber) as number | undefined,
      inserted: (_clientNumber: string, _id: number) => {},
    };
  }
  const ids = new Map<string, number>();
  const scan = sqlite.prepare('SELECT client_number, id FROM clients').raw();
  for (const [clientNumber, id] of scan.iterate() as Iterable<[string, number]>) ids.set(clientNumber, id);
  return {
    get: (clientNumber: string) => ids.get(clientNumber),
    inserted: (clientNumber: string, id: number) => void ids.set(clientNumber, id),
  };
}

/**
 * Writes the checked rows in one transaction: new clients are inserted, existing ones updated (only
 * where something changed) or skipped. In all-or-nothing mode any rejection, also one that only shows
 * when a row is merged with the stored client, rolls everything back.
 */
function writeRows(
  deps: ServiceDeps,
  actor: Actor | null,
  rows: PreparedRow[],
  input: ImportRunInput,
  ctx: ImportRowContext,
  lateRejections: ImportProblem[],
  progress: Progress,
) {
  const counts = { imported: 0, updated: 0, unchanged: 0, skipped: 0 };
  mutate(deps, actor, ({ tx, now, audit }) => {
    const writer = new ClientWriter(deps.sqlite);
    const auditClient = bulkAuditWriter(deps.sqlite, actor, now);
    const findId = clientIdFinder(deps.sqlite, rows.length);
    rows.forEach((row, i) => {
      if (i % 5_000 === 0) progress('Mandanten speichern', i, rows.length);
      const value = row.value;
      if (!value) return;
      const existingId = row.clientNumber ? findId.get(row.clientNumber) : undefined;
      if (existingId === undefined) {
        const stored = { ...value, clientNumber: row.clientNumber ?? nextClientNumber(tx) };
        const id = writer.insert(stored, now);
        findId.inserted(stored.clientNumber, id);
        // The row as read from the file (sparse): the stored values follow from it by the rules.
        auditClient('client.import', id, undefined, compact(row.draft, { line: row.line }));
        counts.imported++;
        return;
      }
      if (!input.updateExisting) {
        counts.skipped++;
        return;
      }
      const loaded = loadClient(deps.sqlite, existingId);
      if (!loaded) return;
      const before = toStoredClient(loaded);
      const merged = normalizeClient(overlayImportRow(toDraft(before), row.draft, value), ctx.normalize);
      if (!merged.ok) {
        const field = ctx.columns.get('clientNumber')?.header ?? 'Mandantennummer';
        for (const message of Object.values(merged.errors)) {
          lateRejections.push({
            line: row.line,
            field,
            message: `Zusammen mit den gespeicherten Daten ungültig: ${message}`,
            severity: 'error',
          });
        }
        if (input.mode === 'all-or-nothing') throw new ImportAborted();
        return;
      }
      const next = { ...merged.value, clientNumber: before.clientNumber };
      const diff = clientAuditDiff(before, next);
      if (!diff) {
        counts.unchanged++;
        return;
      }
      const archivedAt = next.status === 'ehemalig' ? (loaded.row.archived_at ?? now) : null;
      writer.update(existingId, next, loaded.row.version, archivedAt, now);
      auditClient('client.import_update', existingId, diff.before, diff.after);
      counts.updated++;
    });
    audit({
      action: 'client.import_run',
      entityType: 'client_import',
      entityId: input.taskId,
      after: {
        fileName: input.fileName ?? null,
        mode: input.mode,
        updateExisting: input.updateExisting,
        ...counts,
      },
    });
  });
  progress('Mandanten speichern', rows.length, rows.length);
  return counts;
}

/** Decodes, parses and checks the file; the parsed records are garbage once this returns. */
async function readAndValidate(
  deps: ServiceDeps,
  input: ImportRunInput,
  isCancelled: () => boolean,
  onProgress: Progress,
) {
  const { file, ctx } = buildImportContext(deps, input);
  const { rows } = await validateImportRows(deps.sqlite, file.records, ctx, {
    isCancelled,
    onProgress: (done, total) => onProgress('Mandanten prüfen', done, total),
  });
  return { rows, ctx };
}

export async function runImport(
  deps: ServiceDeps,
  actor: Actor | null,
  input: ImportRunInput,
  onProgress: Progress = () => {},
): Promise<ImportResult> {
  const task = importTasks.start(deps.sqlite, input.taskId);
  try {
    const { rows, ctx } = await readAndValidate(deps, input, task.isCancelled, onProgress);
    if (task.isCancelled()) throw importCancelled();
    const rejectedRows = rows.filter(rowHasErrors);
    const warnings = rows.filter((row) => row.problems.some((p) => p.severity === 'warning')).length;
    const rejected = toRejected(errorsOf(rows));
    const empty = { imported: 0, updated: 0, unchanged: 0, skipped: 0 };
    if (input.mode === 'all-or-nothing' && rejectedRows.length > 0) {
      return { ...empty, rejected, rejectedRows: rejectedRows.length, warnings, aborted: true };
    }
    // From here on the work is one synchronous transaction: a cancel can no longer arrive.
    const valid = rows.filter((row) => !rowHasErrors(row));
    const lateRejections: ImportProblem[] = [];
    const report = (aborted: boolean) => ({
      rejected: [...rejected, ...toRejected(lateRejections)].sort((a, b) => a.line - b.line),
      rejectedRows: rejectedRows.length + new Set(lateRejections.map((p) => p.line)).size,
      warnings,
      aborted,
    });
    try {
      const counts = writeRows(deps, actor, valid, input, ctx, lateRejections, onProgress);
      return { ...counts, ...report(false) };
    } catch (error) {
      if (!(error instanceof ImportAborted)) throw error;
      return { ...empty, ...report(true) };
    }
  } finally {
    task.finish();
  }
}

export function cancelImport(deps: ServiceDeps, taskId: string): { cancelled: boolean } {
  return { cancelled: importTasks.cancel(deps.sqlite, taskId) };
}

export { importCancelled };
