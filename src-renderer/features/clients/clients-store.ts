import { create } from 'zustand';
import type { clientSortFields } from '../../../src-shared/ipc/contracts/clients';

export type ClientSortField = (typeof clientSortFields)[number];
export type SortDirection = 'asc' | 'desc';

interface ClientsViewState {
  /** What the user typed, already debounced. */
  query: string;
  sortBy: ClientSortField;
  sortDir: SortDirection;
  /** Bumped after a change so the list fetches again. */
  reloadToken: number;
  /** The client just created: highlighted and scrolled into view. */
  highlightId: number | null;
  setQuery: (query: string) => void;
  toggleSort: (field: ClientSortField) => void;
  reload: (highlightId?: number) => void;
}

/** Kept outside the screen so search and sort survive switching screens. */
export const useClientsView = create<ClientsViewState>()((set) => ({
  query: '',
  sortBy: 'clientNumber',
  sortDir: 'asc',
  reloadToken: 0,
  highlightId: null,
  setQuery: (query) => set({ query }),
  toggleSort: (field) =>
    set((s) =>
      s.sortBy === field
        ? { sortDir: s.sortDir === 'asc' ? 'desc' : 'asc' }
        : { sortBy: field, sortDir: 'asc' },
    ),
  reload: (highlightId) => set((s) => ({ reloadToken: s.reloadToken + 1, highlightId: highlightId ?? null })),
}));
