import type { Command } from 'commander';
import { assertNotNewer, readMigrationState } from '../../core/db/migrate';
import { dbCheck, dbStatus } from '../../core/services/system/db-status';
import { withCore, withReadonlyDb } from '../context';
import { EXIT_USER_ERROR, printResult, type GlobalOptions } from '../output';

const formatBytes = (n: number) =>
  n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`;

export function registerDbCommands(
  program: Command,
  run: (fn: (opts: GlobalOptions) => Promise<number | void>) => (...args: unknown[]) => Promise<void>,
): void {
  const db = program.command('db').description('Datenbank anlegen, prüfen und anzeigen');

  db.command('init')
    .description('Legt die Datenbank an oder bringt sie auf den neuesten Stand (mehrfach aufrufbar)')
    .action(
      run(async (opts) =>
        withCore(opts, (core) => {
          const status = dbStatus(core.deps);
          const result = {
            dataDir: core.paths.dataDir,
            file: core.paths.dbFile,
            schemaVersion: status.schemaVersion,
            applied: core.migration.applied,
            backupFile: core.migration.backupFile,
          };
          printResult(opts, result, () =>
            result.applied.length > 0
              ? `Datenbank ${result.file} eingerichtet (Schema ${result.schemaVersion}).`
              : `Datenbank ${result.file} ist aktuell (Schema ${result.schemaVersion}).`,
          );
        }),
      ),
    );

  db.command('status')
    .description('Zeigt Datei, Größe, Schemaversion und Migrationen')
    .action(
      run(async (opts) =>
        withReadonlyDb(opts, ({ sqlite, paths, migrationsDir }) => {
          assertNotNewer(sqlite, readMigrationState(sqlite, migrationsDir), paths.dbFile);
          const status = dbStatus({ sqlite, paths, migrationsDir });
          printResult(opts, status, () =>
            [
              `Datei:          ${status.file}`,
              `Größe:          ${formatBytes(status.sizeBytes)}`,
              `Schema:         ${status.schemaVersion} von ${status.latestSchemaVersion}`,
              `Angewendet:     ${status.applied.map((m) => m.tag).join(', ') || '–'}`,
              `Ausstehend:     ${status.pending.map((m) => m.tag).join(', ') || '–'}`,
            ].join('\n'),
          );
        }),
      ),
    );

  db.command('check')
    .description('Prüft die Integrität der Datenbank und ihre Verknüpfungen')
    .action(
      run(async (opts) =>
        withReadonlyDb(opts, ({ sqlite }) => {
          const result = dbCheck({ sqlite });
          printResult(opts, result, () =>
            result.ok
              ? 'Die Datenbank ist in Ordnung.'
              : `Die Datenbank hat Fehler:\n${[...result.integrity, ...result.foreignKeyViolations.map((v) => `${v.table} → ${v.parent} (Zeile ${v.rowid})`)].join('\n')}`,
          );
          return result.ok ? 0 : EXIT_USER_ERROR;
        }),
      ),
    );
}
