import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import { createOrderType, listOrderTypes, updateOrderType } from './order-types-service';

export const orderTypesHandlers = (deps: ServiceDeps): Handlers['orderTypes'] => ({
  list: (input) => ({ items: listOrderTypes(deps.db, input) }),
  create: (input, ctx) => createOrderType(deps, ctx.actor, input),
  update: (input, ctx) => updateOrderType(deps, ctx.actor, input),
});
