import { AppError } from '../../src-shared/errors/app-error';
import { toAppError } from '../core/ipc/to-app-error';

export interface GlobalOptions {
  dataDir?: string;
  json?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_INTERNAL = 2;

/** Results go to stdout (JSON with --json); messages and errors go to stderr. */
export function printResult(opts: GlobalOptions, value: unknown, human: () => string): void {
  process.stdout.write(opts.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}

export function message(text: string): void {
  process.stderr.write(`${text}\n`);
}

export function exitCodeFor(error: AppError): number {
  return error.kind === 'internal' ? EXIT_INTERNAL : EXIT_USER_ERROR;
}

export function reportError(opts: GlobalOptions, error: unknown): number {
  const appError = error instanceof AppError ? error : toAppError(error);
  message(`Fehler: ${appError.userMessage}`);
  if (appError.kind === 'internal') message(`(${appError.message})`);
  if (opts.json)
    process.stdout.write(`${JSON.stringify({ ok: false, error: appError.toData() }, null, 2)}\n`);
  return exitCodeFor(appError);
}

export class UserError extends AppError {
  constructor(userMessage: string, message?: string) {
    super('validation', userMessage, message);
  }
}
