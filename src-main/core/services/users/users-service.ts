import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { Actor } from '../../../../src-shared/ipc';
import type { usersContracts, UserSummary } from '../../../../src-shared/ipc/contracts/users';
import type { ContractParsedInput } from '../../../../src-shared/ipc/define';
import { openOrderStatuses } from '../../../../src-shared/orders/order-workflow';
import { isoNow } from '../../clock';
import { auditLog, berater, orders, orderStatusHistory, users } from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import { hashPassword } from '../auth/password';
import type { ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { assertVersion } from '../optimistic-lock';
import { toActor, toUserSummary, userAuditView, type UserRow } from './user-rows';

export function findActor(db: DbOrTx, id: number): Actor | null {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  return row ? toActor(row) : null;
}

/** The office administrator the CLI and in-process tools act as: the oldest admin account. */
export const firstAdmin = (db: DbOrTx): UserRow | undefined =>
  db.select().from(users).where(eq(users.role, 'admin')).orderBy(asc(users.id)).get();

/**
 * On first start there is nobody yet; this account becomes the real administrator in the
 * first-start wizard (auth.setup), which gives it a name and a password.
 */
export function ensureInitialAdmin(deps: ServiceDeps): Actor {
  const existing = firstAdmin(deps.db);
  if (existing) return toActor(existing);
  return mutate(deps, null, ({ tx, now, audit }) => {
    const row = tx
      .insert(users)
      .values({
        username: 'admin',
        displayName: 'Administrator',
        role: 'admin',
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    const actor = toActor(row);
    audit({ action: 'user.create', entityType: 'user', entityId: row.id, after: actor });
    return actor;
  });
}

export function getUserRow(db: DbOrTx, id: number): UserRow {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  if (!row) {
    throw new AppError('not_found', 'Der Benutzer wurde nicht gefunden.', `User ${id} not found`, {
      code: 'user_not_found',
    });
  }
  return row;
}

const userEntity = (id: number) =>
  ({ entityType: 'user', entityId: id, subject: 'Der Benutzer', pronoun: 'ihn' }) as const;

function assertUsernameFree(tx: DbOrTx, username: string, exceptId?: number): void {
  const clash = tx
    .select({ id: users.id })
    .from(users)
    .where(
      exceptId === undefined
        ? eq(users.username, username)
        : and(eq(users.username, username), ne(users.id, exceptId)),
    )
    .get();
  if (clash) {
    throw new AppError(
      'conflict',
      `Der Benutzername „${username}“ ist bereits vergeben.`,
      `Username ${username} taken`,
      { field: 'username', code: 'username_taken' },
    );
  }
}

const otherActiveAdmins = (tx: DbOrTx, exceptId: number): number =>
  tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, exceptId)))
    .get()?.n ?? 0;

const lastAdminError = () =>
  new AppError(
    'conflict',
    'Es muss mindestens ein aktiver Administrator bleiben.',
    'Refused to remove the last active administrator',
    { code: 'last_admin' },
  );

export function listUsers(deps: ServiceDeps, input: { includeInactive: boolean }): UserSummary[] {
  const now = isoNow(deps.clock);
  return deps.db
    .select()
    .from(users)
    .where(input.includeInactive ? undefined : eq(users.active, true))
    .orderBy(asc(users.displayName), asc(users.id))
    .all()
    .map((row) => toUserSummary(row, now));
}

export const userDirectory = (db: DbOrTx) =>
  db
    .select({ id: users.id, displayName: users.displayName, role: users.role, active: users.active })
    .from(users)
    .orderBy(asc(users.displayName), asc(users.id))
    .all();

export async function createUser(
  deps: ServiceDeps,
  actor: Actor,
  input: ContractParsedInput<typeof usersContracts.create>,
): Promise<UserSummary> {
  const passwordHash = await hashPassword(input.password);
  return mutate(deps, actor, ({ tx, now, audit }) => {
    assertUsernameFree(tx, input.username);
    const row = tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        email: input.email || null,
        passwordHash,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    audit({ action: 'user.create', entityType: 'user', entityId: row.id, after: userAuditView(row) });
    return toUserSummary(row, now);
  });
}

