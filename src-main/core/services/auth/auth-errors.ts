import { AppError } from '../../../../src-shared/errors/app-error';
import { accessLabels, roleLabels, type Access, type UserRole } from '../../../../src-shared/ipc/access';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export const setupRequired = () =>
  new AppError(
    'unauthenticated',
    'Die Kanzlei ist noch nicht eingerichtet. Bitte führen Sie zuerst die Ersteinrichtung durch.',
    'Setup required',
    { code: 'setup_required' },
  );

export const notLoggedIn = (channel?: string) =>
  new AppError('unauthenticated', 'Sie sind nicht angemeldet. Bitte melden Sie sich an.', 'Not logged in', {
    code: 'not_logged_in',
    ...(channel ? { channel } : {}),
  });

export const sessionLocked = (idleMinutes: number | null) =>
  new AppError(
    'unauthenticated',
    idleMinutes === null
      ? 'Die Sitzung ist gesperrt. Bitte geben Sie Ihr Passwort ein, um fortzufahren.'
      : `Die Sitzung wurde nach ${idleMinutes} Minuten ohne Aktivität gesperrt. Bitte geben Sie Ihr Passwort ein, um fortzufahren.`,
    'Session locked',
    { code: 'session_locked' },
  );

export const forbidden = (role: UserRole, required: Access, channel: string) =>
  new AppError(
    'forbidden',
    `Dafür fehlt Ihnen das Recht „${accessLabels[required]}“ (Ihre Rolle: ${roleLabels[role]}). Bitte wenden Sie sich an die Administration.`,
    `Role ${role} may not call ${channel} (needs ${required})`,
    { code: 'missing_right', channel, required, role },
  );

/** Same text for an unknown user name and a wrong password: the answer must not tell which. */
export const invalidCredentials = () =>
  new AppError('unauthenticated', 'Benutzername oder Passwort ist falsch.', 'Invalid credentials', {
    code: 'invalid_credentials',
  });

export const accountLocked = (minutesLeft: number) =>
  new AppError(
    'unauthenticated',
    `Das Benutzerkonto ist nach ${MAX_FAILED_LOGINS} fehlgeschlagenen Anmeldeversuchen gesperrt. ` +
      `Bitte versuchen Sie es in ${minutesLeft === 1 ? 'einer Minute' : `${minutesLeft} Minuten`} erneut ` +
      'oder bitten Sie die Administration, das Konto zu entsperren.',
    'Account locked',
    { code: 'account_locked', minutesLeft },
  );

export const accountInactive = () =>
  new AppError(
    'unauthenticated',
    'Dieses Benutzerkonto ist deaktiviert. Bitte wenden Sie sich an die Administration.',
    'Account inactive',
    { code: 'account_inactive' },
  );
