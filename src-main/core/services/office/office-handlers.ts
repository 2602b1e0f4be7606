import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import { findOffice, toOffice, updateOffice } from './office-service';

export const officeHandlers = (deps: ServiceDeps): Handlers['office'] => ({
  get: () => {
    const row = findOffice(deps.db);
    return { office: row ? toOffice(row) : null };
  },
  update: (input, ctx) => updateOffice(deps, ctx.actor, input),
});
