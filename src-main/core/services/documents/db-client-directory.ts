import type Database from 'better-sqlite3';
import type {
  ClientDirectory,
  ClientIdentifierKind,
  ClientRef,
  NameSearchHints,
} from '../../../../src-shared/rules/documents';
import { nameTokens } from '../../../../src-shared/rules/documents/name-similarity';
import { cachedStatement } from '../../db/statement-cache';
import type { ServiceDeps } from '../deps';

/** Upper bounds: the matcher ranks what comes back, so a broad but bounded set is enough. */
const PER_QUERY_LIMIT = 100;
const POSTAL_CODE_LIMIT = 200;
const MAX_TOKENS = 6;

interface ClientRefRow {
  id: number;
  client_number: string;
  kind: 'person' | 'company';
  display_name: string;
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  post_street: string | null;
  post_postal_code: string | null;
  post_city: string | null;
}

const REF_COLUMNS =
  'id, client_number, kind, display_name, first_name, last_name, company_name, street, postal_code, city, ' +
  'post_street, post_postal_code, post_city';

const orUndefined = (value: string | null): string | undefined => value ?? undefined;

/**
 * A client as the matcher sees it. The address is the Hausanschrift, or the Postanschrift when the
 * document's postal code is that one (letters are often sent to where the post goes).
 */
function toRef(row: ClientRefRow, hints?: NameSearchHints): ClientRef {
  const usePost =
    hints?.postalCode !== undefined &&
    row.post_postal_code === hints.postalCode &&
    row.postal_code !== hints.postalCode;
  return {
    id: String(row.id),
    clientNumber: row.client_number,
    kind: row.kind,
    displayName: row.display_name,
    firstName: orUndefined(row.first_name),
    lastName: orUndefined(row.last_name),
    companyName: orUndefined(row.company_name),
    street: orUndefined(usePost ? row.post_street : row.street),
    postalCode: orUndefined(usePost ? row.post_postal_code : row.postal_code),
    city: orUndefined(usePost ? row.post_city : row.city),
  };
}

