import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';

/** A made-up origin: nothing resolves it, so every response comes from out/renderer via the route. */
export const APP_ORIGIN = 'http://rsk.test';
export const APP_URL = `${APP_ORIGIN}/index.html`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

async function fulfilFromDir(route: Route, outDir: string, url: URL): Promise<void> {
  const pathname = decodeURIComponent(url.pathname);
  const file = path.resolve(outDir, `.${pathname === '/' ? '/index.html' : pathname}`);
  const inside = file.startsWith(outDir + path.sep);
  if (!inside || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    await route.fulfill({ status: 404, contentType: 'text/plain', body: `Not found: ${pathname}` });
    return;
  }
  await route.fulfill({
    status: 200,
    contentType: contentTypes[path.extname(file)] ?? 'application/octet-stream',
    body: await fs.promises.readFile(file),
  });
}

/**
 * Serves the built renderer at APP_ORIGIN and aborts every other request, reporting it, so
 * a test can prove the app never reaches the network.
 */
export async function serveRenderer(
  context: BrowserContext,
  outDir: string,
  onBlocked: (url: string) => void,
): Promise<void> {
  const root = path.resolve(outDir);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === APP_ORIGIN) {
      await fulfilFromDir(route, root, url);
      return;
    }
    onBlocked(url.href);
    await route.abort('blockedbyclient');
  });
}
