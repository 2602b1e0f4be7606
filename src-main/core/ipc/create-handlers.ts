import { listAudit } from '../services/audit/audit-service';
import { createClient, getClient, listClients } from '../services/clients/clients-service';
import type { ServiceDeps } from '../services/deps';
import { dbStatus } from '../services/system/db-status';
import { APP_VERSION } from '../version';
import type { Handlers } from './handlers';

export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    system: {
      info: (_input, ctx) => ({
        appVersion: APP_VERSION,
        schemaVersion: dbStatus(deps).schemaVersion,
        dataDir: deps.paths.dataDir,
        actor: ctx.actor,
      }),
      dbStatus: () => dbStatus(deps),
    },
    clients: {
      list: (input) => listClients(deps.db, input),
      get: (input) => getClient(deps.db, input.id),
      create: (input, ctx) => createClient(deps, ctx.actor, input),
    },
    audit: {
      list: (input) => ({ items: listAudit(deps.db, input) }),
    },
    diagnostics: {
      reportRendererError: (input) => {
        deps.logger.error({ source: input.source, stack: input.stack }, `renderer: ${input.message}`);
        return { logged: true };
      },
    },
  };
}
