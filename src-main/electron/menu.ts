import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openDataDir: () => void;
  openLogDir: () => void;
}

/**
 * The German application menu. Roles keep the platform behaviour (shortcuts, macOS services);
 * labels are set explicitly because Electron's role defaults are English.
 */
export function buildMenuTemplate(opts: {
  platform: NodeJS.Platform;
  appName: string;
  isDev: boolean;
  actions: MenuActions;
}): MenuItemConstructorOptions[] {
  const isMac = opts.platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: opts.appName,
    submenu: [
      { role: 'about', label: `Über ${opts.appName}` },
      sep,
      { role: 'services', label: 'Dienste' },
      sep,
      { role: 'hide', label: `${opts.appName} ausblenden` },
      { role: 'hideOthers', label: 'Andere ausblenden' },
      { role: 'unhide', label: 'Alle einblenden' },
      sep,
      { role: 'quit', label: `${opts.appName} beenden` },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Datei',
    submenu: [
      { label: 'Datenordner öffnen', click: () => opts.actions.openDataDir() },
      sep,
      isMac ? { role: 'close', label: 'Fenster schließen' } : { role: 'quit', label: 'Beenden' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Bearbeiten',
    submenu: [
      { role: 'undo', label: 'Rückgängig' },
      { role: 'redo', label: 'Wiederholen' },
      sep,
      { role: 'cut', label: 'Ausschneiden' },
      { role: 'copy', label: 'Kopieren' },
      { role: 'paste', label: 'Einfügen' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle', label: 'Einfügen und Stil anpassen' } as const] : []),
      { role: 'delete', label: 'Löschen' },
      sep,
      { role: 'selectAll', label: 'Alles auswählen' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Ansicht',
    submenu: [
      { role: 'reload', label: 'Neu laden' },
      ...(opts.isDev
        ? [
            { role: 'forceReload', label: 'Neu laden (ohne Cache)' } as const,
            { role: 'toggleDevTools', label: 'Entwicklerwerkzeuge' } as const,
          ]
        : []),
      sep,
      { role: 'resetZoom', label: 'Originalgröße' },
      { role: 'zoomIn', label: 'Vergrößern' },
      { role: 'zoomOut', label: 'Verkleinern' },
      sep,
      { role: 'togglefullscreen', label: 'Vollbild' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Fenster',
    role: 'windowMenu',
    submenu: isMac
      ? [
          { role: 'minimize', label: 'Im Dock ablegen' },
          { role: 'zoom', label: 'Zoomen' },
          sep,
          { role: 'front', label: 'Alle nach vorne bringen' },
        ]
      : [
          { role: 'minimize', label: 'Minimieren' },
          { role: 'close', label: 'Schließen' },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: 'Hilfe',
    role: 'help',
    submenu: [
      { label: 'Protokollordner öffnen', click: () => opts.actions.openLogDir() },
      ...(isMac ? [] : [sep, { role: 'about', label: `Über ${opts.appName}` } as const]),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

export function installApplicationMenu(opts: Parameters<typeof buildMenuTemplate>[0]): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(opts)));
}
