import fs from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { AppError } from '../../../src-shared/errors/app-error';
import * as schema from './schema';
import type { Db } from './types';

/** Marks the file as ours ("RSKI"), so a foreign SQLite file is never migrated. */
export const APPLICATION_ID = 0x52534b49;
const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: Db;
}

function assertLooksLikeSqlite(file: string): void {
  if (!fs.existsSync(file)) return;
  const stat = fs.statSync(file);
  if (!stat.isFile()) {
    throw new AppError(
      'unavailable',
      `Der Pfad ${file} ist keine Datei. Bitte wählen Sie ein anderes Datenverzeichnis.`,
      `Database path is not a regular file: ${file}`,
      { code: 'db_not_a_file' },
    );
  }
  if (stat.size === 0) return;
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    fs.readSync(fd, header, 0, 16, 0);
    if (header.toString('latin1') !== SQLITE_HEADER) {
      throw new AppError(
        'unavailable',
        `Die Datei ${file} ist keine Datenbank von RechtsUndSteuerKI. Sie wurde nicht verändert.`,
        `File is not an SQLite database: ${file}`,
        { code: 'db_not_sqlite' },
      );
    }
  } finally {
    fs.closeSync(fd);
  }
}

function hasUserTables(sqlite: Database.Database): boolean {
  const row = sqlite
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  return row.n > 0;
}

/**
 * The single place that opens SQLite. better-sqlite3 13 is an N-API module, so this
 * same binary loads in Node (CLI, tests) and in Electron without a rebuild.
 */
export function openDatabase(file: string, opts: { readonly?: boolean } = {}): OpenedDatabase {
  assertLooksLikeSqlite(file);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (cause) {
    throw new AppError(
      'unavailable',
      `Die Datenbank ${file} kann nicht geöffnet werden. Prüfen Sie die Zugriffsrechte auf das Datenverzeichnis.`,
      `Cannot open database ${file}: ${(cause as Error).message}`,
      { code: 'db_open_failed' },
    );
  }
  try {
    sqlite.pragma('busy_timeout = 5000');
    const appId = sqlite.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID && (appId !== 0 || hasUserTables(sqlite))) {
      throw new AppError(
        'unavailable',
        `Die Datei ${file} gehört nicht zu RechtsUndSteuerKI. Sie wurde nicht verändert.`,
        `Foreign SQLite database (application_id=${appId}): ${file}`,
        { code: 'db_foreign' },
      );
    }
    if (!opts.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
      if (appId === 0) sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    }
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite.close();
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError(
        'unavailable',
        `Die Datei ${file} ist beschädigt oder keine Datenbank. Sie wurde nicht verändert.`,
        `Database file unreadable (${code}): ${file}`,
        { code: 'db_corrupt' },
      );
    }
    throw error;
  }
  return { sqlite, db: drizzle(sqlite, { schema }) };
}
