import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import { AppError } from '../../../../src-shared/errors/app-error';
import { defaultLimits } from '../../analysis';
import { settings } from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import type { Actor, ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { importDocuments, type ImportProgress } from './document-import';

export const WATCH_FOLDER_KEY = 'documents.watchFolder';
export const WATCH_FOLDER_TASK_ID = 'scan-ordner';
const DEFAULT_INTERVAL_MS = 5_000;
/** Names scanners and copy tools use while a file is still being written, and hidden files. */
const transient = /^(\.|~\$)|\.(tmp|temp|part|partial|crdownload|download|lock)$/i;

export interface WatchFolderState {
  folder: string | null;
  lastScanAt: string | null;
  lastError: string | null;
}

export interface ScanResult {
  /** Files read and handed to the import (new documents and duplicates). */
  imported: number;
  /** Files seen for the first time or still growing: read at a later scan. */
  waiting: number;
}

export interface WatchFolder {
  /** One scan now (tests, or right after the folder was set); waits for a running scan first. */
  scanNow(): Promise<ScanResult>;
  /** Forgets what was seen, e.g. after the folder changed. */
  reset(): void;
  stop(): Promise<void>;
  state(): { lastScanAt: string | null; lastError: string | null };
}

const watchers = new WeakMap<Database.Database, WatchFolder>();

/** The running poller of this database's core, if any. */
export function watchFolderOf(deps: Pick<ServiceDeps, 'sqlite'>): WatchFolder | undefined {
  return watchers.get(deps.sqlite);
}

export function readWatchFolder(db: DbOrTx): string | null {
  const row = db.select().from(settings).where(eq(settings.key, WATCH_FOLDER_KEY)).get();
  const value = row?.value as { folder?: unknown } | null | undefined;
  return typeof value?.folder === 'string' ? value.folder : null;
}

export function getWatchFolder(deps: ServiceDeps): WatchFolderState {
  const state = watchFolderOf(deps)?.state() ?? { lastScanAt: null, lastError: null };
  return { folder: readWatchFolder(deps.db), ...state };
}

const folderError = (message: string, code: string) =>
  new AppError('validation', message, `Watch folder refused: ${code}`, { field: 'folder', code });

/** Checks the folder: absolute, existing, a directory, readable, and not inside the data directory. */
export function validateWatchFolder(deps: Pick<ServiceDeps, 'paths'>, folder: string): string {
  if (!path.isAbsolute(folder)) {
    throw folderError(
      'Bitte geben Sie den vollständigen Pfad des Ordners an (z. B. C:\\Scans oder /home/kanzlei/Scans).',
      'folder_not_absolute',
    );
  }
  const resolved = path.resolve(folder);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw folderError(`Den Ordner „${resolved}“ gibt es nicht.`, 'folder_missing');
  }
  if (!stat.isDirectory()) throw folderError(`„${resolved}“ ist kein Ordner.`, 'folder_not_directory');
  try {
    fs.accessSync(resolved, fs.constants.R_OK);
  } catch {
    throw folderError(
      `Der Ordner „${resolved}“ kann nicht gelesen werden (fehlende Berechtigung).`,
      'folder_unreadable',
    );
  }
  const data = path.resolve(deps.paths.dataDir);
  const relative = path.relative(data, resolved);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw folderError(
      'Der Scan-Ordner darf nicht im Datenverzeichnis des Programms liegen.',
      'folder_in_data_dir',
    );
  }
  return resolved;
}

