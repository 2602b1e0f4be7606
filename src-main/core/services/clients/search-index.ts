import { clientDisplayName } from '../../../../src-shared/clients/normalize-client';
import { germanSortKey } from '../../../../src-shared/clients/text';
import type { Actor, ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { clientNumberSortKey } from './client-number';
import { invalidateClientOrder } from './client-order-cache';
import { loadClient, toStoredClient } from './client-reader';
import { buildSearchDocument } from './search-document';

/**
 * Clients written before the search index existed (or by code that bypassed the client writer, such
 * as plain SQL in a migration) have no sort key: they get sort keys and a search document here, once,
 * when the core starts. The writer keeps both current from then on.
 */
export function repairClientSearchIndex(deps: ServiceDeps, actor: Actor | null = null): number {
  const ids = deps.sqlite.prepare("SELECT id FROM clients WHERE sort_number = ''").pluck().all() as number[];
  if (ids.length === 0) return 0;
  return mutate(deps, actor, ({ audit }) => {
    const updateKeys = deps.sqlite.prepare(
      'UPDATE clients SET display_name = ?, sort_name = ?, sort_city = ?, sort_number = ? WHERE id = ?',
    );
    const deleteDoc = deps.sqlite.prepare('DELETE FROM clients_fts WHERE rowid = ?');
    const insertDoc = deps.sqlite.prepare('INSERT INTO clients_fts (rowid, doc) VALUES (?, ?)');
    invalidateClientOrder(deps.sqlite);
    for (const id of ids) {
      const loaded = loadClient(deps.sqlite, id);
      if (!loaded) continue;
      const client = toStoredClient(loaded);
      const displayName = clientDisplayName(client) || loaded.row.display_name;
      updateKeys.run(
        displayName,
        germanSortKey(displayName),
        germanSortKey(client.city),
        clientNumberSortKey(client.clientNumber),
        id,
      );
      deleteDoc.run(id);
      insertDoc.run(id, buildSearchDocument(client));
    }
    audit({
      action: 'client.search_index_repair',
      entityType: 'client',
      entityId: 'search-index',
      after: { clients: ids.length },
    });
    deps.logger.info({ clients: ids.length }, 'client search index repaired');
    return ids.length;
  });
}
