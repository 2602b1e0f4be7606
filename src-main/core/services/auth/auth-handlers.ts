import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import { officeExists } from '../office/office-service';
import {
  changePassword,
  lockSession,
  login,
  logout,
  sessionInfo,
  setupOffice,
  unlockSession,
} from './auth-service';
import type { Session } from './session';

export const authHandlers = (deps: ServiceDeps, session: Session): Handlers['auth'] => ({
  setupStatus: () => ({ setupRequired: !officeExists(deps.db) }),
  setup: (input) => setupOffice(deps, input),
  login: (input) => login(deps, session, input),
  logout: () => logout(deps, session),
  session: () => sessionInfo(deps, session),
  lock: () => lockSession(deps, session),
  unlock: (input) => unlockSession(deps, session, input.password),
  changePassword: (input, ctx) => changePassword(deps, session, ctx.actor, input),
});
