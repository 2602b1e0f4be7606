import type { ServiceDeps } from '../../deps';
import { finanzamtDirectory } from '../../finanzamt/finanzamt-directory';
import { normalizeContext } from '../client-save';
import type { CsvDelimiter } from './csv-parse';
import { readImportFile, resolveColumns, type ImportMapping } from './import-file';
import { rowHasErrors, type ImportProblem, type ImportRowContext } from './import-row';
import { validateImportRows } from './import-validate';

export const PREVIEW_ROWS = 20;
export const PREVIEW_PROBLEMS = 1_000;

export interface ImportPreviewInput {
  bytes: Uint8Array;
  fileName: string;
  mapping?: ImportMapping | undefined;
  delimiter?: CsvDelimiter | undefined;
  encoding?: string | undefined;
}

export interface ImportPreview {
  fileName: string;
  encoding: string;
  encodingLabel: string;
  hasBom: boolean;
  delimiter: CsvDelimiter;
  headers: string[];
  suggestedMapping: ImportMapping;
  /** The mapping the preview used: the given one or the suggestion. */
  mapping: ImportMapping;
  sampleRows: { line: number; cells: string[] }[];
  /** Every problem of every row (capped), errors and warnings. */
  problems: ImportProblem[];
  problemsTruncated: boolean;
  counts: {
    rows: number;
    valid: number;
    invalid: number;
    withWarnings: number;
    /** Valid rows whose Mandantennummer exists: updated or skipped, as the user chooses. */
    existing: number;
    new: number;
  };
}

export function buildImportContext(
  deps: ServiceDeps,
  input: Pick<ImportPreviewInput, 'bytes' | 'mapping' | 'delimiter' | 'encoding'>,
) {
  const file = readImportFile(input.bytes, input);
  const mapping = input.mapping ?? file.suggestedMapping;
  const columns = resolveColumns(file.headers, mapping);
  const ctx: ImportRowContext = {
    columns,
    headerCount: file.headers.length,
    directory: finanzamtDirectory(deps),
    normalize: normalizeContext(deps),
  };
  return { file, mapping, ctx };
}

/** Everything the import dialog shows before anything is written. */
export async function previewImport(deps: ServiceDeps, input: ImportPreviewInput): Promise<ImportPreview> {
  const { file, mapping, ctx } = buildImportContext(deps, input);
  const { rows, existing } = await validateImportRows(deps.sqlite, file.records, ctx);
  const problems = rows.flatMap((row) => row.problems);
  const valid = rows.filter((row) => !rowHasErrors(row));
  const existingValid = valid.filter(
    (row) => row.clientNumber !== null && existing.has(row.clientNumber),
  ).length;
  return {
    fileName: input.fileName,
    encoding: file.encoding,
    encodingLabel: file.encodingLabel,
    hasBom: file.hasBom,
    delimiter: file.delimiter,
    headers: file.headers,
    suggestedMapping: file.suggestedMapping,
    mapping,
    sampleRows: file.records.slice(0, PREVIEW_ROWS).map((r) => ({ line: r.line, cells: r.cells })),
    problems: problems.slice(0, PREVIEW_PROBLEMS),
    problemsTruncated: problems.length > PREVIEW_PROBLEMS,
    counts: {
      rows: rows.length,
      valid: valid.length,
      invalid: rows.length - valid.length,
      withWarnings: rows.filter((row) => row.problems.some((p) => p.severity === 'warning')).length,
      existing: existingValid,
      new: valid.length - existingValid,
    },
  };
}
