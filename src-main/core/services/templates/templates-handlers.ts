// Skeleton replaced by the templates service owner.
import { AppError } from '../../../../src-shared/errors/app-error';
import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';

const todo = (): never => {
  throw new AppError('internal', 'Diese Funktion ist noch nicht verfügbar.');
};

export const templatesHandlers = (_deps: ServiceDeps): Handlers['templates'] => ({
  list: todo,
  get: todo,
  placeholders: todo,
  inspect: todo,
  upload: todo,
  updateMeta: todo,
  archive: todo,
  download: todo,
  preview: todo,
  generate: todo,
  serialCheck: todo,
  serial: todo,
  serialCancel: todo,
});
