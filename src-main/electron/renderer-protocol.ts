import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor, resolveRendererFile } from './renderer-files';
import { APP_SCHEME } from './renderer-trust';

/**
 * Must run before app 'ready'. "standard" gives the scheme a real origin (relative URLs,
 * localStorage), "secure" makes it a secure context, supportFetchAPI lets module scripts load.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const notFound = (): Response => new Response('Nicht gefunden', { status: 404 });

/** Serves the built renderer (inside app.asar when packaged) on app://rsk/, and nothing else. */
export function serveRendererFiles(opts: { rendererDir: string; csp: string }): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveRendererFile(opts.rendererDir, request.url);
    if (!file) return notFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': opts.csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  });
}
