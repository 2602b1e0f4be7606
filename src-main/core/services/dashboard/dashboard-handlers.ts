import { todayIso } from '../../clock';
import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import { dashboardOverview } from './dashboard-service';

export const dashboardHandlers = (deps: ServiceDeps): Handlers['dashboard'] => ({
  overview: (input) => dashboardOverview(deps.db, input.today ?? todayIso(deps.clock), input.limit),
});
