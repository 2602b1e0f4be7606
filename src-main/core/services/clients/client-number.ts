import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors/app-error';
import { settings } from '../../db/schema';
import type { DbOrTx } from '../../db/types';

export const DEFAULT_CLIENT_NUMBER_START = 10_000;
export const DEFAULT_CLIENT_NUMBER_DIGITS = 5;
export const NUMBER_SCHEME_KEY = 'clients.numberScheme';

export interface ClientNumberScheme {
  /** First number handed out. */
  start: number;
  /** Numbers are zero-padded to this many digits. */
  digits: number;
}

const SORT_WIDTH = 20;

/** Zero-padded for numeric numbers, so 9999 sorts before 10000; others after all numeric ones. */
export function clientNumberSortKey(clientNumber: string): string {
  return /^\d{1,20}$/.test(clientNumber)
    ? clientNumber.padStart(SORT_WIDTH, '0')
    : `~${clientNumber.toLowerCase()}`;
}

export function readNumberScheme(db: DbOrTx): ClientNumberScheme {
  const row = db.select().from(settings).where(eq(settings.key, NUMBER_SCHEME_KEY)).get();
  if (!row) return { start: DEFAULT_CLIENT_NUMBER_START, digits: DEFAULT_CLIENT_NUMBER_DIGITS };
  const parsed = row.value as Partial<ClientNumberScheme>;
  return {
    start: parsed.start ?? DEFAULT_CLIENT_NUMBER_START,
    digits: parsed.digits ?? DEFAULT_CLIENT_NUMBER_DIGITS,
  };
}

/**
 * The number after the highest one of the scheme in use (numbers typed by hand or imported with another
 * length do not count), at least the scheme's start. Uses the sort-key index: no table scan.
 */
export function nextClientNumber(db: DbOrTx, scheme = readNumberScheme(db)): string {
  const max = 10 ** scheme.digits - 1;
  const row = db.get<{ n: string } | undefined>(
    sql`SELECT client_number AS n FROM clients WHERE sort_number BETWEEN ${clientNumberSortKey(String(scheme.start))} AND ${clientNumberSortKey(String(max))} ORDER BY sort_number DESC LIMIT 1`,
  );
  const next = row ? Number(row.n) + 1 : scheme.start;
  if (next > max) {
    throw new AppError(
      'conflict',
      `Der Nummernkreis für Mandantennummern ist erschöpft (höchstens ${max}). Bitte in den Einstellungen mehr Stellen wählen.`,
      `Client number scheme exhausted at ${max}`,
      { code: 'client_number_exhausted' },
    );
  }
  return String(next).padStart(scheme.digits, '0');
}
