import fs from 'node:fs';
import { createCore, type Core } from '../core';
import { dataPaths, defaultDataDir, type DataPaths } from '../core/paths';
import { openDatabase } from '../core/db/open';
import { findMigrationsDir } from '../core/db/migrations-dir';
import type { GlobalOptions } from './output';
import { UserError } from './output';

export const resolvePaths = (opts: GlobalOptions): DataPaths => dataPaths(opts.dataDir ?? defaultDataDir());

export async function withCore<T>(opts: GlobalOptions, fn: (core: Core) => Promise<T> | T): Promise<T> {
  // The scan folder belongs to the desktop app; a CLI run must never import it as a side effect.
  const core = await createCore({ dataDir: resolvePaths(opts).dataDir, watchFolder: false });
  try {
    return await fn(core);
  } finally {
    await core.close();
  }
}

/** Read-only access for inspection commands: never migrates or creates anything. */
export function withReadonlyDb<T>(
  opts: GlobalOptions,
  fn: (ctx: {
    sqlite: ReturnType<typeof openDatabase>['sqlite'];
    paths: DataPaths;
    migrationsDir: string;
  }) => T,
): T {
  const paths = resolvePaths(opts);
  if (!fs.existsSync(paths.dbFile)) {
    throw new UserError(
      `Im Datenverzeichnis ${paths.dataDir} gibt es noch keine Datenbank. Legen Sie sie mit „rsk db init“ an.`,
      `No database at ${paths.dbFile}`,
    );
  }
  const { sqlite } = openDatabase(paths.dbFile, { readonly: true });
  try {
    return fn({ sqlite, paths, migrationsDir: findMigrationsDir() });
  } finally {
    sqlite.close();
  }
}
