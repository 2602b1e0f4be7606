import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import { listAudit } from './audit-service';

export const auditHandlers = (deps: ServiceDeps): Handlers['audit'] => ({
  list: (input) => ({ items: listAudit(deps.db, input) }),
});
