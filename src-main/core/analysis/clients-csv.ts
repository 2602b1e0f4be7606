import { parse } from 'csv-parse/sync';
import type { Finanzamt } from '../../../src-shared/rules/finanzamt';
import {
  createFinanzamtNameMatcher,
  createMemoryClientDirectory,
  type ClientDirectory,
  type ClientRecord,
} from '../../../src-shared/rules/documents';
import { decodeText } from './text-decode';

const column = (row: Record<string, string>, ...names: string[]): string | undefined => {
  for (const name of names) {
    const value = row[name]?.trim();
    if (value) return value;
  }
  return undefined;
};

/**
 * Reads a client list in the samples' CSV format (semicolon, Windows-1252 or UTF-8, header
 * Mandantennummer;Typ;Anrede;Titel;Vorname;Nachname;Firma;…;Steuernummer;Steuer-ID;USt-IdNr;Finanzamt;…;IBAN).
 */
export function parseClientsCsv(bytes: Uint8Array, finanzaemter: readonly Finanzamt[]): ClientRecord[] {
  const { text } = decodeText(bytes);
  const rows = parse(text, {
    delimiter: ';',
    columns: true,
    skip_empty_lines: true,
    bom: true,
    trim: true,
  }) as Record<string, string>[];
  const matcher = createFinanzamtNameMatcher(finanzaemter);
  return rows.map((row, index): ClientRecord => {
    const number = column(row, 'Mandantennummer') ?? String(index + 1);
    const company =
      /unternehmen|firma|gesellschaft|verein/i.test(column(row, 'Typ') ?? '') ||
      (column(row, 'Firma') !== undefined && column(row, 'Nachname') === undefined);
    const firstName = column(row, 'Vorname');
    const lastName = column(row, 'Nachname');
    const companyName = column(row, 'Firma');
    const finanzamt = column(row, 'Finanzamt');
    const land = finanzamt ? matcher.lookup(finanzamt)?.land : undefined;
    const displayName = company
      ? (companyName ?? '')
      : [column(row, 'Titel'), firstName, lastName].filter(Boolean).join(' ');
    return {
      id: number,
      clientNumber: number,
      kind: company ? 'company' : 'person',
      displayName,
      firstName,
      lastName,
      companyName,
      street: column(row, 'Straße', 'Strasse'),
      postalCode: column(row, 'PLZ'),
      city: column(row, 'Ort'),
      steuernummern: column(row, 'Steuernummer') ? [column(row, 'Steuernummer') ?? ''] : [],
      steuerId: column(row, 'Steuer-ID', 'SteuerID'),
      ustId: column(row, 'USt-IdNr', 'USt-IdNr.'),
      ibans: column(row, 'IBAN') ? [column(row, 'IBAN') ?? ''] : [],
      email: column(row, 'E-Mail', 'Email'),
      finanzamtLand: land,
    };
  });
}

export function clientDirectoryFromCsv(
  bytes: Uint8Array,
  finanzaemter: readonly Finanzamt[],
): ClientDirectory {
  return createMemoryClientDirectory(parseClientsCsv(bytes, finanzaemter));
}
