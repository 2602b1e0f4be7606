import type Database from 'better-sqlite3';
import type { Actor } from '../../../src-shared/ipc';
import type { Clock } from '../clock';
import type { Db } from '../db/types';
import type { Logger } from '../logging/logger';
import type { DataPaths } from '../paths';
import type { ContentStore } from '../storage/content-store';

/** What every service gets; services never import electron and never open their own database. */
export interface ServiceDeps {
  db: Db;
  sqlite: Database.Database;
  clock: Clock;
  logger: Logger;
  paths: DataPaths;
  migrationsDir: string;
  /** Document and template bytes, content-addressed under paths.documentsDir. */
  store: ContentStore;
  /** The shipped resources (templates, Finanzamt directory, OCR data). */
  resourcesDir: string;
  /** Opens a file in the system's default program; only the desktop shell provides it. */
  openPath?: (absolutePath: string) => Promise<boolean>;
}

export type { Actor };
