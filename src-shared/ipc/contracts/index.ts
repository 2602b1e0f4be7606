import '../zod-locale';
import { auditContracts } from './audit';
import { authContracts } from './auth';
import { beraterContracts } from './berater';
import { clientsContracts } from './clients';
import { dashboardContracts } from './dashboard';
import { deadlinesContracts } from './deadlines';
import { diagnosticsContracts } from './diagnostics';
import { documentsContracts } from './documents';
import { finanzamtContracts } from './finanzamt';
import { officeContracts } from './office';
import { ordersContracts, orderTypesContracts } from './orders';
import { systemContracts } from './system';
import { templatesContracts } from './templates';
import { usersContracts } from './users';

/** Every IPC channel of the app, grouped by domain. The only place channel strings live. */
export const contracts = {
  system: systemContracts,
  auth: authContracts,
  users: usersContracts,
  office: officeContracts,
  clients: clientsContracts,
  finanzamt: finanzamtContracts,
  berater: beraterContracts,
  orderTypes: orderTypesContracts,
  orders: ordersContracts,
  dashboard: dashboardContracts,
  deadlines: deadlinesContracts,
  documents: documentsContracts,
  templates: templatesContracts,
  audit: auditContracts,
  diagnostics: diagnosticsContracts,
} as const;

export type Contracts = typeof contracts;
export type Domain = keyof Contracts;
