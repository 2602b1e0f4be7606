import { api } from '../../api/client';
import { saveBytes } from '../../app/files';
import type { ClientFilters } from './clients-store';
import { filterInput } from './clients-store';

/** Exports the clients the list shows (search and filters) as the office CSV. */
export async function exportClients(query: string, filters: ClientFilters) {
  const filter = filterInput(query, filters);
  const result = await api.clients.exportCsv(Object.keys(filter).length > 0 ? { filter } : {});
  saveBytes(result.fileName, result.bytes, 'text/csv;charset=utf-8');
  return result;
}
