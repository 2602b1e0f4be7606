import { todayIso } from '../../clock';
import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import { getOrder, listOrders, orderCalendar, orderHistory } from './orders-query';
import { createOrder, transitionOrder, updateOrder } from './orders-service';
import { generateRecurring } from './recurring-orders';

export const ordersHandlers = (deps: ServiceDeps): Handlers['orders'] => ({
  list: (input) => listOrders(deps.db, input, todayIso(deps.clock)),
  get: (input) => getOrder(deps.db, input.id, todayIso(deps.clock)),
  create: (input, ctx) => createOrder(deps, ctx.actor, input),
  update: (input, ctx) => updateOrder(deps, ctx.actor, input),
  transition: (input, ctx) => transitionOrder(deps, ctx.actor, input),
  history: (input) => orderHistory(deps.db, input.id),
  calendar: (input) => orderCalendar(deps.db, input, todayIso(deps.clock)),
  generateRecurring: (input, ctx) => generateRecurring(deps, ctx.actor, input.period),
});
