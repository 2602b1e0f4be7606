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

/**
 * Reads one CSV record into a client draft: German values (`natürliche Person`, `Herr`) become codes,
 * the Finanzamt's name gives the Land of the Steuernummer, a company's Vorname/Nachname become its
 * Ansprechpartner. Then the whole row is checked with the same rules as the form.
 */
export function prepareRow(record: CsvRecord, ctx: ImportRowContext): PreparedRow {
  const problems: ImportProblem[] = [];
  const headerOf = (field: ImportField) => ctx.columns.get(field)?.header ?? importFieldLabels[field];
  const problem = (field: ImportField, message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ line: record.line, field: headerOf(field), message, severity });
  const get = (field: ImportField): string => {
    const column = ctx.columns.get(field);
    const cell = column ? (record.cells[column.index] ?? '').trim() : '';
    // Our export protects cells Excel would run as formulas with a leading apostrophe.
    return cell.charCodeAt(0) === 39 && /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
  };

  const cellCount = record.cells.length;
  let extraFilled = false;
  for (let i = ctx.headerCount; i < cellCount; i++)
    if ((record.cells[i] ?? '').trim() !== '') extraFilled = true;
  if (cellCount < ctx.headerCount || extraFilled) {
    problems.push({
      line: record.line,
      field: 'Zeile',
      message: `Die Zeile hat ${cellCount} statt ${ctx.headerCount} Spalten. Vermutlich fehlt ein Trennzeichen oder ein Feld enthält ein Trennzeichen ohne Anführungszeichen.`,
      severity: 'error',
    });
  }

  const clientNumber = get('clientNumber') || null;
  const companyName = get('companyName');
  const lastName = get('lastName');
  const kindText = get('kind');
  let kind: ClientKind = companyName && !lastName ? 'company' : 'person';
  if (kindText) {
    const parsed = kinds[key(kindText)];
    if (parsed) kind = parsed;
    else
      problem('kind', `Unbekannter Typ „${kindText}“. Erwartet wird „natürliche Person“ oder „Unternehmen“.`);
  }

  let salutation: Salutation | null | undefined;
  const salutationText = get('salutation');
  if (salutationText) {
    const folded = key(salutationText);
    if (folded === 'firma' && kind === 'company') salutation = undefined;
    else if (folded in salutationsByKey) salutation = salutationsByKey[folded] ?? null;
    else
      problem(
        'salutation',
        `Unbekannte Anrede „${salutationText}“. Möglich sind Herr, Frau, divers oder keine Angabe.`,
      );
  }

  let status: ClientStatus | undefined;
  const statusText = get('status');
  if (statusText) {
    status = statuses[key(statusText)];
    if (!status)
      problem('status', `Unbekannter Status „${statusText}“. Möglich sind aktiv, inaktiv und ehemalig.`);
  }

  let land: LandCode | undefined;
  const finanzamt = get('finanzamt');
  if (finanzamt) {
    land = ctx.directory.landForName(finanzamt);
    if (!land && ctx.directory.byName(finanzamt).length === 0) {
      problem(
        'finanzamt',
        `Das Finanzamt „${finanzamt}“ ist im Finanzamtsverzeichnis nicht bekannt.`,
        'warning',
      );
    }
  }

  let postalCode = get('postalCode');
  const country = get('country');
  if (/^\d{4}$/.test(postalCode) && (!country || /^(de|deutschland)$/i.test(country))) {
    // Excel drops the leading zero of 01067 when it reads a CSV as numbers.
    problem('postalCode', `Die Postleitzahl ${postalCode} wurde um die führende 0 ergänzt.`, 'warning');
    postalCode = `0${postalCode}`;
  }

  const draft: Record<string, unknown> = { kind };
  const set = (name: string, value: unknown) => {
    if (value !== undefined && value !== '') draft[name] = value;
  };
  set('clientNumber', clientNumber ?? undefined);
  set('status', status);
  set('email', get('email'));
  set('phone', get('phone'));
  set('mobile', get('mobile'));
  set('ustIdNr', get('ustIdNr'));
  set('wIdNr', get('wIdNr'));
  set('notes', get('notes'));
  set('legalForm', get('legalForm'));
  set('finanzamtLand', land);
  const tags = get('tags');
  if (tags)
    draft['tags'] = tags
      .split(/[,|]/)
      .map((tag) => tag.trim())
      .filter(Boolean);
  const address = { street: get('street'), postalCode, city: get('city'), country };
  if (Object.values(address).some(Boolean)) {
    draft['address'] = Object.fromEntries(Object.entries(address).filter(([, value]) => value !== ''));
  }
  const steuernummer = get('steuernummer');
  if (steuernummer) draft['taxNumbers'] = [{ value: steuernummer, ...(land ? { land } : {}) }];
  const iban = get('iban');
  const bic = get('bic');
  const holder = get('accountHolder');
  if (iban)
    draft['bankAccounts'] = [{ iban, ...(bic ? { bic } : {}), ...(holder ? { accountHolder: holder } : {}) }];
  else if (bic || holder)
    problem(bic ? 'bic' : 'accountHolder', 'BIC und Kontoinhaber gehören zu einer IBAN; die IBAN fehlt.');

  if (kind === 'person') {
    set('lastName', lastName);
    set('firstName', get('firstName'));
    set('title', get('title'));
    set('salutation', salutation);
    set('birthName', get('birthName'));
    set('birthDate', get('birthDate'));
    set('steuerId', get('steuerId'));
    set('companyName', companyName);
    set('registerNumber', get('registerNumber'));
    set('registerCourt', get('registerCourt'));
  } else {
    set('companyName', companyName);
    set('registerNumber', get('registerNumber'));
    set('registerCourt', get('registerCourt'));
    set('steuerId', get('steuerId'));
    set('birthDate', get('birthDate'));
    set('birthName', get('birthName'));
    // In office exports a company's Vorname/Nachname name its Ansprechpartner.
    if (lastName) {
      draft['contacts'] = [
        {
          lastName,
          ...(get('firstName') ? { firstName: get('firstName') } : {}),
          ...(get('title') ? { title: get('title') } : {}),
          ...(salutation ? { salutation } : {}),
        },
      ];
    } else if (get('firstName')) {
      problem('lastName', 'Zum Vornamen des Ansprechpartners fehlt der Nachname.');
    }
  }

  const clientDraft = draft as ClientDraft;
  let value: NormalizedClient | undefined;
  if (!problems.some((p) => p.severity === 'error')) {
    const result = normalizeClient(clientDraft, ctx.normalize);
    for (const warning of result.warnings) problem(fieldOfPath(warning.field), warning.message, 'warning');
    if (result.ok) value = result.value;
    else for (const [path, message] of Object.entries(result.errors)) problem(fieldOfPath(path), message);
  }
  return { line: record.line, clientNumber, kind, draft: clientDraft, value, problems };
}

export const rowHasErrors = (row: PreparedRow): boolean => row.problems.some((p) => p.severity === 'error');
