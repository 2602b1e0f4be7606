import type { ClientKind, ClientStatus, Salutation } from '../../../../../src-shared/clients/client-enums';
import type { ClientDraft } from '../../../../../src-shared/clients/client-input';
import { importFieldLabels, type ImportField } from '../../../../../src-shared/clients/import-fields';
import {
  normalizeClient,
  type NormalizeContext,
  type NormalizedClient,
} from '../../../../../src-shared/clients/normalize-client';
import { germanSortKey } from '../../../../../src-shared/clients/text';
import type { LandCode } from '../../../../../src-shared/rules/land';
import type { FinanzamtDirectoryService } from '../../finanzamt/finanzamt-directory';
import type { CsvRecord } from './csv-parse';

export interface ImportProblem {
  line: number;
  /** The column header as in the file (or the field's German label). */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Which column holds which field; the header is kept for messages. */
export type ColumnMap = ReadonlyMap<ImportField, { index: number; header: string }>;

export interface ImportRowContext {
  columns: ColumnMap;
  headerCount: number;
  directory: FinanzamtDirectoryService;
  normalize: NormalizeContext;
}

export interface PreparedRow {
  line: number;
  clientNumber: string | null;
  kind: ClientKind;
  /** Only the fields that have a value in the file: an update leaves the others alone. */
  draft: ClientDraft;
  /** The row as a client of its own (for new clients); undefined when it has errors. */
  value: NormalizedClient | undefined;
  problems: ImportProblem[];
}

const kinds: Readonly<Record<string, ClientKind>> = {
  naturlicheperson: 'person',
  person: 'person',
  privatperson: 'person',
  p: 'person',
  np: 'person',
  unternehmen: 'company',
  firma: 'company',
  organisation: 'company',
  unternehmenorganisation: 'company',
  company: 'company',
  u: 'company',
  juristischeperson: 'company',
};

const salutationsByKey: Readonly<Record<string, Salutation | null>> = {
  herr: 'herr',
  herrn: 'herr',
  hr: 'herr',
  mr: 'herr',
  frau: 'frau',
  fr: 'frau',
  mrs: 'frau',
  ms: 'frau',
  divers: 'divers',
  d: 'divers',
  keineangabe: 'keine-angabe',
  ohne: null,
};

const statuses: Readonly<Record<string, ClientStatus>> = {
  aktiv: 'aktiv',
  active: 'aktiv',
  inaktiv: 'inaktiv',
  inactive: 'inaktiv',
  ehemalig: 'ehemalig',
  archiviert: 'ehemalig',
  former: 'ehemalig',
};

// Typ, Anrede and Status repeat the same few values on every row: fold each spelling once.
const keyMemo = new Map<string, string>();
const key = (text: string): string => {
  let folded = keyMemo.get(text);
  if (folded === undefined) {
    folded = germanSortKey(text).replace(/[^a-z0-9]/g, '');
    if (keyMemo.size < 1_000) keyMemo.set(text, folded);
  }
  return folded;
};

// Paths of the normaliser's messages → the import field whose column caused them.
function fieldOfPath(path: string): ImportField {
  const [head = '', , leaf = ''] = path.split('.');
  const second = path.split('.')[1] ?? '';
  switch (head) {
    case 'address':
      return (['street', 'postalCode', 'city', 'country'] as const).find((f) => f === second) ?? 'street';
    case 'taxNumbers':
      return 'steuernummer';
    case 'bankAccounts':
      return leaf === 'bic' || leaf === 'accountHolder' ? leaf : 'iban';
    case 'contacts':
      return leaf === 'salutation' || leaf === 'title' || leaf === 'firstName' ? leaf : 'lastName';
    case 'registerType':
      return 'registerNumber';
    case 'finanzamtLand':
      return 'finanzamt';
    default:
      return head as ImportField;
  }
}

const formulaGuard = /^'[=+\-@]/;
const fourDigits = /^\d{4}$/;
const germany = /^(de|deutschland)$/i;
const tagSeparator = /[,|]/;

/** The trimmed cell of a field ('' when unmapped or missing). */
function cellOf(ctx: ImportRowContext, cells: readonly string[], field: ImportField): string {
  const column = ctx.columns.get(field);
  if (!column) return '';
  const raw = cells[column.index];
  if (raw === undefined || raw === '') return '';
  const cell = raw.trim();
  // Our export protects cells Excel would run as formulas with a leading apostrophe.
  return cell.charCodeAt(0) === 39 && formulaGuard.test(cell) ? cell.slice(1) : cell;
}

// The directory is read once per process; a file names the same few hundred Finanzämter on every row.
const finanzamtMemo = new WeakMap<
  FinanzamtDirectoryService,
  Map<string, { land: LandCode | undefined; known: boolean }>
>();
function finanzamtOf(directory: FinanzamtDirectoryService, name: string) {
  let memo = finanzamtMemo.get(directory);
  if (!memo) {
    memo = new Map();
    finanzamtMemo.set(directory, memo);
  }
  let found = memo.get(name);
  if (!found) {
    const land = directory.landForName(name);
    found = { land, known: land !== undefined || directory.byName(name).length > 0 };
    if (memo.size < 10_000) memo.set(name, found);
  }
  return found;
}

const isBlank = (cell: string | undefined): boolean => cell === undefined || cell.trim() === '';

/**
 * One row's cells, problems and draft. A class rather than closures inside prepareRow: per-row closures
 * cost more than their work at 50,000 rows.
 */
class RowReader {
  readonly problems: ImportProblem[] = [];
  readonly draft: Record<string, unknown>;

