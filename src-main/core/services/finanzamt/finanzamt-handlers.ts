import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import { getFinanzamt, searchFinanzaemter } from './finanzamt-service';

export const finanzamtHandlers = (deps: ServiceDeps): Handlers['finanzamt'] => ({
  search: (input) => searchFinanzaemter(deps, input),
  get: (input) => getFinanzamt(deps, input.bufa),
});
