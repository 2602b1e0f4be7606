import { AppError } from '../../src-shared/errors/app-error';
import { api } from '../api/client';
import { notifyError } from '../api/notify';

// A render loop that throws on every frame must not flood the log through IPC.
const MAX_REPORTS_PER_SESSION = 50;
let reports = 0;

// Chromium raises this benign message when a ResizeObserver callback causes another layout.
const IGNORED_MESSAGES = [/ResizeObserver loop/];

function describe(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error) {
    return error.stack
      ? { message: error.message || error.name, stack: error.stack }
      : { message: error.message };
  }
  if (typeof error === 'string') return { message: error };
  try {
    return { message: JSON.stringify(error) ?? String(error) };
  } catch {
    return { message: String(error) };
  }
}

/** Sends a renderer error to the main log so support sees it without developer tools. */
export function reportRendererError(error: unknown, source: string): void {
  const { message, stack } = describe(error);
  if (IGNORED_MESSAGES.some((pattern) => pattern.test(message))) return;
  if (reports >= MAX_REPORTS_PER_SESSION) return;
  reports++;
  const input: { message: string; stack?: string; source: string } = {
    message: message.slice(0, 4_000),
    source: source.slice(0, 500),
  };
  if (stack) input.stack = stack.slice(0, 20_000);
  api.diagnostics.reportRendererError(input).catch(() => {
    // The log is unreachable as well; there is nowhere left to report to.
  });
}

let installed = false;

/** Errors outside React's tree (event handlers, timers, promises) reach the log this way. */
export function installGlobalErrorReporting(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('error', (event) => {
    const where = event.filename ? `${event.filename}:${event.lineno}:${event.colno}` : 'unbekannt';
    reportRendererError(event.error ?? event.message, `window.error ${where}`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    reportRendererError(event.reason, 'window.unhandledrejection');
    // An AppError that nobody handled still carries a message meant for the user.
    if (AppError.is(event.reason)) notifyError(event.reason);
  });
}
