import { and, eq, ne } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors/app-error';
import { roleAccess } from '../../../../src-shared/ipc/access';
import type { Actor } from '../../../../src-shared/ipc';
import type { authContracts, SessionInfo } from '../../../../src-shared/ipc/contracts/auth';
import type { ContractParsedInput } from '../../../../src-shared/ipc/define';
import { users } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { insertOffice, officeExists, toOffice } from '../office/office-service';
import { readUserSettings, toActor, userAuditView, type UserRow } from '../users/user-rows';
import { firstAdmin, getUserRow } from '../users/users-service';
import { accountInactive, invalidCredentials, notLoggedIn, setupRequired } from './auth-errors';
import { burnPasswordCheck, hashPassword, needsRehash } from './password';
import { verifyAttempt } from './password-attempt';
import type { Session } from './session';

const nowMs = (deps: ServiceDeps) => deps.clock().getTime();

/** The session as the UI sees it; reading it never counts as activity. */
export function sessionInfo(deps: ServiceDeps, session: Session): SessionInfo {
  if (!officeExists(deps.db)) return { status: 'setup_required', user: null, access: null, settings: null };
  const state = session.current;
  const row = state ? deps.db.select().from(users).where(eq(users.id, state.userId)).get() : undefined;
  if (!state || !row || !row.active) {
    session.end();
    return { status: 'logged_out', user: null, access: null, settings: null };
  }
  const settings = readUserSettings(row);
  return {
    status: session.isLocked(nowMs(deps), settings.idleLockMinutes) ? 'locked' : 'active',
    user: toActor(row),
    access: roleAccess[row.role],
    settings,
  };
}

export async function setupOffice(
  deps: ServiceDeps,
  input: ContractParsedInput<typeof authContracts.setup>,
): Promise<{ office: ReturnType<typeof toOffice>; user: Actor }> {
  const alreadyDone = () =>
    new AppError(
      'conflict',
      'Die Kanzlei ist bereits eingerichtet. Die Ersteinrichtung ist nur einmal möglich.',
      'Setup already done',
      { code: 'setup_done' },
    );
  if (officeExists(deps.db)) throw alreadyDone();
  const admin = firstAdmin(deps.db);
  if (!admin) throw new Error('No administrator account to set up');
  const passwordHash = await hashPassword(input.admin.password);
  const actor: Actor = {
    ...toActor(admin),
    username: input.admin.username,
    displayName: input.admin.displayName,
  };
  return mutate(deps, actor, ({ tx, now, audit }) => {
    // Checked again inside the transaction: two wizard windows must not both succeed.
    if (officeExists(tx)) throw alreadyDone();
    const clash = tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.username, input.admin.username), ne(users.id, admin.id)))
      .get();
    if (clash) {
      throw new AppError(
        'conflict',
        `Der Benutzername „${input.admin.username}“ ist bereits vergeben.`,
        'Username taken',
        { field: 'admin.username', code: 'username_taken' },
      );
    }
    const officeRow = insertOffice(tx, input.office, now);
    audit({ action: 'office.create', entityType: 'office', entityId: officeRow.id, after: officeRow });
    const updated = tx
      .update(users)
      .set({
        username: input.admin.username,
        displayName: input.admin.displayName,
        email: input.admin.email || null,
        passwordHash,
        passwordChangedAt: now,
        failedLogins: 0,
        lockedUntil: null,
        active: true,
        updatedAt: now,
        version: admin.version + 1,
      })
      .where(eq(users.id, admin.id))
      .returning()
      .get();
    audit({
      action: 'user.update',
      entityType: 'user',
      entityId: admin.id,
      before: userAuditView(admin),
      after: userAuditView(updated),
    });
    audit({
      action: 'auth.setup',
      entityType: 'office',
      entityId: officeRow.id,
      after: { administrator: admin.id },
    });
    return { office: toOffice(officeRow), user: toActor(updated) };
  });
}

async function completeLogin(
  deps: ServiceDeps,
  row: UserRow,
  password: string,
  action: string,
): Promise<void> {
  const rehash = row.passwordHash && needsRehash(row.passwordHash) ? await hashPassword(password) : null;
  mutate(deps, toActor(row), ({ tx, now, audit }) => {
    tx.update(users)
      .set({
        failedLogins: 0,
        lockedUntil: null,
        ...(action === 'auth.login' ? { lastLoginAt: now } : {}),
        ...(rehash ? { passwordHash: rehash } : {}),
      })
      .where(eq(users.id, row.id))
      .run();
    audit({ action, entityType: 'user', entityId: row.id });
  });
}

