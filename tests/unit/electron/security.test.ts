import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors/app-error';
import { shellPaths } from '../../../src-main/electron/app-paths';
import { DEV_CSP, PRODUCTION_CSP } from '../../../src-main/electron/csp';
import { contentTypeFor, resolveRendererFile } from '../../../src-main/electron/renderer-files';
import {
  APP_ENTRY_URL,
  isPermissionAllowed,
  isTrustedRendererUrl,
  isTrustedSender,
  trustedRendererFor,
  type SenderInfo,
} from '../../../src-main/electron/renderer-trust';
import { startupErrorText } from '../../../src-main/electron/startup-error';

const app = trustedRendererFor({ isPackaged: true });
const dev = trustedRendererFor({ isPackaged: false, devServerUrl: 'http://localhost:5173/' });
const WINDOW_ID = 7;

const sender = (url: string, overrides: Partial<NonNullable<SenderInfo['frame']>> = {}, id = WINDOW_ID) => ({
  webContentsId: id,
  frame: { url, isMainFrame: true, detached: false, ...overrides },
});

describe('trustedRendererFor', () => {
  it('serves the packaged app from app://rsk', () => {
    expect(app).toEqual({ kind: 'app', entryUrl: APP_ENTRY_URL });
    expect(APP_ENTRY_URL).toBe('app://rsk/index.html');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(trustedRendererFor({ isPackaged: true, devServerUrl: 'http://evil.example/' }).kind).toBe('app');
  });

  it('trusts the dev server origin only in development', () => {
    expect(dev).toEqual({ kind: 'dev', entryUrl: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    expect(() => trustedRendererFor({ isPackaged: false, devServerUrl: 'file:///tmp/x.html' })).toThrow();
  });
});

describe('isTrustedRendererUrl', () => {
  it.each([
    'app://rsk/index.html',
    'app://rsk/',
    'app://rsk/index.html#/mandanten/3',
    'app://rsk/mandanten?x=1',
  ])('accepts %s for the packaged app', (url) => {
    expect(isTrustedRendererUrl(url, app)).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'app://rsk:8080/index.html',
    'app://user:pw@rsk/index.html',
    'file:///opt/RechtsUndSteuerKI/resources/app.asar/out/renderer/index.html',
    'http://localhost:5173/',
    'https://rsk/',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('rejects %s for the packaged app', (url) => {
    expect(isTrustedRendererUrl(url, app)).toBe(false);
  });

  it('matches the exact dev server origin', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isTrustedRendererUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedRendererUrl('app://rsk/index.html', dev)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('accepts the main frame of our window showing our renderer', () => {
    expect(isTrustedSender(sender('app://rsk/index.html'), WINDOW_ID, app)).toBe(true);
  });

  it('rejects a call without a frame (navigated away or destroyed)', () => {
    expect(isTrustedSender({ webContentsId: WINDOW_ID, frame: null }, WINDOW_ID, app)).toBe(false);
  });

  it('rejects subframes and detached frames', () => {
    expect(isTrustedSender(sender('app://rsk/index.html', { isMainFrame: false }), WINDOW_ID, app)).toBe(
      false,
    );
    expect(isTrustedSender(sender('app://rsk/index.html', { detached: true }), WINDOW_ID, app)).toBe(false);
  });

  it('rejects other webContents and calls while no window exists', () => {
    expect(isTrustedSender(sender('app://rsk/index.html', {}, 8), WINDOW_ID, app)).toBe(false);
    expect(isTrustedSender(sender('app://rsk/index.html'), null, app)).toBe(false);
  });

  it('rejects a foreign page in our window', () => {
    expect(isTrustedSender(sender('https://example.com/'), WINDOW_ID, app)).toBe(false);
    expect(isTrustedSender(sender('file:///etc/passwd'), WINDOW_ID, app)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it('allows only clipboard writes, only from our renderer', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://rsk/index.html', app)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', app)).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionAllowed(permission, 'app://rsk/index.html', app)).toBe(false);
    }
  });
});

describe('resolveRendererFile', () => {
  const root = path.resolve('/opt/rsk/out/renderer');

  it('maps files inside the renderer build', () => {
    expect(resolveRendererFile(root, 'app://rsk/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://rsk/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveRendererFile(root, 'app://rsk/assets/Schrift%20A.woff2')).toBe(
      path.join(root, 'assets', 'Schrift A.woff2'),
    );
  });

  it('serves index.html for the root and client-side routes', () => {
    expect(resolveRendererFile(root, 'app://rsk/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://rsk/mandanten/12')).toBe(path.join(root, 'index.html'));
  });

  it('keeps dot segments the URL parser resolves inside the folder', () => {
    expect(resolveRendererFile(root, 'app://rsk/../../etc/passwd.txt')).toBe(
      path.join(root, 'etc', 'passwd.txt'),
    );
    expect(resolveRendererFile(root, 'app://rsk/%2e%2e/%2e%2e/etc/passwd.txt')).toBe(
      path.join(root, 'etc', 'passwd.txt'),
    );
  });

  it.each([
    'app://rsk/assets/..%2f..%2f..%2fsecret.json',
    'app://rsk/%2e%2e%2fsecret.json',
    'app://rsk/..%5c..%5csecret.json',
    'app://rsk/%00.js',
    'app://rsk/%E0%A4%A.js',
    'app://other/index.html',
    'file:///opt/rsk/out/renderer/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(root, url)).toBeNull();
  });

  it('gives module scripts a JavaScript MIME type', () => {
    expect(contentTypeFor('a/index-abc.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('x.WOFF2')).toBe('font/woff2');
    expect(contentTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});

describe('CSP', () => {
  it('is the policy the renderer build writes into its meta tag', () => {
    // The build config imports PRODUCTION_CSP from csp.ts, so header and meta tag cannot drift.
    const config = fs.readFileSync(path.resolve(__dirname, '../../../electron.vite.config.ts'), 'utf8');
    expect(config).toMatch(/import \{ PRODUCTION_CSP \} from '\.\/src-main\/electron\/csp'/);
    expect(config).toContain('content="${PRODUCTION_CSP}"');
  });

  it('never lets the renderer reach the network', () => {
    expect(PRODUCTION_CSP).toContain("connect-src 'self'");
    expect(PRODUCTION_CSP).not.toContain('unsafe-eval');
    expect(PRODUCTION_CSP).toContain("script-src 'self';");
    expect(DEV_CSP).toContain("script-src 'self' 'unsafe-inline'");
    expect(DEV_CSP).toContain("connect-src 'self'");
  });
});

describe('shellPaths', () => {
  it('finds bundled files next to out/main and shipped resources next to the asar', () => {
    const packaged = shellPaths({
      mainDir: path.join('/app', 'resources', 'app.asar', 'out', 'main'),
      appPath: path.join('/app', 'resources', 'app.asar'),
      isPackaged: true,
      resourcesPath: path.join('/app', 'resources'),
    });
    expect(packaged.preloadFile).toBe(
      path.join('/app', 'resources', 'app.asar', 'out', 'preload', 'index.cjs'),
    );
    expect(packaged.rendererDir).toBe(path.join('/app', 'resources', 'app.asar', 'out', 'renderer'));
    expect(packaged.migrationsDir).toBe(path.join('/app', 'resources', 'drizzle'));
    expect(packaged.iconFile).toBe(path.join('/app', 'resources', 'resources', 'icon.png'));

    const devPaths = shellPaths({
      mainDir: path.join('/repo', 'out', 'main'),
      appPath: '/repo',
      isPackaged: false,
      resourcesPath: '/electron/resources',
    });
    expect(devPaths.migrationsDir).toBeUndefined();
    expect(devPaths.iconFile).toBe(path.join('/repo', 'resources', 'icon.png'));
  });
});

describe('startupErrorText', () => {
  it('shows the German message of an AppError', () => {
    const error = new AppError(
      'unavailable',
      'Diese Datenbank wurde von einer neueren Version geschrieben.',
      'newer',
    );
    expect(startupErrorText(error, '/logs')).toEqual({
      title: 'RechtsUndSteuerKI kann nicht starten',
      message: 'Diese Datenbank wurde von einer neueren Version geschrieben.',
    });
  });

  it('shows a German hint and the first line of anything else, never a stack', () => {
    const error = new Error('Cannot find module better_sqlite3.node\nRequire stack:\n- /x');
    const { message } = startupErrorText(error, '/daten/logs');
    expect(message).toContain('unerwarteter Fehler');
    expect(message).toContain('Cannot find module better_sqlite3.node');
    expect(message).toContain('/daten/logs');
    expect(message).not.toContain('Require stack');
    expect(message).not.toContain('at ');
  });
});
