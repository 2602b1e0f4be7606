import { create } from 'zustand';
import { useRouter } from '../../app/router-store';

export type InboxTab = 'open' | 'filed';

interface InboxState {
  /** The document shown in the review pane. */
  selectedId: number | null;
  tab: InboxTab;
  /** Bumped after an import, a confirmation or a re-read: lists load again. */
  generation: number;
  select: (id: number | null) => void;
  setTab: (tab: InboxTab) => void;
  refresh: () => void;
}

export const useInbox = create<InboxState>()((set) => ({
  selectedId: null,
  tab: 'open',
  generation: 0,
  select: (selectedId) => set({ selectedId }),
  setTab: (tab) => set({ tab, selectedId: null }),
  refresh: () => set((s) => ({ generation: s.generation + 1 })),
}));

/** Opens a document in the Posteingang from anywhere (search, import summary, a client's documents). */
export function openDocument(id: number, filed = false): void {
  useInbox.setState((s) => ({ selectedId: id, tab: filed ? 'filed' : 'open', generation: s.generation + 1 }));
  useRouter.getState().navigate('inbox');
}
