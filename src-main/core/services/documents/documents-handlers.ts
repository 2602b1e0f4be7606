import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import { confirmDocument, createReviewOrder, linkOrder } from './document-confirm';
import { documentContent, documentPage, openDocument } from './document-files';
import { importDocuments, reanalyzeDocument, recoverInterruptedImports } from './document-import';
import { documentAccuracy, searchDocuments } from './document-search';
import { cancelDocumentTask } from './document-tasks';
import { documentDetail, listDocuments } from './document-view';
import { getWatchFolder, setWatchFolder } from './watch-folder';

export const documentsHandlers = (deps: ServiceDeps): Handlers['documents'] => {
  // Documents an interrupted run left 'Wird gelesen' can be read again.
  recoverInterruptedImports(deps);
  return {
    import: (input, ctx) =>
      importDocuments(deps, ctx.actor, input.files, {
        source: 'import',
        taskId: input.taskId,
        ...(input.clientId !== undefined ? { preassignedClientId: input.clientId } : {}),
        onProgress: (progress) => ctx.emit('progress', { taskId: input.taskId, ...progress }),
      }),
    cancelImport: (input) => ({ cancelled: cancelDocumentTask(deps.sqlite, input.taskId) }),
    reanalyze: async (input, ctx) => {
      await reanalyzeDocument(deps, ctx.actor, input, (progress) => {
        if (input.taskId) ctx.emit('progress', { taskId: input.taskId, ...progress });
      });
      return documentDetail(deps.sqlite, input.id);
    },
    list: (input) => listDocuments(deps.sqlite, input),
    get: (input) => documentDetail(deps.sqlite, input.id),
    page: (input) => documentPage(deps, input),
    content: (input) => documentContent(deps, input.id),
    open: (input) => openDocument(deps, input.id),
    confirm: (input, ctx) => confirmDocument(deps, ctx.actor, input),
    createReviewOrder: (input, ctx) => createReviewOrder(deps, ctx.actor, input),
    linkOrder: (input, ctx) => linkOrder(deps, ctx.actor, input),
    search: (input) => ({ items: searchDocuments(deps, input.query, input.limit) }),
    accuracy: () => documentAccuracy(deps),
    getWatchFolder: () => getWatchFolder(deps),
    setWatchFolder: (input, ctx) => setWatchFolder(deps, ctx.actor, input.folder),
  };
};