export async function login(
  deps: ServiceDeps,
  session: Session,
  input: ContractParsedInput<typeof authContracts.login>,
): Promise<SessionInfo> {
  if (!officeExists(deps.db)) throw setupRequired();
  const username = input.username.trim().toLowerCase();
  // Known and unknown names leave the same audit record and get the same answer.
  const failure = {
    failedAction: 'auth.login_failed',
    actor: null,
    entity: { entityType: 'auth', entityId: 'login', after: { username: username.slice(0, 64) } },
    wrongPassword: invalidCredentials,
  };
  const row = deps.db.select().from(users).where(eq(users.username, username)).get();
  if (!row || row.passwordHash === null) {
    await burnPasswordCheck(input.password);
    mutate(deps, null, ({ audit }) => audit({ action: failure.failedAction, ...failure.entity }));
    throw invalidCredentials();
  }
  const fresh = await verifyAttempt(deps, row.id, input.password, failure);
  if (!fresh.active) {
    mutate(deps, null, ({ audit }) =>
      audit({ action: 'auth.refused_inactive', entityType: 'user', entityId: fresh.id }),
    );
    throw accountInactive();
  }
  await completeLogin(deps, fresh, input.password, 'auth.login');
  session.start(fresh.id, nowMs(deps));
  return sessionInfo(deps, session);
}

export function logout(deps: ServiceDeps, session: Session): { loggedOut: boolean } {
  const state = session.current;
  if (!state) return { loggedOut: false };
  const actor = deps.db.select().from(users).where(eq(users.id, state.userId)).get();
  session.end();
  if (actor) {
    mutate(deps, toActor(actor), ({ audit }) =>
      audit({ action: 'auth.logout', entityType: 'user', entityId: actor.id }),
    );
  }
  return { loggedOut: true };
}

export function lockSession(deps: ServiceDeps, session: Session): SessionInfo {
  session.lock();
  return sessionInfo(deps, session);
}

export async function unlockSession(
  deps: ServiceDeps,
  session: Session,
  password: string,
): Promise<SessionInfo> {
  const state = session.current;
  if (!state) throw notLoggedIn();
  const row = getUserRow(deps.db, state.userId);
  if (!row.active) {
    session.end();
    throw accountInactive();
  }
  try {
    const fresh = await verifyAttempt(deps, row.id, password, {
      failedAction: 'auth.unlock_failed',
      actor: toActor(row),
      entity: { entityType: 'user', entityId: row.id },
      wrongPassword: () =>
        new AppError('unauthenticated', 'Das Passwort ist falsch.', 'Wrong password on unlock', {
          code: 'invalid_credentials',
          field: 'password',
        }),
    });
    await completeLogin(deps, fresh, password, 'auth.unlock');
  } catch (error) {
    // A lock-out ends the session: whoever sits at the desk must log in properly later.
    if (error instanceof AppError && error.details?.code === 'account_locked') session.end();
    throw error;
  }
  session.resume(nowMs(deps));
  return sessionInfo(deps, session);
}

export async function changePassword(
  deps: ServiceDeps,
  session: Session,
  actor: Actor,
  input: ContractParsedInput<typeof authContracts.changePassword>,
): Promise<{ changed: true }> {
  if (input.newPassword === input.currentPassword) {
    throw new AppError(
      'validation',
      'Das neue Passwort muss sich vom bisherigen unterscheiden.',
      'New password equals the current one',
      { field: 'newPassword', code: 'password_unchanged' },
    );
  }
  try {
    await verifyAttempt(deps, actor.id, input.currentPassword, {
      failedAction: 'user.password_change_failed',
      actor,
      entity: { entityType: 'user', entityId: actor.id },
      wrongPassword: () =>
        new AppError('validation', 'Das bisherige Passwort ist falsch.', 'Wrong current password', {
          field: 'currentPassword',
          code: 'wrong_password',
        }),
    });
  } catch (error) {
    if (error instanceof AppError && error.details?.code === 'account_locked') session.end();
    throw error;
  }
  const passwordHash = await hashPassword(input.newPassword);
  return mutate(deps, actor, ({ tx, now, audit }) => {
    tx.update(users)
      .set({ passwordHash, passwordChangedAt: now, failedLogins: 0, lockedUntil: null, updatedAt: now })
      .where(eq(users.id, actor.id))
      .run();
    audit({
      action: 'user.password_change',
      entityType: 'user',
      entityId: actor.id,
      after: { passwordChangedAt: now },
    });
    return { changed: true as const };
  });
}
