import type { App, Session, WebContents } from 'electron';
import { isPermissionAllowed, isTrustedRendererUrl, type TrustedRenderer } from './renderer-trust';

/**
 * Session-wide rules: the CSP as a response header (on top of the renderer's <meta> tag) and
 * no permissions beyond writing to the clipboard from our own pages.
 */
export function hardenSession(ses: Session, opts: { csp: string; trusted: TrustedRenderer }): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders = { ...details.responseHeaders };
    for (const key of Object.keys(responseHeaders)) {
      if (key.toLowerCase() === 'content-security-policy') delete responseHeaders[key];
    }
    responseHeaders['Content-Security-Policy'] = [opts.csp];
    callback({ responseHeaders });
  });
  ses.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, opts.trusted));
  });
  ses.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, opts.trusted),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}

function hardenWebContents(contents: WebContents, trusted: TrustedRenderer): void {
  // Links that would open a window or leave the app are swallowed; the renderer shows
  // documents through the main process (shell.openPath) instead.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    // Reloads within our own origin are harmless (and Vite's dev server needs them).
    if (!isTrustedRendererUrl(event.url, trusted)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedRendererUrl(event.url, trusted)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies the per-webContents rules to every webContents ever created, devtools included. */
export function hardenAllWebContents(app: App, trusted: TrustedRenderer): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trusted));
}
