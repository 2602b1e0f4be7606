import path from 'node:path';

export interface ShellPaths {
  preloadFile: string;
  rendererDir: string;
  /** Window icon (used on Linux; Windows and macOS take it from the executable). */
  iconFile: string;
  /** Undefined in development: the core then finds drizzle/ above its own module. */
  migrationsDir: string | undefined;
}

/**
 * Where the shell finds its files. In a packaged app the code lives in app.asar while drizzle/ and
 * resources/ are copied next to it by electron-builder (extraResources).
 */
export function shellPaths(opts: {
  /** The folder of the bundled main script, out/main. */
  mainDir: string;
  /** app.getAppPath(): the project root in development, app.asar when packaged. */
  appPath: string;
  isPackaged: boolean;
  resourcesPath: string;
}): ShellPaths {
  const outDir = path.dirname(opts.mainDir);
  return {
    preloadFile: path.join(outDir, 'preload', 'index.cjs'),
    rendererDir: path.join(outDir, 'renderer'),
    iconFile: opts.isPackaged
      ? path.join(opts.resourcesPath, 'resources', 'icon.png')
      : path.join(opts.appPath, 'resources', 'icon.png'),
    migrationsDir: opts.isPackaged ? path.join(opts.resourcesPath, 'drizzle') : undefined,
  };
}
