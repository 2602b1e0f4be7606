import { AppError } from '../../../../../src-shared/errors/app-error';
import {
  importFieldLabels,
  importFields,
  suggestImportMapping,
  type ImportField,
} from '../../../../../src-shared/clients/import-fields';
import { decodeImportBytes, type DecodedText } from './csv-decode';
import { detectDelimiter, parseCsv, type CsvDelimiter, type CsvRecord } from './csv-parse';
import type { ColumnMap } from './import-row';

export type ImportMapping = Record<string, ImportField | null>;

export interface ImportFile extends DecodedText {
  delimiter: CsvDelimiter;
  /** Column headers; a repeated header gets " (2)", " (3)" so the mapping can name each column. */
  headers: string[];
  records: CsvRecord[];
  suggestedMapping: ImportMapping;
}

const invalid = (userMessage: string, message: string, code: string) =>
  new AppError('validation', userMessage, message, { code, field: 'mapping' });

function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const header = cell.trim() || `Spalte ${i + 1}`;
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    return count === 1 ? header : `${header} (${count})`;
  });
}

/** Decodes, splits into records and reads the header line. Throws a German error for unreadable files. */
export function readImportFile(
  bytes: Uint8Array,
  opts: { encoding?: string | null | undefined; delimiter?: CsvDelimiter | null | undefined },
): ImportFile {
  const decoded = decodeImportBytes(bytes, opts.encoding);
  if (decoded.text.trim() === '') {
    throw new AppError('validation', 'Die Datei ist leer.', 'Import file has no text', {
      code: 'import_empty',
    });
  }
  const delimiter = opts.delimiter ?? detectDelimiter(decoded.text);
  const [header, ...records] = parseCsv(decoded.text, delimiter);
  if (!header)
    throw new AppError('validation', 'Die Datei ist leer.', 'Import file has no rows', {
      code: 'import_empty',
    });
  if (!records.some((record) => record.cells.some((cell) => cell.trim() !== ''))) {
    throw new AppError(
      'validation',
      'Die Datei enthält keine Mandanten, nur die Kopfzeile.',
      'Import file has a header but no rows',
      { code: 'import_no_rows' },
    );
  }
  const headers = uniqueHeaders(header.cells);
  return { ...decoded, delimiter, headers, records, suggestedMapping: suggestImportMapping(headers) };
}

/** The columns to read, from the user's mapping (or the suggestion); checks it can make clients. */
export function resolveColumns(headers: readonly string[], mapping: ImportMapping): ColumnMap {
  const columns = new Map<ImportField, { index: number; header: string }>();
  for (const [header, field] of Object.entries(mapping)) {
    if (!field) continue;
    if (!(importFields as readonly string[]).includes(field)) {
      throw invalid(
        `„${field}“ ist kein Feld eines Mandanten.`,
        `Unknown import field ${field}`,
        'import_unknown_field',
      );
    }
    const index = headers.indexOf(header);
    if (index === -1) {
      throw invalid(
        `Die Spalte „${header}“ gibt es in der Datei nicht.`,
        `Unknown column ${header}`,
        'import_unknown_column',
      );
    }
    const taken = columns.get(field);
    if (taken) {
      throw invalid(
        `Das Feld „${importFieldLabels[field]}“ ist den Spalten „${taken.header}“ und „${header}“ zugeordnet. Bitte nur eine Spalte wählen.`,
        `Field ${field} mapped twice`,
        'import_field_mapped_twice',
      );
    }
    columns.set(field, { index, header });
  }
  if (!columns.has('lastName') && !columns.has('companyName')) {
    throw invalid(
      'Bitte ordnen Sie mindestens die Spalte für den Nachnamen oder die Firma zu.',
      'Import mapping without a name column',
      'import_no_name_column',
    );
  }
  return columns;
}
