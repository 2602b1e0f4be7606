import type { Handlers } from '../../ipc/handlers';
import { APP_VERSION } from '../../version';
import type { ServiceDeps } from '../deps';
import { dbStatus } from './db-status';

export const systemHandlers = (deps: ServiceDeps): Handlers['system'] => ({
  info: (_input, ctx) => ({
    appVersion: APP_VERSION,
    schemaVersion: dbStatus(deps).schemaVersion,
    dataDir: deps.paths.dataDir,
    actor: ctx.actor,
  }),
  dbStatus: () => dbStatus(deps),
});

export const diagnosticsHandlers = (deps: ServiceDeps): Handlers['diagnostics'] => ({
  reportRendererError: (input) => {
    deps.logger.error({ source: input.source, stack: input.stack }, `renderer: ${input.message}`);
    return { logged: true };
  },
});
