import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { createCore } from '../../src-main/core';
import { clientRows, createClientThroughForm, openClients } from '../e2e/support/clients-ui';

// The office is set up before the app starts, so the window opens on the login screen.
const OFFICE = {
  name: 'Kanzlei Elektron',
  street: 'Domplatz 1',
  postalCode: '50667',
  city: 'Köln',
  land: 'NW',
};
const ADMIN = { username: 'eadmin', displayName: 'Eva Admin', password: 'Elektron-Test-2026' };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mainBundle = path.join(repoRoot, 'out', 'main', 'main.js');
const preloadBundle = path.join(repoRoot, 'out', 'preload', 'index.cjs');
const rendererEntry = path.join(repoRoot, 'out', 'renderer', 'index.html');

/**
 * Finds the Electron binary the way node_modules/electron/index.js does, but without requiring
 * that module: requiring it where the binary is missing starts a download that fails here.
 */
function findElectronBinary(): { path: string } | { skip: string } {
  const pkgDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!fs.existsSync(pathFile)) {
    return { skip: `Electron binary not installed (${path.relative(repoRoot, pathFile)} is missing)` };
  }
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override ? path.join(override, relative || 'electron') : path.join(pkgDir, 'dist', relative);
  if (!fs.existsSync(binary)) return { skip: `Electron binary not found at ${binary}` };
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return { skip: 'no display (DISPLAY/WAYLAND_DISPLAY unset); run the Electron tests under xvfb-run' };
  }
  return { path: binary };
}

const binary = findElectronBinary();
const skipReason = 'skip' in binary ? binary.skip : null;
if (skipReason) console.log(`[electron] skipping the Electron end-to-end tests: ${skipReason}`);

const newestMtime = (target: string): number => {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((n, e) => Math.max(n, newestMtime(path.join(target, e))), stat.mtimeMs);
};

/** The app under test is the built one; rebuild when a bundle is missing or older than its sources. */
function ensureAppBuilt(): void {
  const bundles = [mainBundle, preloadBundle, rendererEntry];
  const builtAt = Math.min(...bundles.map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)));
  const sources = ['src-main', 'src-shared', 'src-renderer', 'electron.vite.config.ts', 'package.json'];
  if (builtAt > 0 && sources.every((source) => newestMtime(path.join(repoRoot, source)) <= builtAt)) return;
  console.log('[electron] building the app (electron-vite build) …');
  execFileSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    },
  );
}

/**
 * What the page's global scope may or may not have; the Node tsconfig has no DOM types. Callbacks
 * passed to page.evaluate run in the page, so they cast globalThis inline instead of calling a helper.
 */
interface PageGlobals {
  api?: {
    clients?: {
      list: (
        input?: object,
      ) => Promise<{ ok: boolean; value?: { total: number; items: { displayName: string }[] } }>;
    };
  };
  require?: unknown;
  process?: unknown;
  location: { href: string };
  open: (url: string) => unknown;
  fetch: (url: string) => Promise<unknown>;
  document: {
    addEventListener: (type: string, listener: (event: { violatedDirective: string }) => void) => void;
  };
}

