/**
 * The renderer's Content-Security-Policy, enforced as a response header by the main process in
 * addition to the <meta> tag the renderer build writes (see electron.vite.config.ts; a unit test
 * keeps both lists identical). A header also covers documents the meta tag never reaches.
 */
export const PRODUCTION_CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const PRODUCTION_CSP = PRODUCTION_CSP_DIRECTIVES.join('; ');

/**
 * The Vite dev server injects an inline module script (React Refresh preamble); everything else,
 * including connect-src 'self' (which also admits the same-origin HMR websocket), stays strict.
 */
export const DEV_CSP = PRODUCTION_CSP_DIRECTIVES.map((directive) =>
  directive === "script-src 'self'" ? "script-src 'self' 'unsafe-inline'" : directive,
).join('; ');
