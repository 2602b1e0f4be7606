import { create } from 'zustand';

interface TemplatesViewState {
  /** The template whose details drawer is open. */
  openTemplateId: number | null;
  /** Bumped after a change, so the list and an open drawer load again. */
  reloadToken: number;
  openTemplate: (id: number | null) => void;
  reload: () => void;
}

export const useTemplatesView = create<TemplatesViewState>()((set) => ({
  openTemplateId: null,
  reloadToken: 0,
  openTemplate: (id) => set({ openTemplateId: id }),
  reload: () => set((s) => ({ reloadToken: s.reloadToken + 1 })),
}));
