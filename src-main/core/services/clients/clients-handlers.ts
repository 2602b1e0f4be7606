import type { Handlers } from '../../ipc/handlers';
import { listAudit } from '../audit/audit-service';
import type { ServiceDeps } from '../deps';
import { checkDuplicates } from './check-duplicates';
import { archiveClient, deleteClient } from './client-lifecycle';
import { getNumberScheme, setNumberScheme } from './client-number-scheme';
import { createClient, loadDetail, updateClient } from './client-save';
import { exportClientsCsv } from './clients-export';
import { listClients, listClientTags } from './clients-list';
import { previewImport } from './import/import-preview';
import { cancelImport, runImport } from './import/import-run';
import { repairClientSearchIndex } from './search-index';

export const clientsHandlers = (deps: ServiceDeps): Handlers['clients'] => {
  // Clients written before the search index existed get their sort keys and search documents now.
  repairClientSearchIndex(deps);
  return {
    list: (input) => listClients(deps.sqlite, input),
    get: (input) => loadDetail(deps, input.id),
    create: (input, ctx) => createClient(deps, ctx.actor, input),
    update: (input, ctx) => updateClient(deps, ctx.actor, input),
    archive: (input, ctx) => archiveClient(deps, ctx.actor, input),
    delete: (input, ctx) => deleteClient(deps, ctx.actor, input),
    checkDuplicates: (input) => checkDuplicates(deps, input),
    history: (input) => ({
      items: listAudit(deps.db, { entityType: 'client', entityId: String(input.id), limit: input.limit }),
    }),
    tags: () => ({ items: listClientTags(deps.sqlite) }),
    numberScheme: () => getNumberScheme(deps),
    setNumberScheme: (input, ctx) => setNumberScheme(deps, ctx.actor, input),
    importPreview: (input) => previewImport(deps, input),
    importRun: (input, ctx) =>
      runImport(deps, ctx.actor, input, (label, done, total) =>
        ctx.emit('progress', { taskId: input.taskId, label, done, total }),
      ),
    importCancel: (input) => cancelImport(deps, input.taskId),
    exportCsv: (input) => exportClientsCsv(deps, input.filter),
  };
};
