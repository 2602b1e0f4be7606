/**
 * Which renderer the main process trusts. Pure (no electron import) so the rules are unit-tested.
 *
 * The packaged renderer is served from the privileged custom scheme app://rsk/ instead of file://:
 * with the grantFileProtocolExtraPrivileges fuse off, Chromium refuses the module scripts of a Vite
 * build over file://, and a custom origin lets every check below compare one exact origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rsk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export type TrustedRenderer =
  | { readonly kind: 'app'; readonly entryUrl: string }
  | { readonly kind: 'dev'; readonly entryUrl: string; readonly origin: string };

/**
 * The dev server URL is only honoured for an unpackaged app: in a packaged app an environment
 * variable must never be able to point the window, and with it the IPC bridge, at another origin.
 */
export function trustedRendererFor(opts: {
  isPackaged: boolean;
  devServerUrl?: string | undefined;
}): TrustedRenderer {
  if (opts.isPackaged || !opts.devServerUrl) return { kind: 'app', entryUrl: APP_ENTRY_URL };
  const url = new URL(opts.devServerUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Dev server URL must be http(s): ${opts.devServerUrl}`);
  }
  return { kind: 'dev', entryUrl: url.toString(), origin: url.origin };
}

const parseUrl = (value: string): URL | null => {
  try {
    return new URL(value);
  } catch {
    return null;
  }
};

/** True when the URL belongs to our renderer's origin (any path: the app may route client-side). */
export function isTrustedRendererUrl(value: string, trusted: TrustedRenderer): boolean {
  const url = parseUrl(value);
  if (!url || url.username !== '' || url.password !== '') return false;
  if (trusted.kind === 'dev') return url.origin === trusted.origin;
  // Node reports origin "null" for non-special schemes, so compare the parts.
  return url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '';
}

export interface SenderInfo {
  /** webContents.id of the sender. */
  webContentsId: number;
  /** event.senderFrame: null once the frame navigated away or was destroyed. */
  frame: { url: string; isMainFrame: boolean; detached: boolean } | null;
}

/**
 * Every IPC call must come from the main frame of our own window showing our renderer: not from
 * an iframe, not from another window or webContents, not after a navigation elsewhere.
 */
export function isTrustedSender(
  sender: SenderInfo,
  expectedWebContentsId: number | null,
  trusted: TrustedRenderer,
): boolean {
  if (expectedWebContentsId === null || sender.webContentsId !== expectedWebContentsId) return false;
  const { frame } = sender;
  if (!frame || frame.detached || !frame.isMainFrame) return false;
  return isTrustedRendererUrl(frame.url, trusted);
}

/** Permissions a page from our renderer may use; everything else (camera, geolocation, ...) is denied. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  trusted: TrustedRenderer,
): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isTrustedRendererUrl(requestingUrl, trusted);
}