test.describe('Electron app', () => {
  test.skip(skipReason !== null, skipReason ?? '');
  test.describe.configure({ mode: 'serial' });

  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    ensureAppBuilt();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsk-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    // The packaged code path: no dev server, and the data directory the test controls.
    delete env['ELECTRON_RENDERER_URL'];
    delete env['ELECTRON_RUN_AS_NODE'];
    env['RSK_DATA_DIR'] = dataDir;
    const core = await createCore({ dataDir, logLevel: 'silent' });
    const setup = await core.invoke('auth:setup', { office: OFFICE, admin: ADMIN });
    await core.close();
    if (!setup.ok) throw new Error(setup.error.message);
    app = await electron.launch({
      executablePath: (binary as { path: string }).path,
      args: [repoRoot],
      cwd: repoRoot,
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close().catch(() => {});
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens one window with the German title, served from app://rsk', async () => {
    await expect(page).toHaveTitle(/RechtsUndSteuerKI/);
    expect(app.windows()).toHaveLength(1);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.href)).toMatch(
      /^app:\/\/rsk\//,
    );
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(dataDir);
  });

  test('exposes window.api and nothing of Node', async () => {
    const globals = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return {
        api: typeof g.api,
        clientsList: typeof g.api?.clients?.list,
        require: typeof g.require,
        process: typeof g.process,
      };
    });
    expect(globals).toEqual({
      api: 'object',
      clientsList: 'function',
      require: 'undefined',
      process: 'undefined',
    });
  });

  test('keeps the renderer off the network and in its window', async () => {
    const result = await page.evaluate(async () => {
      const g = globalThis as unknown as PageGlobals;
      const violations: string[] = [];
      g.document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(event.violatedDirective),
      );
      const fetched = await g.fetch('http://127.0.0.1:11434/api/tags').then(
        () => 'answered',
        () => 'blocked',
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { fetched, violations, opened: g.open('https://example.com/') === null };
    });
    expect(result.fetched).toBe('blocked');
    expect(result.violations).toContain('connect-src');
    expect(result.opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('creates a client through the UI and stores it in RSK_DATA_DIR', async () => {
    await page.getByLabel('Benutzername').fill(ADMIN.username);
    await page.getByLabel('Passwort').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByText(ADMIN.displayName).first()).toBeVisible();
    await openClients(page);
    await createClientThroughForm(page, { kind: 'company', companyName: 'Elektron Test GmbH' });
    await expect(clientRows(page).filter({ hasText: 'Elektron Test GmbH' })).toHaveCount(1);
    const listed = await page.evaluate(() => (globalThis as unknown as PageGlobals).api!.clients!.list({}));
    expect(listed.ok).toBe(true);
    expect(listed.value?.items.map((c) => c.displayName)).toContain('Elektron Test GmbH');
    expect(fs.existsSync(path.join(dataDir, 'rsk.sqlite'))).toBe(true);
  });

  test('reads a document in the compiled worker and lists the installed default templates', async () => {
    const sample = path.resolve(repoRoot, '..', 'shared', 'samples', 'docs', 'doc_020.pdf');
    test.skip(!fs.existsSync(sample), `no shared sample at ${sample}`);
    // The bytes cross the real preload (structured clone), the analysis runs in out/main/analysis-worker.js.
    const imported = await page.evaluate(
      async (bytes) => {
        const api = (
          globalThis as unknown as { api: Record<string, Record<string, (i: object) => Promise<unknown>>> }
        ).api;
        const result = (await api['documents']!['import']!({
          files: [{ name: 'bescheid.pdf', bytes: new Uint8Array(bytes) }],
          taskId: 'electron-test',
        })) as { ok: boolean; value?: { items: { status: string | null; documentId: number | null }[] } };
        const templates = (await api['templates']!['list']!({})) as {
          ok: boolean;
          value?: { items: unknown[] };
        };
        return { imported: result.value?.items[0] ?? null, templates: templates.value?.items.length ?? 0 };
      },
      [...fs.readFileSync(sample)],
    );
    expect(imported.imported?.status).toBe('zu_pruefen');
    expect(imported.templates).toBeGreaterThanOrEqual(7);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Posteingang' })
      .click();
    await expect(page.getByTestId('inbox-row').filter({ hasText: 'bescheid.pdf' })).toHaveCount(1);
  });

  test('closes cleanly and remembers the window', async () => {
    await app.close();
    const state = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8')) as {
      bounds: { width: number };
    };
    expect(state.bounds.width).toBeGreaterThan(0);
    // The database was checkpointed and closed: no WAL file is left behind.
    expect(fs.existsSync(path.join(dataDir, 'rsk.sqlite-wal'))).toBe(false);
  });
});
