import type Database from 'better-sqlite3';
import type { Actor } from '../../../src-shared/ipc';
import type { Clock } from '../clock';
import type { Db } from '../db/types';
import type { Logger } from '../logging/logger';
import type { DataPaths } from '../paths';

/** What every service gets; services never import electron and never open their own database. */
export interface ServiceDeps {
  db: Db;
  sqlite: Database.Database;
  clock: Clock;
  logger: Logger;
  paths: DataPaths;
  migrationsDir: string;
}

export type { Actor };
