import '../zod-locale';
import { auditContracts } from './audit';
import { clientsContracts } from './clients';
import { diagnosticsContracts } from './diagnostics';
import { systemContracts } from './system';

/** Every IPC channel of the app, grouped by domain. The only place channel strings live. */
export const contracts = {
  system: systemContracts,
  clients: clientsContracts,
  audit: auditContracts,
  diagnostics: diagnosticsContracts,
} as const;

export type Contracts = typeof contracts;
export type Domain = keyof Contracts;
