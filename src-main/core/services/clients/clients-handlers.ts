import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import { createClient, getClient, listClients } from './clients-service';

export const clientsHandlers = (deps: ServiceDeps): Handlers['clients'] => ({
  list: (input) => listClients(deps.db, input),
  get: (input) => getClient(deps.db, input.id),
  create: (input, ctx) => createClient(deps, ctx.actor, input),
});
