import { create } from 'zustand';
import type { Office } from '../../../src-shared/ipc/contracts/office';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

interface OfficeState {
  office: Office | null;
  load: () => Promise<void>;
  set: (office: Office) => void;
}

/** The Kanzlei as the header and Einstellungen show it; saving in Einstellungen updates the header at once. */
export const useOffice = create<OfficeState>()((set) => ({
  office: null,
  load: async () => {
    try {
      set({ office: (await api.office.get()).office });
    } catch (error) {
      notifyError(error);
    }
  },
  set: (office) => set({ office }),
}));
