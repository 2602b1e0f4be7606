import { eq } from 'drizzle-orm';
import { roleMayAccess, type Access } from '../../../../src-shared/ipc/access';
import type { Actor } from '../../../../src-shared/ipc';
import { users } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { officeExists } from '../office/office-service';
import { readUserSettings, toActor } from '../users/user-rows';
import { forbidden, notLoggedIn, sessionLocked, setupRequired } from './auth-errors';
import type { Session } from './session';

export interface AccessGuard {
  /** The user of an active, unlocked session, for public channels; never counts as activity. */
  publicActor(): Actor | null;
  /** For every other channel: setup done, logged in, not locked, and the role has the right. */
  require(access: Access, channel: string): Actor;
  /** Role check only, for in-process hosts that act as a known user (CLI, scripts). */
  check(actor: Actor, access: Access, channel: string): void;
}

export function createAccessGuard(deps: ServiceDeps, session: Session): AccessGuard {
  // The office row is never deleted, so once seen it need not be queried again.
  let setupDone = false;
  const sessionUser = () => {
    const state = session.current;
    if (!state) return null;
    // Read fresh on every call: a role change or deactivation applies at once.
    const row = deps.db.select().from(users).where(eq(users.id, state.userId)).get();
    if (!row || !row.active) {
      session.end();
      return null;
    }
    return row;
  };
  const check = (actor: Actor, access: Access, channel: string) => {
    if (!roleMayAccess(actor.role, access)) throw forbidden(actor.role, access, channel);
  };

  return {
    publicActor() {
      const row = sessionUser();
      if (!row) return null;
      return session.isLocked(deps.clock().getTime(), readUserSettings(row).idleLockMinutes)
        ? null
        : toActor(row);
    },
    require(access, channel) {
      if (!setupDone) setupDone = officeExists(deps.db);
      if (!setupDone) throw setupRequired();
      const row = sessionUser();
      if (!row) throw notLoggedIn(channel);
      const now = deps.clock().getTime();
      const idleMinutes = readUserSettings(row).idleLockMinutes;
      if (session.isLocked(now, idleMinutes)) {
        const explicit = session.current?.locked ?? false;
        session.lock();
        throw sessionLocked(explicit ? null : idleMinutes);
      }
      session.touch(now);
      const actor = toActor(row);
      check(actor, access, channel);
      return actor;
    },
    check,
  };
}