  constructor(
    private readonly record: CsvRecord,
    private readonly ctx: ImportRowContext,
    kind: ClientKind,
  ) {
    this.draft = { kind };
  }

  get(field: ImportField): string {
    return cellOf(this.ctx, this.record.cells, field);
  }

  problem(field: ImportField, message: string, severity: 'error' | 'warning' = 'error'): void {
    const header = this.ctx.columns.get(field)?.header ?? importFieldLabels[field];
    this.problems.push({ line: this.record.line, field: header, message, severity });
  }

  set(name: string, value: unknown): void {
    if (value !== undefined && value !== '') this.draft[name] = value;
  }
}

/**
 * Reads one CSV record into a client draft: German values (`natürliche Person`, `Herr`) become codes,
 * the Finanzamt's name gives the Land of the Steuernummer, a company's Vorname/Nachname become its
 * Ansprechpartner. Then the whole row is checked with the same rules as the form.
 */
export function prepareRow(record: CsvRecord, ctx: ImportRowContext): PreparedRow {
  const cells = record.cells;
  const r = new RowReader(record, ctx, 'person');
  const problems = r.problems;

  const cellCount = cells.length;
  let extraFilled = false;
  for (let i = ctx.headerCount; i < cellCount; i++) if (!isBlank(cells[i])) extraFilled = true;
  if (cellCount < ctx.headerCount || extraFilled) {
    problems.push({
      line: record.line,
      field: 'Zeile',
      message: `Die Zeile hat ${cellCount} statt ${ctx.headerCount} Spalten. Vermutlich fehlt ein Trennzeichen oder ein Feld enthält ein Trennzeichen ohne Anführungszeichen.`,
      severity: 'error',
    });
  }

  const clientNumber = r.get('clientNumber') || null;
  const companyName = r.get('companyName');
  const lastName = r.get('lastName');
  const kindText = r.get('kind');
  let kind: ClientKind = companyName && !lastName ? 'company' : 'person';
  if (kindText) {
    const parsed = kinds[key(kindText)];
    if (parsed) kind = parsed;
    else
      r.problem(
        'kind',
        `Unbekannter Typ „${kindText}“. Erwartet wird „natürliche Person“ oder „Unternehmen“.`,
      );
  }

  let salutation: Salutation | null | undefined;
  const salutationText = r.get('salutation');
  if (salutationText) {
    const folded = key(salutationText);
    if (folded === 'firma' && kind === 'company') salutation = undefined;
    else if (folded in salutationsByKey) salutation = salutationsByKey[folded] ?? null;
    else
      r.problem(
        'salutation',
        `Unbekannte Anrede „${salutationText}“. Möglich sind Herr, Frau, divers oder keine Angabe.`,
      );
  }

  let status: ClientStatus | undefined;
  const statusText = r.get('status');
  if (statusText) {
    status = statuses[key(statusText)];
    if (!status)
      r.problem('status', `Unbekannter Status „${statusText}“. Möglich sind aktiv, inaktiv und ehemalig.`);
  }

  let land: LandCode | undefined;
  const finanzamt = r.get('finanzamt');
  if (finanzamt) {
    const office = finanzamtOf(ctx.directory, finanzamt);
    land = office.land;
    if (!land && !office.known) {
      r.problem(
        'finanzamt',
        `Das Finanzamt „${finanzamt}“ ist im Finanzamtsverzeichnis nicht bekannt.`,
        'warning',
      );
    }
  }

  let postalCode = r.get('postalCode');
  const country = r.get('country');
  if (fourDigits.test(postalCode) && (!country || germany.test(country))) {
    // Excel drops the leading zero of 01067 when it reads a CSV as numbers.
    r.problem('postalCode', `Die Postleitzahl ${postalCode} wurde um die führende 0 ergänzt.`, 'warning');
    postalCode = `0${postalCode}`;
  }

  const draft = r.draft;
  draft['kind'] = kind;
  r.set('clientNumber', clientNumber ?? undefined);
  r.set('status', status);
  r.set('email', r.get('email'));
  r.set('phone', r.get('phone'));
  r.set('mobile', r.get('mobile'));
  r.set('ustIdNr', r.get('ustIdNr'));
  r.set('wIdNr', r.get('wIdNr'));
  r.set('notes', r.get('notes'));
  r.set('legalForm', r.get('legalForm'));
  r.set('finanzamtLand', land);
  const tags = r.get('tags');
  if (tags)
    draft['tags'] = tags
      .split(tagSeparator)
      .map((tag) => tag.trim())
      .filter(Boolean);
  const street = r.get('street');
  const city = r.get('city');
  if (street || postalCode || city || country) {
    const address: Record<string, string> = {};
    if (street) address['street'] = street;
    if (postalCode) address['postalCode'] = postalCode;
    if (city) address['city'] = city;
    if (country) address['country'] = country;
    draft['address'] = address;
  }
  const steuernummer = r.get('steuernummer');
  if (steuernummer) draft['taxNumbers'] = [{ value: steuernummer, ...(land ? { land } : {}) }];
  const iban = r.get('iban');
  const bic = r.get('bic');
  const holder = r.get('accountHolder');
  if (iban)
    draft['bankAccounts'] = [{ iban, ...(bic ? { bic } : {}), ...(holder ? { accountHolder: holder } : {}) }];
  else if (bic || holder)
    r.problem(bic ? 'bic' : 'accountHolder', 'BIC und Kontoinhaber gehören zu einer IBAN; die IBAN fehlt.');

  if (kind === 'person') {
    r.set('lastName', lastName);
    r.set('firstName', r.get('firstName'));
    r.set('title', r.get('title'));
    r.set('salutation', salutation);
    r.set('birthName', r.get('birthName'));
    r.set('birthDate', r.get('birthDate'));
    r.set('steuerId', r.get('steuerId'));
    r.set('companyName', companyName);
    r.set('registerNumber', r.get('registerNumber'));
    r.set('registerCourt', r.get('registerCourt'));
  } else {
    r.set('companyName', companyName);
    r.set('registerNumber', r.get('registerNumber'));
    r.set('registerCourt', r.get('registerCourt'));
    r.set('steuerId', r.get('steuerId'));
    r.set('birthDate', r.get('birthDate'));
    r.set('birthName', r.get('birthName'));
    // In office exports a company's Vorname/Nachname name its Ansprechpartner.
    if (lastName) {
      draft['contacts'] = [
        {
          lastName,
          ...(r.get('firstName') ? { firstName: r.get('firstName') } : {}),
          ...(r.get('title') ? { title: r.get('title') } : {}),
          ...(salutation ? { salutation } : {}),
        },
      ];
    } else if (r.get('firstName')) {
      r.problem('lastName', 'Zum Vornamen des Ansprechpartners fehlt der Nachname.');
    }
  }

  const clientDraft = draft as ClientDraft;
  let value: NormalizedClient | undefined;
  if (!problems.some((p) => p.severity === 'error')) {
    const result = normalizeClient(clientDraft, ctx.normalize);
    for (const warning of result.warnings) r.problem(fieldOfPath(warning.field), warning.message, 'warning');
    if (result.ok) value = result.value;
    else for (const [path, message] of Object.entries(result.errors)) r.problem(fieldOfPath(path), message);
  }
  return { line: record.line, clientNumber, kind, draft: clientDraft, value, problems };
}

export const rowHasErrors = (row: PreparedRow): boolean => row.problems.some((p) => p.severity === 'error');