export function updateUser(
  deps: ServiceDeps,
  actor: Actor,
  input: ContractParsedInput<typeof usersContracts.update>,
): UserSummary {
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const before = getUserRow(tx, input.id);
    assertVersion(tx, actor, userEntity(before.id), input.version, before.version);
    if (input.username !== undefined && input.username !== before.username) {
      assertUsernameFree(tx, input.username, before.id);
    }
    const demoted = input.role !== undefined && input.role !== 'admin';
    const deactivated = input.active === false;
    if (before.id === actor.id && deactivated) {
      throw new AppError(
        'conflict',
        'Sie können Ihr eigenes Konto nicht deaktivieren.',
        'Self deactivation',
        {
          code: 'self_deactivation',
        },
      );
    }
    if (before.id === actor.id && demoted && before.role === 'admin') {
      throw new AppError(
        'conflict',
        'Sie können sich die Administratorrolle nicht selbst entziehen.',
        'Self demotion',
        { code: 'self_demotion' },
      );
    }
    if (
      before.role === 'admin' &&
      before.active &&
      (demoted || deactivated) &&
      otherActiveAdmins(tx, before.id) === 0
    ) {
      throw lastAdminError();
    }
    const after = tx
      .update(users)
      .set({
        username: input.username ?? before.username,
        displayName: input.displayName ?? before.displayName,
        role: input.role ?? before.role,
        email: input.email === undefined ? before.email : input.email || null,
        active: input.active ?? before.active,
        updatedAt: now,
        version: before.version + 1,
      })
      .where(eq(users.id, before.id))
      .returning()
      .get();
    audit({
      action: 'user.update',
      entityType: 'user',
      entityId: before.id,
      before: userAuditView(before),
      after: userAuditView(after),
    });
    return toUserSummary(after, now);
  });
}

export async function resetPassword(
  deps: ServiceDeps,
  actor: Actor,
  input: ContractParsedInput<typeof usersContracts.resetPassword>,
): Promise<UserSummary> {
  getUserRow(deps.db, input.id);
  const passwordHash = await hashPassword(input.newPassword);
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const before = getUserRow(tx, input.id);
    const after = tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: now, failedLogins: 0, lockedUntil: null, updatedAt: now })
      .where(eq(users.id, before.id))
      .returning()
      .get();
    audit({
      action: 'user.password_reset',
      entityType: 'user',
      entityId: before.id,
      after: { passwordChangedAt: now, unlocked: before.lockedUntil !== null },
    });
    return toUserSummary(after, now);
  });
}

const hasRows = (rows: { n: number } | undefined) => (rows?.n ?? 0) > 0;

export function deleteUser(deps: ServiceDeps, actor: Actor, id: number): { deleted: true } {
  return mutate(deps, actor, ({ tx, audit }) => {
    const row = getUserRow(tx, id);
    if (row.id === actor.id) {
      throw new AppError('conflict', 'Sie können Ihr eigenes Konto nicht löschen.', 'Self delete', {
        code: 'self_delete',
      });
    }
    const openOrders =
      tx
        .select({ n: count() })
        .from(orders)
        .where(and(eq(orders.assignedUserId, id), inArray(orders.status, [...openOrderStatuses])))
        .get()?.n ?? 0;
    if (openOrders > 0) {
      throw new AppError(
        'conflict',
        `${row.displayName} ist noch ${openOrders === 1 ? 'einem offenen Auftrag' : `${openOrders} offenen Aufträgen`} zugewiesen und kann nicht gelöscht werden. Weisen Sie die Aufträge neu zu oder deaktivieren Sie das Konto.`,
        `User ${id} has ${openOrders} open orders`,
        { code: 'has_open_orders', openOrders },
      );
    }
    if (row.role === 'admin' && row.active && otherActiveAdmins(tx, row.id) === 0) throw lastAdminError();
    const linked = tx.select({ name: berater.name }).from(berater).where(eq(berater.userId, id)).get();
    if (linked) {
      throw new AppError(
        'conflict',
        `${row.displayName} ist mit dem Berater „${linked.name}“ verknüpft. Lösen Sie die Verknüpfung oder deaktivieren Sie das Konto.`,
        `User ${id} linked to a Berater`,
        { code: 'linked_berater' },
      );
    }
    const referenced =
      hasRows(tx.select({ n: count() }).from(auditLog).where(eq(auditLog.actorId, id)).get()) ||
      hasRows(
        tx.select({ n: count() }).from(orderStatusHistory).where(eq(orderStatusHistory.actorId, id)).get(),
      ) ||
      hasRows(tx.select({ n: count() }).from(orders).where(eq(orders.assignedUserId, id)).get());
    if (referenced) {
      throw new AppError(
        'conflict',
        `${row.displayName} hat bereits protokollierte Aktionen oder Aufträge und kann deshalb nicht gelöscht werden. Deaktivieren Sie das Konto stattdessen.`,
        `User ${id} is referenced`,
        { code: 'has_history' },
      );
    }
    tx.delete(users).where(eq(users.id, id)).run();
    audit({ action: 'user.delete', entityType: 'user', entityId: id, before: userAuditView(row) });
    return { deleted: true as const };
  });
}
