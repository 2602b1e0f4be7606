import { notifications } from '@mantine/notifications';
import { AppError } from '../../src-shared/errors/app-error';
import { i18n } from '../i18n/instance';
import { isSessionError } from './session-events';

/** Anything thrown becomes an AppError, so callers can always show `userMessage`. */
export function asAppError(error: unknown): AppError {
  if (AppError.is(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('internal', i18n.t('shell:errors.unexpected'), message);
}

export function notifyError(error: unknown): void {
  const appError = asAppError(error);
  // The lock or login screen says it already, in place of the refused screen.
  if (isSessionError(appError)) return;
  notifications.show({
    color: 'red',
    title: i18n.t('shell:errors.title'),
    message: appError.userMessage,
    autoClose: 8_000,
    withBorder: true,
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4_000, withBorder: true });
}

export const isConflict = (error: unknown): boolean => AppError.is(error) && error.kind === 'conflict';

/** The German messages the core attached to individual input fields, if any. */
export function fieldErrorsOf(error: unknown): Record<string, string> | null {
  if (!AppError.is(error) || error.kind !== 'validation') return null;
  const fields = { ...error.details?.fields };
  const single = error.details?.field;
  if (single && !fields[single]) fields[single] = error.userMessage;
  return Object.keys(fields).length > 0 ? fields : null;
}
