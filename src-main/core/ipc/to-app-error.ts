import type { z } from 'zod';
import { AppError } from '../../../src-shared/errors/app-error';

const sqliteCode = (error: unknown): string | undefined => {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return undefined;
};

/** Maps anything thrown by a service to the typed error that crosses the IPC boundary. */
export function toAppError(error: unknown, channel?: string): AppError {
  if (error instanceof AppError) return error;
  const code = sqliteCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const details = { channel, code };
  switch (code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new AppError(
        'unavailable',
        'Die Datenbank ist gerade durch einen anderen Vorgang gesperrt. Bitte versuchen Sie es gleich noch einmal.',
        message,
        details,
      );
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new AppError('conflict', 'Ein Eintrag mit diesen Daten existiert bereits.', message, details);
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new AppError(
        'conflict',
        'Der Eintrag ist mit anderen Daten verknüpft und kann so nicht gespeichert oder gelöscht werden.',
        message,
        details,
      );
    case 'SQLITE_FULL':
      return new AppError(
        'unavailable',
        'Der Datenträger ist voll. Bitte schaffen Sie Speicherplatz.',
        message,
        details,
      );
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_IOERR':
      return new AppError(
        'unavailable',
        'Auf die Datenbank kann nicht geschrieben werden. Prüfen Sie Zugriffsrechte und Speicherplatz.',
        message,
        details,
      );
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new AppError(
        'unavailable',
        'Die Datenbank ist beschädigt. Bitte wenden Sie sich an Ihre Systembetreuung und spielen Sie eine Sicherung ein.',
        message,
        details,
      );
    default:
      return new AppError(
        'internal',
        'Ein unerwarteter Fehler ist aufgetreten. Die Details stehen im Protokoll.',
        message,
        details,
      );
  }
}

/** A zod failure as a validation AppError: the first message per field, in German. */
export function validationError(error: z.ZodError, channel: string): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '(eingabe)';
    fields[key] ??= issue.message;
  }
  const [firstField, firstMessage] = Object.entries(fields)[0] ?? ['(eingabe)', 'Ungültige Eingabe.'];
  return new AppError(
    'validation',
    `Die Eingabe ist ungültig: ${firstMessage}`,
    `Invalid input for ${channel}: ${error.issues.map((i) => `${i.path.join('.') || '<root>'}: ${i.code}`).join('; ')}`,
    { channel, field: firstField, fields },
  );
}
