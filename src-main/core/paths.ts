import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'RechtsUndSteuerKI';

/**
 * The same directory Electron uses as userData for this app, so the CLI and the
 * desktop app share one database by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env['RSK_DATA_DIR']) return path.resolve(env['RSK_DATA_DIR']);
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), APP_DIR_NAME);
}

export interface DataPaths {
  dataDir: string;
  dbFile: string;
  logDir: string;
  backupDir: string;
  documentsDir: string;
}

export function dataPaths(dataDir: string): DataPaths {
  const dir = path.resolve(dataDir);
  return {
    dataDir: dir,
    dbFile: path.join(dir, 'rsk.sqlite'),
    logDir: path.join(dir, 'logs'),
    backupDir: path.join(dir, 'backups'),
    documentsDir: path.join(dir, 'documents'),
  };
}
