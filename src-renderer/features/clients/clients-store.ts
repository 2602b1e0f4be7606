import { create } from 'zustand';
import type { ClientKind, ClientStatus } from '../../../src-shared/clients/client-enums';
import type { clientSortFields } from '../../../src-shared/ipc/contracts/clients';

export type ClientSortField = (typeof clientSortFields)[number];
export type SortDirection = 'asc' | 'desc';

export interface ClientFilters {
  kind: ClientKind | null;
  status: ClientStatus | null;
  beraterId: number | null;
  tag: string | null;
}

export const noFilters: ClientFilters = { kind: null, status: null, beraterId: null, tag: null };

interface ClientsViewState {
  /** What the user typed, already debounced. */
  query: string;
  filters: ClientFilters;
  sortBy: ClientSortField;
  sortDir: SortDirection;
  /** Bumped after a change so the list fetches again. */
  reloadToken: number;
  /** The client just created: highlighted and scrolled into view. */
  highlightId: number | null;
  setQuery: (query: string) => void;
  setFilter: <K extends keyof ClientFilters>(key: K, value: ClientFilters[K]) => void;
  resetFilters: () => void;
  toggleSort: (field: ClientSortField) => void;
  reload: (highlightId?: number) => void;
}

/** Kept outside the screen so search, filters and sort survive switching screens. */
export const useClientsView = create<ClientsViewState>()((set) => ({
  query: '',
  filters: noFilters,
  sortBy: 'clientNumber',
  sortDir: 'asc',
  reloadToken: 0,
  highlightId: null,
  setQuery: (query) => set({ query }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  resetFilters: () => set({ filters: noFilters }),
  toggleSort: (field) =>
    set((s) =>
      s.sortBy === field
        ? { sortDir: s.sortDir === 'asc' ? 'desc' : 'asc' }
        : { sortBy: field, sortDir: 'asc' },
    ),
  reload: (highlightId) => set((s) => ({ reloadToken: s.reloadToken + 1, highlightId: highlightId ?? null })),
}));

/** The filters as the list and export channels take them: unset filters are left out. */
export function filterInput(query: string, filters: ClientFilters) {
  const trimmed = query.trim();
  return {
    ...(trimmed ? { query: trimmed } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.beraterId !== null ? { beraterId: filters.beraterId } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
  };
}

export const hasFilters = (filters: ClientFilters): boolean =>
  Object.values(filters).some((value) => value !== null);
