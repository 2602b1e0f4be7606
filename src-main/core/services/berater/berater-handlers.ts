import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import {
  createBerater,
  deactivateBerater,
  deleteBerater,
  getBerater,
  listBerater,
  updateBerater,
} from './berater-service';

export const beraterHandlers = (deps: ServiceDeps): Handlers['berater'] => ({
  list: (input) => ({ items: listBerater(deps.db, input) }),
  get: (input) => getBerater(deps.db, input.id),
  create: (input, ctx) => createBerater(deps, ctx.actor, input),
  update: (input, ctx) => updateBerater(deps, ctx.actor, input),
  deactivate: (input, ctx) => deactivateBerater(deps, ctx.actor, input.id, input.version),
  delete: (input, ctx) => deleteBerater(deps, ctx.actor, input.id),
});
