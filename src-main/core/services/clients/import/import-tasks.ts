import { createTaskRegistry } from '../../task-registry';

/** Running CSV imports; clients:import-cancel stops them between rows. */
export const importTasks = createTaskRegistry({
  alreadyRunning: 'Dieser Import läuft bereits.',
  cancelled: 'Der Import wurde abgebrochen.',
  code: 'import_running',
});
