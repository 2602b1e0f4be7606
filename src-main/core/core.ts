import fs from 'node:fs';
import type { LevelWithSilent } from 'pino';
import type { EventName, EventPayload } from '../../src-shared/ipc/events';
import type { IpcResult } from '../../src-shared/ipc/result';
import { systemClock, type Clock } from './clock';
import { migrateDatabase } from './db/migrate';
import { findMigrationsDir } from './db/migrations-dir';
import { openDatabase } from './db/open';
import { createHandlers } from './ipc/create-handlers';
import { createDispatcher } from './ipc/dispatcher';
import { createFileLogger, type Logger } from './logging/logger';
import { dataPaths, type DataPaths } from './paths';
import { findResourcesDir } from './resources-dir';
import { createContentStore } from './storage/content-store';
import { destroySharedExtractionPool } from './analysis';
import { createAccessGuard } from './services/auth/access-guard';
import { Session } from './services/auth/session';
import type { Actor, ServiceDeps } from './services/deps';
import { cancelAllDocumentTasks } from './services/documents/document-tasks';
import { startWatchFolder, WATCH_FOLDER_TASK_ID } from './services/documents/watch-folder';
import { ensureDefaultOrderTypes } from './services/order-types/order-types-service';
import { installDefaultTemplates } from './services/templates/template-library';
import { ensureInitialAdmin, findActor } from './services/users/users-service';

export interface CoreOptions {
  dataDir: string;
  /** Defaults to the drizzle/ folder found above this module; the packaged app passes its resources path. */
  migrationsDir?: string;
  now?: Clock;
  logger?: Logger;
  logLevel?: LevelWithSilent;
  /** Defaults to the resources/ folder found above this module; the packaged app passes its own. */
  resourcesDir?: string;
  /** The desktop shell's way to open a file in its default program (Electron's shell.openPath). */
  openPath?: (absolutePath: string) => Promise<boolean>;
  /**
   * The watched scan folder (Einstellungen): polled every `watchFolderIntervalMs` (default 5000; 0 = no
   * timer, scans only through `watchFolderOf(core.deps).scanNow()`). `false` for short-lived hosts
   * such as the CLI, which should not import the folder as a side effect.
   */
  watchFolder?: boolean;
  watchFolderIntervalMs?: number;
}

type Listener = (payload: unknown) => void;

export interface Core {
  /** A call from the window: subject to the login session (see services/auth). */
  invoke(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  /**
   * A call from an in-process host acting as a known user (the CLI acts as the office
   * administrator): no login session, but the same validation and role check.
   */
  invokeAs(actor: Actor, channel: string, input: unknown): Promise<IpcResult<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  close(): Promise<void>;
  readonly paths: DataPaths;
  /** The office administrator (the oldest admin account), as the CLI and in-process tools act. */
  readonly actor: Actor;
  /** For the CLI and tests in this process; the renderer only ever sees invoke. */
  readonly deps: ServiceDeps;
  readonly migration: { applied: string[]; backupFile: string | null };
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const paths = dataPaths(options.dataDir);
  fs.mkdirSync(paths.dataDir, { recursive: true });
  const ownLogger = options.logger
    ? null
    : await createFileLogger({ logDir: paths.logDir, level: options.logLevel ?? 'info' });
  const logger = options.logger ?? ownLogger!.logger;
  const clock = options.now ?? systemClock;
  const migrationsDir = options.migrationsDir ?? findMigrationsDir();

  let opened: ReturnType<typeof openDatabase> | undefined;
  try {
    opened = openDatabase(paths.dbFile);
    const migration = migrateDatabase({
      sqlite: opened.sqlite,
      db: opened.db,
      file: paths.dbFile,
      migrationsDir,
      backupDir: paths.backupDir,
      timestamp: clock().toISOString(),
    });
    if (migration.applied.length > 0) {
      logger.info({ applied: migration.applied, backup: migration.backupFile }, 'database migrated');
    }
    const deps: ServiceDeps = {
      db: opened.db,
      sqlite: opened.sqlite,
      clock,
      logger,
      paths,
      migrationsDir,
      store: createContentStore(paths.documentsDir),
      resourcesDir: options.resourcesDir ?? findResourcesDir(migrationsDir),
      ...(options.openPath ? { openPath: options.openPath } : {}),
    };
    const initialAdmin = ensureInitialAdmin(deps);
    ensureDefaultOrderTypes(deps);
    await installDefaultTemplates(deps).catch((error: unknown) =>
      logger.error({ err: error }, 'default templates not installed'),
    );

    const listeners = new Map<string, Set<Listener>>();
    const emit = (event: string, payload: unknown) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    };
    const session = new Session();
    const dispatch = createDispatcher({
      handlers: createHandlers(deps, session),
      logger,
      guard: createAccessGuard(deps, session),
      emit,
    });
    const watcher =
      options.watchFolder === false
        ? null
        : startWatchFolder(deps, {
            intervalMs: options.watchFolderIntervalMs ?? 5_000,
            onProgress: (progress) => emit('progress', { taskId: WATCH_FOLDER_TASK_ID, ...progress }),
          });
    let closed = false;
    const sqlite = opened.sqlite;
    logger.info({ dataDir: paths.dataDir }, 'core started');

    return {
      invoke: (channel, input) => dispatch(channel, input),
      invokeAs: (actor, channel, input) => dispatch(channel, input, actor),
      on: (event, listener) => {
        const set = listeners.get(event) ?? new Set<Listener>();
        listeners.set(event, set);
        set.add(listener as Listener);
        return () => set.delete(listener as Listener);
      },
      close: async () => {
        if (closed) return;
        closed = true;
        // Running document imports stop; their worker threads end with the pool.
        cancelAllDocumentTasks(sqlite);
        await watcher?.stop();
        await destroySharedExtractionPool();
        listeners.clear();
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
        sqlite.close();
        logger.info('core closed');
        await ownLogger?.close();
      },
      paths,
      // Read on access: the first-start wizard renames the administrator.
      get actor() {
        return findActor(deps.db, initialAdmin.id) ?? initialAdmin;
      },
      deps,
      migration: { applied: migration.applied, backupFile: migration.backupFile },
    };
  } catch (error) {
    opened?.sqlite.close();
    logger.error({ err: error }, 'core start failed');
    await ownLogger?.close();
    throw error;
  }
}
