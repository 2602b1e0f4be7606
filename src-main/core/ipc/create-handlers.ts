import { auditHandlers } from '../services/audit/audit-handlers';
import { authHandlers } from '../services/auth/auth-handlers';
import type { Session } from '../services/auth/session';
import { beraterHandlers } from '../services/berater/berater-handlers';
import { clientsHandlers } from '../services/clients/clients-handlers';
import { dashboardHandlers } from '../services/dashboard/dashboard-handlers';
import { deadlinesHandlers } from '../services/deadlines/deadlines-handlers';
import type { ServiceDeps } from '../services/deps';
import { documentsHandlers } from '../services/documents/documents-handlers';
import { officeHandlers } from '../services/office/office-handlers';
import { orderTypesHandlers } from '../services/order-types/order-types-handlers';
import { ordersHandlers } from '../services/orders/orders-handlers';
import { finanzamtHandlers } from '../services/finanzamt/finanzamt-handlers';
import { diagnosticsHandlers, systemHandlers } from '../services/system/system-handlers';
import { templatesHandlers } from '../services/templates/templates-handlers';
import { usersHandlers } from '../services/users/users-handlers';
import type { Handlers } from './handlers';

/** One entry per contract domain; each feature keeps its handlers next to its service. */
export const createHandlers = (deps: ServiceDeps, session: Session): Handlers => ({
  system: systemHandlers(deps),
  auth: authHandlers(deps, session),
  users: usersHandlers(deps),
  office: officeHandlers(deps),
  clients: clientsHandlers(deps),
  finanzamt: finanzamtHandlers(deps),
  berater: beraterHandlers(deps),
  orderTypes: orderTypesHandlers(deps),
  orders: ordersHandlers(deps),
  dashboard: dashboardHandlers(deps),
  deadlines: deadlinesHandlers(),
  documents: documentsHandlers(deps),
  templates: templatesHandlers(deps),
  audit: auditHandlers(deps),
  diagnostics: diagnosticsHandlers(deps),
});
