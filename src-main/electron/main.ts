import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { createCore, dataPaths, defaultDataDir, type Core } from '../core';
import { shellPaths } from './app-paths';
import { DEV_CSP, PRODUCTION_CSP } from './csp';
import { forwardCoreEvents, registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { registerAppSchemePrivileges, serveRendererFiles } from './renderer-protocol';
import { isTrustedSender, trustedRendererFor } from './renderer-trust';
import { hardenAllWebContents, hardenSession } from './security';
import { startupErrorText } from './startup-error';
import { createMainWindow } from './window';
import { WINDOW_STATE_FILE } from './window-state';

const APP_ID = 'de.rechtsundsteuerki.app';
const APP_NAME = 'RechtsUndSteuerKI';

const isDev = !app.isPackaged;
const trusted = trustedRendererFor({
  isPackaged: app.isPackaged,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
});
const csp = trusted.kind === 'dev' ? DEV_CSP : PRODUCTION_CSP;
const paths = shellPaths({
  mainDir: path.dirname(fileURLToPath(import.meta.url)),
  appPath: app.getAppPath(),
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
});

// The same directory the CLI uses (RSK_DATA_DIR or the platform default). Electron's userData
// is pointed there too, which also scopes the single-instance lock to the data directory;
// Chromium's caches go into a subfolder so they stay apart from the office's data.
const dataDir = defaultDataDir();
app.setName(APP_NAME);
app.setPath('userData', dataDir);
app.setPath('sessionData', path.join(dataDir, 'chromium'));

// Everything below that must happen before 'ready'.
registerAppSchemePrivileges();
app.enableSandbox();
hardenAllWebContents(app, trusted);

let core: Core | null = null;
let coreClosed = false;
let mainWindow: BrowserWindow | null = null;

function logError(error: unknown, message: string): void {
  if (core && !coreClosed) core.deps.logger.error({ err: error }, message);
  else console.error(message, error);
}

process.on('uncaughtException', (error) => logError(error, 'uncaught exception in main process'));
process.on('unhandledRejection', (reason) => logError(reason, 'unhandled rejection in main process'));

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function openMainWindow(running: Core): void {
  mainWindow = createMainWindow({
    preloadFile: paths.preloadFile,
    iconFile: paths.iconFile,
    entryUrl: trusted.entryUrl,
    stateFile: path.join(running.paths.dataDir, WINDOW_STATE_FILE),
    devTools: isDev,
    logger: running.deps.logger,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function openFolder(dir: string): void {
  shell.openPath(dir).then(
    (problem) => {
      if (problem) logError(new Error(problem), 'could not open folder');
    },
    (error: unknown) => logError(error, 'could not open folder'),
  );
}

async function start(): Promise<void> {
  await app.whenReady();
  try {
    core = await createCore({
      dataDir,
      ...(paths.migrationsDir ? { migrationsDir: paths.migrationsDir } : {}),
      // Letters open in the office's word processor; an error string from Electron means it failed.
      openPath: (file) => shell.openPath(file).then((problem) => problem === ''),
    });
  } catch (error) {
    const text = startupErrorText(error, dataPaths(dataDir).logDir);
    console.error(text.message);
    dialog.showErrorBox(text.title, text.message);
    app.exit(1);
    return;
  }
  const running = core;

  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.setAboutPanelOptions({
    applicationName: APP_NAME,
    applicationVersion: app.getVersion(),
    copyright: `© ${new Date().getFullYear()} ${APP_NAME}`,
  });
  hardenSession(session.defaultSession, { csp, trusted });
  serveRendererFiles({ rendererDir: paths.rendererDir, csp });
  registerIpcHandlers({
    core: running,
    logger: running.deps.logger,
    isTrusted: (sender) =>
      isTrustedSender(
        sender,
        mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.id : null,
        trusted,
      ),
  });
  forwardCoreEvents(running, () => mainWindow?.webContents ?? null);
  installApplicationMenu({
    platform: process.platform,
    appName: APP_NAME,
    isDev,
    actions: {
      openDataDir: () => openFolder(running.paths.dataDir),
      openLogDir: () => openFolder(running.paths.logDir),
    },
  });
  openMainWindow(running);
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this data directory; it gets focused via 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('activate', () => {
    if (core && !coreClosed && BrowserWindow.getAllWindows().length === 0) openMainWindow(core);
    else focusMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // 'will-quit' runs after every window has closed, so no IPC call can race the shutdown.
  // The quit is held once until the database is checkpointed and closed, then resumed.
  app.on('will-quit', (event) => {
    if (!core || coreClosed) return;
    event.preventDefault();
    const closing = core;
    coreClosed = true;
    closing
      .close()
      .catch((error: unknown) => console.error('closing the core failed', error))
      .finally(() => app.quit());
  });
  start().catch((error: unknown) => {
    logError(error, 'startup failed');
    const text = startupErrorText(error, dataPaths(dataDir).logDir);
    dialog.showErrorBox(text.title, text.message);
    const failed = core;
    coreClosed = true;
    (failed ? failed.close() : Promise.resolve()).finally(() => app.exit(1));
  });
}
