import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppError } from '../../../src-shared/errors/app-error';
import type { Db } from './types';

const MIGRATIONS_TABLE = '__drizzle_migrations';

interface JournalEntry {
  tag: string;
  when: number;
}

export interface MigrationState {
  known: { tag: string; createdAt: number; hash: string }[];
  appliedRows: { hash: string; createdAt: number }[];
  pending: { tag: string; createdAt: number }[];
  /** Number of known migrations applied; equals the PRAGMA user_version we write. */
  schemaVersion: number;
  latestSchemaVersion: number;
}

export function readMigrationState(sqlite: Database.Database, migrationsDir: string): MigrationState {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  const files = readMigrationFiles({ migrationsFolder: migrationsDir });
  const known = journal.entries.map((entry, i) => ({
    tag: entry.tag,
    createdAt: entry.when,
    hash: files[i]?.hash ?? '',
  }));
  const tableExists = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  const appliedRows = tableExists
    ? (sqlite
        .prepare(
          `SELECT hash, CAST(created_at AS INTEGER) AS createdAt FROM ${MIGRATIONS_TABLE} ORDER BY created_at`,
        )
        .all() as { hash: string; createdAt: number }[])
    : [];
  const lastApplied = appliedRows.at(-1)?.createdAt ?? -Infinity;
  // drizzle applies every journal entry newer than the last applied one; mirror that rule.
  const pending = known
    .filter((m) => m.createdAt > lastApplied)
    .map(({ tag, createdAt }) => ({ tag, createdAt }));
  return {
    known,
    appliedRows,
    pending,
    schemaVersion: known.length - pending.length,
    latestSchemaVersion: known.length,
  };
}

export function assertNotNewer(sqlite: Database.Database, state: MigrationState, file: string): void {
  const latestKnown = state.known.at(-1)?.createdAt ?? 0;
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  const unknownApplied = state.appliedRows.filter((row) => row.createdAt > latestKnown);
  if (unknownApplied.length > 0 || userVersion > state.latestSchemaVersion) {
    const theirs = Math.max(userVersion, state.appliedRows.length);
    throw new AppError(
      'unavailable',
      `Diese Datenbank wurde von einer neueren Version von RechtsUndSteuerKI geschrieben (Schema ${theirs}, ` +
        `dieses Programm kennt Schema ${state.latestSchemaVersion}). Bitte installieren Sie die aktuelle Version. ` +
        'Die Datenbank wurde nicht verändert.',
      `Database ${file} has schema ${theirs}, newer than supported ${state.latestSchemaVersion}`,
      { code: 'db_newer_version' },
    );
  }
}

/**
 * Applies pending migrations in one transaction (drizzle's migrator), after a consistent
 * safety copy of an existing database made with VACUUM INTO.
 */
export function migrateDatabase(opts: {
  sqlite: Database.Database;
  db: Db;
  file: string;
  migrationsDir: string;
  backupDir: string;
  timestamp: string;
}): { applied: string[]; backupFile: string | null; state: MigrationState } {
  const { sqlite, db, file, migrationsDir, backupDir } = opts;
  const before = readMigrationState(sqlite, migrationsDir);
  assertNotNewer(sqlite, before, file);
  if (before.pending.length === 0) return { applied: [], backupFile: null, state: before };

  let backupFile: string | null = null;
  if (before.appliedRows.length > 0) {
    fs.mkdirSync(backupDir, { recursive: true });
    backupFile = path.join(
      backupDir,
      `vor-migration-schema-${before.schemaVersion}-${opts.timestamp.replace(/[:.]/g, '-')}.sqlite`,
    );
    sqlite.prepare('VACUUM INTO ?').run(backupFile);
  }
  migrate(db, { migrationsFolder: migrationsDir, migrationsTable: MIGRATIONS_TABLE });
  const after = readMigrationState(sqlite, migrationsDir);
  sqlite.pragma(`user_version = ${after.schemaVersion}`);
  return { applied: before.pending.map((m) => m.tag), backupFile, state: after };
}
