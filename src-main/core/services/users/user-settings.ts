import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../src-shared/ipc';
import type { usersContracts, UserSettings } from '../../../../src-shared/ipc/contracts/users';
import type { ContractParsedInput } from '../../../../src-shared/ipc/define';
import { users } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { readUserSettings } from './user-rows';
import { getUserRow } from './users-service';

export const getUserSettings = (deps: ServiceDeps, actor: Actor): UserSettings =>
  readUserSettings(getUserRow(deps.db, actor.id));

/*
 * A patch of the user's own preferences: only the given fields change, so two windows changing
 * different settings cannot overwrite each other and no version is needed. Account fields
 * (name, role) keep their optimistic lock in users.update.
 */
export function updateUserSettings(
  deps: ServiceDeps,
  actor: Actor,
  patch: ContractParsedInput<typeof usersContracts.updateSettings>,
): UserSettings {
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const row = getUserRow(tx, actor.id);
    const before = readUserSettings(row);
    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const after: UserSettings = { ...before, ...changes };
    for (const key of ['ollamaModelAnalysis', 'ollamaModelDrafting'] as const) {
      if (after[key] === '') after[key] = null;
    }
    tx.update(users).set({ settings: after, updatedAt: now }).where(eq(users.id, actor.id)).run();
    audit({ action: 'user.settings_update', entityType: 'user', entityId: actor.id, before, after });
    return after;
  });
}
