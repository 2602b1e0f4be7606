// Skeleton replaced by the documents service owner.
import { AppError } from '../../../../src-shared/errors/app-error';
import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';

const todo = (): never => {
  throw new AppError('internal', 'Diese Funktion ist noch nicht verfügbar.');
};

export const documentsHandlers = (_deps: ServiceDeps): Handlers['documents'] => ({
  import: todo,
  cancelImport: todo,
  reanalyze: todo,
  list: todo,
  get: todo,
  page: todo,
  content: todo,
  open: todo,
  confirm: todo,
  createReviewOrder: todo,
  linkOrder: todo,
  search: todo,
  accuracy: todo,
  getWatchFolder: todo,
  setWatchFolder: todo,
});
