import type { Berater } from '../../../src-shared/ipc/contracts/berater';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';

/** Berater for filters and the form: active ones, plus the one already chosen even if deactivated. */
export function useBeraterOptions(keep?: string | null): { value: string; label: string }[] {
  const berater = useApiQuery(() => api.berater.list({ includeInactive: true }), []);
  return beraterOptions(berater.data?.items ?? [], keep);
}

export function beraterOptions(items: Berater[], keep?: string | null) {
  return items
    .filter((b) => b.active || String(b.id) === keep)
    .map((b) => ({ value: String(b.id), label: b.name }));
}

/** Tags in use, for the filter and as suggestions in the form; reloads with `reloadToken`. */
export function useClientTags(reloadToken: number): string[] {
  const tags = useApiQuery(() => api.clients.tags({}), [reloadToken]);
  return (tags.data?.items ?? []).map((item) => item.tag);
}
