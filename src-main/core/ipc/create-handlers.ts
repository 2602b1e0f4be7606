import { auditHandlers } from '../services/audit/audit-handlers';
import { clientsHandlers } from '../services/clients/clients-handlers';
import type { ServiceDeps } from '../services/deps';
import { diagnosticsHandlers, systemHandlers } from '../services/system/system-handlers';
import type { Handlers } from './handlers';

/** One entry per contract domain; each feature keeps its handlers next to its service. */
export const createHandlers = (deps: ServiceDeps): Handlers => ({
  system: systemHandlers(deps),
  clients: clientsHandlers(deps),
  audit: auditHandlers(deps),
  diagnostics: diagnosticsHandlers(deps),
});
