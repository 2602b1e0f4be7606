import { createTaskRegistry } from '../task-registry';

/** Running serial letters; templates:serial-cancel aborts the signal. */
export const serialTasks = createTaskRegistry({
  alreadyRunning: 'Dieser Serienbrief wird bereits erstellt.',
  cancelled: 'Der Serienbrief wurde abgebrochen.',
  code: 'serial_running',
});
