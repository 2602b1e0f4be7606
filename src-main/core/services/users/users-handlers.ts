import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import { getUserSettings, updateUserSettings } from './user-settings';
import { createUser, deleteUser, listUsers, resetPassword, updateUser, userDirectory } from './users-service';

export const usersHandlers = (deps: ServiceDeps): Handlers['users'] => ({
  list: (input) => ({ items: listUsers(deps, input) }),
  directory: () => ({ items: userDirectory(deps.db) }),
  create: (input, ctx) => createUser(deps, ctx.actor, input),
  update: (input, ctx) => updateUser(deps, ctx.actor, input),
  resetPassword: (input, ctx) => resetPassword(deps, ctx.actor, input),
  delete: (input, ctx) => deleteUser(deps, ctx.actor, input.id),
  getSettings: (_input, ctx) => getUserSettings(deps, ctx.actor),
  updateSettings: (input, ctx) => updateUserSettings(deps, ctx.actor, input),
});
