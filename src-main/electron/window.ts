import fs from 'node:fs';
import { BrowserWindow } from 'electron';
import type { Logger } from '../core';
import { MIN_WINDOW_SIZE } from './window-bounds';
import { restoreWindowBounds, trackWindowState } from './window-state';

export interface MainWindowOptions {
  preloadFile: string;
  iconFile: string;
  entryUrl: string;
  stateFile: string;
  devTools: boolean;
  logger: Logger;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const { bounds, maximized } = restoreWindowBounds(opts.stateFile);
  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'RechtsUndSteuerKI',
    ...(fs.existsSync(opts.iconFile) ? { icon: opts.iconFile } : {}),
    // Painted until the renderer's first frame, so the window never flashes white.
    backgroundColor: '#f8f9fa',
    show: false,
    webPreferences: {
      preload: opts.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: opts.devTools,
      spellcheck: false,
    },
  });

  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  trackWindowState(win, opts.stateFile, (error) =>
    opts.logger.warn({ err: error }, 'window state not saved'),
  );
  win.webContents.on('render-process-gone', (_event, details) => {
    opts.logger.error({ reason: details.reason, exitCode: details.exitCode }, 'renderer process gone');
  });
  win.webContents.on('preload-error', (_event, preloadPath, error) => {
    opts.logger.error({ err: error, preloadPath }, 'preload failed');
  });
  win.loadURL(opts.entryUrl).catch((error: unknown) => {
    opts.logger.error({ err: error, url: opts.entryUrl }, 'renderer failed to load');
  });
  return win;
}
