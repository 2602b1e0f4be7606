import fs from 'node:fs';
import type { DbStatus } from '../../../../src-shared/ipc';
import { readMigrationState } from '../../db/migrate';
import type { ServiceDeps } from '../deps';

export function dbStatus(deps: Pick<ServiceDeps, 'sqlite' | 'migrationsDir' | 'paths'>): DbStatus {
  const state = readMigrationState(deps.sqlite, deps.migrationsDir);
  const pendingTags = new Set(state.pending.map((p) => p.tag));
  const appliedAt = new Map(state.appliedRows.map((r) => [r.createdAt, r]));
  const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
  return {
    file: deps.paths.dbFile,
    sizeBytes: size(deps.paths.dbFile) + size(`${deps.paths.dbFile}-wal`),
    schemaVersion: state.schemaVersion,
    latestSchemaVersion: state.latestSchemaVersion,
    applied: state.known
      .filter((m) => !pendingTags.has(m.tag))
      .map((m) => ({
        tag: m.tag,
        createdAt: m.createdAt,
        appliedAt: appliedAt.has(m.createdAt) ? 'applied' : null,
      })),
    pending: state.pending.map((m) => ({ ...m, appliedAt: null })),
    journalMode: String(deps.sqlite.pragma('journal_mode', { simple: true })),
  };
}

export interface DbCheckResult {
  ok: boolean;
  integrity: string[];
  foreignKeyViolations: { table: string; rowid: number | null; parent: string }[];
}

/** SQLite's own integrity and foreign-key checks; read-only. */
export function dbCheck(deps: Pick<ServiceDeps, 'sqlite'>): DbCheckResult {
  const integrity = (deps.sqlite.pragma('integrity_check') as { integrity_check: string }[]).map(
    (r) => r.integrity_check,
  );
  const foreignKeyViolations = (
    deps.sqlite.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]
  ).map(({ table, rowid, parent }) => ({ table, rowid, parent }));
  const ok = integrity.length === 1 && integrity[0] === 'ok' && foreignKeyViolations.length === 0;
  return { ok, integrity, foreignKeyViolations };
}