function refsByIds(sqlite: Database.Database, ids: readonly number[], hints?: NameSearchHints): ClientRef[] {
  if (ids.length === 0) return [];
  const rows = cachedStatement(
    sqlite,
    `SELECT ${REF_COLUMNS} FROM clients WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as ClientRefRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toRef(row, hints)] : [];
  });
}

const ftsIds = (sqlite: Database.Database, match: string, limit: number): number[] =>
  cachedStatement(sqlite, 'SELECT rowid FROM clients_fts WHERE clients_fts MATCH ? LIMIT ?')
    .pluck()
    .all(match, limit) as number[];

/** The searchable part of a folded name token (`mueller`); '?' (a letter a Windows-1252 export lost) ends it. */
function ftsWord(token: string): string | null {
  const clean = (token.split('?')[0] ?? '').replace(/[^a-z0-9]/g, '');
  return clean.length >= 2 ? clean : null;
}

/** FTS5 prefix term; the index holds both `muller` and `mueller` for Müller, so the folded form finds both. */
const prefix = (word: string): string => `"${word}"*`;

const and = (terms: readonly string[]): string => terms.join(' AND ');

/** Words of an identifier as the unicode61 tokenizer splits them (for e-mail addresses). */
const ftsWords = (value: string): string[] =>
  value
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

function idsForIdentifier(sqlite: Database.Database, kind: ClientIdentifierKind, value: string): number[] {
  switch (kind) {
    case 'steuernummer':
      return cachedStatement(sqlite, 'SELECT DISTINCT client_id FROM client_tax_numbers WHERE elster13 = ?')
        .pluck()
        .all(value) as number[];
    case 'steuerId':
      return cachedStatement(sqlite, 'SELECT id FROM clients WHERE steuer_id = ?')
        .pluck()
        .all(value) as number[];
    case 'ustId':
      return cachedStatement(sqlite, 'SELECT id FROM clients WHERE ust_id_nr = ?')
        .pluck()
        .all(value.toUpperCase()) as number[];
    case 'iban': {
      // No index on the IBAN column: the search index holds every IBAN compact, the table confirms.
      const iban = value.replace(/\s/g, '').toUpperCase();
      if (!/^[A-Z]{2}[0-9A-Z]{13,32}$/.test(iban)) return [];
      return cachedStatement(
        sqlite,
        'SELECT DISTINCT b.client_id FROM (SELECT rowid AS id FROM clients_fts WHERE clients_fts MATCH ? LIMIT 50) m ' +
          'CROSS JOIN client_bank_accounts b ON b.client_id = m.id WHERE b.iban = ?',
      )
        .pluck()
        .all(`"${iban.toLowerCase()}"`, iban) as number[];
    }
    case 'email': {
      const email = value.trim().toLowerCase();
      const words = ftsWords(email);
      if (words.length === 0 || !email.includes('@')) return [];
      return cachedStatement(
        sqlite,
        'SELECT DISTINCT c.id FROM (SELECT rowid AS id FROM clients_fts WHERE clients_fts MATCH ? LIMIT 200) m ' +
          'CROSS JOIN clients c ON c.id = m.id ' +
          'WHERE lower(c.email) = ? OR EXISTS (SELECT 1 FROM client_contacts k WHERE k.client_id = c.id AND lower(k.email) = ?)',
      )
        .pluck()
        .all(and(words.map((word) => `"${word}"`)), email, email) as number[];
    }
  }
}

/**
 * Candidate ids for a name: all words (prefixes); all words but one, which only has to share its first
 * three letters (a typo or OCR slip); each word together with the city; everybody at the same postal code. Each
 * query is bounded; the matcher ranks the union.
 */
function idsForName(sqlite: Database.Database, name: string, hints: NameSearchHints): number[] {
  const ids = new Set<number>();
  const add = (list: readonly number[]) => list.forEach((id) => ids.add(id));
  const words = [...new Set(nameTokens(name).map(ftsWord))]
    .filter((word): word is string => word !== null)
    .slice(0, MAX_TOKENS);
  const terms = words.map(prefix);
  if (terms.length > 0) add(ftsIds(sqlite, and(terms), PER_QUERY_LIMIT));
  if (terms.length > 1) {
    // One word may carry a typo or OCR slip: it only has to share its first three letters.
    words.forEach((word, loose) => {
      const rest = terms.filter((_, i) => i !== loose);
      add(ftsIds(sqlite, and(word.length > 3 ? [...rest, prefix(word.slice(0, 3))] : rest), PER_QUERY_LIMIT));
    });
  }
  const cityTerms = hints.city
    ? nameTokens(hints.city)
        .map(ftsWord)
        .filter((word): word is string => word !== null)
        .map(prefix)
    : [];
  if (cityTerms.length > 0) {
    for (const term of terms) add(ftsIds(sqlite, and([term, ...cityTerms]), PER_QUERY_LIMIT));
  }
  const postalCode = hints.postalCode?.trim();
  if (postalCode && /^\d{5}$/.test(postalCode)) {
    add(
      cachedStatement(sqlite, 'SELECT id FROM clients WHERE postal_code = ? LIMIT ?')
        .pluck()
        .all(postalCode, POSTAL_CODE_LIMIT) as number[],
    );
  }
  return [...ids];
}

/** One client as the matcher sees it, e.g. the client a document was dropped on; null when unknown. */
export function clientRefById(deps: Pick<ServiceDeps, 'sqlite'>, id: number): ClientRef | null {
  return refsByIds(deps.sqlite, [id])[0] ?? null;
}

/**
 * The office's clients as the document analysis looks them up (ClientDirectory): identifiers through
 * indexed columns (Steuernummer in its 13-digit ELSTER form, Steuer-ID, USt-IdNr) or the client search
 * index (IBAN, e-mail), names through the search index plus the postal code. Reads only; every query
 * is bounded, so a lookup stays in the low milliseconds with 50,000 clients.
 */
export function createDbClientDirectory(deps: Pick<ServiceDeps, 'sqlite'>): ClientDirectory {
  const { sqlite } = deps;
  return {
    findByIdentifier(kind, normalizedValue) {
      const value = normalizedValue.trim();
      if (value === '') return [];
      return refsByIds(sqlite, idsForIdentifier(sqlite, kind, value));
    },
    searchByName(name, hints) {
      return refsByIds(sqlite, idsForName(sqlite, name, hints), hints);
    },
  };
}
