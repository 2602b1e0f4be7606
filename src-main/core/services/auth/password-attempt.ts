import { eq } from 'drizzle-orm';
import type { AppError } from '../../../../src-shared/errors/app-error';
import type { Actor } from '../../../../src-shared/ipc';
import { isoNow } from '../../clock';
import { users } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { isAccountLocked, type UserRow } from '../users/user-rows';
import { getUserRow } from '../users/users-service';
import { accountLocked, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from './auth-errors';
import { burnPasswordCheck, verifyPassword } from './password';

export interface Attempt {
  /** Audit action written for a wrong password, e.g. 'auth.login_failed'. */
  failedAction: string;
  /** Who is named in the audit record: nobody for a login, the session user for unlock/change. */
  actor: Actor | null;
  /** Audit entity of the failure; a login failure is recorded without naming the account. */
  entity: { entityType: string; entityId: string | number; after?: Record<string, unknown> };
  wrongPassword: () => AppError;
}

const minutesLeft = (lockedUntil: string, nowIso: string) =>
  Math.max(1, Math.ceil((Date.parse(lockedUntil) - Date.parse(nowIso)) / 60_000));

/**
 * Checks a password against the account, counting failures: after MAX_FAILED_LOGINS wrong
 * passwords in a row the account is locked for LOCKOUT_MINUTES (login, unlock and password
 * change share the counter, so none of them is a way around it). Returns the fresh row.
 */
export async function verifyAttempt(
  deps: ServiceDeps,
  userId: number,
  password: string,
  attempt: Attempt,
): Promise<UserRow> {
  const row = getUserRow(deps.db, userId);
  const startedAt = isoNow(deps.clock);
  if (isAccountLocked(row, startedAt)) {
    await burnPasswordCheck(password);
    mutate(deps, attempt.actor, ({ audit }) =>
      audit({
        action: 'auth.refused_locked',
        entityType: 'user',
        entityId: row.id,
        after: { lockedUntil: row.lockedUntil },
      }),
    );
    throw accountLocked(minutesLeft(row.lockedUntil ?? startedAt, startedAt));
  }
  const ok = row.passwordHash !== null && (await verifyPassword(password, row.passwordHash));
  if (ok) return getUserRow(deps.db, userId);

  const lockedUntil = mutate(deps, attempt.actor, ({ tx, now, audit }) => {
    const fresh = getUserRow(tx, userId);
    const expired = fresh.lockedUntil !== null && fresh.lockedUntil <= now;
    const failures = (expired ? 0 : fresh.failedLogins) + 1;
    const lockNow = failures >= MAX_FAILED_LOGINS;
    const until = lockNow ? new Date(Date.parse(now) + LOCKOUT_MINUTES * 60_000).toISOString() : null;
    tx.update(users)
      .set({ failedLogins: failures, lockedUntil: lockNow ? until : expired ? null : fresh.lockedUntil })
      .where(eq(users.id, userId))
      .run();
    audit({ action: attempt.failedAction, ...attempt.entity });
    if (lockNow) {
      audit({
        action: 'auth.account_locked',
        entityType: 'user',
        entityId: userId,
        after: { failedLogins: failures, lockedUntil: until },
      });
    }
    return until;
  });
  throw lockedUntil ? accountLocked(LOCKOUT_MINUTES) : attempt.wrongPassword();
}