export function setWatchFolder(deps: ServiceDeps, actor: Actor, folder: string | null): WatchFolderState {
  const next = folder === null ? null : validateWatchFolder(deps, folder);
  mutate(deps, actor, ({ tx, now, audit }) => {
    const before = readWatchFolder(tx);
    const value = { folder: next };
    tx.insert(settings)
      .values({ key: WATCH_FOLDER_KEY, value, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
      .run();
    audit({
      action: 'settings.update',
      entityType: 'settings',
      entityId: WATCH_FOLDER_KEY,
      before: { folder: before },
      after: value,
    });
  });
  watchFolderOf(deps)?.reset();
  return getWatchFolder(deps);
}

interface Seen {
  size: number;
  mtimeMs: number;
  /** Read and imported in this state; only a change brings it back. */
  done: boolean;
}

export interface WatchFolderOptions {
  /** Polling interval; 0 = no timer (scanNow only). */
  intervalMs?: number;
  /** Progress of imports from the folder (taskId 'scan-ordner'). */
  onProgress?: (progress: ImportProgress) => void;
  /** Who imports; default: the system (audit shows "System"). */
  actor?: Actor | null;
}

/** Reads a regular file without following a symbolic link (O_NOFOLLOW where the system has it). */
function readRegularFile(file: string, maxBytes: number): Buffer | null {
  const noFollow = fs.constants.O_NOFOLLOW ?? 0;
  const fd = fs.openSync(file, fs.constants.O_RDONLY | noFollow);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) return null;
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Polls the configured scan folder: every regular file directly in it (no subfolders, no symbolic
 * links, no hidden or temporary names) is imported with source 'ordner' once its size and time stay
 * the same across two scans (a scanner may still be writing). Content already stored is recognised by
 * its hash and not read again. Files are left in the folder.
 */
export function startWatchFolder(deps: ServiceDeps, options: WatchFolderOptions = {}): WatchFolder {
  const seen = new Map<string, Seen>();
  let folderSeen: string | null = null;
  let lastScanAt: string | null = null;
  let lastError: string | null = null;
  let running: Promise<ScanResult> | null = null;
  let stopped = false;
  const abort = new AbortController();

  const scan = async (): Promise<ScanResult> => {
    const result: ScanResult = { imported: 0, waiting: 0 };
    const folder = readWatchFolder(deps.db);
    if (folder !== folderSeen) {
      seen.clear();
      folderSeen = folder;
    }
    if (!folder) return result;
    lastScanAt = deps.clock().toISOString();
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      lastError = `Der Scan-Ordner „${folder}“ ist nicht erreichbar.`;
      return result;
    }
    const ready: { name: string; file: string; state: Seen }[] = [];
    const present = new Set<string>();
    for (const entry of entries) {
      // Dirent types come from lstat: a symbolic link is never a file here, so nothing outside is read.
      if (!entry.isFile() || transient.test(entry.name)) continue;
      const file = path.join(folder, entry.name);
      present.add(file);
      let stat: fs.Stats;
      try {
        stat = fs.lstatSync(file);
      } catch {
        continue;
      }
      if (!stat.isFile()) continue;
      const before = seen.get(file);
      const state: Seen = { size: stat.size, mtimeMs: stat.mtimeMs, done: false };
      if (before && before.size === state.size && before.mtimeMs === state.mtimeMs) {
        if (before.done) continue;
        if (state.size > 0) ready.push({ name: entry.name, file, state: before });
        else result.waiting++;
      } else {
        seen.set(file, state);
        result.waiting++;
      }
    }
    for (const file of seen.keys()) if (!present.has(file)) seen.delete(file);
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const item of ready) {
      try {
        const bytes = readRegularFile(item.file, defaultLimits.maxFileBytes);
        item.state.done = true;
        if (bytes) files.push({ name: item.name, bytes: new Uint8Array(bytes) });
      } catch {
        // Vanished or locked by the scanner: tried again at the next scan.
      }
    }
    lastError = null;
    if (files.length === 0 || abort.signal.aborted) return result;
    const imported = await importDocuments(deps, options.actor ?? null, files, {
      source: 'ordner',
      signal: abort.signal,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    result.imported = imported.items.filter((item) => item.documentId !== null).length;
    const failed = imported.items.filter((item) => item.documentId === null && item.error);
    if (failed.length > 0) {
      deps.logger.warn({ count: failed.length }, 'watch folder: files refused');
    }
    return result;
  };

  const scanNow = async (): Promise<ScanResult> => {
    while (running) await running.catch(() => undefined);
    if (stopped) return { imported: 0, waiting: 0 };
    running = scan().finally(() => {
      running = null;
    });
    return running;
  };

  const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const timer =
    interval > 0
      ? setInterval(() => {
          if (running || stopped) return;
          scanNow().catch((error: unknown) => {
            lastError = 'Der Scan-Ordner konnte nicht gelesen werden.';
            deps.logger.error({ err: error }, 'watch folder scan failed');
          });
        }, interval)
      : undefined;
  timer?.unref();

  const watcher: WatchFolder = {
    scanNow,
    reset: () => {
      seen.clear();
      folderSeen = null;
      lastError = null;
    },
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      abort.abort();
      await running?.catch(() => undefined);
      if (watchers.get(deps.sqlite) === watcher) watchers.delete(deps.sqlite);
    },
    state: () => ({ lastScanAt, lastError }),
  };
  watchers.set(deps.sqlite, watcher);
  return watcher;
}
