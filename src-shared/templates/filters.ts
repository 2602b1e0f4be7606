import { formatIban } from '../rules/iban';
import { formatSteuernummer } from '../rules/steuernummer';
import { formatDatum, formatDatumLang, formatDatumWochentag } from './format/date';
import { formatEuro, formatNumber, type AmountInput } from './format/amount';

export interface TemplateFilter {
  name: string;
  description: string;
  /** Usage as written in a template. */
  example: string;
  /** What the example prints. */
  result: string;
  apply: (input: unknown, ...args: unknown[]) => unknown;
}

const asText = (input: unknown): string =>
  input === null || input === undefined ? '' : typeof input === 'string' ? input : String(input);

const asAmount = (input: unknown): AmountInput | undefined =>
  typeof input === 'number' || typeof input === 'bigint' || typeof input === 'string' ? input : undefined;

const asDate = (input: unknown) => (typeof input === 'string' || input instanceof Date ? input : undefined);

/** Filters for `{wert | filter}`; the names are German because template authors write them. */
export const templateFilters: readonly TemplateFilter[] = [
  {
    name: 'euro',
    description: 'Betrag in Euro mit Tausenderpunkten und zwei Nachkommastellen.',
    example: '{eingabe.betrag | euro}',
    result: '1.234,56 €',
    apply: (input) => formatEuro(asAmount(input)),
  },
  {
    name: 'zahl',
    description: 'Zahl mit Tausenderpunkten; optional mit fester Zahl von Nachkommastellen (`zahl:2`).',
    example: '{wert | zahl:2}',
    result: '1.234,50',
    apply: (input, places) => formatNumber(asAmount(input), typeof places === 'number' ? places : undefined),
  },
  {
    name: 'datum',
    description: 'Datum als TT.MM.JJJJ.',
    example: '{auftrag.frist | datum}',
    result: '31.07.2026',
    apply: (input) => formatDatum(asDate(input)),
  },
  {
    name: 'datum_lang',
    description: 'Datum mit ausgeschriebenem Monat.',
    example: '{auftrag.frist | datum_lang}',
    result: '31. Juli 2026',
    apply: (input) => formatDatumLang(asDate(input)),
  },
  {
    name: 'datum_wochentag',
    description: 'Datum mit Wochentag.',
    example: '{auftrag.frist | datum_wochentag}',
    result: 'Freitag, 31. Juli 2026',
    apply: (input) => formatDatumWochentag(asDate(input)),
  },
  {
    name: 'gross',
    description: 'In Großbuchstaben.',
    example: '{mandant.nachname | gross}',
    result: 'MÜLLER',
    apply: (input) => asText(input).toLocaleUpperCase('de-DE'),
  },
  {
    name: 'klein',
    description: 'In Kleinbuchstaben.',
    example: '{mandant.email | klein}',
    result: 'thomas.mueller@example.de',
    apply: (input) => asText(input).toLocaleLowerCase('de-DE'),
  },
  {
    name: 'einzeilig',
    description: 'Mehrzeiligen Wert in eine Zeile, durch Kommas getrennt.',
    example: '{mandant.anschrift | einzeilig}',
    result: 'Herrn, Dr. Thomas Müller, Hauptstraße 5, 50667 Köln',
    apply: (input) =>
      asText(input)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join(', '),
  },
  {
    name: 'oder',
    description: 'Ersatztext, wenn der Wert leer ist.',
    example: '{mandant.email | oder:"keine E-Mail-Adresse"}',
    result: 'keine E-Mail-Adresse',
    apply: (input, fallback) => (asText(input).trim() === '' ? asText(fallback) : input),
  },
  {
    name: 'iban',
    description: 'IBAN in Vierergruppen.',
    example: '{wert | iban}',
    result: 'DE89 3704 0044 0532 0130 00',
    apply: (input) => (asText(input).trim() === '' ? '' : formatIban(asText(input))),
  },
  {
    name: 'steuernummer',
    description: '13-stellige ELSTER-Steuernummer im Format des Bundeslandes.',
    example: '{mandant.steuernummerElster | steuernummer}',
    result: '217/5678/1234',
    apply: (input) => {
      const text = asText(input).trim();
      return /^\d{13}$/.test(text) ? (formatSteuernummer(text) ?? text) : text;
    },
  },
];

/** name → function, as the expression parser wants it. */
export const templateFilterFunctions: Readonly<Record<string, TemplateFilter['apply']>> = Object.fromEntries(
  templateFilters.map((filter) => [filter.name, filter.apply]),
);
