import { AppError } from '../../src-shared/errors/app-error';

export interface StartupErrorText {
  title: string;
  message: string;
}

/**
 * What the user reads when the app cannot start: the German message of a known failure (e.g. a
 * database written by a newer version), otherwise a plain hint where the log is. Never a stack.
 */
export function startupErrorText(error: unknown, logDir: string): StartupErrorText {
  const title = 'RechtsUndSteuerKI kann nicht starten';
  if (error instanceof AppError) return { title, message: error.userMessage };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title,
    message:
      'Beim Start ist ein unerwarteter Fehler aufgetreten. Bitte wenden Sie sich an Ihre Systembetreuung.\n\n' +
      `Technische Meldung: ${detail.split('\n')[0]?.slice(0, 300) ?? ''}\n` +
      `Protokolle: ${logDir}`,
  };
}
